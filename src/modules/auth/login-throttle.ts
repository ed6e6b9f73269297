import type { Cache } from '../../platform/cache/cache';
import { rateLimited } from '../../common/errors';

export interface ThrottleLimits {
  maxPerAccount: number;
  maxPerIp: number;
  windowSeconds: number;
}

// Fixed-window login attempt counters in the shared cache, so every replica counts the same attempts.
// Each attempt is counted before the password is checked (an aliased batch of logins counts every alias).
export class LoginThrottle {
  constructor(
    private readonly cache: Cache,
    private readonly limits: ThrottleLimits,
  ) {}

  private accountKey(email: string) {
    return `login:acct:${email.trim().toLowerCase()}`;
  }

  async registerAttempt(email: string, ip: string | undefined): Promise<void> {
    const { windowSeconds } = this.limits;
    const perAccount = await this.cache.increment(this.accountKey(email), windowSeconds);
    const perIp = ip ? await this.cache.increment(`login:ip:${ip}`, windowSeconds) : 0;
    if (perAccount > this.limits.maxPerAccount || perIp > this.limits.maxPerIp) {
      const key = perAccount > this.limits.maxPerAccount ? this.accountKey(email) : `login:ip:${ip}`;
      const retryAfter = (await this.cache.ttl(key)) ?? windowSeconds;
      throw rateLimited(`Too many login attempts. Try again in ${retryAfter} seconds.`, retryAfter);
    }
  }

  /** A successful login clears the account's counter (the IP's keeps counting). */
  async succeeded(email: string): Promise<void> {
    await this.cache.delete(this.accountKey(email));
  }
}
