import { nodeIo } from './io';
import { run } from './main';

void Promise.resolve(run(process.argv.slice(2), nodeIo())).then((code) => {
  process.exitCode = code;
});
