import { render } from 'preact';
import { createOptionsStore, OptionsPage } from '../../src/ui/options';
import '../../src/ui/options/options.css';

render(<OptionsPage options={createOptionsStore()} />, document.getElementById('app')!);
