/**
 * One writer at a time. The background worker is the only writer of the items it owns (pack sync state,
 * insights, settings changes asked by message), and a read-modify-write that awaits storage can interleave with
 * another: two syncs finishing together, two tabs reporting counts. Every such write goes through this queue.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs read-modify-write steps one at a time, in the order they were asked for. */
export function mutate<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}
