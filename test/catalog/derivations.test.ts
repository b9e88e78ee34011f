/** The hand-curated facts and the estimates derived from them, checked against their sources. */
import { describe, expect, it } from 'vitest';
import { BASE_MODELS } from '../../src/catalog/base-models.ts';
import { H200_CALIBRATION, H200_SERVING } from '../../src/catalog/calibration.ts';
import { GPUS, gpu, scaledFromH200 } from '../../src/catalog/gpus.ts';
import { managedTrainingPrice } from '../../src/catalog/managed-training.ts';
import { selfHostedTraining } from '../../src/catalog/self-hosted-training.ts';
import { dedicatedServing, gpusForWeights } from '../../src/catalog/serving.ts';

describe('GPUs', () => {
  it('price every hour with a source, a date and how it is bought', () => {
    for (const g of GPUS) {
      expect(g.hourlyPrice.value).toBeGreaterThan(0);
      expect(['on-demand', 'reserved', 'spot']).toContain(g.hourlyPrice.kind);
      expect(g.hourlyPrice.url).toMatch(/^https:\/\//);
      expect(g.hourlyPrice.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A spot price is never presented as the on-demand one, and says so in words.
      if (g.hourlyPrice.kind === 'spot') expect(g.hourlyPrice.note).toMatch(/spot/i);
    }
  });

  it('anchor throughput on the H200 measurement and label every other GPU an estimate', () => {
    expect(gpu('h200').llama8bOutputTokensPerSecond).toMatchObject({
      value: H200_SERVING.tokensPerSecond,
      estimate: false,
    });
    for (const g of GPUS.filter((x) => x.id !== 'h200')) {
      expect(g.llama8bOutputTokensPerSecond.estimate).toBe(true);
      expect(g.llama8bOutputTokensPerSecond.note).toMatch(/measured on one H200/);
    }
  });

  it('scale throughput with memory bandwidth (decoding is bandwidth-bound)', () => {
    const h100 = gpu('h100');
    expect(h100.llama8bOutputTokensPerSecond.value).toBe(scaledFromH200(3350));
    expect(scaledFromH200(3350) / H200_SERVING.tokensPerSecond).toBeCloseTo(3350 / 4800, 3);
    // Faster memory, more tokens: the order follows the datasheets.
    const order = [...GPUS].sort((x, y) => y.memoryBandwidthGBs.value - x.memoryBandwidthGBs.value);
    const tps = order.map((g) => g.llama8bOutputTokensPerSecond.value);
    expect(tps).toEqual([...tps].sort((x, y) => y - x));
  });
});

describe('managed LoRA training price', () => {
  it('is the published $0.48 up to 16B and an estimate above', () => {
    expect(managedTrainingPrice(8.03)).toMatchObject({ value: 0.48, estimate: false });
    expect(managedTrainingPrice(16)).toMatchObject({ value: 0.48, estimate: false });
    expect(managedTrainingPrice(27.2)).toMatchObject({ value: 1.5, estimate: true });
    expect(managedTrainingPrice(70.6)).toMatchObject({ value: 2.9, estimate: true });
    expect(managedTrainingPrice(72.7)).toMatchObject({ value: 2.9, estimate: true });
  });
});

describe('self-hosted LoRA training', () => {
  it('prices an 8B on an H100 from the H200 measurement (same dense bf16 FLOP/s)', () => {
    const t = selfHostedTraining('llama-3.1-8b', 'h100');
    expect(t.tokensPerSecondPerGpu).toBe(H200_CALIBRATION.fast.tokensPerSecond);
    expect(t.gradientCheckpointing).toBe(false);
    // $3.99 / (12,625 tokens/s × 3,600 s) × 1M = $0.0878
    expect(t.price.value).toBeCloseTo(0.0878, 4);
    expect(t.price.estimate).toBe(true);
    expect(t.price.note).toMatch(/12,625 tokens\/s measured on one H200/);
    expect(t.price.note).toMatch(/\$3\.99\/h/);
  });

  it('scales to slower GPUs by dense bf16 throughput', () => {
    const a100 = selfHostedTraining('llama-3.1-8b', 'a100');
    expect(a100.tokensPerSecondPerGpu).toBe(Math.round((12_625 * 312) / 989));
    expect(a100.price.value).toBeCloseTo(1.79 / ((a100.tokensPerSecondPerGpu * 3600) / 1e6), 3);
  });

  it('turns on gradient checkpointing when the fast setting does not fit', () => {
    const l40s = selfHostedTraining('llama-3.1-8b', 'l40s');
    expect(l40s.gradientCheckpointing).toBe(true);
    expect(l40s.tokensPerSecondPerGpu).toBe(Math.round((8_989 * 362) / 989));
  });

  it('needs several GPUs for a 70B but keeps a positive price', () => {
    const t = selfHostedTraining('llama-3.1-70b', 'h100');
    expect(t.gpus).toBeGreaterThan(1);
    expect(t.price.value).toBeGreaterThan(selfHostedTraining('llama-3.1-8b', 'h100').price.value);
  });

  it('undercuts the managed service for small models on every GPU', () => {
    for (const g of GPUS) {
      expect(selfHostedTraining('llama-3.1-8b', g.id).price.value).toBeLessThan(0.48);
    }
  });
});

describe('dedicated serving', () => {
  it('fits every small model on one 80 GB GPU and needs four for 70B-class models in bf16', () => {
    for (const m of BASE_MODELS) {
      const n = gpusForWeights(m.paramsBillions.value, 80);
      expect(n).toBe(m.paramsBillions.value < 30 ? 1 : 4);
    }
  });

  it("uses the GPU's 8B figure for Llama 3.1 8B and scales other models by parameters", () => {
    expect(dedicatedServing('llama-3.1-8b', 'h200').outputTokensPerSecond).toMatchObject({
      value: H200_SERVING.tokensPerSecond,
      estimate: false,
    });
    const big = dedicatedServing('llama-3.1-70b', 'h100').outputTokensPerSecond;
    expect(big.estimate).toBe(true);
    expect(big.value).toBe(Math.round((scaledFromH200(3350) * 8.03) / 70.6));
  });

  it('labels every minGpus as an estimate with its reasoning', () => {
    for (const m of BASE_MODELS) {
      for (const g of GPUS) {
        const { minGpus } = dedicatedServing(m.id, g.id);
        expect(minGpus.estimate).toBe(true);
        expect(minGpus.note).toMatch(/bf16 weights/);
      }
    }
  });
});
