/** The throttle's rules as pure functions: how long an account waits, the counter keys, the Chinese wait text. */
import { createHash } from 'node:crypto';

export interface LoginLimits {
  /** Failed logins of one account before it waits. */
  accountFailures: number;
  /** Longest wait of an account. */
  maxDelayMs: number;
  /** Failed logins from one address within `ADDRESS_WINDOW_MS` before it is refused for the rest of the window. */
  addressFailures: number;
}

/** An account's failures are forgotten this long after the last one (or at a correct login). */
export const ACCOUNT_MEMORY_MS = 60 * 60 * 1000;
/** Failures from one address are counted in windows of this length. */
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
/** Writes of one user are counted in windows of this length. */
export const WRITE_WINDOW_MS = 60 * 1000;

/**
 * How long an account must wait after its `failures`-th failure in a row: nothing before the allowed number, then
 * 1 s, doubling with each further failure, capped.
 * @example accountDelayMs(7, { accountFailures: 5, maxDelayMs: 900_000, addressFailures: 100 }) // 4000
 */
export function accountDelayMs(failures: number, limits: LoginLimits): number {
  if (failures < limits.accountFailures) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - limits.accountFailures, 30), limits.maxDelayMs);
}

/** Counter keys. Usernames are hashed: any text a client sends makes a short, valid key on both databases. */
export const keys = {
  account: (username: string) => `login:account:${createHash('sha256').update(username).digest('base64url')}`,
  address: (ip: string) => `login:address:${addressGroup(ip)}`,
  writes: (userId: number) => `write:user:${userId}`,
};

/**
 * The address as the throttle counts it: an IPv4 address itself, an IPv6 address by its /64 (one subscriber's
 * network, whose addresses are all theirs to rotate through).
 * @example addressGroup('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function addressGroup(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Whole seconds until `until` (at least 1), for `Retry-After`. */
export function secondsUntil(until: string, now: number): number {
  return Math.max(1, Math.ceil((Date.parse(until) - now) / 1000));
}

/**
 * A wait in Chinese words.
 * @example describeWait(75) // '2 分钟'
 */
export function describeWait(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
