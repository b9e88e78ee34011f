import type { ApiModel } from '../catalog/types.ts';
import { formatUsd } from '../model/format.ts';

const STATUS_TITLE: Record<string, string> = {
  preview: 'Preview model.',
  legacy: 'Legacy model.',
  retiring: 'Being retired.',
  retired: 'Retired model.',
};

/** What a user should know about the chosen API model: its lifecycle and a known price change. */
export function ApiModelNotice({ model, stepMonth }: { model: ApiModel; stepMonth: number }) {
  const change = model.scheduledChange;
  const title = STATUS_TITLE[model.status];
  if (!title && !change) return null;
  return (
    <div className="model-notice">
      {title && (
        <p>
          <strong>{title}</strong> {model.statusNote}{' '}
          {model.statusUrl && (
            <a href={model.statusUrl} target="_blank" rel="noreferrer">
              Provider&apos;s page
            </a>
          )}
        </p>
      )}
      {change && (
        <p>
          <strong>Price change on {change.date}:</strong> {formatUsd(change.inputPrice)} input /{' '}
          {formatUsd(change.outputPrice)} output per 1M tokens (now {formatUsd(model.inputPrice)} /{' '}
          {formatUsd(model.outputPrice)}
          ).{' '}
          {stepMonth > 0
            ? `The calculation applies it from month ${stepMonth} of this scenario.`
            : 'It falls outside the scenario’s horizon.'}
        </p>
      )}
    </div>
  );
}
