import { describe, expect, it } from 'vitest';
import { accountDelayMs, addressGroup, describeWait, keys, secondsUntil } from './policy';

const limits = { accountFailures: 5, maxDelayMs: 900_000, addressFailures: 100 };

describe('accountDelayMs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1000],
    [6, 2000],
    [7, 4000],
    [14, 512_000],
    [15, 900_000],
    [1000, 900_000],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(accountDelayMs(failures, limits)).toBe(ms);
  });
});

describe('keys and waits', () => {
  it('hashes usernames into short keys any database takes', () => {
    const k = keys.account('a\u0000b'.repeat(1000));
    expect(k).toMatch(/^login:account:[A-Za-z0-9_-]{43}$/);
    expect(keys.account('admin')).not.toBe(keys.account('Admin'));
  });

  it.each([
    [1, '1 秒'],
    [59, '59 秒'],
    [60, '1 分钟'],
    [75, '2 分钟'],
  ])('describes %i s as %s', (s, text) => {
    expect(describeWait(s)).toBe(text);
  });

  it('rounds the seconds to wait up, and never below 1', () => {
    expect(secondsUntil('2030-01-01T00:00:01.200Z', Date.parse('2030-01-01T00:00:00.000Z'))).toBe(2);
    expect(secondsUntil('2030-01-01T00:00:00.000Z', Date.parse('2030-01-01T00:00:05.000Z'))).toBe(1);
  });
});

describe('addressGroup', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('counts %s as %s', (ip, group) => {
    expect(addressGroup(ip)).toBe(group);
  });
});
