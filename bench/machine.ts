import { cpus, loadavg, platform, release } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the figures were measured on, recorded beside them. */
export interface Machine {
  node: string;
  platform: string;
  release: string;
  cpus: number;
  cpuModel: string;
  loadavg: number[];
  /** Share of all cores busy with other work just before the bench started, 0 to 1. */
  busyBeforeStart: number;
}

function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq + cpu.times.idle;
  }
  return { idle, total };
}

/**
 * Describes the machine and how busy its cores are over `sampleMs` while the bench itself
 * waits: other work running beside a benchmark makes its figures slower and noisier.
 */
export async function describeMachine(sampleMs: number): Promise<Machine> {
  const before = cpuTimes();
  await sleep(sampleMs);
  const after = cpuTimes();
  const total = after.total - before.total;
  const list = cpus();
  return {
    node: process.version,
    platform: platform(),
    release: release(),
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown CPU',
    loadavg: loadavg(),
    busyBeforeStart: total > 0 ? 1 - (after.idle - before.idle) / total : 0,
  };
}
