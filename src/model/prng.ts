/**
 * A small seeded pseudo-random generator for the risk simulation: mulberry32, by Tommy Ettinger
 * (2017, public domain; reference C code: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * One 32-bit word of state, a handful of integer operations per draw, and the same sequence in
 * every JavaScript engine — which is what a shared link needs: the same seed must give the same
 * simulated futures on the receiver's machine. It is not for cryptography.
 */

/** A generator: each call returns the next uniform number in [0, 1). */
export type Uniform = () => number;

const TWO_POW_32 = 4_294_967_296;

/**
 * The raw generator. Its state is the seed taken as an unsigned 32-bit integer (`seed >>> 0`:
 * 1 → 1, 2³² → 0, −1 → 4,294,967,295, 3.7 → 3, NaN → 0). Each call adds 0x6D2B79F5 to the state
 * (mod 2³²) and returns the mixed result, an integer in 0..2³² − 1, exactly as the reference C.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = Math.imul(state ^ (state >>> 15), state | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
}

/** Uniform numbers in [0, 1): each raw 32-bit output divided by 2³² (never 1). */
export function uniform(seed: number): Uniform {
  const next = mulberry32(seed);
  return () => next() / TWO_POW_32;
}
