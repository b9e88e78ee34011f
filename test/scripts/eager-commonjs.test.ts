import { describe, expect, it } from 'vitest';
import { eagerCommonJs } from '../../scripts/eager-commonjs.mjs';

// The shape of the bundler's output for two CommonJS modules (rolldown's runtime, unminified).
const RUNTIME =
  'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);';
const BUNDLE = `${RUNTIME}
var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {
\texports.value = 41 + [1].map((x) => x)[0];
\texports.self = typeof this;
}));
var require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {
\tmodule.exports = { a: require_a().value, keys: Object.keys(exports) };
}));
return [require_a(), require_b(), require_b() === require_b()];`;

const run = (code: string) => new Function(`'use strict';\n${code}`)() as unknown[];

describe('eagerCommonJs: CommonJS wrappers the browser compiles while the chunk streams in', () => {
  it('rewrites both shapes of wrapper as parenthesised function expressions', () => {
    const { code, count } = eagerCommonJs(BUNDLE);
    expect(count).toBe(2);
    expect(code).toContain('__commonJSMin((function (exports) {');
    expect(code).toContain('__commonJSMin((function (exports, module) {');
    expect(code).not.toMatch(/__commonJSMin\(\(\(/);
  });

  it('leaves every other arrow function alone', () => {
    const { code } = eagerCommonJs(BUNDLE);
    expect(code).toContain('[1].map((x) => x)');
    expect(code).toContain('var __commonJSMin = (cb, mod) => () =>');
  });

  it('the rewritten modules export exactly what the originals did', () => {
    const before = run(BUNDLE);
    const after = run(eagerCommonJs(BUNDLE).code);
    expect(after).toEqual(before);
    expect(after).toEqual([{ value: 42, self: 'undefined' }, { a: 42, keys: [] }, true]);
  });

  it('code without CommonJS modules comes back unchanged, with a count of 0', () => {
    const code = 'export const x = () => 1;';
    expect(eagerCommonJs(code)).toEqual({ code, count: 0 });
  });
});
