/**
 * The customer's last message, read once per message rather than once per keystroke: the emotion reading, and
 * the questions the listening check (listening/) looks for answers to in the draft.
 */
import { extractQuestions, type CustomerQuestion } from './listening';
import type { CustomerReading } from './types';

export interface CustomerRead {
  message: string;
  reading: CustomerReading;
  questions: CustomerQuestion[];
}

/** `listens` is false for a language whose questions the listening check cannot read (it is English's). */
export function createCustomerReader(
  readCustomer: (message: string) => CustomerReading,
  listens: boolean,
): (message: string | undefined) => CustomerRead | undefined {
  let last: CustomerRead | undefined;
  return (message) => {
    if (!message?.trim()) return undefined;
    if (last?.message !== message)
      last = { message, reading: readCustomer(message), questions: listens ? extractQuestions(message) : [] };
    return last;
  };
}
