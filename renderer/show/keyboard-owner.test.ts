import { describe, expect, it } from 'vitest';
import { KeyboardOwner } from './keyboard-owner';

describe('the keyboard owner', () => {
  it('is the show’s until a screen claims it, and again once every claim is released', () => {
    const owner = new KeyboardOwner();
    expect(owner.claimed).toBe(false);
    const pad = owner.claim();
    const panel = owner.claim();
    pad();
    expect(owner.claimed).toBe(true);
    panel();
    expect(owner.claimed).toBe(false);
  });

  it('counts a release called twice once', () => {
    const owner = new KeyboardOwner();
    const first = owner.claim();
    owner.claim();
    first();
    first();
    expect(owner.claimed).toBe(true);
  });
});
