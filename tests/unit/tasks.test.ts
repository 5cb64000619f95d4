import { describe, expect, it } from 'vitest';
import { extractTasks, taskDate } from '../../src/lib/tasks.ts';

describe("a task's day", () => {
  it.each([
    ['Send portfolio (by 2026-12-04)', '2026-12-04'],
    ['Send portfolio 📅 2026-12-04', '2026-12-04'],
    ['Send portfolio 📅 2026-12-04 ✅ 2026-12-03', '2026-12-04'],
    ['Dry run on 2026-11-28', '2026-11-28'],
    ['2026-12-01: call back', '2026-12-01'],
    ['Confirm 2026-02-30 or 2026-03-01', '2026-03-01'],
    ['Ticket 12026-11-280', undefined],
    ['Version 2026-12-04-b', undefined],
    ['Next week', undefined],
  ])('"%s" is dated %s', (text, date) => {
    expect(taskDate(text)).toBe(date);
  });

  it('is carried on each task the body lists, done or not', () => {
    expect(extractTasks('- [x] Send it (by 2026-12-04)\n- [ ] Call 📅 2026-12-08\n- [ ] Undated')).toEqual([
      { text: 'Send it (by 2026-12-04)', done: true, line: 0, date: '2026-12-04' },
      { text: 'Call 📅 2026-12-08', done: false, line: 1, date: '2026-12-08' },
      { text: 'Undated', done: false, line: 2 },
    ]);
  });
});
