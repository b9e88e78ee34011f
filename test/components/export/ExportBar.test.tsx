import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportBar } from '../../../src/components/results-extras.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import { effectiveRanges } from '../../../src/model/risk-ranges.ts';
import { simulate } from '../../../src/model/simulate.ts';
import { useStore } from '../../../src/state/store.ts';
import { csvRecords } from '../../export/parse-csv.ts';

const downloads = vi.hoisted(() => [] as Array<{ blob: Blob; name: string }>);
vi.mock('../../../src/export/download.ts', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

describe('export bar', () => {
  it('downloads the current scenario’s months as CSV', async () => {
    const user = userEvent.setup();
    useStore.getState().setNumber('horizonMonths', 6);
    useStore.getState().setName('Pilot');
    render(<ExportBar />);
    await user.click(await screen.findByRole('button', { name: /month-by-month table \(CSV\)/ }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const { blob, name } = downloads[0]!;
    expect(name).toBe('pilot-months.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const records = csvRecords(await blob.text());
    const result = calculate(useStore.getState().scenario);
    expect(records).toHaveLength(7);
    expect(records[6]!['B: cumulative cost ($)']).toBeCloseTo(result.totalB, 2);
    // With the simulation of these very inputs: its median cumulative saving by month.
    const { scenario, risk } = useStore.getState();
    const sim = simulate(scenario, effectiveRanges(scenario, risk.ranges), { seed: risk.seed });
    expect(records[6]!['Cumulative saving, median ($)']).toBeCloseTo(
      sim.cumulativeSavingsBands[6]!.p50,
      2,
    );
  });

  it('opens the browser’s print dialog for paper and PDF', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<ExportBar />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
