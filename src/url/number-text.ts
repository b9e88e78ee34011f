/**
 * How a link writes a number: exactly (it reads back as the same number), and as short as that
 * allows. String(number) is exact but writes a small fraction with all its leading zeros
 * (0.0000012345678901234567); its exponent form (1.2345678901234567e-6) is exact too and three
 * characters shorter. Whole numbers keep their plain form (100000, not 1e5), which people read at
 * a glance. Both forms have always been accepted by the link reader, so old pages read new links.
 */
export function numberText(value: number): string {
  const plain = String(value);
  if (Number.isInteger(value)) return plain;
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}
