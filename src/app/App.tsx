import { Assumptions } from '../components/Assumptions.tsx';
import { ChartsArea } from '../components/ChartsArea.tsx';
import { HeadlineControls } from '../components/HeadlineControls.tsx';
import { KeyFigures } from '../components/KeyFigures.tsx';
import { LazyBoundary, lazyPart } from '../components/LazyPart.tsx';
import { ShareBar } from '../components/share/ShareBar.tsx';
import { QualitySection } from '../components/quality/QualitySection.tsx';
import { MobileSummary } from '../components/MobileSummary.tsx';
import { Verdict } from '../components/Verdict.tsx';
import { PresetMenu } from '../components/PresetMenu.tsx';
import { ExportBar, PrintAssumptions, PrintHeader } from '../components/results-extras.tsx';
import { TokenCounter } from '../components/tokens/TokenCounter.tsx';

/** What a link could not use: only linked visits need it, so it stays off the first load. */
const LinkNotice = lazyPart(() =>
  import('../components/share/LinkNotice.tsx').then((m) => ({ default: m.LinkNotice })),
);

const ResultsBelow = lazyPart(() => import('./ResultsBelow.tsx'));

export function App() {
  return (
    <>
      {/* The title and tagline are static in index.html, painted before any JavaScript runs. */}
      <ShareBar />
      <LazyBoundary what="The notice about this link">
        <LinkNotice />
      </LazyBoundary>
      <main className="layout">
        <section className="inputs" aria-label="Your scenario">
          <PresetMenu />
          <TokenCounter />
          <HeadlineControls />
          <Assumptions />
          <QualitySection />
        </section>
        <section className="results" aria-label="Results">
          <PrintHeader />
          <Verdict />
          <KeyFigures />
          <ExportBar />
          <PrintAssumptions />
          <ChartsArea />
          <LazyBoundary what="The rest of the results">
            <ResultsBelow />
          </LazyBoundary>
        </section>
      </main>
      <MobileSummary />
    </>
  );
}
