import { selectResult, useScenario } from '../../state/selectors.ts';
import { useFailureSentence } from '../../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { NumberSlider } from '../NumberSlider.tsx';

// Below the assumptions, never on the first screen: its text loads after the first paint. The
// store is read here and handed down (a lazy chunk importing the store splits the first load).
const QualityCard = lazyPart(() => import('./QualityCard.tsx'));

/** The cost of wrong answers: inputs and what they do to the comparison. */
export function QualitySection() {
  const scenario = useScenario();
  const sentence = useFailureSentence();
  return (
    <LazyBoundary what="The section on wrong answers">
      <QualityCard scenario={scenario} result={selectResult(scenario)} sentence={sentence}>
        <NumberSlider field="failureCost" />
        <NumberSlider field="failureRateA" />
        <NumberSlider field="failureRateB" />
      </QualityCard>
    </LazyBoundary>
  );
}
