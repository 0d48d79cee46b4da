import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The session token a request's `Cookie` header carries under `name`, if its signature is the
 * server's: the sign-in library signs the token with HMAC-SHA-256 of `secret` and sends
 * `token.signature` (base64), URL-encoded. Null for a missing, malformed or forged cookie.
 */
export function signedSessionToken(cookieHeader: string | null, name: string, secret: string): string | null {
  if (!cookieHeader) return null;
  let value: string | undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) value = part.slice(eq + 1).trim();
  }
  if (!value || value.length > 512) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  const dot = decoded.lastIndexOf('.');
  if (dot < 1) return null;
  const token = decoded.slice(0, dot);
  const signature = Buffer.from(decoded.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}
