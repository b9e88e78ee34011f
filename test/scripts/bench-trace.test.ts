import { describe, expect, it } from 'vitest';
import { scriptPerMove } from '../../scripts/bench/trace.mjs';

const main = { pid: 1, tid: 1 };
const other = { pid: 2, tid: 7 };
const at = (ms: number) => ms * 1000;
const task = (name: string, start: number, ms: number, thread = main, data = {}) => ({
  ...thread,
  name,
  ph: 'X',
  ts: at(start),
  dur: at(ms),
  args: { data },
});
const keydown = (start: number, ms: number) =>
  task('EventDispatch', start, ms, main, { type: 'keydown' });

const trace = (events: object[]) =>
  JSON.stringify({
    traceEvents: [
      { ...main, name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' } },
      { ...other, name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' } },
      task('Layout', 500, 1),
      ...events,
    ],
  });

describe('script per slider move, from a trace', () => {
  it('sums the page’s outermost script from one key press to the next', () => {
    const moves = scriptPerMove(
      trace([
        keydown(0, 10),
        task('FunctionCall', 1, 5), // inside the key press's dispatch: counted once
        task('TimerFire', 50, 3), // before the next press: this move's
        keydown(80, 8),
        task('Paint', 90, 20), // not script
        task('FunctionCall', 100, 40, other), // another page's thread
        keydown(160, 4),
        task('FunctionCall', 300, 200), // the catch-up after the last press: no move's
      ]),
    );
    expect(moves).toEqual([13, 8]);
  });

  it('has no moves without two key presses', () => {
    expect(scriptPerMove(trace([keydown(0, 10)]))).toEqual([]);
  });
});
