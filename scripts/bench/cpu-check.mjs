// A fixed piece of JavaScript, timed on this machine: the same code reads up to 2× faster or
// slower an hour apart on a shared machine (docs/benchmarks.md, 2026-12-02 08:59), and the floor
// page does not show it (it is bound by frames, not by the CPU). Printed with every run, so a
// reader can tell a faster machine from faster code.

/** Work of the kind a slider move does: objects, arithmetic, strings and JSON. */
function workload() {
  const rows = [];
  for (let i = 0; i < 20_000; i++)
    rows.push({ month: i % 60, cost: Math.sqrt(i) * 1.07, label: `month ${i}` });
  let sum = 0;
  for (const row of rows) sum += row.cost * (row.month + 1);
  sum += JSON.parse(JSON.stringify(rows)).length;
  for (let i = 0; i < 300_000; i++) sum += (i * 2654435761) % 97;
  return sum;
}

/**
 * The fastest of `runs` runs of the workload, in milliseconds, after three to warm up: the fastest
 * is the one least disturbed (by the compiler, the garbage collector or other work), so it tracks
 * the machine's speed rather than its noise.
 */
export function cpuCheck(runs = 9) {
  for (let r = 0; r < 3; r++) workload();
  let fastest = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    workload();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
