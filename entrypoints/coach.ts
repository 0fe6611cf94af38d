// The coach, loaded into a frame only once the agent focuses a field there (src/content/load-coach.ts): the
// engine, the packs, compromise and the overlay, which no frame should pay for before it coaches.
import { COACH_GLOBAL, type CoachModule } from '../src/content/load-coach';
import { startSession } from '../src/content/session';

export default defineUnlistedScript(() => {
  (globalThis as { [COACH_GLOBAL]?: CoachModule })[COACH_GLOBAL] = { startSession };
});
