/** Portuguese (Brazil and Portugal): the cues of a good reply, of a polite request and of the customer's feelings. */
import { defineLanguage } from '../define';
import { bluntness } from './bluntness';
import { courtesy } from './courtesy';
import * as customerCues from './customer';
import * as elementCues from './elements';
import { labels } from './labels';

export const portuguese = defineLanguage({
  code: 'pt',
  name: 'Portuguese',
  ...elementCues,
  ...customerCues,
  politeness: [...courtesy, ...bluntness],
  labels,
  warmSamples: [
    'Olá Ana, obrigado pela paciência: infelizmente ainda estamos verificando e te escrevo hoje.',
    'Você tem razão e sinto muito; vamos corrigir, hoje não é possível.',
  ],
});
