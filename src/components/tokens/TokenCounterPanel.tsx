import { useEffect, useId, useMemo, useState } from 'react';
import { formatFieldValue } from '../../model/field-format.ts';
import { fieldByKey, type NumericKey } from '../../model/scenario.ts';
import { scenarioChanges } from '../../tokens/apply.ts';
import { measuredRatio, type ExampleSplit, type PastedPrompt } from '../../tokens/count.ts';
import { tokenizerForBaseModel } from '../../tokens/families.ts';
import { PromptTextBox } from './PromptTextBox.tsx';
import { OwnForm } from '../OwnForm.tsx';
import { CountingStatus, CountTable, CoverageNote, RatioNote } from './CountResults.tsx';
import { TokenizerStatus } from './TokenizerStatus.tsx';
import { useTokenCounter } from './use-token-counter.ts';

type SplitKind = ExampleSplit['kind'];

const SPLIT_LABEL: Record<SplitKind, string> = {
  'blank-line': 'One per block, blocks separated by a blank line',
  dashes: 'One per block, blocks separated by a line with ---',
  together: 'All together (you give their number)',
};

/**
 * The counter's body, loaded when the panel first opens. The pasted text lives only in this
 * component's state and the tokenizer worker: never in the store, the link or storage.
 */
export default function TokenCounterPanel({
  baseModelId,
  setNumber,
  opens,
}: {
  baseModelId: string;
  setNumber: (key: NumericKey, value: number) => void;
  /** How often the panel was opened: opening it again retries a failed tokenizer. */
  opens: number;
}) {
  const id = useId();
  const b = useMemo(() => tokenizerForBaseModel(baseModelId), [baseModelId]);
  const [system, setSystem] = useState('');
  const [examples, setExamples] = useState('');
  const [splitKind, setSplitKind] = useState<SplitKind>('blank-line');
  // The box's text as typed (it may be empty mid-edit); the count used is at least 1.
  const [countText, setCountText] = useState('1');
  const togetherCount = Math.min(1000, Math.max(1, Math.round(Number(countText)) || 1));
  const [applied, setApplied] = useState<string | null>(null);

  // The examples are split in the worker, never here: megabytes of them took the page too long.
  const texts = useMemo((): PastedPrompt => {
    const split: ExampleSplit =
      splitKind === 'together' ? { kind: 'together', count: togetherCount } : { kind: splitKind };
    return { system, examples, split };
  }, [system, examples, splitKind, togetherCount]);
  const counter = useTokenCounter(texts, b);
  const { a: aLoad, b: bLoad, counts, countError, retry } = counter;
  useEffect(() => {
    if (opens > 1) retry();
  }, [opens]); // eslint-disable-line react-hooks/exhaustive-deps -- on reopening only

  const ratio =
    counts === null ? null : counts.b === null ? null : measuredRatio(counts.a, counts.b);
  // Apply only counts of the text as it is now, and with B's count unless B's tokenizer failed.
  const fresh = counts !== null && counts.texts === texts;
  const bSettled =
    bLoad === null || (counts !== null && counts.b !== null) || bLoad.state === 'error';
  const pasted = { system: system.trim() !== '', examples: (counts?.a.exampleCount ?? 0) > 0 };
  const canApply = fresh && bSettled && (pasted.system || pasted.examples);

  const apply = () => {
    if (counts === null || !canApply) return;
    const changes = scenarioChanges(counts.a, ratio, pasted);
    for (const change of changes) setNumber(change.key, change.value);
    const said = changes.map((c) => {
      const field = fieldByKey(c.key);
      const value = `${field.label}: ${formatFieldValue(field, c.value)}`;
      if (c.counted === undefined) return value;
      const limit = c.counted > c.value ? 'the most' : 'the least';
      return `${value} (${limit} the scenario allows; the count was ${formatFieldValue(field, c.counted)})`;
    });
    setApplied(`Applied to the scenario: ${said.join('; ')}.`);
  };

  return (
    <OwnForm className="token-counter-body">
      <p className="muted small">
        Your text stays in this browser: it is counted on this device, never uploaded, saved or put
        in the link.
      </p>
      <TokenizerStatus a={aLoad} b={bLoad} bTokenizer={b} />
      {countError !== null && <p className="small error">Counting failed: {countError}</p>}
      <PromptTextBox
        id={`${id}-system`}
        label="Your system prompt (text)"
        rows={5}
        value={system}
        onChange={setSystem}
      />
      <label className="token-field" htmlFor={`${id}-split`}>
        How your few-shot examples are pasted
      </label>
      <select
        id={`${id}-split`}
        value={splitKind}
        onChange={(e) => setSplitKind(e.target.value as SplitKind)}
      >
        {(Object.keys(SPLIT_LABEL) as SplitKind[]).map((kind) => (
          <option key={kind} value={kind}>
            {SPLIT_LABEL[kind]}
          </option>
        ))}
      </select>
      <PromptTextBox
        id={`${id}-examples`}
        label="Your few-shot examples (text)"
        rows={6}
        value={examples}
        onChange={setExamples}
      />
      {splitKind === 'together' && (
        <>
          <label className="token-field" htmlFor={`${id}-count`}>
            Number of examples in the text
          </label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={1000}
            step={1}
            value={countText}
            onChange={(e) => setCountText(e.target.value)}
          />
        </>
      )}
      {fresh ? (
        <>
          <CountTable a={counts.a} b={counts.b} bTokenizer={b} />
          <RatioNote ratio={ratio} bTokenizer={b} />
          <CoverageNote coverage={counts.coverage} />
        </>
      ) : (
        aLoad.state === 'ready' && (
          <CountingStatus
            progress={counter.progress}
            stopped={counter.stopped}
            onStop={counter.stop}
          />
        )
      )}
      <button type="button" className="apply-counts" disabled={!canApply} onClick={apply}>
        Apply to scenario
      </button>
      <p className="small" role="status">
        {applied}
      </p>
    </OwnForm>
  );
}
