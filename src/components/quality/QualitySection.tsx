import { useMemo } from 'react';
import { selectResult } from '../../state/selectors.ts';
import { selectFailureSentence } from '../../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { NumberSlider } from '../NumberSlider.tsx';
import { useSettledScenario } from '../SettledScenario.tsx';

// Below the assumptions, never on the first screen: its text loads after the first paint. The
// store is read here and handed down (a lazy chunk importing the store splits the first load).
const QualityCard = lazyPart(() => import('./QualityCard.tsx'));

/** The cost of wrong answers: inputs and what they do to the comparison. */
export function QualitySection() {
  // What failures cost follows once the inputs pause, as the charts do: the card sits far below
  // the headline sliders, and redrawn on every move of one it cost each move its render and
  // layout. Its own three sliders read the store themselves and follow every move.
  const scenario = useSettledScenario();
  return useMemo(
    () => (
      <LazyBoundary what="The section on wrong answers">
        <QualityCard
          scenario={scenario}
          result={selectResult(scenario)}
          sentence={selectFailureSentence(scenario)}
        >
          <NumberSlider field="failureCost" />
          <NumberSlider field="failureRateA" />
          <NumberSlider field="failureRateB" />
        </QualityCard>
      </LazyBoundary>
    ),
    [scenario],
  );
}
