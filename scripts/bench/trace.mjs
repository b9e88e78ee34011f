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

/** The page's main-thread tasks (ms), longest first. */
export function mainThreadTasks(json) {
  const events = JSON.parse(json).traceEvents ?? [];
  const main = onThread(pageMainThread(events));
  return events
    .filter(
      (e) =>
        main(e) &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .map((e) => (e.dur ?? 0) / 1000)
    .sort((a, b) => b - a);
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  '__metadata',
];
