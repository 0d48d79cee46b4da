import { describe, expect, it } from 'vitest';
import { loadSmtpConfig } from './mail-config.js';
import { loadTeamConfig } from './team-config.js';

const team = { team: true, publicUrl: 'https://u.example.com' };

describe('mail settings of a team server', () => {
  it('is off without a host, and then sends nothing', () => {
    expect(loadSmtpConfig({}, {})).toBeUndefined();
    expect(loadTeamConfig(team, {})?.smtp).toBeUndefined();
  });

  it('reads the host, port, account, sender and TLS from the environment, the password from there only', () => {
    const env = {
      UNDERSTUDY_SMTP_HOST: 'smtp.example.com',
      UNDERSTUDY_SMTP_USER: 'understudy',
      UNDERSTUDY_SMTP_PASSWORD: 'a secret with spaces ',
      UNDERSTUDY_SMTP_FROM: 'Understudy <understudy@example.com>',
    };
    expect(loadTeamConfig(team, env)?.smtp).toEqual({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
      user: 'understudy',
      password: 'a secret with spaces ',
      from: 'Understudy <understudy@example.com>',
    });
    expect(loadSmtpConfig({}, { ...env, UNDERSTUDY_SMTP_SECURE: '1' })).toMatchObject({ port: 465, secure: true });
    expect(loadSmtpConfig({}, { ...env, UNDERSTUDY_SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true });
    expect(loadSmtpConfig({}, { ...env, UNDERSTUDY_SMTP_PORT: '2525', UNDERSTUDY_SMTP_SECURE: 'false' })).toMatchObject({
      port: 2525,
      secure: false,
    });
    // Flags override the environment.
    expect(loadSmtpConfig({ smtpHost: 'mail.internal', smtpPort: '25', smtpFrom: 'ops@example.com' }, env)).toMatchObject({
      host: 'mail.internal',
      port: 25,
      from: 'ops@example.com',
    });
    expect(loadSmtpConfig({ smtpHost: '127.0.0.1', smtpFrom: 'understudy@localhost' }, {})).toMatchObject({
      user: undefined,
      password: undefined,
    });
  });

  it('refuses a half-given or bad configuration, saying what to set', () => {
    const from = { UNDERSTUDY_SMTP_FROM: 'understudy@example.com' };
    const cases: Array<[Record<string, string>, RegExp]> = [
      [from, /UNDERSTUDY_SMTP_FROM is set but no SMTP host/],
      [{ UNDERSTUDY_SMTP_PASSWORD: 'x' }, /UNDERSTUDY_SMTP_PASSWORD is set but no SMTP host/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com' }, /Mail needs the sender: set --smtp-from/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp://smtp.example.com', ...from }, /--smtp-host must be a host name/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_PORT: '70000', ...from }, /--smtp-port must be a port from 1 to 65535/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_PORT: '25x', ...from }, /--smtp-port must be a port/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_SECURE: 'yes', ...from }, /UNDERSTUDY_SMTP_SECURE must be 1/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_FROM: 'not an address' }, /--smtp-from must be an email address/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_FROM: 'a@b.example\r\nBcc: x@y.example' }, /--smtp-from must be/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_USER: 'u', ...from }, /needs its password in UNDERSTUDY_SMTP_PASSWORD/],
      [{ UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_PASSWORD: 'p', ...from }, /needs the SMTP user/],
    ];
    for (const [env, message] of cases) expect(() => loadTeamConfig(team, env), JSON.stringify(env)).toThrow(message);
  });

  it('is for team mode only: the flags without --team are refused, the environment is not read', () => {
    expect(() => loadTeamConfig({ smtpHost: 'smtp.example.com' }, {})).toThrow(/The --smtp-\* flags need --team/);
    expect(loadTeamConfig({}, { UNDERSTUDY_SMTP_HOST: 'smtp.example.com', UNDERSTUDY_SMTP_FROM: 'x@example.com' })).toBeUndefined();
  });
});
