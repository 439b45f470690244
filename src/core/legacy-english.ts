// English for the callers that cannot translate yet: the background (its notes, errors and stored
// reasons) and the unit tests written against English text. Pages never use it: they translate the
// Message values through shared/i18n.ts. A unit test (test/unit/core/legacy-english.test.ts) keeps every
// line here equal to _locales/en/messages.json, so the two cannot drift; once the background speaks in
// keys, this file and the English wrappers around it (statusText, termProblem, rowProblems,
// clientIdProblem) go.
import type { Message } from './message';

export const LEGACY_EN: Readonly<Record<string, string>> = {
  calibrate_oneReading:
    'Only $COUNT$ clear reading of one face in $SECONDS$ s. Face the camera alone, in good light, and try again.',
  calibrate_fewReadings:
    'Only $COUNT$ clear readings of one face in $SECONDS$ s. Face the camera alone, in good light, and try again.',
  calibrate_noReadings: 'The camera sent no readings. Switch it on and try again.',
  status_starting: 'Starting the camera and loading the models…',
  status_severalFaces: 'Several faces in view: reading the largest one.',
  status_noFace: 'No face in view. Face the camera, in good light.',
  status_tooDark: 'Too dark to read your face. Turn on a light or face a window.',
  status_cameraOff: 'Camera is off. Switch it on to read your mood.',
  status_cameraDenied: 'Camera access is blocked. Allow it to let Emotune read your mood.',
  status_noCamera: 'No camera found. Connect one, then switch the camera on again.',
  status_cameraBusy: 'The camera is in use by another app. Close that app, then switch the camera on again.',
  status_cameraEnded: 'The camera stopped. Check that it is connected and free, then retry.',
  status_cameraEndedDetail: 'The camera stopped ($DETAIL$). Check that it is connected and free, then retry.',
  status_cameraTimeout: 'The camera did not start. Retry, or check that no other app holds it.',
  status_cameraTimeoutDetail:
    'The camera did not start ($DETAIL$). Retry, or check that no other app holds it.',
  status_stalled: 'The camera stopped reporting. Restarting it…',
  status_error: 'Something went wrong.',
  status_errorDetail: 'Something went wrong: $DETAIL$',
  mapping_moodEmpty: 'Mood name cannot be empty.',
  mapping_moodTooLong: 'Mood name must be at most $MAX$ characters.',
  mapping_needTerm: 'Add at least one genre or keyword.',
  mapping_tooManyGenres: 'At most $MAX$ genres.',
  mapping_tooManyKeywords: 'At most $MAX$ keywords.',
  mapping_duplicateGenres: 'Each of the genres must be different.',
  mapping_duplicateKeywords: 'Each of the keywords must be different.',
  mapping_badTerm: '"$TERM$" $PROBLEM$.',
  term_empty: 'cannot be empty',
  term_tooLong: 'must be at most $MAX$ characters',
  term_badChar: 'may only use letters, digits, spaces, & - and \' (not "$CHAR$")',
  term_loneMark: "may only use letters, digits, spaces, & - and ' (a mark must follow a letter)",
  import_notJson: 'The file is not valid JSON.',
  import_notObject: 'Expected an object with one row per emotion.',
  import_unknown: 'Unknown emotion $NAMES$.',
  import_missing: 'Missing the row for $EMOTION$.',
  import_badRow: 'The $EMOTION$ row needs a mood (text), genres and keywords (lists of text).',
  import_rowIn: '$EMOTION$:',
  spotify_clientIdProblem:
    "A Client ID is 32 letters and digits (0-9, a-f), copied from your app's page on developer.spotify.com.",
};

/** A message in English, its placeholders ($NAME$) filled by name. */
export function englishOf(m: Message): string {
  const text = LEGACY_EN[m.key] ?? m.key;
  return text.replace(/\$(\w+)\$/g, (_, name: string) => {
    const sub = m.subs?.[name.toLowerCase()];
    return sub === undefined ? '' : typeof sub === 'object' ? englishOf(sub) : String(sub);
  });
}
