import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedSessionToken } from './session-cookie.js';

const secret = 'the server secret';
const signed = (token: string, key = secret) => encodeURIComponent(`${token}.${createHmac('sha256', key).update(token).digest('base64')}`);

describe('the session cookie', () => {
  it('gives the token of a cookie the server signed, among other cookies', () => {
    const header = `theme=dark; understudy.session_token=${signed('abc123')}; other=1`;
    expect(signedSessionToken(header, 'understudy.session_token', secret)).toBe('abc123');
    expect(signedSessionToken(`__Secure-understudy.session_token=${signed('t')}`, '__Secure-understudy.session_token', secret)).toBe('t');
  });

  it('refuses a forged, unsigned, truncated or oversized cookie, and one under another name', () => {
    const name = 'understudy.session_token';
    expect(signedSessionToken(`${name}=${signed('abc123', 'a guessed secret')}`, name, secret)).toBeNull();
    expect(signedSessionToken(`${name}=abc123`, name, secret)).toBeNull();
    expect(signedSessionToken(`${name}=${signed('abc123').slice(0, -6)}`, name, secret)).toBeNull();
    expect(signedSessionToken(`${name}=${'x'.repeat(600)}`, name, secret)).toBeNull();
    expect(signedSessionToken(`${name}=%E0%A4%A`, name, secret)).toBeNull();
    expect(signedSessionToken(`session_token=${signed('abc123')}`, name, secret)).toBeNull();
    expect(signedSessionToken(null, name, secret)).toBeNull();
  });
});
