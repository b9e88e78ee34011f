import { describe, expect, it } from 'vitest';
import { sameOriginScriptUrl } from '../../src/workers/script-url.ts';

describe('the worker script URL policy', () => {
  const origin = 'https://calc.example';

  it('passes this origin’s scripts, resolved to absolute URLs', () => {
    expect(sameOriginScriptUrl('/assets/tokenizer.worker-1.js', origin)).toBe(
      'https://calc.example/assets/tokenizer.worker-1.js',
    );
    expect(sameOriginScriptUrl('https://calc.example/sub/w.js', origin)).toBe(
      'https://calc.example/sub/w.js',
    );
  });

  it('refuses scripts from anywhere else', () => {
    for (const url of [
      'https://evil.example/w.js',
      '//evil.example/w.js',
      'data:text/javascript,1',
      'blob:https://evil.example/1',
    ])
      expect(() => sameOriginScriptUrl(url, origin), url).toThrow(TypeError);
  });
});
