// Browser benchmark (figures printed, never pass/fail). On the production build, served gzip:
// slider input → second animation frame at normal CPU and 4× slowed, interleaved with a floor page
// (scripts/bench/floor.html) so each figure is also given as a ratio to what the machine does at
// all right now; script, style and layout per move, DOM size and the layout objects a move
// relays; the longest main-thread task while typing with the heavy parts open; Lighthouse mobile.
// Usage: node scripts/bench-browser.mjs [--rounds 4] [--moves 40] [--lighthouse-runs 3] [--no-typing]
//   [--no-slider] [--dir dist] [--keep-traces /tmp/traces] [--write]
// --write adds the run to docs/benchmarks.md, and refuses when the load average was above 1.5 at
// the start, when other work took more than a quarter of a core on average during the run
// (bench/others-cpu.mjs: the load average after a run counts the bench's own Chromium), or when
// the CPU check read more than 1.25× slower at the end than at the start (the host was busy).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { ensureBrowser, CHROMIUM_ARGS } from './find-browser.mjs';
import { serveGzip } from './serve-gzip.mjs';
import { layoutWork, scriptPerMove, typingTasks, TRACE_CATEGORIES } from './bench/trace.mjs';
import { cpuCheck } from './bench/cpu-check.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { appendRun, MAX_CPU_SLOWDOWN, MAX_LOAD, MAX_OTHERS_CPU } from './bench/record.mjs';
import { startOthersCpu } from './bench/others-cpu.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('--rounds', 4);
const MOVES = option('--moves', 40);
/** Moves in the traced stretch after the timed rounds (tracing slows the page: not timed). */
const TRACED_MOVES = 20;
const LIGHTHOUSE_RUNS = option('--lighthouse-runs', 3);
const WRITE = args.includes('--write');
/** Skips the typing measure (a quicker run while working on the slider's figures). */
const TYPING = !args.includes('--no-typing');
/** Skips the slider runs (a quicker run while working on typing). */
const SLIDER = !args.includes('--no-slider');
/** Another build to measure (say, main's, to compare): `--dir /tmp/dist-main`. */
const DIR = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
/**
 * Keeps each typing trace in this folder (`--keep-traces /tmp/traces`): a figure over its goal in
 * one run of four can then be read task by task afterwards, instead of run again until it recurs.
 */
const KEEP_TRACES = args.includes('--keep-traces') ? args[args.indexOf('--keep-traces') + 1] : null;
const PORT = 4174;
const APP = `http://127.0.0.1:${PORT}/`;
const FLOOR = `${APP}__bench-floor.html`;
const FLOOR_HTML = readFileSync(new URL('./bench/floor.html', import.meta.url), 'utf8');
const VIEWPORT = { width: 1280, height: 800 };

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values) => quantile(values, 0.5);
const ms = (v) => `${v.toFixed(1)} ms`;
const load = () => loadavg()[0];

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**/__bench-floor.html', (route) =>
    route.fulfill({ body: FLOOR_HTML, contentType: 'text/html' }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** Every section present: the charts drawn and in view, the risk section loaded and run. */
async function prepareApp(page) {
  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor();
  // The heading is replaced when the section's chunk arrives: scroll by id, not by a held element,
  // once the lazy results below (which hold it) are there — else the scroll did nothing and the
  // section never came near the viewport (one run at 4× CPU).
  await page.locator('#risk-title').waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => document.getElementById('risk-title')?.scrollIntoView());
  await page.locator('.risk-headline').waitFor({ timeout: 30_000 });
  // The worst case: the first chart in view (a visible chart is the one that redraws).
  await page.locator('.on-screen').first().scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor();
}

/** DevTools' cumulative counters so far (durations in seconds). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
    layoutCount: get('LayoutCount'),
    styleCount: get('RecalcStyleCount'),
  };
}

/**
 * Page Up ×5, Page Down ×5, … on the focused slider, 80 ms apart. With `cdp`, returns each move's
 * script time (ms) from its key press to the next press, read from DevTools' ScriptDuration
 * between the presses: the goal's per-move measure, without a trace's overhead.
 */
