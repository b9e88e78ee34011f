/**
 * The number boxes' reader (src/model/number-box.ts: the grammar, the field rule and their
 * messages) loads on demand, when a box is first focused: about 1.7 KB gzip kept off the first
 * load, which has a hard budget. Focus comes well before the first keystroke is handled; a
 * keystroke that still beats the download is read as soon as it arrives.
 */
import type { BoxReading } from '../model/number-box.ts';
import type { NumericField } from '../model/scenario.ts';

type Reader = (field: NumericField, text: string) => BoxReading;

let reader: Reader | null = null;
let loading: Promise<Reader> | null = null;

/** Starts (or joins) the download; a failed one is retried on the next call. */
export function loadNumberReader(): Promise<Reader> {
  loading ??= import('../model/number-box.ts').then(
    (module) => (reader = module.readNumberBox),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** What the box makes of the text, or null while the reader is still loading. */
export function readTypedNow(field: NumericField, text: string): BoxReading | null {
  return reader === null ? null : reader(field, text);
}
