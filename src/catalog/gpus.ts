/**
 * GPUs for dedicated serving and self-hosted training: the price of a GPU-hour (with where and
 * on what terms it is sold), the datasheet figures that scale a measurement from one GPU to
 * another, and the output tokens/s of an 8B model, anchored on this project's H200 measurement.
 * One precision throughout: bf16 weights size the memory and bf16 decoding sets the throughput.
 */
import { fixedDigits } from '../model/digits.ts';
import { H200_SERVING } from './calibration.ts';
import { DEFAULT_SELECTION } from './fields.ts';
import type { Sourced } from './types.ts';

/** How the hour is bought: on demand (no commitment), reserved (a term), or spot (interruptible). */
export type PriceKind = 'on-demand' | 'reserved' | 'spot';

export interface Gpu {
  readonly id: string;
  readonly name: string;
  readonly memoryGB: number;
  /** Price of one GPU-hour, and how it is bought. */
  readonly hourlyPrice: Sourced & { readonly kind: PriceKind };
  /** Dense (no sparsity) bf16 tensor throughput, TFLOP/s: scales compute-bound work (training). */
  readonly denseBf16Tflops: Sourced;
  /** Memory bandwidth, GB/s: bounds decoding, so it scales serving throughput. */
  readonly memoryBandwidthGBs: Sourced;
  /** Output tokens/s one GPU sustains for an 8B Llama-class model in bf16 at batch 64. */
  readonly llama8bOutputTokensPerSecond: Sourced;
}

const READ = '2026-12-01';

const RUNPOD = 'https://www.runpod.io/pricing';
const RUNPOD_TRANSCRIPT =
  'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/vendors.json';

const price = (
  value: number,
  kind: PriceKind,
  source: string,
  url: string,
  date: string,
  note: string,
  estimate = false,
): Gpu['hourlyPrice'] => ({ value, kind, source, url, date, estimate, note });

const datasheet = (value: number, url: string, note: string | null = null): Sourced => ({
  value,
  source: 'NVIDIA datasheet',
  url,
  date: READ,
  estimate: false,
  note,
});

const DATASHEET = {
  h200: 'https://www.nvidia.com/en-us/data-center/h200/',
  h100: 'https://www.nvidia.com/en-us/data-center/h100/',
  a100: 'https://www.nvidia.com/en-us/data-center/a100/',
  l40s: 'https://www.nvidia.com/en-us/data-center/l40s/',
  l4: 'https://www.nvidia.com/en-us/data-center/l4/',
};

/**
 * Decoding at serving batch sizes reads every weight once per step, so tokens/s follow memory
 * bandwidth: other GPUs are scaled from the H200 measurement by the bandwidth ratio.
 */
export function scaledFromH200(bandwidthGBs: number): number {
  return Math.round((H200_SERVING.tokensPerSecond * bandwidthGBs) / H200_SERVING.bandwidthGBs);
}

const measured: Sourced = {
  value: H200_SERVING.tokensPerSecond,
  source: "This project's H200 measurement",
  url: null,
  date: H200_SERVING.date,
  estimate: false,
  note: H200_SERVING.note,
};

const scaled = (bandwidthGBs: number): Sourced => ({
  value: scaledFromH200(bandwidthGBs),
  source: "Estimate from this project's H200 measurement",
  url: null,
  date: H200_SERVING.date,
  estimate: true,
  note:
    `${fixedDigits(H200_SERVING.tokensPerSecond, 0)} tokens/s measured on one H200 × ` +
    `${bandwidthGBs}/${H200_SERVING.bandwidthGBs} GB/s memory bandwidth (decoding is bandwidth-bound). ` +
    H200_SERVING.note,
});

export const GPUS: readonly Gpu[] = [
  {
    id: 'h100',
    name: 'NVIDIA H100 80GB (SXM)',
    memoryGB: 80,
    hourlyPrice: price(
      3.99,
      'on-demand',
      'RunPod Secure Cloud price list',
      RUNPOD,
      '2026-11-09',
      `Per GPU-hour, on demand, billed per second (RunPod's page as transcribed on 2026-11-09: ${RUNPOD_TRANSCRIPT}). Community Cloud lists $2.69, AWS p5 $6.88: prices differ by over 2×.`,
    ),
    denseBf16Tflops: datasheet(989, DATASHEET.h100, '1,979 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(3350, DATASHEET.h100),
    llama8bOutputTokensPerSecond: scaled(3350),
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 141GB (SXM)',
    memoryGB: 141,
    hourlyPrice: price(
      3.99,
      'on-demand',
      'Hyperstack GPU price list',
      'https://www.hyperstack.cloud/gpu-pricing',
      '2026-08-26',
      'Per GPU-hour, on demand, billed per minute (as transcribed on 2026-08-26: https://raw.githubusercontent.com/api-evangelist/nexgen-cloud/refs/heads/main/plans/nexgen-cloud-plans-pricing.yml). RunPod lists $4.59.',
    ),
    denseBf16Tflops: datasheet(989, DATASHEET.h200, 'The H100’s compute with more, faster memory.'),
    memoryBandwidthGBs: datasheet(H200_SERVING.bandwidthGBs, DATASHEET.h200),
    llama8bOutputTokensPerSecond: measured,
  },
  {
    id: 'a100',
    name: 'NVIDIA A100 80GB (SXM)',
    memoryGB: 80,
    hourlyPrice: price(
      1.79,
      'on-demand',
      'RunPod Secure Cloud price list',
      RUNPOD,
      '2026-11-09',
      `Per GPU-hour, on demand (as transcribed on 2026-11-09: ${RUNPOD_TRANSCRIPT}). Community Cloud lists $1.39.`,
    ),
    denseBf16Tflops: datasheet(312, DATASHEET.a100),
    memoryBandwidthGBs: datasheet(2039, DATASHEET.a100),
    llama8bOutputTokensPerSecond: scaled(2039),
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    memoryGB: 48,
    hourlyPrice: price(
      0.94,
      'spot',
      'Verda (formerly DataCrunch) price list',
      'https://verda.com/pricing',
      '2026-10-29',
      'A spot price: the instance can be taken back at short notice. No current on-demand price was found in the sources read; expect roughly twice this on demand. As recorded on 2026-10-29 in https://huggingface.co/datasets/lantern-works/gpu-cloud-prices.',
    ),
    denseBf16Tflops: datasheet(362, DATASHEET.l40s, '733 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(864, DATASHEET.l40s),
    llama8bOutputTokensPerSecond: scaled(864),
  },
  {
    id: 'l4',
    name: 'NVIDIA L4 24GB',
    memoryGB: 24,
    hourlyPrice: price(
      0.44,
      'spot',
      'Earlier catalog figure (a spot price)',
      RUNPOD,
      '2026-11-28',
      'No current L4 price was found in the sources read on 2026-12-01; $0.44 is the figure the catalog carried before, which is a spot price, not on demand. Check your cloud.',
      true,
    ),
    denseBf16Tflops: datasheet(121, DATASHEET.l4, '242 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(300, DATASHEET.l4),
    llama8bOutputTokensPerSecond: scaled(300),
  },
];

export const DEFAULT_GPU_ID = DEFAULT_SELECTION.gpuId;

/** The GPU with this id; throws on an unknown id because ids come from this list. */
export function gpu(id: string): Gpu {
  const found = GPUS.find((g) => g.id === id);
  if (!found) throw new Error(`Unknown GPU: ${id}`);
  return found;
}
