/**
 * The catalog side of a link, both ways: which models it chose. Every id is always written, so a
 * catalog whose defaults change cannot change an old link; unknown ids read as the defaults.
 */
import { findApiModel } from '../catalog/api-models.ts';
import { RENAMED_API_MODEL_IDS } from '../catalog/model-ids.ts';
import { BASE_MODELS } from '../catalog/base-models.ts';
import { GPUS } from '../catalog/gpus.ts';
import {
  DEFAULT_SELECTION,
  isMonth,
  type CatalogSelection,
  type TrainingOption,
} from '../catalog/fields.ts';
import {
  apiModelIds,
  BASE_MODEL_IDS,
  GPU_IDS,
  TRAINING_OPTIONS,
} from '../catalog/selection-ids.ts';
import type { Problem } from '../model/validate.ts';
import { META_KEYS } from './keys.ts';
import type { LinkParams } from './migrate.ts';
import { readChoice } from './field-parsers.ts';

const nameOf = (list: readonly { id: string; name: string }[]) => (id: string) =>
  list.find((entry) => entry.id === id)?.name ?? id;

/** The link's starting month; a link without one (or a broken one) starts this month. */
function readStartMonth(text: string | null | undefined, problems: Problem[]): string {
  if (text === undefined) return DEFAULT_SELECTION.startMonth;
  if (text !== null && isMonth(text)) return text;
  problems.push({
    field: 'startMonth',
    message: `The starting month ${text === null ? 'could not be read' : `“${text}” is not a month (YYYY-MM)`}. Using ${DEFAULT_SELECTION.startMonth}.`,
  });
  return DEFAULT_SELECTION.startMonth;
}

/** The selection's pairs: the four ids and the starting month. */
export function selectionPairs(selection: CatalogSelection): [string, string][] {
  return [
    [META_KEYS.apiModelId, selection.apiModelId],
    [META_KEYS.baseModelId, selection.baseModelId],
    [META_KEYS.gpuId, selection.gpuId],
    [META_KEYS.trainingOption, selection.trainingOption],
    [META_KEYS.startMonth, selection.startMonth],
  ];
}

/** Reads the four ids of a selection; unknown ids fall back to the default selection's. */
export function readSelection(params: LinkParams): {
  selection: CatalogSelection;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const pick = (
    field: Exclude<keyof CatalogSelection, 'startMonth'>,
    what: string,
    ids: readonly string[],
    describe: (id: string) => string,
  ) => {
    const text = params.get(META_KEYS[field]);
    // A model the curated list named before catalog version 2 now has a `provider:model` id.
    const renamed = field === 'apiModelId' && text ? RENAMED_API_MODEL_IDS[text] : undefined;
    const read = readChoice(what, renamed ?? text, ids, DEFAULT_SELECTION[field], describe);
    if (read.message !== null) problems.push({ field, message: read.message });
    return read.value;
  };
  const apiModelId = pick(
    'apiModelId',
    'API model',
    apiModelIds(),
    (id) => findApiModel(id)?.name ?? id,
  );
  const retired = findApiModel(apiModelId);
  if (retired?.status === 'retired') {
    problems.push({
      field: 'apiModelId',
      message: `${retired.name} (${retired.provider}) has been retired: ${retired.statusNote ?? ''} The link's prices were kept; choose a current model to compare.`,
    });
  }
  const baseModelId = pick('baseModelId', 'base model', BASE_MODEL_IDS, nameOf(BASE_MODELS));
  const gpuId = pick('gpuId', 'GPU', GPU_IDS, nameOf(GPUS));
  // readChoice only returns one of TRAINING_OPTIONS or the default.
  const trainingOption = pick('trainingOption', 'training option', TRAINING_OPTIONS, (id) => id);
  const selection: CatalogSelection = {
    apiModelId,
    baseModelId,
    gpuId,
    trainingOption: trainingOption as TrainingOption,
    startMonth: readStartMonth(params.get(META_KEYS.startMonth), problems),
  };
  return { selection, problems };
}
