import { render } from 'preact';
import { createOptionsStore, OptionsPage } from '../../src/ui/options';
import { createInsightsStore } from '../../src/ui/stores';
import '../../src/ui/base.css';
import '../../src/ui/options/options.css';

render(
  <OptionsPage options={createOptionsStore()} insights={createInsightsStore()} />,
  document.getElementById('app')!,
);
