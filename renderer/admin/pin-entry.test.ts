import { describe, expect, it } from 'vitest';
import { backspace, masked, pressDigit } from './pin-entry';

describe('the PIN entry', () => {
  it('takes digits up to 8, and nothing else', () => {
    let entry = '';
    for (const key of ['1', 'a', '2', ' ', '3', '4', '5', '6', '7', '8', '9', '12'])
      entry = pressDigit(entry, key);
    expect(entry).toBe('12345678');
  });

  it('erases the last digit and shows only dots', () => {
    expect(backspace('246')).toBe('24');
    expect(backspace('')).toBe('');
    expect(masked('2468')).toBe('••••');
  });
});
