// The one-click question before anything is sent to Apple: what is sent (the mood's search words and
// the storefront, never the camera), and yes or no. No: the search links, as without any provider.
import { musicState } from '../shared/stores';
import type { KeylessAccess } from '../ui/use-keyless-access';

export function KeylessOffer({
  access,
  words,
  onGranted,
}: {
  access: KeylessAccess;
  words: string[];
  onGranted: () => void;
}) {
  return (
    <section class="offer" aria-label="Apple’s catalogue">
      <p>
        <b>Show real tracks from Apple’s catalogue?</b> With 30-second previews, no account needed.
      </p>
      <p class="muted">
        Emotune sends Apple’s iTunes Search the mood’s search words ({words.map((w) => `“${w}”`).join(', ')})
        and your country. Never the camera, an image or your mood scores.
      </p>
      <p class="actions">
        <button type="button" onClick={() => void access.request().then((granted) => granted && onGranted())}>
          Show real tracks
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void musicState.keylessConsent.set('declined')}
        >
          No thanks
        </button>
      </p>
    </section>
  );
}
