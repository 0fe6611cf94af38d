/** French: the cues of a good reply, of a polite request and of the customer's feelings (tu and vous alike). */
import { defineLanguage } from '../define';
import { bluntness } from './bluntness';
import { courtesy } from './courtesy';
import * as customerCues from './customer';
import * as elementCues from './elements';
import { labels } from './labels';

export const french = defineLanguage({
  code: 'fr',
  name: 'French',
  ...elementCues,
  ...customerCues,
  politeness: [...courtesy, ...bluntness],
  labels,
  warmSamples: [
    "Bonjour Anne, merci pour votre patience : malheureusement nous vérifions encore et je vous écris aujourd'hui.",
    "Vous avez raison et j'en suis désolée, nous allons le corriger ; ce n'est pas possible aujourd'hui.",
  ],
});
