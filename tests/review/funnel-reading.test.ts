import { describe, expect, it } from 'vitest';
import { readFunnel, tooFewToRead, type FunnelCounts } from '../../src/review/funnel-reading.ts';

const counts = (saved: number, sent: number, answered: number, interview: number, offer: number): FunnelCounts => ({
  saved,
  sent,
  answered,
  interview,
  offer,
});
const NONE = counts(0, 0, 0, 0, 0);

describe("the funnel's one-line reading", () => {
  it.each([
    // [this week, since the start, rule or none, too few for any rule]
    ['5 saved, 1 sent this week', counts(5, 1, 0, 0, 0), NONE, 'week-saved-sent', false],
    ['5 saved, 2 sent this week (40 %)', counts(5, 2, 0, 0, 0), NONE, undefined, false],
    ['4 saved, 0 sent this week: too few', counts(4, 0, 0, 0, 0), NONE, undefined, true],
    ['10 saved, 2 sent so far', NONE, counts(10, 2, 0, 0, 0), 'total-saved-sent', false],
    ['9 saved, 0 sent so far: too few', NONE, counts(9, 0, 0, 0, 0), undefined, true],
    ['10 sent, 0 interviews', NONE, counts(10, 10, 3, 0, 0), 'total-sent-interview', false],
    ['20 sent, 1 interview (5 %)', NONE, counts(20, 20, 4, 1, 0), 'total-sent-interview', false],
    ['20 sent, 2 interviews (10 %)', NONE, counts(20, 20, 4, 2, 0), undefined, false],
    ['9 sent, 0 interviews: too few', NONE, counts(9, 9, 0, 0, 0), undefined, true],
    ['5 interviews, no offer', NONE, counts(12, 12, 8, 5, 0), 'total-interview-offer', false],
    ['5 interviews, 1 offer', NONE, counts(12, 12, 8, 5, 1), undefined, false],
    ['4 interviews, no offer: too few for that rule', NONE, counts(8, 8, 6, 4, 0), undefined, true],
    // The first rule that holds wins: this week's before the whole search's.
    ['both', counts(6, 0, 0, 0, 0), counts(40, 30, 2, 1, 0), 'week-saved-sent', false],
  ] as const)('%s', (_name, week, total, rule, few) => {
    expect(readFunnel(week, total)?.rule).toBe(rule);
    expect(tooFewToRead(week, total)).toBe(few);
  });

  it('says what it read in plain words, with the counts', () => {
    expect(readFunnel(NONE, counts(30, 20, 5, 1, 0))?.text).toBe(
      'Sent, but few interviews: 20 applications sent so far and 1 got to an interview. Look at the CV and the cover letter.',
    );
    expect(readFunnel(NONE, counts(30, 20, 9, 6, 0))?.text).toBe(
      'Interviews, but no offer: 6 applications got to an interview so far and none to an offer. Practise interviewing.',
    );
  });
});
