/**
 * The login throttle, kept in the database so that every instance counts against the same limits.
 *
 * - An account that fails `accountFailures` times in a row waits 1 s, then 2 s, 4 s … up to `maxDelayMs`; attempts
 *   while it waits are refused unchecked (429) and do not count. A correct login clears its count; an hour
 *   without failures forgets it.
 * - An address counts failures only: correct logins from a shared office address never use up its allowance, and
 *   a correct password for an account not itself waiting succeeds until the address has failed
 *   `addressFailures` times within 15 minutes (far above what people mistyping make), when the address is refused
 *   for the rest of that window.
 */
import type { Store } from '../../store';
import { AppError } from '../errors';
import {
  ACCOUNT_MEMORY_MS,
  ADDRESS_WINDOW_MS,
  accountDelayMs,
  describeWait,
  keys,
  type LoginLimits,
  secondsUntil,
} from './policy';

export interface LoginThrottle {
  /** Throws 429 (`retryAfter` seconds in the error) when the address or the account must wait. */
  check(username: string, ip: string): Promise<void>;
  /** Count a failed login against the account and the address; says how long the account must now wait (0: not). */
  failed(username: string, ip: string): Promise<{ waitSeconds: number }>;
  /** A correct login: the account's failures are forgotten. */
  succeeded(username: string): Promise<void>;
}

/** 429 with the wait in the message and in `retryAfter` (the route sends it as `Retry-After`). */
export function tooManyAttempts(message: (wait: string) => string, seconds: number): AppError {
  return new AppError('rate_limited', message(describeWait(seconds)), { retryAfter: seconds });
}

export function createLoginThrottle(
  store: Store,
  limits: LoginLimits,
  clock: () => number = Date.now,
): LoginThrottle {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    async check(username, ip) {
      const now = clock();
      const [address, account] = await Promise.all([
        store.getCounter(keys.address(ip), iso(now)),
        store.getCounter(keys.account(username), iso(now)),
      ]);
      if (address && address.hits >= limits.addressFailures) {
        throw tooManyAttempts(
          (w) => `您所在的网络地址登录失败次数过多，已暂停登录，请 ${w}后再试`,
          secondsUntil(address.resetAt, now),
        );
      }
      if (account?.blockedUntil && Date.parse(account.blockedUntil) > now) {
        throw tooManyAttempts(
          (w) => `该账户连续登录失败次数过多，请 ${w}后再试`,
          secondsUntil(account.blockedUntil, now),
        );
      }
    },
    async failed(username, ip) {
      const now = clock();
      const [account] = await Promise.all([
        store.hitCounter(keys.account(username), {
          now: iso(now),
          resetAt: iso(now + ACCOUNT_MEMORY_MS),
          extend: true,
        }),
        store.hitCounter(keys.address(ip), { now: iso(now), resetAt: iso(now + ADDRESS_WINDOW_MS) }),
      ]);
      const delay = accountDelayMs(account.hits, limits);
      if (delay > 0) await store.blockCounter(account.key, iso(now + delay));
      return { waitSeconds: Math.ceil(delay / 1000) };
    },
    async succeeded(username) {
      await store.deleteCounter(keys.account(username));
      await store.deleteExpiredCounters(iso(clock()));
    },
  };
}
