// A provider's failure, worded for the user. `kind` says what the suggester does with it.

/**
 * - fallback: a passing fault (offline, rate-limited, down): show the mood's cached tracks or links;
 * - sign-in: the provider needs the user to sign in again;
 * - fail: the request itself was refused;
 * - unavailable: this account cannot use the provider (Spotify's 2026 rules): use the keyless one.
 */
export type ProviderErrorKind = 'fallback' | 'sign-in' | 'fail' | 'unavailable';

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: ProviderErrorKind,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
