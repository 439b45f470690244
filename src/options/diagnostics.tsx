import { moodSnapshot } from '../shared/stores';
import { useItem } from '../ui/use-item';

/** What the camera loop reports about itself: handy when a user asks "why is it slow?". */
export function Diagnostics() {
  const s = useItem(moodSnapshot).value;
  return (
    <section aria-labelledby="diag-heading">
      <h2 id="diag-heading">Diagnostics</h2>
      <dl class="muted">
        <dt>Backend in use</dt>
        <dd>{s.backend ?? 'not started'}</dd>
        <dt>Model in use</dt>
        <dd>{s.model ?? 'not started'}</dd>
        <dt>Last frame</dt>
        <dd>
          {s.perf
            ? `detection ${s.perf.detectMs.toFixed(0)} ms, classification ${s.perf.classifyMs.toFixed(0)} ms, ${s.perf.tensors} tensors alive`
            : 'no frame yet'}
        </dd>
      </dl>
    </section>
  );
}
