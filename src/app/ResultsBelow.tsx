/**
 * The results below the first screen — the odds, the readiness questions, other models, the
 * formulas, saved scenarios and the comparison — in one lazy chunk: they render right after the
 * first paint, and keep the first load inside its 90 KB budget (measured: 2.1 KB gzip).
 */
import { HowCalculated } from '../components/HowCalculated.tsx';
import { OtherModels } from '../components/OtherModels.tsx';
import { Readiness } from '../components/Readiness.tsx';
import { RiskArea } from '../components/RiskArea.tsx';
import { ComparePanel } from '../components/share/ComparePanel.tsx';
import { SavedScenarios } from '../components/share/SavedScenarios.tsx';

export default function ResultsBelow() {
  return (
    <>
      {/* Not skipped: it loads when it nears the viewport, which a skipped part never reports. */}
      <RiskArea />
      {[Readiness, OtherModels, HowCalculated, SavedScenarios, ComparePanel].map((Part) => (
        // Off-screen, the browser skips each part's style, layout and paint (styles.css).
        <div key={Part.name} className="skip-offscreen">
          <Part />
        </div>
      ))}
    </>
  );
}
