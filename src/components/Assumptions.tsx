import { useState, type ReactNode } from 'react';
import {
  BOOLEAN_FIELDS,
  NUMERIC_FIELDS,
  type FieldGroup,
  type NumericKey,
} from '../model/scenario.ts';
import { useStore } from '../state/store.ts';
import { CacheNotice } from './billing/CacheNotice.tsx';
import { NumberSlider } from './NumberSlider.tsx';
import { PriceStepNote } from './PriceStepNote.tsx';
import { PromptCachingToggle } from './PromptCachingToggle.tsx';

/** Fields shown among the headline controls, so not repeated here. */
const HEADLINE: ReadonlySet<NumericKey> = new Set([
  'requestsPerDay',
  'inputTokens',
  'outputTokens',
  'systemPromptTokens',
  'fewShotExamples',
  'fewShotTokensPerExample',
  'trainingExamples',
  'trainingTokensPerExample',
]);

const fieldsOf = (group: FieldGroup) =>
  NUMERIC_FIELDS.filter((f) => f.group === group && !HEADLINE.has(f.key)).map((f) => f.key);

/** Every field of these form groups, for `data-fields` (components/changed/reveal.ts). */
const fieldsIn = (groups: readonly FieldGroup[]) =>
  [...NUMERIC_FIELDS, ...BOOLEAN_FIELDS]
    .filter((f) => groups.includes(f.group))
    .map((f) => f.key)
    .join(' ');

/**
 * A collapsible group. Its sliders are rendered only while it is open: a closed group costs
 * nothing when the scenario changes. `groups` names the form groups it holds, so a link from
 * "Changed from defaults" can open it.
 */
function Group({
  title,
  groups,
  children,
}: {
  title: string;
  groups: readonly FieldGroup[];
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="group"
      data-fields={fieldsIn(groups)}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{title}</summary>
      {open && children()}
    </details>
  );
}

function Sliders({ keys }: { keys: readonly NumericKey[] }) {
  return keys.map((key) => <NumberSlider key={key} field={key} />);
}

/** Every assumption behind the figures, in groups a reader can open one at a time. */
export function Assumptions() {
  const mode = useStore((s) => s.scenario.servingMode);
  return (
    <section className="card assumptions" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">Assumptions</h2>
      <p className="muted small">
        Catalog prices show their source and date. A value you change is marked as edited and can be
        reset.
      </p>
      <Group title="Workload: growth and horizon" groups={['workload']}>
        {() => <Sliders keys={fieldsOf('workload')} />}
      </Group>
      <Group title="Prompting (A): prices and prompt caching" groups={['pricesA', 'promptA']}>
        {() => (
          <>
            <PriceStepNote className="billing-notice" />
            <Sliders keys={fieldsOf('pricesA')} />
            <PromptCachingToggle />
            <Sliders keys={['cacheHitRate']} />
            <CacheNotice />
            <Sliders keys={fieldsOf('promptA').filter((key) => key !== 'cacheHitRate')} />
          </>
        )}
      </Group>
      <Group
        title="Prices over time: yearly trends and known price changes"
        groups={['priceChanges']}
      >
        {() => (
          <>
            <PriceStepNote className="billing-notice" />
            <Sliders keys={fieldsOf('priceChanges')} />
          </>
        )}
      </Group>
      <Group
        title="Fine-tuning (B): training, labelling, evaluation and retraining"
        groups={['training']}
      >
        {() => <Sliders keys={fieldsOf('training')} />}
      </Group>
      <Group title="People: engineering hours and rate" groups={['people']}>
        {() => <Sliders keys={fieldsOf('people')} />}
      </Group>
      <Group
        groups={['serving', 'dedicated']}
        title={
          mode === 'dedicated'
            ? 'Serving (B): dedicated GPUs and fallback'
            : 'Serving (B): per-token prices and fallback'
        }
      >
        {() =>
          mode === 'dedicated' ? (
            <>
              <Sliders keys={fieldsOf('dedicated')} />
              <Sliders keys={fieldsOf('serving').filter((k) => !SERVERLESS_ONLY.has(k))} />
            </>
          ) : (
            <Sliders keys={fieldsOf('serving')} />
          )
        }
      </Group>
    </section>
  );
}

const SERVERLESS_ONLY: ReadonlySet<NumericKey> = new Set([
  'servingInputPrice',
  'servingOutputPrice',
  'servingHourlyFee',
]);