async function moveSlider(page, moves, cdp = null) {
  const scripts = [];
  let last = cdp ? (await metrics(cdp)).script : 0;
  for (let i = 0; i < moves; i++) {
    await page.keyboard.press(i % 10 < 5 ? 'PageUp' : 'PageDown');
    await page.waitForTimeout(80);
    if (cdp) {
      const now = (await metrics(cdp)).script;
      scripts.push((now - last) * 1000);
      last = now;
    }
  }
  await page.waitForTimeout(500);
  return scripts;
}

/**
 * Waits until the page has had no long task for a second (at most 15 s): the measured moves start
 * from a quiet page, on the floor page and the app alike. A fixed 300 ms was too short at 4× CPU:
 * the charts were still catching up with the set-up's own Home key when the first moves came, and
 * those collisions were the run's p95.
 */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            last = Math.max(last, entry.startTime + entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        const check = () => {
          const now = performance.now();
          if (now - last >= 1000 || now - start > 15_000) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
  );
}

/** One measured run of slider moves on the app or the floor page, at a CPU slow-down. */
async function measureMoves(browser, { app, rate, trace = false }) {
  const { context, page, cdp } = await openPage(browser, app ? APP : FLOOR);
  if (app) await prepareApp(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  // Recorded in the page itself, so no protocol round trip is counted: input → second frame (the
  // page answered), and input → the frame after the figures' text changed (the answer shown: a
  // page that deferred its figures would look fast on the first measure, not on this one).
  await slider.evaluate(
    (el, figureSelector) => {
      window.__latencies = [];
      window.__shown = [];
      const figures = document.querySelector(figureSelector);
      el.addEventListener(
        'input',
        (e) => {
          const start = e.timeStamp;
          const before = figures.textContent;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => window.__latencies.push(performance.now() - start)),
          );
          const check = () => {
            if (figures.textContent !== before)
              requestAnimationFrame(() => window.__shown.push(performance.now() - start));
            else if (performance.now() - start < 3000) requestAnimationFrame(check);
          };
          // Checked at the start of each frame; the frame after the change is the one that shows it.
          queueMicrotask(check);
          // Capture: this runs before the page's own listeners, so `before` is the old text.
        },
        true,
      );
      el.focus({ preventScroll: true });
    },
    app ? 'dl.figures' : '#value',
  );
  await page.keyboard.press('Home');
  await settled(page);
  await page.evaluate(() => {
    window.__latencies = [];
    window.__shown = [];
  });
  const before = await metrics(cdp);
  const scriptByMove = await moveSlider(page, MOVES, cdp);
  const after = await metrics(cdp);
  const latencies = await page.evaluate(() => window.__latencies);
  const shown = await page.evaluate(() => window.__shown);
  const perMove = (key) => (after[key] - before[key]) / latencies.length;
  const result = {
    latencies,
    shown,
    scriptByMove,
    script: perMove('script') * 1000,
    layout: perMove('layout') * 1000,
    style: perMove('style') * 1000,
    layoutCount: perMove('layoutCount'),
    styleCount: perMove('styleCount'),
    elements: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
  if (trace) {
    // A separate, traced stretch: tracing slows the page, so it is not in the timings above.
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await moveSlider(page, TRACED_MOVES);
    const json = (await browser.stopTracing()).toString();
    const work = layoutWork(json);
    result.dirtyPerMove = work.dirtyObjects / TRACED_MOVES;
    result.layoutObjects = work.totalObjects;
    result.scriptPerMove = scriptPerMove(json);
  }
  await context.close();
  return result;
}

