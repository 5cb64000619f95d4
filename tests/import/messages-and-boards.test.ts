import { describe, expect, it } from 'vitest';
import { explainKind } from '../../src/import/detect-kind.ts';
import { resolve } from '../../src/import/evidence.ts';
import { isRegisteredName } from '../../src/lib/legal-forms.ts';
import { extractEmployment } from '../../src/import/posting-extract.ts';
import { proposeFromText, tidyCandidate } from '../../src/import/propose.ts';
import { extractSalary } from '../../src/import/salary.ts';

/** What the text readers write (not only offer) for a pasted posting. */
const written = (text: string) => resolve(proposeFromText(text).flatMap((c) => tidyCandidate(c) ?? [])).values;
const offered = (text: string, field: string) =>
  proposeFromText(text)
    .filter((c) => c.field === field)
    .map((c) => c.value);

describe('pay written the ways recruiters, Arabic and Korean boards and Czech ads write it', () => {
  it.each([
    ['a benefit two words after "plus"', 'Base: $140,000 - $160,000, plus generous equity', [140000, 160000, 'USD']],
    ['"Comp:" as the label', 'Comp: €80,000 - €95,000 and a yearly bonus', [80000, 95000, 'EUR']],
    ['an Arabic range ("from … to")', 'الراتب من 9,000 إلى 12,000 جنيه مصري شهرياً', [9000, 12000, 'EGP']],
    [
      'a Korean range in 만원, the unit after the upper bound only',
      '연봉 4,200 ~ 5,000만원',
      [42000000, 50000000, 'KRW'],
    ],
    ['Czech crowns, whose "K" is no thousand', 'Mzda: 28 000 – 31 000 Kč měsíčně', [28000, 31000, 'CZK']],
  ])('%s', (_, line, [min, max, currency]) => {
    expect(extractSalary(line)).toMatchObject({ min, max, currency });
  });
});

describe('closing dates in more of the ways postings say them', () => {
  it.each([
    [
      'a cue whose date went to the next line',
      'Position: Planner\nClosing Date:   Applications close at 5 p.m. on\n                Friday, February 5, 2027\n',
      '2027-02-05',
    ],
    [
      'German "bis am" with the date wrapped',
      'Stelle: Monteur\nBitte bewerben Sie sich bis am\n14. Januar 2027 bei uns.',
      '2027-01-14',
    ],
    ['Dutch "reageren kan tot en met"', 'Functie: Kok\nReageren kan tot en met vrijdag 15 januari 2027.', '2027-01-15'],
    ['"Last date to apply" among other fields', 'Posted: 2 days ago   Last date to apply: 09-Jan-2027', '2027-01-09'],
    ['Arabic "last date" and an Egyptian month name', 'الوظيفة: محاسب\nآخر موعد للتقديم: 20 يناير 2027', '2027-01-20'],
    [
      'Portuguese "até" a weekday, the year from the chat',
      '[02/12/2026 10:00] Ana: vaga de garçom\nMandar currículo até *quinta-feira, dia 10/12*',
      '2026-12-10',
    ],
  ])('%s', (_, text, deadline) => {
    expect(offered(text, 'deadline')).toContain(deadline);
  });
});

describe('the kind of employment when a text names two', () => {
  it.each([
    [
      'a permanent contract with part-time hours on one line',
      'Vendeur (H/F)\nCDI · Temps partiel\n\nNous cherchons…',
      'part-time',
    ],
    [
      'a full-time job, then an internship offered to someone else',
      'Gameplay Programmer\n- full-time, permanent\n\nreply: sorry, but apply to our internship in the spring',
      'full-time',
    ],
    ['an internship, then its hours', 'Marketing Intern (6 months)\nFull-time, 40 hours a week', 'internship'],
  ])('%s', (_, text, type) => {
    expect(extractEmployment(text)?.type).toBe(type);
  });
});

describe('employers in headers, signatures and footers', () => {
  it('never takes the signer, repeated under "--", for the employer', () => {
    const text = [
      'From: Dana Price <dana@northlight-search.example>',
      'Subject: Head of Data - Boston',
      '',
      'Hi Sam,',
      '',
      "I'm working with a healthcare company on a Head of Data search.",
      '',
      'Thanks,',
      'Dana',
      '',
      '--',
      'Dana Price',
      'Partner, Data Practice',
      'Northlight Search Partners',
    ].join('\n');
    expect(offered(text, 'company')).not.toContain('Dana Price');
  });

  it('reads a kind of institution under the job as the employer, not the job', () => {
    const text =
      'Board Jobs    Home    Log in\n\nWoonbegeleider\nZorggroep Lindehof\nUtrecht · 32 uur · Parttime\n\nOver de functie\nJe begeleidt bewoners. Als Woonbegeleider werk je in een klein team.';
    expect(written(text)).toMatchObject({ company: 'Zorggroep Lindehof', position: 'Woonbegeleider' });
  });

  it("leaves out a board's own copyright line", () => {
    const text =
      '잡코리아   채용정보   로그인\n\n(주)푸른물류\n[푸른물류] 물류 기획자 경력 채용\n\n■ 담당업무\n- 물류 계획\n\n© JobKorea Co., Ltd.';
    expect(written(text)).toMatchObject({ company: '(주)푸른물류', position: '물류 기획자' });
  });

  it.each([
    ['(주)푸른물류', true],
    ['주식회사 푸른물류', true],
    ['ミナトクラウド株式会社', true],
    ['深圳市星河科技有限公司', true],
    ['Woonbegeleider IG', false],
  ])('%s is a registered name: %s', (name, registered) => {
    expect(isRegisteredName(name)).toBe(registered);
  });
});

describe("recruiters' messages and boards in Japanese", () => {
  it('reads a recruiter e-mail with a "Role:" and a "Comp:" line as a posting', () => {
    const text = [
      'From: Lee Okafor <lee@harbourtalent.example>',
      'Subject: Sr PM - growth fintech (confidential)',
      '',
      'Hey Alex,',
      '',
      "I hope you're well. I'm helping a fintech I know well with a confidential search, and I think of you.",
      "I can share the name once we've talked; I'd love to tell you more about how I work with them.",
      '',
      'Role: Senior Product Manager, Growth',
      '- Owns onboarding and activation',
      '',
      'Comp: $170,000 - $190,000 base, plus meaningful equity',
      '',
      'I think your background fits, and I would be glad to walk you through it. Would you have 15 minutes?',
      'I am around all week, and I can adapt to your calendar if that helps; I know how busy it gets.',
      '',
      'Thanks,',
      'Lee',
    ].join('\n');
    expect(explainKind(text).kind).toBe('application');
    expect(written(text)).toMatchObject({ position: 'Senior Product Manager, Growth' });
  });

  it('cuts the terms after a "／" off a Japanese title', () => {
    const text =
      '株式会社ソラノ\nバックエンドエンジニア（決済チーム）／リモート可・フレックス\n\n【仕事内容】\n決済基盤の開発';
    expect(offered(text, 'position')).toContain('バックエンドエンジニア（決済チーム）');
  });
});

describe('languages asked for in a sentence wrapped by hand', () => {
  it('reads the line after, and the languages of India', () => {
    const text =
      'Requirements\n* Fluency in Tamil and Hindi is required, together with\n  working English for reports\n';
    expect(offered(text, 'languages')).toContainEqual(['Tamil', 'Hindi', 'English']);
  });
});
