import { describe, expect, it } from 'vitest';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createStageIndex } from '../../src/lib/stages.ts';

const stages = createStageIndex(UserConfigSchema.parse({}).stages);

describe('stage normalization', () => {
  it.each([
    ['no-answer', 'no-answer'],
    ['No Answer', 'no-answer'],
    ['no_answer', 'no-answer'],
    ['NO ANSWER', 'no-answer'],
    ['Phone Screen', 'screening'],
    ['phone-screen', 'screening'],
    ['Screening', 'screening'],
    ['Interview', 'interviewing'],
    ['Ghosted', 'no-answer'],
    ['Withdrew', 'withdrawn'],
    ['wishlist', 'wishlist'],
    ['Offer', 'offer'],
  ])('%s → %s', (input, key) => {
    expect(stages.normalize(input)).toBe(key);
  });

  it.each(['No Anser', 'hired!?no', '', 'pending'])('%j is not a stage', (input) => {
    expect(stages.normalize(input)).toBeUndefined();
  });

  it('keeps the pipeline order of the issue', () => {
    expect(stages.keys).toEqual([
      'wishlist',
      'applied',
      'screening',
      'interviewing',
      'offer',
      'accepted',
      'rejected',
      'withdrawn',
      'no-answer',
    ]);
    expect(stages.order('applied')).toBeLessThan(stages.order('offer'));
    expect(stages.order('unknown')).toBe(stages.keys.length);
  });

  it('labels and closes stages', () => {
    expect(stages.label('no-answer')).toBe('No Answer');
    expect(stages.isClosed('rejected')).toBe(true);
    expect(stages.isClosed('interviewing')).toBe(false);
  });

  it('takes a configured pipeline with its own aliases', () => {
    const custom = createStageIndex(
      UserConfigSchema.parse({
        stages: [
          { key: 'idea', label: 'Idea' },
          { key: 'sent', label: 'Sent', aliases: ['Beworben'] },
        ],
      }).stages,
    );
    expect(custom.normalize('beworben')).toBe('sent');
    expect(custom.normalize('applied')).toBeUndefined();
  });

  it('refuses a configuration where one name belongs to two stages', () => {
    const result = UserConfigSchema.safeParse({
      stages: [
        { key: 'a', label: 'Same' },
        { key: 'b', label: 'Other', aliases: ['same'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '"same" names both stage "a" and stage "b"; each label and alias must belong to one stage',
    );
  });
});