/** Floor, app, floor, app… at one CPU rate; medians over the rounds, and their spread. */
async function interleaved(browser, rate) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const floor = await measureMoves(browser, { app: false, rate });
    const app = await measureMoves(browser, { app: true, rate, trace: round === 0 });
    rounds.push({ floor, app });
  }
  const p95 = (run) => quantile(run.latencies, 0.95);
  const spread = (values) =>
    `${ms(median(values))} (${ms(Math.min(...values))} – ${ms(Math.max(...values))})`;
  const appP95 = rounds.map((r) => p95(r.app));
  const floorP95 = rounds.map((r) => p95(r.floor));
  const ratios = rounds.map((r) => p95(r.app) / p95(r.floor));
  const diffs = rounds.map((r) => p95(r.app) - p95(r.floor));
  const apps = rounds.map((r) => r.app);
  const med = (key) => median(apps.map((a) => a[key]));
  console.log(`\nCPU ${rate}× slower, ${ROUNDS} rounds of ${MOVES} moves (median, min – max):`);
  console.log(
    `  app   p95 input → 2nd frame ${spread(appP95)}; median ${spread(apps.map((a) => median(a.latencies)))}`,
  );
  console.log(`  floor p95 input → 2nd frame ${spread(floorP95)}`);
  const shownP95 = rounds.map((r) => quantile(r.app.shown, 0.95));
  console.log(
    `  app   p95 input → new figures painted ${spread(shownP95)} (${apps[0].shown.length} of ${apps[0].latencies.length} moves changed them)`,
  );
  console.log(
    `  app ÷ floor p95 ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)} – ${Math.max(...ratios).toFixed(2)}); app − floor ${spread(diffs)}`,
  );
  console.log(
    `  per move: script ${ms(med('script'))}, style ${ms(med('style'))} (${med('styleCount').toFixed(1)} recalcs), layout ${ms(med('layout'))} (${med('layoutCount').toFixed(1)} layouts); DOM ${med('elements')} elements`,
  );
  // The floor's own per-move cost: what the browser and this harness take for any slider at all
  // (the key's event, the measuring listener, a frame), so the app's figure can be read against it.
  const floors = rounds.map((r) => r.floor);
  const floorMed = (key) => median(floors.map((f) => f[key]));
  const scriptDiffs = rounds.map((r) => r.app.script - r.floor.script);
  console.log(
    `  floor per move: script ${ms(floorMed('script'))}, style ${ms(floorMed('style'))}, layout ${ms(floorMed('layout'))}; app − floor script ${spread(scriptDiffs)}`,
  );
  // The goal's measure: a typical move's own script, press to press, over every timed move (the
  // run's mean above also holds the charts' and the risk section's catch-up after the last move).
  const ownScript = apps.flatMap((a) => a.scriptByMove);
  const floorScript = floors.flatMap((f) => f.scriptByMove);
  console.log(
    `  script per move, press to press (${ownScript.length} moves, untraced): p50 ${ms(median(ownScript))}, p90 ${ms(quantile(ownScript, 0.9))}; floor p50 ${ms(median(floorScript))}`,
  );
  const traced = apps.find((a) => a.dirtyPerMove !== undefined);
  if (traced) {
    console.log(
      `  layout objects relaid per move ${traced.dirtyPerMove.toFixed(0)} of ${traced.layoutObjects}`,
    );
    // The same from a trace (19 moves): tracing slows the page, so this reads higher and moves
    // more from run to run; printed to compare with the runs recorded before the untraced one.
    const own = traced.scriptPerMove;
    console.log(
      `  script per move, traced (${own.length} moves, from one press to the next): p50 ${ms(median(own))}, max ${ms(Math.max(...own))}`,
    );
  }
  return {
    p95: median(appP95),
    ratio: median(ratios),
    floor: median(floorP95),
    script: med('script'),
    scriptP50: median(ownScript),
  };
}

/** Longest main-thread task while typing into a box, with the heavy parts open. */
async function longestWhileTyping(browser, rate) {
  const { context, page, cdp } = await openPage(browser, APP);
  await prepareApp(page);
  await page.getByText('What would other models cost for this prompt?', { exact: true }).click();
  await page.locator('.other-models table, table').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const results = {};
  const type = async (name, box, texts) => {
    // Focused once, then only keys: a locator's fill or pressSequentially resolves the box in the
    // page first (Playwright's injected script walks the page to match a role and a name), and
    // that work, 8 – 20 ms at 1× in traces, landed among the keys and was counted as the page's.
    await box.focus();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (const text of texts) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text, { delay: 120 });
      await page.waitForTimeout(600); // the trailing charts, risk and table catch up
    }
    const trace = (await browser.stopTracing()).toString();
    if (KEEP_TRACES) {
      mkdirSync(KEEP_TRACES, { recursive: true });
      const file = `${KEEP_TRACES}/typing-${rate}x-${name.split(' ')[0]}-${Date.now()}.json`;
      writeFileSync(file, trace);
    }
    results[name] = typingTasks(trace);
  };
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await type('volume box (risk, other models, charts)', volume, ['25000', '4000', '120000']);
  // The other-models table's name filter, then the picker's search (its own chunk: waited for by
  // name — up to 2026-12-03 a looser query found the table's filter first, so the rows before
  // then under "full-catalog search" measured that filter).
  const filter = page.locator('.other-models').getByRole('searchbox');
  await type('other-models name filter', filter, ['claude', 'llama 70']);
  await page.getByRole('button', { name: /^Search all API models/ }).click();
  const search = page.getByRole('combobox', { name: 'Search all API models' });
  await type('full-catalog search', search, ['claude', 'llama 70']);
  await context.close();
  const line = (tasks) =>
    `longest ${ms(tasks[0] ?? 0)}, over 8 ms: ${tasks.filter((t) => t > 8).length}, over 50 ms: ${tasks.filter((t) => t > 50).length}`;
  for (const [name, { keys, during, after, script }] of Object.entries(results)) {
    console.log(`  CPU ${rate}×, typing into the ${name}:`);
    console.log(`    other work while typing (in a key's way): ${line(during)}`);
    console.log(`    catching up after the last key:           ${line(after)}`);
    console.log(`    the keys' own tasks (the figures follow): ${line(keys)}`);
    console.log(`    the page's script in those other tasks:   ${line(script)}`);
  }
  return {
    during: Math.max(...Object.values(results).map((r) => r.during[0] ?? 0)),
    after: Math.max(...Object.values(results).map((r) => r.after[0] ?? 0)),
    script: Math.max(...Object.values(results).map((r) => r.script[0] ?? 0)),
  };
}

