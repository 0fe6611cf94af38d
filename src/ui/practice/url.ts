/** Where the practice page lives, for links from the popup and the options page. */
import { scenarioHash } from './view';

/** The practice page's URL; with a scenario key ("practice/double-charge"), the page opens on that scenario. */
export function practicePageUrl(scenario?: string): string {
  return browser.runtime.getURL(`/practice.html${scenario ? scenarioHash(scenario) : ''}`);
}
