// Runs axe (@axe-core/playwright) on a page in the light and the dark colour scheme, and keeps what it
// found per page state, so that a test can both fail on serious findings and print the counts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Scheme = 'light' | 'dark';
const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
type Impact = (typeof IMPACTS)[number];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeRecord {
  state: string;
  scheme: Scheme;
  counts: Record<Impact, number>;
  /** The rules that found something, with their impact. */
  rules: string[];
  /** Serious and critical findings: the rule and the elements it flagged. */
  severe: string[];
  ms: number;
}

/** axe's findings on `page` as it is now, once per colour scheme; the page is left in the light scheme. */
export async function audit(page: Page, state: string): Promise<AxeRecord[]> {
  const records: AxeRecord[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const started = Date.now();
    await page.emulateMedia({ colorScheme: scheme });
    // The dark scheme changes colours only: its second pass runs the rules that read colours.
    // Legacy mode runs axe.run() in the page itself. The default runs each frame apart and then joins the
    // results in a blank page it opens for every call: a renderer more per audit, and these pages have no
    // cross-origin frame for that to cover.
    const builder = new AxeBuilder({ page }).setLegacyMode();
    if (scheme === 'dark') builder.withRules(COLOUR_RULES);
    const { violations } = await builder.analyze();
    const counts = Object.fromEntries(IMPACTS.map((i) => [i, 0])) as Record<Impact, number>;
    const severe: string[] = [];
    const rules: string[] = [];
    for (const v of violations) {
      const impact = (v.impact ?? 'minor') as Impact;
      counts[impact] += v.nodes.length;
      rules.push(`${v.id} (${impact})`);
      if (impact === 'serious' || impact === 'critical')
        for (const n of v.nodes)
          severe.push(`${v.id} (${impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`);
    }
    records.push({ state, scheme, counts, rules, severe, ms: Date.now() - started });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return records;
}

/** One line per state and scheme: the counts by impact (printed for the record). */
export function report(records: AxeRecord[]): string {
  return records
    .map(
      (r) =>
        `axe ${r.state} [${r.scheme}]: ${IMPACTS.map((i) => `${i} ${r.counts[i]}`).join(', ')} (${r.ms} ms)` +
        (r.rules.length ? ` ${r.rules.join(', ')}` : '') +
        (r.severe.length ? `\n  ${r.severe.join('\n  ')}` : ''),
    )
    .join('\n');
}
