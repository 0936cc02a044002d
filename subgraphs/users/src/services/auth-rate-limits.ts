import type { RateLimitStore } from '@foodgraph/platform/rate-limit';
import type { AuthRateLimitConfig } from '../config';

/**
 * The rate limits on getting a session: sign-in attempts per account and per client address,
 * sign-ups, guest sessions and kiosk identifications per client address. Each check takes its
 * attempt up front, before any password is hashed, so concurrent attempts cannot slip past a
 * limit together; a sign-in
 * that succeeds gives its attempts back, so what is counted is wrong passwords (and attempts
 * still under way). Over a limit answers RATE_LIMITED with `extensions.retryAfter`.
 *
 * A call without a client address (one the router did not sign one into) is limited per
 * account only.
 */
export class AuthRateLimits {
  private readonly loginPerAccount;
  private readonly loginPerAddress;
  private readonly registerPerAddress;
  private readonly guestPerAddress;
  private readonly identifyPerAddress;

  constructor(store: RateLimitStore, config: AuthRateLimitConfig) {
    const tooMany = 'Too many attempts, try again later';
    this.loginPerAccount = store.limiter(
      'login-account',
      config.loginPerAccount,
      'Too many sign-in attempts for this account, try again later',
    );
    this.loginPerAddress = store.limiter('login-address', config.loginPerAddress, tooMany);
    this.registerPerAddress = store.limiter(
      'register-address',
      config.registerPerAddress,
      'Too many sign-ups from this address, try again later',
    );
    this.guestPerAddress = store.limiter('guest-address', config.guestPerAddress, tooMany);
    this.identifyPerAddress = store.limiter('identify-address', config.identifyPerAddress, tooMany);
  }

  /** Before a password is checked; `account` is the normalized email. */
  async beforeSignIn(account: string, clientAddress: string | undefined): Promise<void> {
    if (clientAddress !== undefined) await this.loginPerAddress.consume(clientAddress);
    await this.loginPerAccount.consume(account);
  }

  /** After the password matched: the attempts are given back. */
  async signedIn(account: string, clientAddress: string | undefined): Promise<void> {
    await Promise.all([
      this.loginPerAccount.refund(account),
      clientAddress === undefined ? undefined : this.loginPerAddress.refund(clientAddress),
    ]);
  }

  async beforeRegister(clientAddress: string | undefined): Promise<void> {
    if (clientAddress !== undefined) await this.registerPerAddress.consume(clientAddress);
  }

  async beforeGuestSession(clientAddress: string | undefined): Promise<void> {
    if (clientAddress !== undefined) await this.guestPerAddress.consume(clientAddress);
  }

  /** Every kiosk identification counts, whether the document was known or not. */
  async beforeIdentify(clientAddress: string | undefined): Promise<void> {
    if (clientAddress !== undefined) await this.identifyPerAddress.consume(clientAddress);
  }
}
