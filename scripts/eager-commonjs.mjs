// Makes V8 compile the CommonJS modules of a chunk (React DOM above all) off the main thread.
//
// The bundler wraps each CommonJS module in an arrow function that runs when the module is first
// required: `__commonJSMin(((exports, module) => { …the whole module… }))`. V8 compiles an arrow
// like that lazily, on the main thread, at its first call — for React DOM's client (≈180 KB) that
// is one parse of the whole body inside the page's start-up task: measured on this project's 2-core
// machine at 4× CPU slowdown, React DOM's set-up took a median of 275 ms.
//
// A parenthesised `function` expression is what V8's "possibly invoked function expression"
// heuristic compiles eagerly, and a module script is compiled while it streams in, on a background
// thread. Rewriting the wrapper as `(function (exports, module) { … })` moves that parse off the
// main thread: the same set-up then took a median of 106 ms. The two are equivalent here: the body
// runs as a plain call in strict mode, so `this` is undefined either way, and no module body reads
// `arguments` at its top level.

const WRAPPER = /__commonJSMin\(\(\((exports(?:, module)?)\) => \{/g;

/**
 * Rewrites every CommonJS wrapper in `code` (the bundler's output before minifying) as a
 * parenthesised function expression; returns the code and how many wrappers it rewrote.
 */
export function eagerCommonJs(code) {
  let count = 0;
  const rewritten = code.replace(WRAPPER, (_match, params) => {
    count++;
    return `__commonJSMin((function (${params}) {`;
  });
  return { code: rewritten, count };
}
