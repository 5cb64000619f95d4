import { describe, expect, it } from 'vitest';
import { proposeFromText } from '../../src/import/propose.ts';
import { readsAsOther, splitTitle } from '../../src/import/build-note.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { dateInText } from '../../src/import/loose-date.ts';
import { cleanMarkdownBody } from '../../src/import/markdown-source.ts';
import { extractEmployment, extractJobId, extractWorkplace } from '../../src/import/posting-extract.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { sectionOf } from '../../src/import/sections.ts';
import { readCellDate, stageOfStatus } from '../../src/import/tracker.ts';
import { defaultContext } from './helpers.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';

describe('salary weighed by context', () => {
  it.each([
    [
      'Alongside your salary of £34,950, the department contributes £10,125 towards your pension.',
      { min: 34950, max: 34950, currency: 'GBP', period: 'year' },
    ],
    ['Members earning £12,360 to £42,665 pay 4.6% into the pension scheme.', undefined],
    ['Rate: £28 per hour (roughly £54,000 per year pro rata)', { min: 28, max: 28, currency: 'GBP', period: 'hour' }],
    [
      'Pay: 100 USD per hour, or 200,000 USD per year for full-time staff.',
      { min: 100, max: 100, currency: 'USD', period: 'hour' },
    ],
    ['Wynagrodzenie: 12 000 – 15 000 zł netto/mies.', { min: 12000, max: 15000, currency: 'PLN', period: 'month' }],
    ['Gehalt: 3.900 € brutto monatlich', { min: 3900, max: 3900, currency: 'EUR', period: 'month' }],
    ['Salário: R$ 8.500 a R$ 10.500 por mês, regime CLT', { min: 8500, max: 10500, currency: 'BRL', period: 'month' }],
    ['Vale-refeição de R$ 1.100 por mês', undefined],
    ['Lønn: 560 000 kr per år (Oslo)', { min: 560000, max: 560000, currency: 'NOK', period: 'year' }],
    ['Mức lương: 15 - 20 triệu VNĐ/tháng', { min: 15000000, max: 20000000, currency: 'VND', period: 'month' }],
    ['Rémunération : 38 000 € brut par an', { min: 38000, max: 38000, currency: 'EUR', period: 'year' }],
    ['Salario: 34.000 - 40.000 € brutos al año', { min: 34000, max: 40000, currency: 'EUR', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(extractSalary(text)).toEqual(expected);
  });
});

describe('workplace, employment, deadline, job id', () => {
  it.each([
    ['Praca zdalna, raz w miesiącu spotkanie', 'remote'],
    ['Teilzeit, teilweise im Homeoffice', 'hybrid'],
    ['Télétravail deux jours par semaine', 'hybrid'],
    ['100% remoto desde cualquier lugar de España', 'remote'],
    ['Làm việc từ xa 2 ngày mỗi tuần', 'hybrid'],
    ['Du jobber på kontoret i Bergen', 'onsite'],
    ['Nothing about where.', undefined],
  ])('workplace of %j is %j', (text, expected) => {
    expect(extractWorkplace(text)).toBe(expected);
  });

  it.each([
    ['This is a 12-month fixed-term contract, full-time.', { type: 'contract', term: '12 months' }],
    ['Umowa B2B lub umowa o pracę', undefined],
    ['Kontrakt B2B, 100% zdalnie', { type: 'contract' }],
    ['Regime CLT, tempo integral', { type: 'full-time' }],
    ['Teilzeit (20 Stunden)', { type: 'part-time' }],
    ['CDD de 6 mois', { type: 'contract', term: '6 months' }],
    ['Estágio remunerado', { type: 'internship' }],
    ['Fast stilling, heltid', { type: 'full-time' }],
  ])('employment of %j', (text, expected) => {
    expect(extractEmployment(text)).toEqual(expected);
  });

  it.each([
    ['Closing date: 23:55 on Sunday 6th April 2025', true, '2025-04-06'],
    ['Apply before 30/04/2025', true, '2025-04-30'],
    ['Termin składania aplikacji: 30.06.2025', true, '2025-06-30'],
    ['Bewerbungsschluss: 15. Juli 2025', true, '2025-07-15'],
    ['Søknadsfrist: 15. mai 2025', true, '2025-05-15'],
    ['Hạn nộp hồ sơ: 30/06/2025', true, '2025-06-30'],
    ['Prazo de inscrição: 14 de março de 2025', true, '2025-03-14'],
    ['Apply by 04/05/2025', false, '2025-04-05'],
    ['We close when we find someone.', true, undefined],
  ])('deadline of %j', (text, dayFirst, expected) => {
    // Dates are read month-first in a posting that pays in dollars and is written in English.
    const posting = dayFirst
      ? text
      : `${text}\nThe salary for this full-time role is $90,000 a year, and we would love to hear from you soon.`;
    const days = proposeFromText(posting)
      .filter((c) => c.field === 'deadline')
      .map((c) => c.value);
    if (expected === undefined) expect(days).toEqual([]);
    else expect(days).toContain(expected);
  });

  it.each([
    ['Reference number: 412587', '412587'],
    ['Numer referencyjny: LB/2025/031', 'LB/2025/031'],
    ['Kennziffer: HMT-2025-117', 'HMT-2025-117'],
    ['Référence : VB-JUR-09', 'VB-JUR-09'],
    ['Código da vaga: ARP-4471', 'ARP-4471'],
    ['Ref: BPR-77812', 'BPR-77812'],
  ])('job id of %j', (text, expected) => {
    expect(extractJobId(text)).toBe(expected);
  });
});

describe('sections in every language', () => {
  it.each([
    ['Wymagania:', 'requirements'],
    ['**Ihr Profil**', 'requirements'],
    ['Profil recherché', 'requirements'],
    ['Requisitos', 'requirements'],
    ['Kvalifikasjoner', 'requirements'],
    ['Yêu cầu', 'requirements'],
    ['Essential criteria', 'requirements'],
    ['About you', 'requirements'],
    ['Desirable criteria', 'preferred'],
    ['Mile widziane:', 'preferred'],
    ['Diferenciais', 'preferred'],
    ['Obowiązki', 'responsibilities'],
    ['Vos missions', 'responsibilities'],
    ['Mô tả công việc', 'responsibilities'],
    ['Key job responsibilities', 'responsibilities'],
    ['Wir bieten', 'benefits'],
    ['Vi tilbyr', 'benefits'],
    ['Quyền lợi', 'benefits'],
    ['We offer a great place to work, with many benefits for everyone on the team.', undefined],
  ])('%s is %s', (line, kind) => {
    expect(sectionOf(line)?.kind).toBe(kind);
  });
});

describe('kind by structure', () => {
  const posting = 'Tłumacz\nWymagania:\nBiegły niemiecki\nOferujemy:\nPraca zdalna\nAplikuj do 30.06.2025';
  const article =
    'Negotiating an offer\nBy Ana Lopes\nMarch 3, 2025 · 5 min read\n\nCandidates fear salary talk. You will be asked about salary; the requirements are wishes.';
  it.each([
    [posting, 'application', /posting sections/],
    [article, 'article', /byline.*reading time/],
    [
      'Analista de dados\nRequisitos\n- SQL\nBenefícios\n- Vale\nCandidate-se pelo site.',
      'application',
      /posting sections/,
    ],
  ])('%#', (text, kind, reason) => {
    const got = explainKind(text);
    expect(got.kind).toBe(kind);
    expect(got.reason).toMatch(reason);
  });
});

describe('titles, dates, stages, YAML', () => {
  it.each([
    [
      'Job Application for Speech Data Scientist at Tessel Labs',
      { position: 'Speech Data Scientist', company: 'Tessel Labs' },
    ],
    [
      'Orbis Analytics hiring Localization Program Manager in Warsaw | LinkedIn',
      { company: 'Orbis Analytics', position: 'Localization Program Manager' },
    ],
    [
      'Transcription Team Lead – Brightleaf Media',
      { position: 'Transcription Team Lead', company: 'Brightleaf Media' },
    ],
    ['Careers | Home', {}],
  ])('splitTitle(%j)', (title, expected) => {
    expect(splitTitle(title)).toEqual(expected);
  });

  it.each([
    ['14 March 2025', '2025-03-14'],
    ['ngày 14 tháng 3 năm 2025', '2025-03-14'],
    ['14. März 2025', '2025-03-14'],
    ['3 de marzo de 2025', '2025-03-03'],
  ])('dateInText(%j)', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });

  it.each([
    ['04/03/2025', 'day-first', '2025-03-04'],
    ['04/03/2025', 'month-first', '2025-04-03'],
    ['04/03/2025', undefined, undefined],
    ['Oct 4, 2025', undefined, '2025-10-04'],
    ['2025-10-04', undefined, '2025-10-04'],
  ] as const)('readCellDate(%j, %s)', (value, order, expected) => {
    expect(readCellDate(value, order)).toBe(expected);
  });

  it.each([
    ['1st interview', 'interviewing'],
    ['Ghosted', 'no-answer'],
    ['No response', 'no-answer'],
    ['Unsuccessful', 'rejected'],
    ['Not selected', 'rejected'],
    ['Declined', 'withdrawn'],
    ['Phone screen', 'screening'],
    ['Bookmarked', 'wishlist'],
    ['Offer', 'offer'],
    ['Something else', undefined],
    // Trackers kept in other languages.
    ['Absage', 'rejected'],
    ['Keine Antwort', 'no-answer'],
    ['Vorstellungsgespräch', 'interviewing'],
    ['Beworben', 'applied'],
    ['Odrzucono', 'rejected'],
    ['Brak odpowiedzi', 'no-answer'],
    ['Rozmowa rekrutacyjna', 'interviewing'],
    ['Wysłano', 'applied'],
    ['Entretien', 'interviewing'],
    ['Sans réponse', 'no-answer'],
    ['Refusé', 'rejected'],
    ['Entrevista', 'interviewing'],
    ['Sin respuesta', 'no-answer'],
    ['Rechazado', 'rejected'],
    ['Rejeitado', 'rejected'],
    ['Sem resposta', 'no-answer'],
    ['Avslått', 'rejected'],
    ['Phỏng vấn', 'interviewing'],
    ['Từ chối', 'rejected'],
    // Phrases whose words would each name another stage.
    ["Haven't applied yet", 'wishlist'],
    ['Offer declined', 'withdrawn'],
    ['Declined the offer', 'withdrawn'],
    ['No offer', 'rejected'],
    ['Not accepted', 'rejected'],
    ['Accepted interview invite', 'interviewing'],
    ['Application received', 'applied'],
  ])('stage of %j', (word, stage) => {
    expect(stageOfStatus(word, defaultContext())).toBe(stage);
  });

  it('maps a status word to the first stage of its kind in a pipeline of your own', () => {
    const ctx = createContext(
      '/nowhere',
      UserConfigSchema.parse({
        stages: [
          { key: 'saved', label: 'Saved', kind: 'saved' },
          { key: 'sent', label: 'Sent', kind: 'sent' },
          { key: 'talks', label: 'Talks', kind: 'interview' },
          { key: 'lost', label: 'Lost', closed: true },
        ],
      }),
    );
    expect([
      stageOfStatus('Interview', ctx),
      stageOfStatus('Absage', ctx),
      stageOfStatus('Applied', ctx),
      stageOfStatus('Offer', ctx),
    ]).toEqual(['talks', 'lost', 'sent', undefined]);
  });

  it.each([
    ['2025-10-04', true],
    ['1_000', true],
    ['No', true],
    ['null', true],
    ['0o17', true],
    ['1:20', true],
    ['Language Engineer I', false],
    ['A2966509', false],
  ])('%s reads as something else: %s', (text, expected) => {
    expect(readsAsOther(text)).toBe(expected);
  });
});

describe('blog Markdown', () => {
  it.each([
    ['Line one<br/>', 'Line one\\'],
    ['As <cite>The Handbook</cite> says', 'As *The Handbook* says'],
    ['<em>Tell me</em> and <strong>why</strong>', '*Tell me* and **why**'],
    ['See <a href="https://x.example/a">this</a>.', 'See [this](https://x.example/a).'],
    ['![A chart](img/chart.png)', 'A chart'],
    ['![A chart](https://x.example/c.png)', '![A chart](https://x.example/c.png)'],
    ['{% include toc.html %}', '`{% include toc.html %}`'],
    ['{: .note }', '`{: .note }`'],
    ['<img src="x" onerror="alert(1)">', '<img src="x" onerror="alert(1)">'],
  ])('%s', (line, expected) => {
    expect(cleanMarkdownBody(line)).toBe(expected);
  });
});
