import { describe, expect, it } from 'vitest';
import { scriptPerMove, typingTasks } from '../../scripts/bench/trace.mjs';

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

describe('tasks while typing, from a trace', () => {
  const runTask = (start: number, ms: number) => task('RunTask', start, ms);
  it("keeps a key's own tasks apart, and gives the page's script in every other task", () => {
    const tasks = typingTasks(
      trace([
        runTask(0, 12),
        keydown(1, 10),
        runTask(20, 9), // the frame after the key: drawing, with a little script
        task('Paint', 21, 6),
        task('FunctionCall', 28, 0.5),
        runTask(120, 7),
        keydown(121, 6),
        runTask(400, 15), // the catch-up, a chart's redraw: script all along
        task('TimerFire', 400, 14),
        task('FunctionCall', 401, 12), // inside the timer: counted once
      ]),
    );
    expect(tasks.keys).toEqual([12, 7]);
    expect(tasks.during).toEqual([9]);
    expect(tasks.after).toEqual([15]);
    expect(tasks.script).toEqual([14, 0.5]);
  });
});
