/** Messages between the extension's contexts: one discriminated union, so every sender and handler is typed. */
export type Message = { kind: 'get-report' };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'get-report';
}
