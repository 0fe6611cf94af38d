import { describe, expect, it } from 'vitest';
import { checkIntervalMinutes, checkPackUrl } from './index';

describe('checkPackUrl', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(checkPackUrl('https://packs.example.com/team.yaml')).toBeNull();
    expect(checkPackUrl('http://localhost:8080/team.yaml')).toBeNull();
    expect(checkPackUrl('http://127.0.0.1:5000/team.yaml')).toBeNull();
    expect(checkPackUrl('http://[::1]/team.yaml')).toBeNull();
    expect(checkPackUrl('http://127.0.0.2/team.yaml')).toMatch(/uses http: packs must come over https/);
    expect(checkPackUrl('http://localhost.example.com/team.yaml')).toMatch(/uses http/);
  });

  it('says what is wrong with anything else', () => {
    expect(checkPackUrl('packs.example.com/team.yaml')).toBe('"packs.example.com/team.yaml" is not a URL');
    expect(checkPackUrl('ftp://packs.example.com/team.yaml')).toBe(
      '"ftp://packs.example.com/team.yaml" is not an https:// URL',
    );
    expect(checkPackUrl('file:///home/me/team.yaml')).toBe('"file:///home/me/team.yaml" is not an https:// URL');
    expect(checkPackUrl('https://me:secret@packs.example.com/team.yaml')).toBe(
      'a pack URL must not carry a user name or password',
    );
  });
});

describe('checkIntervalMinutes', () => {
  it('accepts whole minutes from 15 to a week', () => {
    expect([15, 360, 10080].map(checkIntervalMinutes)).toEqual([null, null, null]);
    expect(checkIntervalMinutes(14)).toBe('expected 15 to 10080 minutes (a week)');
    expect(checkIntervalMinutes(60.5)).toBe('expected a whole number of minutes');
    expect(checkIntervalMinutes('60')).toBe('expected a whole number of minutes');
  });
});
