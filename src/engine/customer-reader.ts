/**
 * The customer's last message, read once per message rather than once per keystroke: the emotion reading, the
 * questions the listening check (listening/) looks for answers to in the draft, and what the customer told, for
 * the reflection check.
 */
import {
  extractQuestions,
  readSpecifics,
  reflectionBasis,
  type CustomerQuestion,
  type ReflectionBasis,
} from './listening';
import type { CustomerReading } from './types';

export interface CustomerRead {
  message: string;
  reading: CustomerReading;
  questions: CustomerQuestion[];
  /** Absent for a language other than English: reflection says the customer's English words back in English. */
  reflection?: ReflectionBasis;
}

/** `listens` is false for a language whose questions the listening check cannot read (it is English's). */
export function createCustomerReader(
  readCustomer: (message: string) => CustomerReading,
  listens: boolean,
): (message: string | undefined) => CustomerRead | undefined {
  let last: CustomerRead | undefined;
  return (message) => {
    if (!message?.trim()) return undefined;
    if (last?.message !== message) {
      const reading = readCustomer(message);
      const questions = listens ? extractQuestions(message) : [];
      const reflection = listens ? reflectionBasis(readSpecifics(message, questions), reading) : undefined;
      last = { message, reading, questions, reflection };
    }
    return last;
  };
}
