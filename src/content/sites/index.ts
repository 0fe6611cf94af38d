/**
 * The helpdesks Empathy Coach knows. Their pages are coached by default (the content script's matches); any
 * other site only once the agent enables it from the popup. A new helpdesk is one adapter file and one line here.
 */
import type { SiteAdapter } from './types';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { salesforce } from './salesforce';
import { zendesk } from './zendesk';

export type { Conversation, SiteAdapter } from './types';

/** The content script as built (WXT's output path for entrypoints/content), for registering and injecting it. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export const SITES: readonly SiteAdapter[] = [
  zendesk,
  intercom,
  freshdesk,
  helpscout,
  front,
  hubspot,
  salesforce,
  gmail,
];

export { KNOWN_SITE_MATCHES } from './matches';

/** The known helpdesk serving a page, if any. */
export function siteForUrl(url: string): SiteAdapter | undefined {
  return SITES.find((site) => site.matches.some((pattern) => matchPatternToRegExp(pattern).test(url)));
}

/**
 * A manifest match pattern ("https://*.zendesk.com/*") as a regular expression over a whole URL, with the
 * manifest's own meaning: `*` scheme is http or https, `*.` host prefix is the domain or any subdomain.
 */
export function matchPatternToRegExp(pattern: string): RegExp {
  if (pattern === '<all_urls>') return /^(?:https?|file|ftp):\/\//;
  const parsed = /^(\*|https?|file|ftp):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`"${pattern}" is not a match pattern (scheme://host/path)`);
  const [, scheme, host = '', path] = parsed;
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathRe = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

/** The match patterns that enable a site the agent chose (a host name): both schemes, every path. */
export function siteMatches(host: string): string[] {
  return [`*://${host}/*`];
}
