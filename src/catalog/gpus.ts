/**
 * GPUs for dedicated serving and self-hosted training: price per hour, the datasheet
 * figures used to scale measurements from one GPU to another, and the vLLM throughput
 * of an 8B model, which anchors every serving estimate (see serving.ts).
 */
import { fixedDigits } from '../model/digits.ts';
import { DEFAULT_SELECTION } from './fields.ts';
import type { Sourced } from './types.ts';

export interface Gpu {
  readonly id: string;
  readonly name: string;
  readonly memoryGB: number;
  /** On-demand price of one GPU-hour. */
  readonly hourlyPrice: Sourced;
  /** Dense (no sparsity) bf16 tensor throughput, TFLOP/s: scales compute-bound work. */
  readonly denseBf16Tflops: Sourced;
  /** Memory bandwidth, GB/s: bounds decoding at serving batch sizes. */
  readonly memoryBandwidthGBs: Sourced;
  /** Output tokens/s one GPU sustains for Llama 3.1 8B under vLLM with many concurrent requests. */
  readonly llama8bOutputTokensPerSecond: Sourced;
}

const CHECKED = '2026-11-28';

const onDemand = (value: number): Sourced => ({
  value,
  source: 'GPU cloud on-demand list price (catalog brief)',
  url: null,
  date: CHECKED,
  estimate: false,
  note: 'Per GPU-hour, on demand, no commitment. Prices differ between clouds by up to 2×; reserved capacity is cheaper.',
});

const datasheet = (value: number, url: string, note: string | null = null): Sourced => ({
  value,
  source: 'NVIDIA datasheet',
  url,
  date: CHECKED,
  estimate: false,
  note,
});

const LAMBDA_VLLM = 'https://github.com/LambdaLabsML/vllm-benchmark/blob/main/benchmark_v0.md';

/** Lambda's single-GPU runs: vLLM 0.5.4, 320 concurrent prompts, 2k context. */
const lambda = (value: number): Sourced => ({
  value,
  source: "Lambda's vLLM benchmark",
  url: LAMBDA_VLLM,
  date: '2024-09',
  estimate: false,
  note:
    'Measured with the FP8 checkpoint (Meta-Llama-3.1-8B-FP8) on vLLM 0.5.4; bf16 runs a little slower, ' +
    'newer vLLM releases considerably faster (Lambda saw about 2× with vLLM 0.6 multi-step scheduling).',
});

const H100_URL = 'https://www.nvidia.com/en-us/data-center/h100/';
const A100_URL = 'https://www.nvidia.com/en-us/data-center/a100/';
const L40S_URL = 'https://www.nvidia.com/en-us/data-center/l40s/';
const L4_URL = 'https://www.nvidia.com/en-us/data-center/l4/';

const A100 = {
  tflops: 312,
  bandwidth: 2039,
  tokensPerSecond: 1518,
};

/**
 * GPUs Lambda did not benchmark are scaled from the A100 by the geometric mean of the
 * memory-bandwidth and compute ratios: decoding sits between bandwidth- and compute-bound.
 * The same rule predicts the H100 at 3,464 tokens/s against the measured 3,400 (2 % off).
 */
export function scaledFromA100(bandwidthGBs: number, tflops: number): number {
  return Math.round(
    A100.tokensPerSecond * Math.sqrt((bandwidthGBs / A100.bandwidth) * (tflops / A100.tflops)),
  );
}

const scaled = (bandwidthGBs: number, tflops: number): Sourced => ({
  value: scaledFromA100(bandwidthGBs, tflops),
  source: "Estimate from Lambda's A100 measurement",
  url: LAMBDA_VLLM,
  date: CHECKED,
  estimate: true,
  note:
    `A100's ${fixedDigits(A100.tokensPerSecond, 0)} tokens/s × √(bandwidth ratio × bf16 TFLOPS ratio) ` +
    `= ${A100.tokensPerSecond} × √(${bandwidthGBs}/${A100.bandwidth} × ${tflops}/${A100.tflops}).`,
});

export const GPUS: readonly Gpu[] = [
  {
    id: 'h100',
    name: 'NVIDIA H100 80GB (SXM)',
    memoryGB: 80,
    hourlyPrice: onDemand(2.99),
    denseBf16Tflops: datasheet(989, H100_URL, '1,979 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(3350, H100_URL),
    llama8bOutputTokensPerSecond: lambda(3400),
  },
  {
    id: 'a100',
    name: 'NVIDIA A100 80GB (SXM)',
    memoryGB: 80,
    hourlyPrice: onDemand(1.79),
    denseBf16Tflops: datasheet(A100.tflops, A100_URL),
    memoryBandwidthGBs: datasheet(A100.bandwidth, A100_URL),
    llama8bOutputTokensPerSecond: lambda(A100.tokensPerSecond),
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    memoryGB: 48,
    hourlyPrice: onDemand(0.86),
    denseBf16Tflops: datasheet(362, L40S_URL, '733 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(864, L40S_URL),
    llama8bOutputTokensPerSecond: scaled(864, 362),
  },
  {
    id: 'l4',
    name: 'NVIDIA L4 24GB',
    memoryGB: 24,
    hourlyPrice: onDemand(0.44),
    denseBf16Tflops: datasheet(121, L4_URL, '242 with sparsity; dense is half.'),
    memoryBandwidthGBs: datasheet(300, L4_URL),
    llama8bOutputTokensPerSecond: scaled(300, 121),
  },
];

export const DEFAULT_GPU_ID = DEFAULT_SELECTION.gpuId;

/** The GPU with this id; throws on an unknown id because ids come from this list. */
export function gpu(id: string): Gpu {
  const found = GPUS.find((g) => g.id === id);
  if (!found) throw new Error(`Unknown GPU: ${id}`);
  return found;
}
