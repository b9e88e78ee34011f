import { describe, expect, it } from 'vitest';
import { insertText, textBoxLineBreaks } from '../../src/tokens/paste.ts';

describe('inserting a pasted text', () => {
  it('puts the text in place of the selection', () => {
    expect(insertText('Hello world', 6, 11, 'there')).toBe('Hello there');
    expect(insertText('ab', 1, 1, 'X')).toBe('aXb');
    expect(insertText('', 0, 0, 'all')).toBe('all');
  });
  it('keeps line breaks as a text box does', () => {
    expect(textBoxLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(insertText('x', 1, 1, '\r\n1\r2')).toBe('x\n1\n2');
  });
  it('stays inside the text whatever the selection says', () => {
    expect(insertText('abc', 5, 9, 'Z')).toBe('abcZ');
    expect(insertText('abc', 2, 1, 'Z')).toBe('aZc'); // a backwards selection
    expect(insertText('abc', -3, 1, 'Z')).toBe('Zbc');
  });
});
