/**
 * The sites IT enabled or disabled coaching on, from the policy mirror. Its own module, depending on storage
 * only, so a content script can read it without bundling the sync machinery.
 */
import { policyItem } from './packs';

/** Host names or match patterns, as written in the policy. */
export interface SitePolicy {
  enabledSites: string[];
  disabledSites: string[];
}

export async function getSitePolicy(): Promise<SitePolicy> {
  const { policy } = await policyItem.getValue();
  return { enabledSites: [...policy.enabledSites], disabledSites: [...policy.disabledSites] };
}
