import { MemoryCache } from '../../platform/cache';
import { LoginThrottle, progressiveDelaySeconds, RegistrationThrottle } from './login-throttle';

describe('progressiveDelaySeconds', () => {
  it('is free up to the allowance, then doubles from 1 s up to the cap', () => {
    const delays = Array.from({ length: 12 }, (_, i) => progressiveDelaySeconds(i + 1, 5, 60));
    expect(delays).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60]);
    expect(progressiveDelaySeconds(10_000, 5, 900)).toBe(900);
  });
});

describe('LoginThrottle', () => {
  const limits = {
    freeAttempts: 2,
    maxDelaySeconds: 60,
    maxPerAccount: 3,
    accountMaxDelaySeconds: 5,
    maxPerIp: 100,
    windowSeconds: 900,
  };

  it('delays one address after its failures; another address is delayed only by the short account-wide delay', async () => {
    const cache = new MemoryCache();
    const throttle = new LoginThrottle(cache, limits);
    for (let k = 0; k < 3; k++) {
      await throttle.registerAttempt('Victim@example.com', '10.0.0.1');
      await throttle.failed('victim@example.com', '10.0.0.1');
    }
    await expect(throttle.registerAttempt('victim@example.com', '10.0.0.1')).resolves.toMatchObject({
      code: 'RATE_LIMITED',
    });
    // 3 failures from one address are within the account-wide allowance: the owner elsewhere is not delayed.
    await expect(throttle.registerAttempt('victim@example.com', '10.0.0.2')).resolves.toBeUndefined();
    await throttle.succeeded('victim@example.com', '10.0.0.2');
    // A 4th failure from yet another address passes the account-wide allowance: a delay capped at 5 s.
    await throttle.registerAttempt('victim@example.com', '10.0.0.3');
    await throttle.failed('victim@example.com', '10.0.0.3');
    const refused = await throttle.registerAttempt('victim@example.com', '10.0.0.4');
    expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused!.retryAfterSeconds).toBeLessThanOrEqual(limits.accountMaxDelaySeconds);
    await cache.close();
  });
});

describe('RegistrationThrottle', () => {
  it('limits registrations in total per window, whatever the address', async () => {
    const cache = new MemoryCache();
    const throttle = new RegistrationThrottle(cache, { maxPerIp: 10, maxPerWindow: 3, windowSeconds: 60 });
    for (let k = 0; k < 3; k++) await throttle.registerAttempt(`10.0.0.${k}`);
    await expect(throttle.registerAttempt('10.0.0.9')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await cache.close();
  });
});
