/**
 * This project's measurements on one NVIDIA H200 SXM 141 GB (2026-11-28): the anchor of every
 * self-hosted training and dedicated serving estimate. The full tables, the set-up and the
 * method are in docs/h200-calibration.md, copied from the measurement notes.
 */

/** LoRA training, Llama-3.1-8B shape, r=16 on all linear layers, bf16. */
export const H200_CALIBRATION = {
  date: '2026-11-28',
  denseBf16Tflops: 989,
  paramsBillions: 8.03,
  /** No gradient checkpointing, 2048 × 4 packed tokens per step: peak 74 GiB. */
  fast: { tokensPerSecond: 12_625, extraMemoryGiB: 59 },
  /** Gradient checkpointing: 8,989 tokens/s at 2048 × 8 (47 GiB); smaller batches need ~16 GiB besides weights. */
  checkpointed: { tokensPerSecond: 8_989, extraMemoryGiB: 16 },
  /** The Qwen2.5-7B shape measured 13,765 tokens/s without checkpointing. */
  measuredFast: { 'qwen-2.5-7b': 13_765 } as Readonly<Record<string, number>>,
} as const;

/**
 * Serving: output tokens/s of an 8B Llama-class model in bf16, 512-token prompts, 256 new tokens.
 * Batch 64 is the anchor: a concurrency that keeps per-request latency acceptable. The decoder
 * measured is a simple static-KV one with CUDA graphs; production engines (vLLM, SGLang,
 * TensorRT-LLM) with continuous batching get closer to the memory-bandwidth bound, so this is a
 * conservative planning figure (batch 256 measured 13,077 tokens/s).
 */
export const H200_SERVING = {
  date: '2026-11-28',
  tokensPerSecond: 6_210,
  batch: 64,
  /** Datasheet bandwidth (4.8 TB/s); the same session measured 4.29 TB/s for a device copy. */
  bandwidthGBs: 4_800,
  note:
    'bf16 Llama-3.1-8B shape, batch 64, 512-token prompts, 256 new tokens, simple static-KV decoder ' +
    'with CUDA graphs; production engines with continuous batching do better (13,077 tokens/s ' +
    'measured at batch 256), so this is conservative.',
} as const;
