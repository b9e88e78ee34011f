import { ChartsArea } from '../components/ChartsArea.tsx';
import { HeadlineControls } from '../components/HeadlineControls.tsx';
import { KeyFigures } from '../components/KeyFigures.tsx';
import { LazyBoundary, lazyPart } from '../components/LazyPart.tsx';
import { ShareBar } from '../components/share/ShareBar.tsx';
import { MobileSummary } from '../components/MobileSummary.tsx';
import { Verdict } from '../components/Verdict.tsx';
import { PresetMenu } from '../components/PresetMenu.tsx';
import { SettledScenario } from '../components/SettledScenario.tsx';
import {
  ChangedInputs,
  ExportBar,
  PrintAssumptions,
  PrintHeader,
} from '../components/results-extras.tsx';
import { TokenCounter } from '../components/tokens/TokenCounter.tsx';

/** What a link could not use: only linked visits need it, so it stays off the first load. */
const LinkNotice = lazyPart(() =>
  import('../components/share/LinkNotice.tsx').then((m) => ({ default: m.LinkNotice })),
);

const ResultsBelow = lazyPart(() => import('./ResultsBelow.tsx'));
const InputsBelow = lazyPart(() => import('./InputsBelow.tsx'));
const MemoSlot = lazyPart(() => import('../components/memo/MemoSlot.tsx'));

export function App() {
  return (
    <SettledScenario>
      {/* The title and tagline are static in index.html, painted before any JavaScript runs. */}
      <ShareBar />
      <LazyBoundary what="The notice about this link">
        <LinkNotice />
      </LazyBoundary>
      <LazyBoundary what="The decision memo">
        <MemoSlot />
      </LazyBoundary>
      <main className="layout">
        <section className="inputs" aria-label="Your scenario">
          <PresetMenu />
          <TokenCounter />
          <HeadlineControls />
          <LazyBoundary what="The assumptions">
            <InputsBelow />
          </LazyBoundary>
        </section>
        <section className="results" aria-label="Results">
          {/* First in the results: a bar at the bottom of a phone's screen, and on a laptop a
              strip that stays at the top of the results column once the verdict scrolls away. */}
          <MobileSummary />
          <PrintHeader />
          <ChangedInputs />
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
    </SettledScenario>
  );
}
