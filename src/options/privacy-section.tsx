// The privacy policy, in the settings: the same PRIVACY.md that the stores link to, bundled as text at
// build time (one source, so the page cannot say less than the policy; nothing is fetched to show it).
import policy from '../../PRIVACY.md?raw';

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p class="muted">
        Camera images, your mood and what you type never leave this device. Apple or Spotify receive the
        mood's search words only once you allow them. The full policy:
      </p>
      <details>
        <summary>Emotune privacy policy</summary>
        <pre class="policy">{policy}</pre>
      </details>
    </section>
  );
}
