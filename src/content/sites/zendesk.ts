/**
 * Zendesk Support, agent workspace. The composer is CKEditor 5 inside the "omnicomposer".
 * Sources: the selector `[data-test-id="omnicomposer-rich-text-ckeditor"]`; to be checked against
 * public extensions (see the research note in this folder's README when it lands).
 */
import type { SiteAdapter } from './types';

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  isComposer: (element) => Boolean(element.closest('[data-test-id="omnicomposer-rich-text-ckeditor"]')),
  conversation: () => ({ audience: 'customer' }),
};
