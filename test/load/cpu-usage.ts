import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';

/** Clock ticks per second of /proc's CPU times (100 on Linux). */
const TICKS = 100;

/** Seconds of CPU a process has used so far (user + system), read from /proc; 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** Seconds of CPU the whole machine has spent busy (all cores together) and in total. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy: busy / 1_000, total: total / 1_000 };
}

/** The cores of this machine, for the figures. */
export const coreCount = availableParallelism();

/** A CPU meter over a span of time: the machine's, this process's and some processes'. */
export interface CpuMeter {
  /** Cores used on average since the meter started: the machine's, this process's, and each pid's. */
  read(): { machine: number; self: number; pids: number[] };
}

/** Starts measuring CPU use now, of the machine, this process and `pids`. */
export function startCpuMeter(pids: () => number[]): CpuMeter {
  const started = performance.now();
  const machine = machineTimes();
  const self = process.cpuUsage();
  const before = new Map(pids().map((pid) => [pid, processCpuSeconds(pid)]));
  return {
    read() {
      const wall = (performance.now() - started) / 1_000;
      const now = machineTimes();
      const used = process.cpuUsage(self);
      return {
        machine: (now.busy - machine.busy) / wall,
        self: (used.user + used.system) / 1e6 / wall,
        pids: pids().map((pid) => (processCpuSeconds(pid) - (before.get(pid) ?? 0)) / wall),
      };
    },
  };
}
