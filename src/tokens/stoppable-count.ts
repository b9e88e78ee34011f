/**
 * Counts that a newer count or a stop can end. A tokenizer runs synchronously, so a count pauses
 * between pieces every SLICE_MS to let the worker read its messages; it ends at the first pause
 * after a newer count began or a stop came. Terminating the worker instead (as before) made it
 * download and build every tokenizer again after each Stop.
 */
import { countSteps, type CountPlan, type Encoder, type PromptCount } from './count.ts';

/** How long a count runs between two pauses: a stop or a newer text waits about this long. */
export const SLICE_MS = 30;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CountRunner {
  /** A new count begins (ending any other): its ticket. */
  begin(): number;
  /** Ends the running count. */
  stop(): void;
  isCurrent(ticket: number): boolean;
  /** One encoder's count of the plan; null once the ticket's count was ended. */
  count(
    encoder: Encoder,
    plan: CountPlan,
    ticket: number,
    onProgress: (doneChars: number) => void,
  ): Promise<PromptCount | null>;
}

export function createCountRunner(now: () => number = Date.now, pause = nextTask): CountRunner {
  let current = 0;
  const isCurrent = (ticket: number) => ticket === current;
  return {
    begin: () => ++current,
    stop: () => void current++,
    isCurrent,
    count: async (encoder, plan, ticket, onProgress) => {
      const steps = countSteps(encoder, plan);
      let sliceStart = now();
      for (let step = steps.next(); ; step = steps.next()) {
        if (!isCurrent(ticket)) return null;
        if (step.done === true) return step.value;
        onProgress(step.value);
        if (now() - sliceStart >= SLICE_MS) {
          await pause();
          sliceStart = now();
        }
      }
    },
  };
}