const chromePath = ensureBrowser();
// Set by `npm run bench` before its model bench and build; else the load now.
const loadBefore = Number(process.env.BENCH_LOAD_AT_START ?? load());
const othersCpu = startOthersCpu();
console.log(
  `load average at the start: ${loadBefore.toFixed(2)}; now: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const cpuBefore = cpuCheck();
console.log(
  `CPU check (a fixed JavaScript workload; lower is a faster machine): ${cpuBefore.toFixed(1)} ms`,
);
const server = await serveGzip(DIR, PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const run = {};
try {
  if (SLIDER) {
    run.normal = await interleaved(browser, 1);
    run.slow = await interleaved(browser, 4);
  }
  if (TYPING) {
    console.log('\nLongest main-thread task while typing (trace):');
    run.longest1 = await longestWhileTyping(browser, 1);
    run.longest4 = await longestWhileTyping(browser, 4);
  }
} finally {
  await browser.close();
}
try {
  run.lighthouse =
    LIGHTHOUSE_RUNS > 0 ? await lighthouseScores(chromePath, APP, LIGHTHOUSE_RUNS) : [];
  if (run.lighthouse.length)
    console.log(
      `\nLighthouse performance (mobile preset, gzip): runs ${run.lighthouse.join(', ')}; lowest ${Math.min(...run.lighthouse)}`,
    );
} finally {
  server.close();
}
const others = othersCpu.stop();
const cpuAfter = cpuCheck();
console.log(
  `CPU check at the end: ${cpuAfter.toFixed(1)} ms (at the start: ${cpuBefore.toFixed(1)} ms)`,
);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (with the bench's own browsers)`,
);
if (others !== null)
  console.log(`other work during the run: ${others.toFixed(2)} cores on average`);
if (WRITE) {
  if (!TYPING || !SLIDER || run.lighthouse.length === 0 || DIR !== 'dist')
    console.log('Not written to docs/benchmarks.md: a recorded run measures everything.');
  else if (loadBefore > MAX_LOAD)
    console.log(`Not written to docs/benchmarks.md: load average above ${MAX_LOAD} at the start.`);
  else if (others === null || others > MAX_OTHERS_CPU)
    console.log(
      `Not written to docs/benchmarks.md: other work took ${others === null ? 'an unknown share (no /proc)' : `${others.toFixed(2)} cores`} during the run (at most ${MAX_OTHERS_CPU}).`,
    );
  else if (cpuAfter > MAX_CPU_SLOWDOWN * cpuBefore)
    console.log(
      `Not written to docs/benchmarks.md: the CPU check slowed from ${cpuBefore.toFixed(1)} to ${cpuAfter.toFixed(1)} ms during the run (at most ${MAX_CPU_SLOWDOWN}×): the host was busy.`,
    );
  else {
    await appendRun({ ...run, load: loadBefore, others, cpu: [cpuBefore, cpuAfter] });
    console.log('Written to docs/benchmarks.md.');
  }
}
