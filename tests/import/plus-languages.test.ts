import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/import/evidence.ts';
import { proposeFromText } from '../../src/import/propose.ts';

/** The languages the resolver writes from a posting's text alone. */
const languagesOf = (text: string) => resolve(proposeFromText(text)).values.languages;

describe('a language that is a plus is not required', () => {
  it.each([
    ['English: fluent, written and spoken.\nSpanish is a strong plus for talking with our clients.', ['English']],
    ['Ottima conoscenza dell’inglese.\nGradita la conoscenza del tedesco.', ['English']],
    ['Dobra znajomość języka polskiego.\nMile widziana znajomość języka niemieckiego.', ['Polish']],
    ['Требования\nРусский язык — свободное владение\nЖелательно\nАнглийский язык на уровне B2', ['Russian']],
    ['必須条件\n日本語：ネイティブレベル\n歓迎条件\n英語：ビジネスレベル', ['Japanese']],
    // "【必須】" and "【歓迎】", the bare bracketed headings of Japanese boards; Korean's 자격요건 and 우대사항.
    ['【必須】\n・ビジネスレベルの日本語力\n【歓迎】\n・英語でのドキュメント読解力', ['Japanese']],
    ['자격요건\n- 한국어 능통\n우대사항\n- 영어 가능자', ['Korean']],
    ['Fluent German.\nGood written French would be an asset.', ['German']],
  ])('%j', (text, expected) => {
    expect(languagesOf(text)).toEqual(expected);
  });
});

describe("a country's adjective is not a language", () => {
  it.each([
    ['Requirements\n- Strong network in the German market and fluent English', ['English']],
    ['- Good understanding of Swedish payroll rules\n- Professional Finnish, written and spoken', ['Finnish']],
  ])('%j', (text, expected) => {
    expect(languagesOf(text)).toEqual(expected);
  });
});

describe('languages a posting names without requiring them, and names in other forms', () => {
  it.each([
    [
      'English and French are the working languages of the Secretariat. For this post, fluency in English is required.',
      ['English'],
    ],
    ['Richiesta conoscenza della lingua inglese e tedesca.', ['English', 'German']],
    ['İyi derecede İngilizce bilen', ['English']],
    ['Gode norskkunnskaper, muntlig og skriftlig', ['Norwegian']],
    ['Se requiere español nativo.', ['Spanish']],
  ])('%j', (text, expected) => {
    expect(languagesOf(text)).toEqual(expected);
  });
});
