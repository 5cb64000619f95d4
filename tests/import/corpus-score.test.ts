import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrackerRow, loadExpected, matches, scoreCorpus, tally } from '../../src/import/score.ts';
import { defaultContext } from './helpers.ts';

describe('the scorer', () => {
  it.each([
    ['location', ['Berlin', 'Berlin, Germany'], 'berlin, germany', true],
    ['location', 'Berlin', 'Berlin (HQ)', false],
    ['employment', ['contract', 'full-time'], 'full-time', true],
    ['languages', ['German', 'English'], ['English', 'German'], true],
    ['languages', ['German'], ['German', 'English'], false],
    [
      'salary',
      { min: 1, max: 2, currency: 'EUR', period: 'year' },
      { period: 'year', max: 2, min: 1, currency: 'EUR' },
      true,
    ],
    ['contacts', [{ name: 'Ann Lee' }], [{ name: 'Ann Lee', role: 'Recruiter' }], true],
    ['contacts', [{ name: 'Ann Lee', role: 'Recruiter' }], [{ name: 'Ann Lee' }], false],
  ])('%s: %j against %j is %s', (field, want, have, expected) => {
    expect(matches(field, want, have)).toBe(expected);
  });
});

describe("the importer's own corpus, tune half", () => {
  it('keeps at least 80% of stated fields right and at most 5% confidently wrong, and tracker rows at 95%', async () => {
    const folder = resolve(import.meta.dirname, '../fixtures/import-corpus/tune');
    const { scores, missing } = scoreCorpus(folder, await loadExpected(folder), defaultContext());
    expect(missing).toEqual([]);
    const prose = tally(scores.filter((s) => !isTrackerRow(s)));
    const rows = tally(scores.filter(isTrackerRow));
    const share = (t: typeof prose, k: keyof typeof prose) => t[k] / (t.right + t.empty + t.wrong);
    expect(share(prose, 'right')).toBeGreaterThanOrEqual(0.8);
    expect(share(prose, 'wrong')).toBeLessThanOrEqual(0.05);
    expect(share(rows, 'right')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('documents written to mislead the position and company readers', () => {
  it('leaves a company or position empty rather than wrong, and still finds most of them', async () => {
    const folder = resolve(import.meta.dirname, '../fixtures/import-corpus/traps');
    const { scores, missing } = scoreCorpus(folder, await loadExpected(folder), defaultContext());
    expect(missing).toEqual([]);
    const named = scores.filter((s) => s.field === 'company' || s.field === 'position');
    expect(
      named.filter((s) => s.verdict === 'wrong').map((s) => `${s.document} ${s.field}: ${JSON.stringify(s.have)}`),
    ).toEqual([]);
    const t = tally(named);
    // Since round 5 a job or an employer that only one place names (the title alone, one heading) is left for
    // review: these traps are built so that the one place is often the only one.
    expect(t.right / (t.right + t.empty + t.wrong)).toBeGreaterThanOrEqual(0.55);
  });
});

describe('shapes the other halves lack: chat pastes, messages, flyers, notices, gigs, in 14 languages', () => {
  it('writes no wrong company or position, and at most 5% of any field wrong', async () => {
    const folder = resolve(import.meta.dirname, '../fixtures/import-corpus/wild');
    const { scores, missing } = scoreCorpus(folder, await loadExpected(folder), defaultContext());
    expect(missing).toEqual([]);
    const named = scores.filter((s) => s.field === 'company' || s.field === 'position');
    expect(
      named.filter((s) => s.verdict === 'wrong').map((s) => `${s.document} ${s.field}: ${JSON.stringify(s.have)}`),
    ).toEqual([]);
    const t = tally(scores);
    expect(t.wrong / (t.right + t.empty + t.wrong)).toBeLessThanOrEqual(0.05);
    expect(t.right / (t.right + t.empty + t.wrong)).toBeGreaterThanOrEqual(0.65);
  });
});
