/** The ids a selection may hold, for validating a selection read from a link or from storage. */
import { API_MODELS, knownApiModels } from './api-models.ts';
import { BASE_MODELS } from './base-models.ts';
import { GPUS } from './gpus.ts';
import type { TrainingOption } from './fields.ts';

/** Ids of the curated API models. */
export const API_MODEL_IDS: readonly string[] = API_MODELS.map((m) => m.id);
/** Ids of the API models known now (the full catalog's too, once it has loaded). */
export const apiModelIds = (): readonly string[] => knownApiModels().map((m) => m.id);
export const BASE_MODEL_IDS: readonly string[] = BASE_MODELS.map((m) => m.id);
export const GPU_IDS: readonly string[] = GPUS.map((g) => g.id);
export const TRAINING_OPTIONS: readonly TrainingOption[] = ['managed', 'self-hosted'];
