import { describe, expect, it } from 'vitest';
import { loadTeamConfig } from './team-config.js';

describe('team mode’s settings', () => {
  it('is off unless asked for, and then needs the public URL, which it keeps as its origin', () => {
    expect(loadTeamConfig({}, {})).toBeUndefined();
    expect(loadTeamConfig({ team: true, publicUrl: 'https://Understudy.Example.com/' }, {})).toEqual({
      publicUrl: 'https://understudy.example.com',
      trustProxy: false,
    });
    expect(
      loadTeamConfig({}, { UNDERSTUDY_TEAM: '1', UNDERSTUDY_PUBLIC_URL: 'http://10.0.0.5:4477', UNDERSTUDY_TRUST_PROXY: '1' }),
    ).toEqual({
      publicUrl: 'http://10.0.0.5:4477',
      trustProxy: true,
    });
  });

  it('refuses what it cannot serve, saying what to give', () => {
    expect(() => loadTeamConfig({ team: true }, {})).toThrow(/--team needs --public-url/);
    expect(() => loadTeamConfig({ publicUrl: 'https://u.example.com' }, {})).toThrow(/need --team/);
    for (const bad of [
      'understudy.example.com',
      'ftp://u.example.com',
      'https://u.example.com/app',
      'https://me:pw@u.example.com',
      'https://u.example.com/?x=1',
    ]) {
      expect(() => loadTeamConfig({ team: true, publicUrl: bad }, {}), bad).toThrow(/--public-url/);
    }
  });
});
