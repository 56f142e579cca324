// CPU seconds of a process and of its threads by name, from Linux's /proc (utime + stime, in clock
// ticks of 1/100 s): how much of a start was work, apart from the wall time a busy machine stretches.
import fs from 'node:fs';

const TICK_S = 0.01;

/** utime + stime of /proc/<pid>[/task/<tid>]/stat, in seconds, and the start time (seconds since boot);
 *  undefined when it is gone. */
function statCpu(file: string): { name: string; s: number; startS: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ..." where comm may hold spaces and parentheses: the fields follow the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return { name: text.slice(text.indexOf('(') + 1, close), s: (Number(fields[11]) + Number(fields[12])) * TICK_S, startS: Number(fields[19]) * TICK_S };
}

/** The process's CPU seconds, all its threads together. */
export function processCpu(pid: number): number | undefined {
  return statCpu(`/proc/${pid}/stat`)?.s;
}

/** When the process started, in seconds since boot (to 1/100 s). */
export function processStart(pid: number): number | undefined {
  return statCpu(`/proc/${pid}/stat`)?.startS;
}

/** The process's CPU seconds per thread name, numbered threads of one kind together (`C2 CompilerThre`). */
export function threadCpu(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let tids: string[] = [];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {}
  for (const tid of tids) {
    const t = statCpu(`/proc/${pid}/task/${tid}/stat`);
    if (!t) continue;
    const name = t.name.replace(/[#-]?\d+$/, '');
    out[name] = (out[name] ?? 0) + t.s;
  }
  return out;
}

/** The direct children's pids (Linux's /proc/<pid>/task/<tid>/children, over all threads). */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {}
  return out;
}
