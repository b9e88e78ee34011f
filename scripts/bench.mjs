// `npm run bench`: every benchmark, figures printed (never pass/fail). Results: docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

// The browser bench's "load at start" rule must see the machine before the model bench and the
// build below add their own load.
process.env.BENCH_LOAD_AT_START ??= String(loadavg()[0]);

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

console.log('▶ cost model (vitest bench)');
run('npx', ['vitest', 'bench', '--run']);
console.log('\n▶ production build');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log('\n▶ browser (Chromium)');
run('node', ['scripts/bench-browser.mjs', ...process.argv.slice(2)]);
