import type { Command } from 'commander';
import { globalOptions } from '../global-options.js';
import { prepare } from '../runtime.js';
import { runTextCommand, textInputOptions } from '../text-command.js';

/** `understudy classify skill`: IQ or EQ, which skill, and how to learn it. */
export function registerClassify(program: Command): void {
  const classify = program.command('classify').description('classify a text');
  textInputOptions(globalOptions(classify.command('skill')), 'the gap in your words')
    .description('classify a skill gap as IQ or EQ, with its method and horizon')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { classifySkill } = await import('../../analysis/checks/skill/classify-skill.js');
      await runTextCommand(
        run,
        file,
        {
          run: (text) => classifySkill(text),
          failed: () => false,
          human: (r) => {
            const decided = r.evidence.map((e) => `"${e.text}" (${e.skill})`).join(', ');
            return [
              `${r.category} · ${r.skill}  (confidence ${r.confidence.toFixed(2)})`,
              `method: ${r.method === 'artifact' ? 'artifact — study gold-standard documents and reuse their questions' : 'mirror — ask for specific, subjective feedback'}`,
              `horizon: ${r.horizon}`,
              decided ? `decided by: ${decided}` : 'decided by: nothing specific; say what blocks you in a sentence',
            ].join('\n');
          },
        },
        { today: '' },
      );
    });
}
