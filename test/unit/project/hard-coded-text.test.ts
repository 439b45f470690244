// No page shows a hard-coded word: every text node, every user-facing attribute and every sentence in
// the pages' source comes from the catalogues (t(), rich(), tm()). Nor does what the background, the
// media page and core say to people (notifications, the badge, stored notes, errors): they speak in
// keys (core's Message, MessageError). Read from the source with the TypeScript parser, so that what is
// flagged is JSX text and string literals, not comments, logs or the log line of a MessageError.
// A line may opt out with `// i18n-ignore: <why>` on the line before it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EN, ROOT } from '../../support/catalogue';

/** The folders whose code runs in the pages people see. */
const PAGE_DIRS = ['popup', 'options', 'permission', 'ui'];
/** The folders whose words reach people through the pages, notifications, the badge or the Firefox tab. */
const SPEAKING_DIRS = ['background', 'offscreen', 'capture', 'shared', 'core'];
/**
 * Core and camera-engine files that say nothing to people: model and programming errors for developers, and
 * data (Apple's genre names are search terms). Every other file there is scanned, so a new one is too.
 */
const SILENT = new Set([
  'capture/backend-check.ts',
  'capture/classifier.ts',
  'capture/face-detector.ts',
  'capture/frame-pixels.ts',
  'capture/graph-classifier.ts',
  'capture/pipeline.ts',
  'capture/pixels.ts',
  'core/calibration.ts',
  'core/emotions.ts',
  'core/ensemble.ts',
  'core/model-manifest.ts',
  'core/text-model-manifest.ts',
  'core/model-ops.ts',
  'core/probe.ts',
  'core/music/bandit.ts',
  'core/music/itunes-queries.ts',
]);
/** Attributes that a person reads or a screen reader says. */
const SPOKEN = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'aria-valuetext',
]);
/** Attributes that carry no words for people: their values are code. */
const CODE_ATTRS = new Set([
  'class',
  'className',
  'style',
  'type',
  'href',
  'rel',
  'target',
  'id',
  'for',
  'name',
  'key',
  'role',
  'accept',
  'autoComplete',
  'preload',
  'data-testid',
  'aria-describedby',
  'aria-labelledby',
  'aria-live',
  'value',
]);

/** The TypeScript files under `dir`, at any depth (readdirSync's own walk, as vitest.config.ts lists files). */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

const hasLetter = (s: string) => /\p{L}/u.test(s);
/** Words for people: two words in a row, or one capitalised word ("Refresh", "Settings."). */
const prose = (s: string) =>
  /\p{L}{2,}[’'.,:;!?…]*\s+\p{L}/u.test(s) || /^\s*\p{Lu}\p{Ll}{2,}[.…!?:]?\s*$/u.test(s);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Every hard-coded text a page source shows. */
function findHardCoded(file: string, source: string): Finding[] {
  const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split('\n');
  const ignored = (line: number) =>
    /i18n-ignore:/.test(lines[line - 2] ?? '') || /i18n-ignore:/.test(lines[line - 1] ?? '');
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (!ignored(line)) found.push({ file, line, text: text.trim() });
  };

  const visit = (node: ts.Node, attr: string | null) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // Logs are for developers.
    if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(sf))) return;
    // A MessageError (or a subclass) takes the messages people read, then its log line.
    const [messages] = (ts.isNewExpression(node) && node.arguments) || [];
    if (messages && ts.isArrayLiteralExpression(messages)) {
      visit(messages, attr);
      return;
    }
    // Comparing with a literal reads a value; it shows nothing ('itunes', 'error').
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        node.operatorToken.kind,
      )
    )
      return;
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (CODE_ATTRS.has(name)) return;
      node.initializer && visit(node.initializer, name);
      return;
    }
    const text = literalText(node);
    if (text !== null) {
      if (text in EN) return; // a key
      if (attr && SPOKEN.has(attr) ? hasLetter(text) : prose(text)) report(node, text);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, attr));
  };
  visit(sf, null);
  return found;
}

const SOURCES = PAGE_DIRS.flatMap((d) => files(join(ROOT, 'src', d)));
const SPEAKING = SPEAKING_DIRS.flatMap((d) => files(join(ROOT, 'src', d))).filter(
  (f) => !SILENT.has(relative(join(ROOT, 'src'), f).split('\\').join('/')),
);

describe('no hard-coded text in the pages', () => {
  it('found the page sources', () => expect(SOURCES.length).toBeGreaterThan(30));

  it('every word a page shows comes from the catalogues', () => {
    const found = SOURCES.flatMap((f) => findHardCoded(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('found the background, media page, shared and core sources', () => {
    expect(SPEAKING.length).toBeGreaterThan(60);
    expect(SPEAKING.some((f) => f.endsWith('announcer.ts'))).toBe(true);
  });

  it('nothing the background, the media page, the camera engine, shared or core says to people is hard-coded', () => {
    const found = SPEAKING.flatMap((f) => findHardCoded(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each(['popup', 'options', 'permission', 'offscreen'])(
    '%s/index.html holds no words but the brand',
    (page) => {
      const html = readFileSync(join(ROOT, 'src', page, 'index.html'), 'utf8');
      const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ');
      expect([...new Set(text.split(/\s+/).filter(hasLetter))]).toEqual(['Emotune']);
    },
  );

  // The check itself: each kind of hard-coded text it must catch, and what it must let through.
  it.each([
    ['JSX text', '<p>Hello there</p>'],
    ['one capitalised word in JSX text', '<button>Refresh</button>'],
    ['a spoken attribute', '<button aria-label="Play" />'],
    ['a spoken attribute, lower case', '<img alt="cover" />'],
    ['a ternary in JSX', "<p>{busy ? 'Finding…' : t('music_refresh')}</p>"],
    ['a template in an attribute', `<a title={\`Open in \${where}\`} />`],
    ['a table of sentences', "const M = { granted: 'Camera allowed. You can close this tab.' };"],
    ['an error for the user', "throw new Error('the browser kept it');"],
    ['a notification', `notifications.create(ID, { title: \`You seem \${mood}: music?\`, message: m });`],
    ['a badge title', "action.setTitle({ title: 'Emotune (camera on)' });"],
    ['a stored note', `const s = { ...cached, note: \`\${reason} Showing the tracks found at \${when}.\` };`],
    [
      'a MessageError whose message is text',
      "throw new MessageError([message('Signed out meanwhile.')], 'log');",
    ],
  ])('catches %s', (_, code) => {
    expect(findHardCoded('planted.tsx', code)).toHaveLength(1);
  });

  it.each([
    ['a key', "<p>{t('popup_camera')}</p>"],
    ['code attributes', '<p class="note muted" role="status" data-testid="typed-mood" />'],
    ['a comparison', "<p>{s.provider === 'itunes' ? t('track_openInApple') : t('track_openInSpotify')}</p>"],
    ['data and symbols', "<p>{track.name} ▶ {' '} 👍</p>"],
    ['a log line', "console.warn('[emotune] sync failed:', error);"],
    ['an opt-out', "// i18n-ignore: a brand\nconst name = 'Apple Music';"],
    [
      'a MessageError’s log line',
      "throw new MessageError([message('spotify_noCode')], 'Spotify sent no code.');",
    ],
  ])('lets through %s', (_, code) => {
    expect(findHardCoded('planted.tsx', code)).toEqual([]);
  });
});
