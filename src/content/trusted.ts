/**
 * The overlay's shadow root is open (design.md: tests and assistive tools reach into it), so a page script can
 * find its buttons and call `.click()`, or dispatch a synthetic Alt+J. Those events are not trusted: only what
 * the agent does with a real keyboard or pointer may apply a suggestion, turn a rule off or add to the ignore list.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
