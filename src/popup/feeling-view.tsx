// "How do you feel?": an optional line of text, read by the text model right here in the popup. The
// text never leaves this page: it goes into the model and the box is cleared; only the model's scores
// and the time are kept (storage.session, like the face's mood), and they fade (a setting).
import { useEffect, useState } from 'preact/hooks';
import { EMOJI } from '../core/emotions';
import { type FusedMood, readsLanguage, type TypedFeeling } from '../core/feeling';
import { parseTextModelManifest } from '../core/text-model-manifest';
import { browser } from '../shared/browser';
import { errorText, t } from '../shared/i18n';
import { TEXT_MODEL_MANIFEST } from '../shared/models';
import { typedFeeling } from '../shared/stores';
import { emotionName } from '../ui/emotion-name';
import { rich } from '../ui/rich';
import { ScoreBars } from './score-bars';

/** The model's language, from its manifest (a small local file; the model itself loads on first use). */
function useModelLanguage(): string | null {
  const [language, setLanguage] = useState<string | null>(null);
  useEffect(() => {
    void fetch(browser.runtime.getURL(TEXT_MODEL_MANIFEST))
      .then((r) => r.json())
      .then((raw: unknown) => setLanguage(parseTextModelManifest(raw).language))
      .catch(() => setLanguage(null));
  }, []);
  return language;
}

async function read(text: string): Promise<TypedFeeling> {
  const { pageTextModel } = await import('../text/page-reader');
  const model = await pageTextModel(browser.runtime.getURL(TEXT_MODEL_MANIFEST));
  return { scores: await model.read(text), at: Date.now() };
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * Whether the user most likely types in the model's language: both the browser's language and the
 * language of the words on this page (a German page under an English-named browser, or an English page
 * where no catalogue of the browser's language exists) must be it.
 */
const readsUserLanguage = (model: string) =>
  readsLanguage(browser.i18n.getUILanguage(), model) && readsLanguage(t('html_lang'), model);

export function FeelingView({
  feeling,
  fused,
  withFace,
  fadeMs,
  now,
}: {
  feeling: TypedFeeling | null;
  fused: FusedMood;
  /** Whether a face's scores took part in the fusion. */
  withFace: boolean;
  fadeMs: number;
  now: number;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const language = useModelLanguage();
  const submit = async (e: Event) => {
    e.preventDefault();
    const line = text.trim();
    if (!line) return; // an empty line changes nothing
    setError(null);
    try {
      const reading = await read(line);
      setText('');
      await typedFeeling.set(reading);
    } catch (err) {
      setError(t('feeling_readError', { error: errorText(err) }));
    }
  };
  const active = feeling !== null && fused.textWeight > 0;
  return (
    <section aria-label={t('feeling_section')} class="feeling">
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('feeling_question')} <span class="muted">{t('feeling_optional')}</span>
          <input
            type="text"
            name="feeling"
            value={text}
            maxLength={500}
            autoComplete="off"
            placeholder={t('feeling_placeholder')}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="secondary">
          {t('feeling_read')}
        </button>
      </form>
      {language && !readsUserLanguage(language) && (
        <p class="note muted" data-testid="english-only">
          {t('feeling_englishOnly')}
        </p>
      )}
      {error && <p class="note">{error}</p>}
      {active && feeling && (
        <>
          <p class="muted" role="status" data-testid="typed-mood">
            {withFace
              ? rich('feeling_readsWithFace', {
                  emoji: EMOJI[fused.mood ?? 'neutral'],
                  mood: <b>{emotionName(fused.mood ?? 'neutral')}</b>,
                  percent: Math.round(fused.textWeight * 100),
                  minutes: minutes(feeling.at + fadeMs - now),
                })
              : rich('feeling_readsAlone', {
                  emoji: EMOJI[fused.mood ?? 'neutral'],
                  mood: <b>{emotionName(fused.mood ?? 'neutral')}</b>,
                  minutes: minutes(feeling.at + fadeMs - now),
                })}{' '}
            <button type="button" class="link" onClick={() => void typedFeeling.set(null)}>
              {t('feeling_forget')}
            </button>
          </p>
          <ScoreBars scores={feeling.scores} label={t('feeling_scores')} />
        </>
      )}
    </section>
  );
}
