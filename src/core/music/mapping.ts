import { EMOTIONS, type Emotion, isEmotion } from '../emotions';
import { type Message, MessageError, message } from '../message';

/** One row of the emotion-to-music table: a mood name, the Spotify genres and the search keywords. */
export interface MusicRow {
  mood: string;
  genres: string[];
  keywords: string[];
}

export type MusicMapping = Record<Emotion, MusicRow>;

/**
 * The seed paper's table, word for word: its words that are Spotify genres (dance, pop, rock, ambient,
 * electronic, party) are genres, the rest are search keywords.
 */
export const DEFAULT_MAPPING: MusicMapping = {
  happy: { mood: 'upbeat/pop', genres: ['dance', 'pop'], keywords: ['upbeat'] },
  sad: { mood: 'calm/slow', genres: [], keywords: ['calm', 'slow', 'soft', 'instrumental'] },
  // i18n-ignore: search terms (data the user edits), not words of the interface
  angry: { mood: 'energetic', genres: ['rock'], keywords: ['energetic', 'heavy beats'] },
  fear: { mood: 'relaxing', genres: ['ambient'], keywords: ['relaxing', 'meditation'] },
  surprise: { mood: 'exciting', genres: ['electronic', 'party'], keywords: ['exciting'] },
  neutral: { mood: 'balanced', genres: [], keywords: ['popular', 'mixed'] },
  // i18n-ignore: search terms (data the user edits), not words of the interface
  disgust: { mood: 'soothing', genres: [], keywords: ['soothing', 'light instrumental'] },
};

export const LIMITS = { terms: 8, termLength: 40, moodLength: 30 } as const;

/**
 * Characters that change a Spotify search's meaning (field filters, quotes, operators) or break the URL
 * it goes into. Letters of any script with their combining marks (Devanagari's vowel signs, Thai's tone
 * marks, an accent typed as a separate mark), digits, spaces, '&', '-' and apostrophes are kept. A mark
 * must follow a letter or digit: alone it would decorate the space before it.
 */
const ALLOWED = /^(?:[\p{L}\p{N}]\p{M}*|[ &'-])+$/u;
const ALLOWED_CHAR = /[\p{L}\p{M}\p{N} &'-]/gu;

/**
 * A term as it is checked and stored: NFC, so that "é" typed as e + U+0301 and as one character are the
 * same term (one length, one duplicate, one search).
 */
export const normalTerm = (term: string): string => term.normalize('NFC').trim();

/** Why a single genre or keyword is unusable, or null if it is fine. */
export function termIssue(term: string) {
  const t = normalTerm(term);
  if (t === '') return message('term_empty');
  if (t.length > LIMITS.termLength) return message('term_tooLong', { max: LIMITS.termLength });
  if (!ALLOWED.test(t)) {
    const [odd] = t.replace(ALLOWED_CHAR, '');
    return odd ? message('term_badChar', { char: odd }) : message('term_loneMark');
  }
  return null;
}

export type RowField = 'mood' | 'genres' | 'keywords';
type RowKey =
  | 'mapping_moodEmpty'
  | 'mapping_moodTooLong'
  | 'mapping_needTerm'
  | NonNullable<ReturnType<typeof rowIssue>>['key'];
export type RowIssues = Partial<Record<RowField, Message<RowKey>>>;

const FIELD_KEYS = {
  genres: { tooMany: 'mapping_tooManyGenres', duplicate: 'mapping_duplicateGenres' },
  keywords: { tooMany: 'mapping_tooManyKeywords', duplicate: 'mapping_duplicateKeywords' },
} as const;

/** Every problem of a row, by field, worded for display next to the field. */
export function rowIssues(row: MusicRow): RowIssues {
  const errors: RowIssues = {};
  const mood = normalTerm(row.mood);
  if (mood === '') errors.mood = message('mapping_moodEmpty');
  else if (mood.length > LIMITS.moodLength)
    errors.mood = message('mapping_moodTooLong', { max: LIMITS.moodLength });
  if (row.genres.length + row.keywords.length === 0) errors.keywords = message('mapping_needTerm');
  for (const field of ['genres', 'keywords'] as const) {
    if (errors[field]) continue;
    const issue = rowIssue(field, row[field]);
    if (issue) errors[field] = issue;
  }
  return errors;
}

function rowIssue(field: 'genres' | 'keywords', terms: string[]) {
  if (terms.length > LIMITS.terms) return message(FIELD_KEYS[field].tooMany, { max: LIMITS.terms });
  if (new Set(terms.map((t) => normalTerm(t).toLowerCase())).size !== terms.length)
    return message(FIELD_KEYS[field].duplicate);
  for (const term of terms) {
    const problem = termIssue(term);
    if (problem) return message('mapping_badTerm', { term, problem });
  }
  return null;
}

export function isValidRow(row: MusicRow): boolean {
  return Object.keys(rowIssues(row)).length === 0;
}

/** Trims, NFC-normalises and validates a row typed by the user; throws with every reason if unusable. */
export function cleanRow(row: MusicRow): MusicRow {
  const clean = {
    mood: normalTerm(row.mood),
    genres: row.genres.map(normalTerm),
    keywords: row.keywords.map(normalTerm),
  };
  const problems = Object.values(rowIssues(clean));
  if (problems.length) throw new MessageError(problems);
  return clean;
}

function asRow(value: unknown): MusicRow | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  if (typeof v.mood !== 'string' || !strings(v.genres) || !strings(v.keywords)) return null;
  return { mood: v.mood, genres: v.genres as string[], keywords: v.keywords as string[] };
}

/**
 * Parses an imported mapping (JSON text). All or nothing: any problem rejects the whole import with a
 * MessageError naming the emotion and field, so that an invalid import changes nothing.
 */
export function parseMapping(text: string): MusicMapping {
  const refuse = (...messages: Message[]) => {
    throw new MessageError(messages);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(message('import_notJson'));
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse(message('import_notObject'));
  const entries = Object.entries(raw as Record<string, unknown>);
  const unknown = entries.map(([k]) => k).filter((k) => !isEmotion(k));
  if (unknown.length)
    return refuse(message('import_unknown', { names: unknown.map((k) => `"${k}"`).join(', ') }));
  const mapping = { ...DEFAULT_MAPPING };
  for (const emotion of EMOTIONS) {
    if (!(emotion in (raw as object))) return refuse(message('import_missing', { emotion }));
    const row = asRow((raw as Record<string, unknown>)[emotion]);
    if (!row) return refuse(message('import_badRow', { emotion }));
    try {
      mapping[emotion] = cleanRow(row);
    } catch (error) {
      const problems = error instanceof MessageError ? error.messages : [];
      return refuse(message('import_rowIn', { emotion }), ...problems);
    }
  }
  return mapping;
}

/**
 * A stored table with damaged rows: each damaged (or missing) row goes back to the seed's, the others stay
 * as the user made them. Undefined when the value is not a table at all.
 */
export function repairMapping(raw: unknown): { mapping: MusicMapping; reset: Emotion[] } | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const mapping = { ...DEFAULT_MAPPING };
  const reset: Emotion[] = [];
  for (const emotion of EMOTIONS) {
    const row = Object.hasOwn(raw, emotion) ? asRow((raw as Record<string, unknown>)[emotion]) : null;
    if (row && isValidRow(row)) mapping[emotion] = row;
    else reset.push(emotion);
  }
  return { mapping, reset };
}
