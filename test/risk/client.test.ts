import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import { runSimulation } from '../../src/risk/client.ts';
import type { SimulationJob } from '../../src/risk/protocol.ts';

const job = (requestsPerDay: number): SimulationJob => ({
  scenario: { ...DEFAULT_SCENARIO, requestsPerDay },
  ranges: { requestsPerDay: { low: requestsPerDay / 2, high: requestsPerDay * 2 } },
  samples: 200,
  seed: 9,
});

// jsdom has no Worker, so this is the main-thread path; the queueing is the same either way.
describe('the simulation client', () => {
  it('runs the latest request and drops the ones a newer request replaced while they waited', async () => {
    const first = runSimulation(job(1_000));
    const replaced = runSimulation(job(2_000));
    const latest = runSimulation(job(3_000));
    const [a, b, c] = await Promise.all([first, replaced, latest]);
    expect(b).toBeNull();
    const { scenario, ranges, samples, seed } = job(3_000);
    expect(c).toEqual(simulate(scenario, ranges, { samples, seed }));
    expect(a?.savingsP50).toBe(
      simulate(job(1_000).scenario, job(1_000).ranges, { samples: 200, seed: 9 }).savingsP50,
    );
  });
});
