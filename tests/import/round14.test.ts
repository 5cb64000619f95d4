import { describe, expect, it } from 'vitest';
import { issueNumberPattern } from '../../src/import/lexicon.ts';
import { extractWorkplace } from '../../src/import/posting-extract.ts';
import { written } from './helpers.ts';

// Round 14's shapes, in texts written for these tests.

describe("a newsletter issue's word and number, one pattern for every reader", () => {
  const issue = new RegExp(`^(?:${issueNumberPattern()})$`, 'iu');
  it.each([
    ['Issue #112', true],
    ['Ausgabe 47', true],
    ['edição nº 58', true],
    ['Edición n.º 9', true],
    ['numéro n. 12', true],
    ['wydanie nr 3', true],
    ['Issue with the build', false],
    ['Ausgabe', false],
  ])('%j is an issue number: %s', (text, expected) => {
    expect(issue.test(text)).toBe(expected);
  });
});

describe('remote some days, as a Japanese posting says it', () => {
  it.each([
    ['週2日まで在宅勤務可（入社3か月後から）。その他の日はオフィスに出社。', 'hybrid'],
    ['社内SE／リモート週2日OK／年間休日120日', 'hybrid'],
    // Allowed with no days said, it says neither.
    ['経理スタッフ／在宅勤務可', undefined],
  ])('%j is %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });
});

describe("remote said twice, in any of the lexicon's words, is written", () => {
  const head = [
    'Analityk danych',
    'Firma: Wrzos Analytics',
    'Lokalizacja: Poznań',
    '',
    'Twoje zadania',
    '- budowa raportów sprzedażowych',
    '- modele prognoz popytu',
    '- współpraca z zespołem produktu',
    '- przeglądy jakości danych',
    '',
  ].join('\n');
  it('in Polish', () => {
    expect(
      written(`${head}\nPraca zdalna z dowolnego miejsca w Polsce.\n\nZespół pracuje w pełni zdalnie.`).workplace,
    ).toBe('remote');
  });
  it('said once below the first lines, is left for review', () => {
    expect(written(`${head}\nZespół pracuje w pełni zdalnie.`).workplace).toBeUndefined();
  });
});
