import { describe, expect, it } from 'vitest';
import { matchPatternToRegExp, SITES, siteForUrl } from '.';

describe('matchPatternToRegExp', () => {
  it.each([
    ['https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com/', true],
    ['https://*.zendesk.com/*', 'https://evilzendesk.com/', false],
    ['https://*.zendesk.com/*', 'http://acme.zendesk.com/', false],
    ['*://mail.google.com/*', 'http://mail.google.com/mail/u/0/', true],
    ['*://mail.google.com/*', 'https://mail.google.com.evil.io/', false],
    ['https://app.intercom.com/a/inbox/*', 'https://app.intercom.com/a/apps/x', false],
    ['*://127.0.0.1/*', 'http://127.0.0.1:4173/page.html', true],
  ])('%s against %s: %s', (pattern, url, expected) => {
    expect(matchPatternToRegExp(pattern).test(url)).toBe(expected);
  });

  it('refuses what is not a match pattern, saying what it expected', () => {
    expect(() => matchPatternToRegExp('zendesk.com')).toThrow(/not a match pattern/);
  });
});

describe('SITES', () => {
  it('gives every helpdesk a unique id and valid match patterns that find it again', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const site of SITES) {
      for (const pattern of site.matches) expect(() => matchPatternToRegExp(pattern)).not.toThrow();
    }
  });

  it('finds no helpdesk on an ordinary site', () => {
    expect(siteForUrl('https://example.com/contact')).toBeUndefined();
  });
});
