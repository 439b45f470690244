// A provider's failure, said as messages the page translates. `kind` says what the suggester does with it.
import type { Message } from '../../core/message';
import { MessageError } from '../../core/message';
import { englishOf } from '../../shared/english';

/**
 * - fallback: a passing fault (offline, rate-limited, down): show the mood's cached tracks or links;
 * - sign-in: the provider needs the user to sign in again;
 * - fail: the request itself was refused;
 * - unavailable: this account cannot use the provider (Spotify's 2026 rules): use the keyless one.
 */
export type ProviderErrorKind = 'fallback' | 'sign-in' | 'fail' | 'unavailable';

export class ProviderError extends MessageError {
  /** `message` (for logs) is the English of the messages. */
  constructor(
    messages: readonly Message[],
    readonly kind: ProviderErrorKind,
  ) {
    super(messages, englishOf(messages));
    this.name = 'ProviderError';
  }
}
