import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isWildcardAddress, parseAllowedHost, resolveServeBinding } from './serve-binding.js';

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
};

describe('resolveServeBinding', () => {
  it('serves loopback addresses with no names given', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.8.9.10']) {
      expect(resolveServeBinding({ host })).toEqual({ host, exposure: 'loopback', allowedHosts: [] });
    }
  });

  it('refuses every address beyond loopback without --allowed-host, saying why and what to do', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'my-laptop.lan', '']) {
      const error = refusal(() => resolveServeBinding({ host, allowedHosts: [] }));
      expect(error.code).toBe('usage');
      expect(error.message).toMatch(/^Refusing to listen on .+: beyond this computer anyone who reaches the port could read and change/);
      expect(error.message).toContain('--allowed-host NAME');
      expect(error.message).not.toContain('\n');
    }
  });

  it('serves beyond loopback for the names the user allowed', () => {
    expect(resolveServeBinding({ host: '0.0.0.0', allowedHosts: ['Understudy.LAN', 'proxy.example:8080'] })).toEqual({
      host: '0.0.0.0',
      exposure: 'allowed-hosts',
      allowedHosts: ['understudy.lan', 'proxy.example:8080'],
    });
  });
});

describe('parseAllowedHost', () => {
  it('takes names, addresses and ports as a browser writes them in Host', () => {
    expect(parseAllowedHost('understudy.lan')).toBe('understudy.lan');
    expect(parseAllowedHost(' Team-Box:4477 ')).toBe('team-box:4477');
    expect(parseAllowedHost('192.168.1.20')).toBe('192.168.1.20');
    expect(parseAllowedHost('fe80::1')).toBe('[fe80::1]');
    expect(parseAllowedHost('[FE80::1]:8080')).toBe('[fe80::1]:8080');
    expect(parseAllowedHost('understudy.lan.')).toBe('understudy.lan');
  });

  it('refuses what is not a host name in one line', () => {
    for (const value of [
      '*',
      'http://understudy.lan',
      'understudy.lan/path',
      'me@understudy.lan',
      'a b',
      'host:0',
      'host:70000',
      '',
      '[zz]',
    ]) {
      const error = refusal(() => parseAllowedHost(value));
      expect(error.code, value).toBe('usage');
      expect(error.message).toMatch(/^--allowed-host ".*" is not a host name: give NAME or NAME:PORT/);
    }
  });
});

describe('address kinds', () => {
  it('tells loopback from wildcard from the network', () => {
    expect(['127.0.0.1', '::ffff:127.0.0.1', 'LOCALHOST'].map(isLoopbackAddress)).toEqual([true, true, true]);
    expect(['0.0.0.0', '10.0.0.1', '128.0.0.1', 'localhost.evil.example'].map(isLoopbackAddress)).toEqual([false, false, false, false]);
    expect(['0.0.0.0', '::', '[::]'].map(isWildcardAddress)).toEqual([true, true, true]);
    expect(['127.0.0.1', '10.0.0.1'].map(isWildcardAddress)).toEqual([false, false]);
  });
});
