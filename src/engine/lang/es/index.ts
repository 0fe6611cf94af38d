/** Spanish: the cues of a good reply, of a polite request and of the customer's feelings (tú and usted alike). */
import { defineLanguage } from '../define';
import { bluntness } from './bluntness';
import { courtesy } from './courtesy';
import * as customerCues from './customer';
import * as elementCues from './elements';
import { labels } from './labels';

export const spanish = defineLanguage({
  code: 'es',
  name: 'Spanish',
  ...elementCues,
  ...customerCues,
  politeness: [...courtesy, ...bluntness],
  labels,
  warmSamples: [
    'Hola Ana, gracias por tu paciencia: por desgracia seguimos revisándolo y te escribiré hoy.',
    'Tienes razón y lo siento, lo solucionaremos; no se puede hacer hoy.',
  ],
});
