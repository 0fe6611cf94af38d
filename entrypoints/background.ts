// The background worker: pack subscriptions, sync, signatures and enterprise policy (src/background).
import { startBackground } from '../src/background';

export default defineBackground(() => {
  startBackground();
});
