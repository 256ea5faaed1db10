/** JIXIAO_TRUST_PROXY: which X-Forwarded-For is believed, for the audit log and the login throttle. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { buildTestServer } from '../_testing';

describe('JIXIAO_TRUST_PROXY configuration', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['127.0.0.1', ['127.0.0.1']],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ])('reads %j as %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { JIXIAO_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['true', /不再接受 true/],
    ['yes', /不再接受 true/],
    ['10.0.0.0/33', /「10\.0\.0\.0\/33」不是 IP 地址或网段/],
    ['nginx, 10.0.0.1', /「nginx」不是 IP 地址或网段/],
  ])('refuses %j in Chinese', (value, message) => {
    expect(() => loadConfig({ JIXIAO_TRUST_PROXY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ JIXIAO_TRUST_PROXY: value })).toThrow(message);
  });
});

async function failedLoginsFrom(env: Record<string, string>, requests: { peer: string; xff: string }[]) {
  const server = await buildTestServer('sqlite', { JIXIAO_LOGIN_ADDRESS_FAILURES: '3', ...env });
  try {
    const codes: number[] = [];
    for (const { peer, xff } of requests) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'x-guess-1' },
        remoteAddress: peer,
        headers: { 'x-forwarded-for': xff },
      });
      codes.push(res.statusCode);
    }
    const ips = (await server.store.listAudit({ entity: 'session', limit: 50 }))
      .filter((a) => a.action === 'login_failed')
      .map((a) => a.ip)
      .reverse();
    return { codes, ips };
  } finally {
    await server.close();
  }
}

describe('the client address behind a proxy', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const { ips } = await failedLoginsFrom({}, [{ peer: '127.0.0.1', xff: '203.0.113.7' }]);
    expect(ips).toEqual(['127.0.0.1']);
  });

  it('takes the forwarded address from a trusted proxy, and only the hop that proxy saw', async () => {
    const { ips } = await failedLoginsFrom({ JIXIAO_TRUST_PROXY: '127.0.0.1' }, [
      { peer: '127.0.0.1', xff: '203.0.113.7' },
      // The client put a false address in front; the proxy appended the one it saw.
      { peer: '127.0.0.1', xff: '192.0.2.66, 203.0.113.8' },
    ]);
    expect(ips).toEqual(['203.0.113.7', '203.0.113.8']);
  });

  it('does not let an untrusted peer escape the address limit by rotating X-Forwarded-For', async () => {
    const requests = Array.from({ length: 5 }, (_, i) => ({
      peer: '198.51.100.9',
      xff: `203.0.113.${i + 1}`,
    }));
    const { codes, ips } = await failedLoginsFrom({ JIXIAO_TRUST_PROXY: '127.0.0.1' }, requests);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    expect(ips).toEqual(['198.51.100.9', '198.51.100.9', '198.51.100.9']);
  });

  it('counts the addresses of one IPv6 /64 together', async () => {
    const requests = Array.from({ length: 5 }, (_, i) => ({ peer: `2001:db8:7:9::${i + 1}`, xff: '' }));
    const { codes } = await failedLoginsFrom({}, requests);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('counts clients behind a trusted proxy apart', async () => {
    const requests = Array.from({ length: 5 }, (_, i) => ({ peer: '127.0.0.1', xff: `203.0.113.${i + 1}` }));
    const { codes } = await failedLoginsFrom({ JIXIAO_TRUST_PROXY: '127.0.0.1' }, requests);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
  });
});
