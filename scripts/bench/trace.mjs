// Reading a Chromium performance trace (Playwright's browser.startTracing) for the benchmark.

/** The renderer main thread that did the page's layout: `{ pid, tid }`, or null. */
function pageMainThread(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = null;
  let most = -1;
  for (const main of mains) {
    const count = events.filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.name === 'Layout',
    ).length;
    if (count > most) [best, most] = [{ pid: main.pid, tid: main.tid }, count];
  }
  return best;
}

const onThread = (thread) => (e) => thread && e.pid === thread.pid && e.tid === thread.tid;

/**
 * Layout work in a trace: how many layouts ran, and how many layout objects each had to lay out
 * again ("dirty") out of how many in all — the elements a move relaid, which a `layout-shift`
 * observer does not see.
 */
export function layoutWork(json) {
  const events = JSON.parse(json).traceEvents ?? [];
  const main = onThread(pageMainThread(events));
  const layouts = events.filter(
    (e) => main(e) && e.name === 'Layout' && (e.ph === 'X' || e.ph === 'B') && e.args?.beginData,
  );
  const dirty = layouts.map((e) => e.args.beginData.dirtyObjects ?? 0);
  const total = layouts.map((e) => e.args.beginData.totalObjects ?? 0);
  return {
    layouts: layouts.length,
    dirtyObjects: dirty.reduce((a, b) => a + b, 0),
    totalObjects: total.length ? Math.max(...total) : 0,
  };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'textInput']);

/** The page's main-thread tasks in trace order: `{ ts, ms, keydown }`. */
function tasksOf(json) {
  const events = JSON.parse(json).traceEvents ?? [];
  const main = onThread(pageMainThread(events));
  const dispatches = events.filter((e) => main(e) && e.name === 'EventDispatch');
  const keydowns = dispatches.filter((e) => e.args?.data?.type === 'keydown').map((e) => e.ts);
  // A key's own events: what its task does for that key, not work that came in its way.
  const keyEvents = dispatches.filter((e) => KEY_EVENTS.has(e.args?.data?.type)).map((e) => e.ts);
  const script = events
    .filter((e) => main(e) && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter(outermost());
  return events
    .filter(
      (e) =>
        main(e) &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter(outermost())
    .map((e) => {
      const end = e.ts + (e.dur ?? 0);
      return {
        ts: e.ts,
        ms: (e.dur ?? 0) / 1000,
        // The page's JavaScript in the task (the rest is the browser's style, layout and paint).
        scriptMs:
          script
            .filter((x) => x.ts >= e.ts && x.ts < end)
            .reduce((sum, x) => sum + (x.dur ?? 0), 0) / 1000,
        keydown: keydowns.some((k) => k >= e.ts && k <= end),
        ownKey: keyEvents.some((k) => k >= e.ts && k <= end),
      };
    });
}

/** A filter over tasks in start order that drops a task run inside another (one task, traced twice). */
function outermost() {
  let end = -Infinity;
  return (e) => {
    if (e.ts < end) return false;
    end = e.ts + (e.dur ?? 0);
    return true;
  };
}

const longestFirst = (tasks) => tasks.map((t) => t.ms).sort((a, b) => b - a);

/** The page's main-thread tasks (ms), longest first. */
export function mainThreadTasks(json) {
  return longestFirst(tasksOf(json));
}

/**
 * Tasks while a user types, apart: `keys` are the key presses' own tasks (the figures following
 * the text); `during` is every other task from the first key press to the end of the last one's
 * task — work a key press can meet, since the next one arrives meanwhile; `after` is the catch-up
 * once the typing stopped (charts, the risk run, tables), which meets a key only if the user
 * starts again within it. Several texts typed in one trace: a gap of more than `pauseMs` between
 * key presses ends a window. `script` is the page's JavaScript in each task of `during` and
 * `after`. Longest first, in ms.
 */
export function typingTasks(json, pauseMs = 500) {
  const tasks = tasksOf(json);
  const keys = tasks.filter((t) => t.keydown);
  const windows = [];
  for (const key of keys) {
    const last = windows.at(-1);
    if (last && key.ts - last.end <= pauseMs * 1000) last.end = key.ts + key.ms * 1000;
    else windows.push({ start: key.ts, end: key.ts + key.ms * 1000 });
  }
  const inside = (t) => windows.some((w) => t.ts >= w.start && t.ts <= w.end);
  const others = tasks.filter((t) => !t.ownKey);
  return {
    keys: longestFirst(tasks.filter((t) => inside(t) && t.ownKey)),
    during: longestFirst(others.filter(inside)),
    after: longestFirst(others.filter((t) => !inside(t))),
    // The page's own code in those other tasks, during the typing or after it (the catch-up of
    // the charts, the risk section, the tables): how long the heavy parts' JavaScript held the
    // thread at a stretch, without the browser's drawing of what changed.
    script: others.map((t) => t.scriptMs).sort((a, b) => b - a),
  };
}

/** What DevTools counts as scripting: these events hold the page's JavaScript (and nest). */
const SCRIPT_EVENTS = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EvaluateScript',
  'v8.evaluateModule',
  'RunMicrotasks',
  'V8.GCScavenger',
  'MajorGC',
  'MinorGC',
]);

/**
 * Script time of each slider move: the page's JavaScript from one key press to the next (ms, in
 * trace order). A move's own render is in its window, and so is anything else that ran before
 * the next press; the catch-up after the last press is not (it has no next press).
 */
export function scriptPerMove(json) {
  const events = JSON.parse(json).traceEvents ?? [];
  const main = onThread(pageMainThread(events));
  const presses = events
    .filter((e) => main(e) && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const script = events
    .filter((e) => main(e) && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    .filter(outermost());
  const moves = [];
  for (let i = 0; i + 1 < presses.length; i++) {
    const [start, end] = [presses[i], presses[i + 1]];
    const inWindow = script.filter((e) => e.ts >= start && e.ts < end);
    moves.push(inWindow.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
  }
  return moves;
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  '__metadata',
];
