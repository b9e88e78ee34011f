// Adds one benchmark run to docs/benchmarks.md's table of runs (`npm run bench -- --write`).
import { readFileSync, writeFileSync } from 'node:fs';

/** Above this 1-minute load average the figures say more about the machine than the code. */
export const MAX_LOAD = 1.5;
/** Other work's mean CPU during a run (bench/others-cpu.mjs) above which it is not recorded. */
export const MAX_OTHERS_CPU = 0.25;
/**
 * The CPU check at the end over the one at the start, above which a run is not recorded: the host
 * itself slowed (other machines on it), which neither the load average nor other work inside this
 * one shows. (The run of 2026-12-03 07:47 read 20.2 → 34.8 ms, and Lighthouse 99, 97, 94; the same
 * build read 99, 100, 100 minutes later.)
 */
export const MAX_CPU_SLOWDOWN = 1.25;

const DOC = new URL('../../docs/benchmarks.md', import.meta.url);
const MARKER = '<!-- bench runs: npm run bench -- --write adds a row above this line -->';

export async function appendRun(run) {
  const doc = readFileSync(DOC, 'utf8');
  if (!doc.includes(MARKER)) throw new Error(`docs/benchmarks.md lacks the marker: ${MARKER}`);
  const f = (v) => v.toFixed(1);
  const row =
    `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${run.load.toFixed(2)} | ${run.others.toFixed(2)} ` +
    `| ${f(run.normal.p95)} ms (${run.normal.ratio.toFixed(2)}×) | ${f(run.slow.p95)} ms (${run.slow.ratio.toFixed(2)}×) ` +
    `| ${f(run.slow.script)} ms / ${run.slow.scriptP50 === undefined ? '—' : `${f(run.slow.scriptP50)} ms`} | ${f(run.longest1.during)} / ${f(run.longest4.during)} ms | ${f(run.longest4.after)} ms | ${f(run.longest1.script)} / ${f(run.longest4.script)} ms | ${run.lighthouse.join(', ') || '—'} | ${run.cpu.map(f).join(' / ')} ms |`;
  // Prettier aligns the table's columns, as `npm test`'s format check expects.
  const prettier = await import('prettier');
  // The row joins the table, which ends at the blank line Prettier keeps before the marker.
  const text = doc.replace(new RegExp(`\\n+${MARKER}`), `\n${row}\n\n${MARKER}`);
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  writeFileSync(DOC, await prettier.format(text, { ...options, parser: 'markdown' }));
}
