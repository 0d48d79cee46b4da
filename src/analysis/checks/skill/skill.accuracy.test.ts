import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../../test/helpers/examples.js';
import { classifySkill } from './classify-skill.js';

interface SkillExample {
  id: string;
  text: string;
  category: 'IQ' | 'EQ';
  skill: string;
}

describe('skill classification on the labelled examples', () => {
  it('gets the category of at least 90% and the skill of at least 80% right', () => {
    const examples = loadExamples<SkillExample>('skills');
    const wrongCategory: string[] = [];
    const wrongSkill: string[] = [];
    for (const ex of examples) {
      const result = classifySkill(ex.text);
      if (result.category !== ex.category) wrongCategory.push(ex.id);
      if (result.skill !== ex.skill) wrongSkill.push(`${ex.id} (${ex.skill} → ${result.skill})`);
    }
    const category = 1 - wrongCategory.length / examples.length;
    const skill = 1 - wrongSkill.length / examples.length;
    console.log(`skill accuracy: category ${(category * 100).toFixed(1)}%, skill ${(skill * 100).toFixed(1)}% (${examples.length} items)`);
    expect(category, `wrong category: ${wrongCategory.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(skill, `wrong skill: ${wrongSkill.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });
});
