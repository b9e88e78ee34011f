// How busy the machine was with work other than this benchmark, while it ran.
//
// The load average cannot say it: on a 2-core machine the bench's own Chromium and Lighthouse
// take the 1-minute load to about 3 by the end of every run, so "load after ≤ 1.5" refused every
// run, quiet machine or not. Here the machine's busy CPU time (/proc/stat) minus what this
// process and its descendants used is what everything else used, in cores. Descendants are
// sampled every 200 ms: Chromium's renderers are killed, not reaped into our `cutime`, so their
// time is only known while they live (a renderer's last 200 ms may be missed — counted as other
// work, which errs towards refusing a run).
// Linux only; elsewhere `null`, and the caller falls back to the load average alone.
import { readdirSync, readFileSync } from 'node:fs';

/** Jiffies per second: USER_HZ, 100 on every Linux build that matters here. */
const HZ = 100;
const SAMPLE_MS = 200;

function machineBusy() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait. Steal is
  // counted: a neighbour on the host taking our CPU slows the page just the same.
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return user + nice + system + irq + softirq + (steal ?? 0);
}

/** Every process's parent and CPU so far (utime + stime, jiffies). */
function processes() {
  const list = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces: count from after its closing parenthesis.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // rest[0] is field 3 (state): ppid is field 4, utime and stime fields 14 and 15.
      list.set(Number(name), { ppid: Number(rest[1]), cpu: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return list;
}

/** This process and everything below it, with each one's CPU so far. */
function ownTree() {
  const list = processes();
  const children = new Map();
  for (const [pid, { ppid }] of list) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = new Map();
  const walk = (pid) => {
    const entry = list.get(pid);
    if (!entry || tree.has(pid)) return;
    tree.set(pid, entry.cpu);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(process.pid);
  return tree;
}

/** Starts counting; `stop()` gives the other work's mean CPU in cores over the stretch. */
export function startOthersCpu() {
  let machine;
  let first;
  try {
    machine = machineBusy();
    first = ownTree();
  } catch {
    return { stop: () => null };
  }
  const at = performance.now();
  /** Each of our processes' CPU when first seen (0 if born since) and when last seen. */
  const seen = new Map([...first].map(([pid, cpu]) => [pid, { from: cpu, to: cpu }]));
  const sample = () => {
    for (const [pid, cpu] of ownTree()) {
      const entry = seen.get(pid);
      if (entry) entry.to = cpu;
      else seen.set(pid, { from: 0, to: cpu });
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const seconds = (performance.now() - at) / 1000;
      let own = 0;
      for (const { from, to } of seen.values()) own += to - from;
      const others = machineBusy() - machine - own;
      return seconds > 0 ? Math.max(0, others / HZ / seconds) : null;
    },
  };
}
