import type { Command } from 'commander';
import type { DoctorReport } from '../../core/doctor/run-doctor.js';
import { globalOptions } from '../global-options.js';
import { EXIT } from '../report-error.js';
import { prepare, withWorkspace } from '../runtime.js';

function human(report: DoctorReport): string {
  if (report.findings.length === 0) {
    return [`No pitfalls found as of ${report.today} (checked ${report.checked.join(', ')}).`, report.allClear].filter(Boolean).join('\n');
  }
  const n = report.findings.length;
  const lines = [`${n} pitfall${n === 1 ? '' : 's'} found as of ${report.today}:`];
  for (const f of report.findings) lines.push('', `${f.pitfall}: ${f.message}`, `  fix: ${f.fix}`);
  return lines.join('\n');
}

/** `understudy doctor`: the pitfalls of the workspace with how to fix each; exit 1 when any. */
export function registerDoctor(program: Command): void {
  globalOptions(program.command('doctor'))
    .description('check the workspace for the common pitfalls, with how to fix each')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const { runDoctor } = await import('../../core/doctor/run-doctor.js');
      const report = await withWorkspace(run, (ctx) => runDoctor(ctx));
      run.out.print(report, () => human(report));
      process.exitCode = report.findings.length > 0 ? EXIT.failed : EXIT.ok;
    });
}
