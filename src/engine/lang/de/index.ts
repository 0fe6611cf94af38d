/** German: the cues of a good reply, of a polite request and of the customer's feelings (du and Sie alike). */
import { defineLanguage } from '../define';
import { bluntness } from './bluntness';
import { courtesy } from './courtesy';
import * as customerCues from './customer';
import * as elementCues from './elements';
import { labels } from './labels';

export const german = defineLanguage({
  code: 'de',
  name: 'German',
  ...elementCues,
  ...customerCues,
  politeness: [...courtesy, ...bluntness],
  formalPronouns: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  labels,
  warmSamples: [
    'Hallo Anna, danke für Ihre Geduld: leider prüfen wir das noch, und ich melde mich heute.',
    'Sie haben recht, und es tut mir leid; wir beheben das, heute geht es leider nicht.',
  ],
});
