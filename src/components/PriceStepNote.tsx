import { memo } from 'react';
import { useApiModelName, usePriceStep } from '../state/v2-selectors.ts';

/**
 * "Gemini 3.8 Flash's price rises from month 2": said wherever A's price is shown, when a known
 * change of A's prices (an introductory price ending, say) falls within the horizon. Memoised:
 * the figures around it re-render on every move, and it changes only with the step.
 */
export const PriceStepNote = memo(function PriceStepNote({ className }: { className: string }) {
  const step = usePriceStep();
  const model = useApiModelName();
  if (step === null) return null;
  return (
    <span className={className} data-tone="warn" role="note">
      {model}’s price {step.direction} from month {step.month}.
    </span>
  );
});
