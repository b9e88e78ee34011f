/**
 * The inputs below the first screen — the assumptions' collapsed groups and the quality section —
 * in one lazy chunk: they render right after the first paint (below "Your scenario", far under
 * the fold on a laptop and on a phone), keeping the first load inside its 90 KB budget.
 */
import { Assumptions } from '../components/Assumptions.tsx';
import { QualitySection } from '../components/quality/QualitySection.tsx';

export default function InputsBelow() {
  return (
    <>
      <Assumptions />
      <QualitySection />
    </>
  );
}
