import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportBar } from '../../../src/components/results-extras.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import { effectiveRanges } from '../../../src/model/risk-ranges.ts';
import { simulate } from '../../../src/model/simulate.ts';
import { useStore } from '../../../src/state/store.ts';
import { answerWriteAddressNow } from '../../../src/url/write-address-now.ts';
import { csvRecords, parseCsv } from '../../export/parse-csv.ts';

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
    // The assumptions first (the edited horizon among them), a blank line, then the months.
    const [assumptions = '', months = ''] = (await blob.text()).split('\r\n\r\n');
    expect(parseCsv(assumptions).find((row) => row[0] === 'Time horizon')).toEqual([
      'Time horizon',
      '6',
      'months',
      'edited; default value 12 months',
    ]);
    const records = csvRecords(months);
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

  it('opens the decision memo, a view of its own at #memo that Back leaves', async () => {
    // The address bar follows the page: the entry left behind gets the latest change first.
    const written = vi.fn();
    const stop = answerWriteAddressNow(written);
    const length = window.history.length;
    render(<ExportBar />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Decision memo: print, PDF or Markdown' }));
    stop();
    expect(written).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#memo');
    expect(window.history.length).toBe(length + 1);
    expect((window.history.state as { memoFromPage?: boolean }).memoFromPage).toBe(true);
  });

  it('opens the memo in the same history entry while the address cannot follow the page yet', async () => {
    window.history.replaceState(null, '', '/');
    const length = window.history.length;
    render(<ExportBar />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Decision memo: print, PDF or Markdown' }));
    expect(window.location.hash).toBe('#memo');
    expect(window.history.length).toBe(length);
    expect((window.history.state as { memoFromPage?: boolean } | null)?.memoFromPage).toBeFalsy();
  });
});
