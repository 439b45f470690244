import { EMOTIONS, type Emotion, isEmotion } from '../emotions';

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
  angry: { mood: 'energetic', genres: ['rock'], keywords: ['energetic', 'heavy beats'] },
  fear: { mood: 'relaxing', genres: ['ambient'], keywords: ['relaxing', 'meditation'] },
  surprise: { mood: 'exciting', genres: ['electronic', 'party'], keywords: ['exciting'] },
  neutral: { mood: 'balanced', genres: [], keywords: ['popular', 'mixed'] },
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
export function termProblem(term: string): string | null {
  const t = normalTerm(term);
  if (t === '') return 'cannot be empty';
  if (t.length > LIMITS.termLength) return `must be at most ${LIMITS.termLength} characters`;
  if (!ALLOWED.test(t)) {
    const [odd] = t.replace(ALLOWED_CHAR, '');
    const which = odd ? ` (not "${odd}")` : ' (a mark must follow a letter)';
    return `may only use letters, digits, spaces, & - and '${which}`;
  }
  return null;
}

export type RowErrors = Partial<Record<'mood' | 'genres' | 'keywords', string>>;

/** Every problem of a row, by field, worded for display next to the field. */
export function rowProblems(row: MusicRow): RowErrors {
  const errors: RowErrors = {};
  const mood = normalTerm(row.mood);
  if (mood === '') errors.mood = 'Mood name cannot be empty.';
  else if (mood.length > LIMITS.moodLength)
    errors.mood = `Mood name must be at most ${LIMITS.moodLength} characters.`;
  if (row.genres.length + row.keywords.length === 0) errors.keywords = 'Add at least one genre or keyword.';
  for (const field of ['genres', 'keywords'] as const) {
    const terms = row[field];
    if (errors[field]) continue;
    if (terms.length > LIMITS.terms) errors[field] = `At most ${LIMITS.terms} ${field}.`;
    else if (new Set(terms.map((t) => normalTerm(t).toLowerCase())).size !== terms.length) {
      errors[field] = `Each of the ${field} must be different.`;
    } else {
      const bad = terms.map((t) => [t, termProblem(t)] as const).find(([, p]) => p);
      if (bad) errors[field] = `"${bad[0]}" ${bad[1]}.`;
    }
  }
  return errors;
}

export function isValidRow(row: MusicRow): boolean {
  return Object.keys(rowProblems(row)).length === 0;
}

/** Trims, NFC-normalises and validates a row typed by the user; throws with every reason if unusable. */
export function cleanRow(row: MusicRow): MusicRow {
  const clean = {
    mood: normalTerm(row.mood),
    genres: row.genres.map(normalTerm),
    keywords: row.keywords.map(normalTerm),
  };
  const problems = rowProblems(clean);
  if (Object.keys(problems).length) throw new Error(Object.values(problems).join(' '));
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
 * message naming the emotion and field, so that an invalid import changes nothing.
 */
export function parseMapping(text: string): MusicMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('The file is not valid JSON.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('Expected an object with one row per emotion.');
  const entries = Object.entries(raw as Record<string, unknown>);
  const unknown = entries.map(([k]) => k).filter((k) => !isEmotion(k));
  if (unknown.length) throw new Error(`Unknown emotion ${unknown.map((k) => `"${k}"`).join(', ')}.`);
  const mapping = { ...DEFAULT_MAPPING };
  for (const emotion of EMOTIONS) {
    if (!(emotion in (raw as object))) throw new Error(`Missing the row for ${emotion}.`);
    const row = asRow((raw as Record<string, unknown>)[emotion]);
    if (!row) throw new Error(`The ${emotion} row needs a mood (text), genres and keywords (lists of text).`);
    try {
      mapping[emotion] = cleanRow(row);
    } catch (error) {
      throw new Error(`${emotion}: ${(error as Error).message}`);
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
