import type { Cache } from '../../platform/cache/cache';
import { rateLimited } from '../../common/errors';
import { LoginRateLimited } from './auth.errors';

export interface ThrottleLimits {
  /** Failed logins for one account from one address before the delay starts. */
  freeAttempts: number;
  /** Cap of that delay. */
  maxDelaySeconds: number;
  /** Failed logins for one account from all addresses before the account-wide delay starts. */
  maxPerAccount: number;
  /** Cap of the account-wide delay: short, so that no one can lock somebody else's account. */
  accountMaxDelaySeconds: number;
  /** Failed logins from one address, any account, per window. */
  maxPerIp: number;
  windowSeconds: number;
}

/**
 * Seconds to wait before the next attempt after `failures` failed ones: none up to `free`, then 1, 2,
 * 4 … seconds, capped (OWASP ASVS 2.2.1's "ever increasing delays"). Pure.
 */
export function progressiveDelaySeconds(failures: number, free: number, maxSeconds: number): number {
  if (failures <= free) return 0;
  const exponent = Math.min(failures - free - 1, 30);
  return Math.min(2 ** exponent, maxSeconds);
}

// Login abuse counters in the shared cache, so every replica counts the same attempts. No lockout: an attacker
// who fails against an account slows down only themselves (the delay is keyed by account + address); the
// account-wide delay for attacks spread over many addresses is capped at a few seconds; the per-address budget
// bounds guessing across accounts. Every attempt is counted before the password is checked (so concurrent or
// aliased attempts all count), and a successful login gives its count back.
export class LoginThrottle {
  constructor(
    private readonly cache: Cache,
    private readonly limits: ThrottleLimits,
  ) {}

  private keys(email: string, ip: string | undefined) {
    const account = email.trim().toLowerCase();
    return {
      pair: `login:pair:${account}:${ip ?? '-'}`,
      pairWait: `login:pair-wait:${account}:${ip ?? '-'}`,
      account: `login:acct:${account}`,
      accountWait: `login:acct-wait:${account}`,
      ip: ip ? `login:ip:${ip}` : undefined,
    };
  }

  /**
   * Refuses (a LoginRateLimited outcome, returned) while a delay runs or the address's budget of failures is
   * spent; otherwise counts the attempt (given back by `succeeded`) and returns undefined.
   */
  async registerAttempt(email: string, ip: string | undefined): Promise<LoginRateLimited | undefined> {
    const k = this.keys(email, ip);
    for (const wait of [k.pairWait, k.accountWait]) {
      const seconds = await this.cache.ttl(wait);
      if (seconds !== undefined) {
        return new LoginRateLimited(
          `Too many failed logins. Try again in ${Math.max(1, seconds)} seconds.`,
          Math.max(1, seconds),
        );
      }
    }
    const { windowSeconds } = this.limits;
    if (k.ip) {
      const perIp = await this.cache.increment(k.ip, windowSeconds);
      if (perIp > this.limits.maxPerIp) {
        await this.cache.increment(k.ip, windowSeconds, -1);
        const retryAfter = (await this.cache.ttl(k.ip)) ?? windowSeconds;
        return new LoginRateLimited(
          `Too many failed logins from this address. Try again in ${retryAfter} seconds.`,
          retryAfter,
        );
      }
    }
    await this.cache.increment(k.pair, windowSeconds);
    await this.cache.increment(k.account, windowSeconds);
    return undefined;
  }

  /** After a wrong password: the next attempt for this account (from here, and from anywhere) may have to wait. */
  async failed(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    const pairFailures = (await this.cache.get<number>(k.pair)) ?? 0;
    const pairDelay = progressiveDelaySeconds(
      pairFailures,
      this.limits.freeAttempts,
      this.limits.maxDelaySeconds,
    );
    if (pairDelay > 0) await this.cache.set(k.pairWait, 1, pairDelay);
    const accountFailures = (await this.cache.get<number>(k.account)) ?? 0;
    const accountDelay = progressiveDelaySeconds(
      accountFailures,
      this.limits.maxPerAccount,
      this.limits.accountMaxDelaySeconds,
    );
    if (accountDelay > 0) await this.cache.set(k.accountWait, 1, accountDelay);
  }

  /** A successful login clears its account + address counter and gives back its attempt to the others. */
  async succeeded(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    const { windowSeconds } = this.limits;
    await this.cache.delete(k.pair);
    await this.cache.increment(k.account, windowSeconds, -1);
    if (k.ip) await this.cache.increment(k.ip, windowSeconds, -1);
  }
}

export interface RegistrationLimits {
  maxPerIp: number;
  maxPerWindow: number;
  windowSeconds: number;
}

// Registrations per address and in total per window (shared cache, all replicas). Counted before any work, so
// every alias of a batched `register` counts.
export class RegistrationThrottle {
  constructor(
    private readonly cache: Cache,
    private readonly limits: RegistrationLimits,
  ) {}

  async registerAttempt(ip: string | undefined): Promise<void> {
    const { windowSeconds } = this.limits;
    const all = 'register:all';
    if ((await this.cache.increment(all, windowSeconds)) > this.limits.maxPerWindow) {
      const retryAfter = (await this.cache.ttl(all)) ?? windowSeconds;
      throw rateLimited(`Registration is busy. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    if (!ip) return;
    const key = `register:ip:${ip}`;
    if ((await this.cache.increment(key, windowSeconds)) > this.limits.maxPerIp) {
      const retryAfter = (await this.cache.ttl(key)) ?? windowSeconds;
      throw rateLimited(
        `Too many registrations from this address. Try again in ${retryAfter} seconds.`,
        retryAfter,
      );
    }
  }
}
