export { MAIN_HELP, run } from './main';
export { nodeIo, type Io } from './io';
