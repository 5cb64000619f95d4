import { describe, expect, it, vi } from 'vitest';
import { resolve } from '../../src/import/evidence.ts';
import { proposeFromText } from '../../src/import/propose.ts';

// The place gazetteer (135,000 towns) loads on first use, in whichever test reads a place first: on a
// machine loaded by other builds that alone can pass vitest's 5 s default, which is about one function's work.
vi.setConfig({ testTimeout: 60_000 });

/** The languages the resolver writes from a posting's text alone. */
const languagesOf = (text: string) => resolve(proposeFromText(text)).values.languages;

describe('a language that is a plus is not required', () => {
  it.each([
    ['English: fluent, written and spoken.\nSpanish is a strong plus for talking with our clients.', ['English']],
    ['Ottima conoscenza dell’inglese.\nGradita la conoscenza del tedesco.', ['English']],
    ['Dobra znajomość języka polskiego.\nMile widziana znajomość języka niemieckiego.', ['Polish']],
    ['Требования\nРусский язык — свободное владение\nЖелательно\nАнглийский язык на уровне B2', ['Russian']],
    ['必須条件\n日本語：ネイティブレベル\n歓迎条件\n英語：ビジネスレベル', ['Japanese']],
    ['Fluent German.\nGood written French would be an asset.', ['German']],
  ])('%j', (text, expected) => {
    expect(languagesOf(text)).toEqual(expected);
  });
});
