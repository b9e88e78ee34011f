/**
 * Dedicated serving of a base model on one GPU type: how many GPUs the model needs and how many
 * output tokens per second each GPU sustains. bf16 throughout (the same precision sizes the
 * memory and sets the throughput), anchored on this project's H200 measurement of an 8B model
 * and scaled by memory bandwidth and parameter count; only the H200/8B pair is measured.
 */
import { fixedDigits } from '../model/digits.ts';
import { baseModel } from './base-models.ts';
import { gpu } from './gpus.ts';
import type { Sourced } from './types.ts';

export interface DedicatedServing {
  readonly minGpus: Sourced;
  /** Per GPU, so the cost model can multiply by the GPU count it needs. */
  readonly outputTokensPerSecond: Sourced;
}

const CHECKED = '2026-12-01';
/** Llama 3.1 8B: the model behind every GPU's anchor figure. */
const REFERENCE_BASE_ID = 'llama-3.1-8b';
const REFERENCE_PARAMS_B = 8.03;

/** vLLM reserves 90 % of GPU memory by default; weights plus ~20 % for KV cache must fit. */
const USABLE_MEMORY = 0.9;
const KV_HEADROOM = 1.2;

/**
 * Smallest power of two of GPUs (tensor-parallel sizes are powers of two) whose usable
 * memory holds the bf16 weights (2 bytes per parameter) plus KV-cache headroom.
 */
export function gpusForWeights(paramsBillions: number, memoryGB: number): number {
  const needGB = 2 * paramsBillions * KV_HEADROOM;
  let n = 1;
  while (n * memoryGB * USABLE_MEMORY < needGB) n *= 2;
  return n;
}

/** GPU count and per-GPU throughput for serving `baseId` on `gpuId` in bf16 with vLLM. */
export function dedicatedServing(baseId: string, gpuId: string): DedicatedServing {
  const model = baseModel(baseId);
  const card = gpu(gpuId);
  const params = model.paramsBillions.value;
  const n = gpusForWeights(params, card.memoryGB);

  const minGpus: Sourced = {
    value: n,
    source: 'Estimate from model size and GPU memory',
    url: null,
    date: CHECKED,
    estimate: true,
    note:
      `bf16 weights ${Math.round(2 * params)} GB + 20% for KV cache must fit in 90% of ` +
      `${n} × ${card.memoryGB} GB; rounded up to a power of two for tensor parallelism.`,
  };

  const anchor = card.llama8bOutputTokensPerSecond;
  const tightFit = n === 1 && 2 * params * KV_HEADROOM > 0.75 * card.memoryGB;
  const tightNote = tightFit
    ? ' The weights nearly fill the GPU, leaving little KV cache: expect less.'
    : '';
  if (baseId === REFERENCE_BASE_ID) {
    return { minGpus, outputTokensPerSecond: { ...anchor, note: (anchor.note ?? '') + tightNote } };
  }

  // Decoding cost per token grows with the parameter count, so throughput per GPU falls with it.
  const value = Math.max(1, Math.round((anchor.value * REFERENCE_PARAMS_B) / params));
  return {
    minGpus,
    outputTokensPerSecond: {
      value,
      source: `Estimate from the ${card.name} Llama 3.1 8B figure`,
      url: anchor.url,
      date: CHECKED,
      estimate: true,
      note:
        `${fixedDigits(anchor.value, 0)} tokens/s × ${REFERENCE_PARAMS_B}B / ${params}B parameters, per GPU.` +
        (n > 1 ? ` Across ${n} GPUs; tensor-parallel overhead ignored.` : '') +
        tightNote,
    },
  };
}
