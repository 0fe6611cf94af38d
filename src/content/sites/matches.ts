/**
 * Where each known helpdesk lives: its adapter's `matches`, and together the content script's static matches.
 * Apart from the adapters so the script every frame runs (entrypoints/content) carries the addresses only, not
 * the adapters' thread readers.
 */
export const SITE_MATCHES = {
  zendesk: ['https://*.zendesk.com/*'],
  intercom: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  helpscout: ['https://secure.helpscout.net/*'],
  front: ['https://*.frontapp.com/*'],
  hubspot: [
    'https://app.hubspot.com/live-messages/*',
    'https://app-eu1.hubspot.com/live-messages/*',
    'https://app.hubspot.com/help-desk/*',
    'https://app-eu1.hubspot.com/help-desk/*',
  ],
  salesforce: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  gmail: ['https://mail.google.com/*'],
};

/** Every known helpdesk's match patterns: the content script's static matches. */
export const KNOWN_SITE_MATCHES: readonly string[] = Object.values(SITE_MATCHES).flat();
