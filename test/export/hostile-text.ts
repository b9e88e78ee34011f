/**
 * Text an attacker (or an unlucky paste) puts into a name: markup and script payloads,
 * javascript: links, spreadsheet formulas, direction overrides, control characters, unpaired
 * surrogates, very long runs — and any mix of them with arbitrary Unicode.
 */
import fc from 'fast-check';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","Click")',
  '=1+2',
  '+1',
  '-1',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  '\u202Eexe.txt',
  '\u2067',
  '\u200F',
  '\0',
  '\u0007',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  ']]><x/>',
  '<!-- -->',
  '&amp;&lt;',
  '${alert(1)}',
  '__proto__',
  'x'.repeat(10_000),
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  loneSurrogate,
  control,
);

/** Any hostile text, from empty to tens of thousands of characters. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(piece, { maxLength: 5 })
  .map((parts) => parts.join(''));
