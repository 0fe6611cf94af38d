import { describe, expect, it } from 'vitest';
import { readCustomer } from '../context';
import { acknowledgementsFor, emotionLabel } from './labelling';

describe('emotional labelling', () => {
  it('names the feeling at its strength', () => {
    expect(emotionLabel(readCustomer("I'm a bit confused about the invoice."))).toBe('a little confused');
    expect(emotionLabel(readCustomer("I'm really worried, my account was hacked!"))).toBe('very worried');
    expect(emotionLabel(readCustomer('My mother passed away. Please close her account.'))).toBe('grieving');
    expect(emotionLabel(undefined)).toBe('');
  });

  it('acknowledges grief with condolence, never frustration, and asks nothing of a neutral customer', () => {
    const grief = acknowledgementsFor(readCustomer('My mother passed away. Please close her account.'));
    expect(grief[0]).toBe("I'm so sorry for your loss.");
    expect(grief.join(' ')).not.toMatch(/frustrat/i);
    expect(acknowledgementsFor(readCustomer('What are your opening hours?'))).toEqual([]);
  });
});
