import { describe, expect, it } from 'vitest';
import { readCustomer } from '../context';
import { acknowledgementsFor, customerFeeling, emotionLabel } from './labelling';

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

  it('gives the badge and panel the feeling at its strength, then the others, and nothing for a neutral customer', () => {
    const reading = readCustomer("I'm really worried, my account was hacked!");
    expect(customerFeeling(reading)).toBe(['very worried', ...reading.emotions.slice(1)].join(', '));
    expect(
      customerFeeling({ ...reading, emotion: 'frustrated', emotions: ['frustrated', 'anxious'], intensity: 'strong' }),
    ).toBe('very frustrated, anxious');
    expect(customerFeeling(readCustomer('Please send the invoice to my new address.'))).toBeNull();
    expect(customerFeeling(undefined)).toBeNull();
  });
});
