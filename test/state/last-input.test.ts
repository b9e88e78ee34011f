// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inputRhythm, sinceLastInput } from '../../src/state/last-input.ts';

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp' }));

describe('the rhythm of the user’s input', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the longest recent gap while keys come in a rhythm, and over once the user is still', () => {
    vi.advanceTimersByTime(5_000);
    press();
    for (const gap of [80, 120, 90]) {
      vi.advanceTimersByTime(gap);
      press();
    }
    expect(inputRhythm()).toBe(120);
    vi.advanceTimersByTime(500);
    expect(inputRhythm()).toBe(120);
    // Still for longer than any gap a rhythm has: a preset clicked now is not part of it.
    vi.advanceTimersByTime(200);
    expect(sinceLastInput()).toBe(700);
    expect(inputRhythm()).toBe(0);
    // The next press after a pause starts a new rhythm.
    press();
    expect(inputRhythm()).toBe(0);
    vi.advanceTimersByTime(100);
    press();
    expect(inputRhythm()).toBe(100);
  });
});
