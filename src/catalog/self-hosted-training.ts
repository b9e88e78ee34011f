/**
 * Self-hosted LoRA training on rented GPUs: a price per 1M training tokens derived from the
 * GPU's hourly price and a throughput measured for this project on one H200, scaled to the
 * chosen GPU by dense bf16 compute and to the chosen model by parameter count. Always an estimate.
 */
import { fixedDigits } from '../model/digits.ts';
import { baseModel } from './base-models.ts';
import { H200_CALIBRATION } from './calibration.ts';
import { gpu } from './gpus.ts';
import type { Sourced } from './types.ts';

export interface SelfHostedTraining {
  /** $ per 1M training tokens, with the derivation in its note. */
  readonly price: Sourced;
  readonly tokensPerSecondPerGpu: number;
  /** GPUs the job needs for memory; the price per token does not depend on it. */
  readonly gpus: number;
  readonly gradientCheckpointing: boolean;
}

const GIB_PER_BILLION_BF16_PARAMS = (2 * 1e9) / 2 ** 30;

const fmt = (n: number, digits = 0) => fixedDigits(n, digits);

/**
 * Price of training `baseId` with LoRA on `gpuId` GPUs rented by the hour, counting GPU time
 * only (data loading, evaluation and checkpoints add wall-clock time on top).
 */
export function selfHostedTraining(baseId: string, gpuId: string): SelfHostedTraining {
  const model = baseModel(baseId);
  const card = gpu(gpuId);
  const cal = H200_CALIBRATION;
  const params = model.paramsBillions.value;
  const weightsGiB = params * GIB_PER_BILLION_BF16_PARAMS;

  // Skip checkpointing when memory allows: it recomputes activations and costs ~30 % speed.
  const fast = weightsGiB + cal.fast.extraMemoryGiB <= card.memoryGB;
  const setting = fast ? cal.fast : cal.checkpointed;
  const gpus = fast ? 1 : Math.ceil((weightsGiB + setting.extraMemoryGiB) / card.memoryGB);

  const measuredFast = fast ? cal.measuredFast[baseId] : undefined;
  const referenceTps = measuredFast ?? setting.tokensPerSecond;
  const referenceParams = measuredFast !== undefined ? params : cal.paramsBillions;
  const tflops = card.denseBf16Tflops.value;
  // Training is compute-bound: tokens/s follow dense bf16 FLOP/s and fall with parameters per token.
  const tokensPerSecond = Math.round(
    referenceTps * (tflops / cal.denseBf16Tflops) * (referenceParams / params),
  );
  const hourly = card.hourlyPrice.value;
  // Three significant digits: the inputs are not more precise, and a round value survives URLs.
  const price = Number(((hourly / (tokensPerSecond * 3600)) * 1_000_000).toPrecision(3));

  const derivation =
    `${fmt(referenceTps)} tokens/s measured on one H200 (LoRA, bf16, ` +
    `${fast ? 'no gradient checkpointing' : 'gradient checkpointing'}) × ${tflops}/${cal.denseBf16Tflops} ` +
    `dense bf16 TFLOPS (${card.name} vs H200) × ${referenceParams}B/${params}B parameters ` +
    `= ${fmt(tokensPerSecond)} tokens/s per GPU; $${hourly.toFixed(2)}/h ÷ (${fmt(tokensPerSecond)} × 3,600 s) × 1M ` +
    `= $${price} per 1M training tokens.` +
    (gpus > 1
      ? ` Needs ${gpus} GPUs for memory; the price per token assumes they scale perfectly.`
      : '') +
    ' GPU time only.';

  return {
    price: {
      value: price,
      source: "Estimate from this project's H200 measurement and the GPU's hourly price",
      url: null,
      date: cal.date,
      estimate: true,
      note: derivation,
    },
    tokensPerSecondPerGpu: tokensPerSecond,
    gpus,
    gradientCheckpointing: !fast,
  };
}
