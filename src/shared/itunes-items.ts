// The user's answer about Apple's catalogue: asked in the popup, read by the options page and the
// background's iTunes provider.
import type { ItemDefinition } from './storage-item';

/**
 * The user's answer to "Show real tracks from Apple's catalogue?": asked once in the popup. 'granted'
 * still needs the browser's host permission, which the user can withdraw at any time.
 */
export type KeylessConsent = 'unasked' | 'granted' | 'declined';
export const keylessConsentDef: ItemDefinition<KeylessConsent> = {
  key: 'keylessConsent',
  area: 'local',
  version: 1,
  defaultValue: 'unasked',
  validate: (v) => (v === 'unasked' || v === 'granted' || v === 'declined' ? v : undefined),
};
