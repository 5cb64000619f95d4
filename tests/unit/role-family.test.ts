import { describe, expect, it } from 'vitest';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createRoleFamilyMatcher } from '../../src/lib/role-family.ts';

const config = UserConfigSchema.parse({});
const familyOf = createRoleFamilyMatcher(config.roleFamilies, config.unsortedFamily);

describe('role family rules (defaults)', () => {
  it.each([
    ['Language Engineer I', 'Language & AI Data'],
    ['Senior ML Data Linguist', 'Language & AI Data'],
    ['AI Content Expert II', 'Language & AI Data'],
    ['ML Data Associate', 'Language & AI Data'],
    ['Applied Scientist', 'Applied Science'],
    ['Senior Applied Scientist, Alexa', 'Applied Science'],
    ['Data Scientist', 'Data Science'],
    ['Data Scientist II (Remote)', 'Data Science'],
    ['Machine Learning Engineer', 'Machine Learning Engineering'],
    ['Software Engineer', 'Software Engineering'],
    ['Solutions Consultant', 'Unsorted'],
    ['Barista', 'Unsorted'],
  ])('%s → %s', (position, family) => {
    expect(familyOf(position)).toBe(family);
  });

  it('matches whole words only', () => {
    // "linguistics" contains "linguist" but is a word of its own.
    const matcher = createRoleFamilyMatcher([{ name: 'Ling', match: ['linguist'] }], 'Other');
    expect(matcher('Linguistics Professor')).toBe('Other');
    expect(matcher('Computational Linguist')).toBe('Ling');
  });

  it('accepts regular expressions between slashes and takes the first matching rule', () => {
    const matcher = createRoleFamilyMatcher(
      [
        { name: 'NLP', match: ['/\\bNLP\\b/'] },
        { name: 'Science', match: ['scientist'] },
      ],
      'Other',
    );
    expect(matcher('NLP Scientist')).toBe('NLP');
    expect(matcher('Research Scientist')).toBe('Science');
  });
});
