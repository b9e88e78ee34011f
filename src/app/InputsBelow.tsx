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
      {/* Off-screen, the browser skips their style, layout and paint (styles.css). */}
      <div className="skip-offscreen">
        <Assumptions />
      </div>
      <div className="skip-offscreen">
        <QualitySection />
      </div>
    </>
  );
}
