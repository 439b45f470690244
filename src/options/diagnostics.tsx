import { t } from '../shared/i18n';
import type { BackendPreference } from '../shared/settings';
import { moodSnapshot } from '../shared/stores';
import { useItem } from '../ui/use-item';
import { BACKENDS } from './camera-settings';

/** A backend the camera page reported, by its name in the settings where it has one. */
const backendName = (b: string) => (b in BACKENDS ? t(BACKENDS[b as BackendPreference]) : b);

/** What the camera loop reports about itself: handy when a user asks "why is it slow?". */
export function Diagnostics() {
  const s = useItem(moodSnapshot).value;
  return (
    <section aria-labelledby="diag-heading">
      <h2 id="diag-heading">{t('diag_heading')}</h2>
      <dl class="muted">
        <dt>{t('diag_backend')}</dt>
        <dd>
          {s.backend ?? t('diag_notStarted')}
          {s.backendRefused
            ? ` (${t('diag_backendRefused', { backend: backendName(s.backendRefused) })})`
            : null}
        </dd>
        <dt>{t('diag_model')}</dt>
        <dd>{s.model ?? t('diag_notStarted')}</dd>
        <dt>{t('diag_lastFrame')}</dt>
        <dd>
          {s.perf
            ? t('diag_perf', {
                detect: s.perf.detectMs.toFixed(0),
                classify: s.perf.classifyMs.toFixed(0),
                tensors: s.perf.tensors,
              })
            : t('diag_noFrame')}
        </dd>
      </dl>
    </section>
  );
}
