import { describe, expect, it } from 'vitest';
import { explainKind } from '../../src/import/detect-kind.ts';
import { isRegisteredName } from '../../src/lib/legal-forms.ts';
import { extractEmployment, ROLE_NOUN } from '../../src/import/posting-extract.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { offered, written } from './helpers.ts';

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

describe('a social network message copied with its view', () => {
  const inmail = [
    'Messaging',
    'InMail',
    'Priya Lindqvist · 2nd',
    'Senior Talent Partner at Fjordline Search',
    'Dec 2',
    '',
    'Platform Engineer – remote (EU) – €90-105k',
    '',
    'Hi Tomas,',
    '',
    "I'm helping a client of mine with a quiet search and your work on build systems caught my eye, so I thought",
    "I'd write to you directly. I can't share the name in writing yet, but I'm happy to on a call.",
    '',
    'The role: Platform Engineer, second hire in a developer-experience team of 4. You would own the CI.',
    '',
    '- €90,000 – €105,000 base, plus meaningful equity',
    '- Fully remote within the EU',
    '',
    'Would you be up for a short call? I would really appreciate it, and I am flexible on times.',
    '',
    'Cheers,',
    'Priya',
    '',
    'Priya Lindqvist',
    'Fjordline Search · Stockholm',
    '',
    '[ Reply ]   [ Not interested ]',
    'Write a message…',
  ].join('\n');

  it('is a posting: a letter to one person about a role and its pay', () => {
    expect(explainKind(inmail).kind).toBe('application');
  });

  it('names the job from the role line, cut at its note, and no employer from the view or the sender', () => {
    expect(written(inmail)).toMatchObject({ position: 'Platform Engineer' });
    expect(offered(inmail, 'company')).toEqual([]);
  });
});

describe("an agency's letter and a newsletter e-mail in other languages", () => {
  it("takes the client an Italian recruiter names, not the firm's field on the signature", () => {
    const text = [
      'Da: Marta Rossi <m.rossi@selezione.example>',
      'Oggetto: Opportunità Responsabile Produzione',
      '',
      'Buongiorno Luca,',
      '',
      'Il nostro cliente è Fonderie Apuane S.p.A., produttore di getti in ghisa. Cercano un Responsabile Produzione.',
      '',
      '- Modalità: presenza in stabilimento, con un giorno di smart working a settimana',
      '- Team: 14 persone su due turni',
      '',
      'Cosa chiedono:',
      '- almeno 6 anni in produzione',
      '- conoscenza dei metodi lean',
      '',
      'Cordiali saluti,',
      '',
      'Marta Rossi',
      'Senior Consultant – Industrial',
      'Selezione Quadri S.r.l.',
    ].join('\n');
    expect(written(text)).toMatchObject({ company: 'Fonderie Apuane S.p.A.', workplace: 'hybrid' });
  });

  it('reads a German newsletter e-mail: its issue, its web view, its date', async () => {
    const { extractArticle } = await import('../../src/import/article-extract.ts');
    const text = [
      'Von: Karrierepost <hallo@karrierepost.example>',
      'Betreff: Warum Probezeiten kürzer werden | Ausgabe 12',
      'Datum: 3. Dezember 2026 um 06:30',
      '',
      'Im Browser ansehen: https://karrierepost.example/ausgabe-12',
      '',
      'KARRIEREPOST · Ausgabe 12',
      '',
      'Warum Probezeiten kürzer werden',
      '',
      'von Lena Vogt',
      '',
      'Immer mehr Arbeitgeber verkürzen die Probezeit. Wir haben nachgefragt, warum.',
    ].join('\n');
    expect(explainKind(text).kind).toBe('article');
    expect(extractArticle(text)).toMatchObject({
      title: 'Warum Probezeiten kürzer werden',
      url: 'https://karrierepost.example/ausgabe-12',
      published: '2026-12-03',
    });
  });
});

describe('more of what postings say and mean', () => {
  it.each([
    [
      'a range wrapped by hand',
      'Vergütung nach TVöD (ca. 3.100 bis\n   3.900 € brutto monatlich)',
      [3100, 3900, 'EUR', 'month'],
    ],
    ['Italian "tra … e …"', 'RAL tra 40.000 e 46.000 €, più buoni pasto', [40000, 46000, 'EUR', 'year']],
    ['a Swedish monthly wage', 'Lön: Månadslön 31 000–36 000 kr', [31000, 36000, 'SEK', 'month']],
  ])('pay: %s', (_, line, [min, max, currency, period]) => {
    expect(extractSalary(line)).toMatchObject({ min, max, currency, period });
  });

  it.each([
    [
      'Swedish "cannot be done remotely"',
      'Arbetsplats: På plats vid verket – arbetet kan inte utföras på distans',
      'onsite',
    ],
    [
      'English "cannot be done remotely"',
      'Work location: on site at the depot; the work cannot be done remotely',
      'onsite',
    ],
  ])('workplace: %s', (_, text, workplace) => {
    expect(offered(text, 'workplace')).toContain(workplace);
  });

  it.each([
    [
      'a negation after a contrast',
      'Anforderungen\n• Sehr gute Deutschkenntnisse\n• Englischkenntnisse sind schön, aber kein Muss',
      ['German'],
    ],
    [
      'a requirement beside an aside about the working language',
      "You need good English (that's our working language); Spanish is *not* required.",
      ['English'],
    ],
    [
      "a country's adjective in a long sentence of a skills line",
      'About us: we roast Swedish beans for cafés in nine countries, and our working language is English.\nRequirements: fluent English',
      ['English'],
    ],
    [
      'a Dutch "geen vereiste"',
      'Eisen\n* uitstekende beheersing van het Engels; **Nederlands is geen vereiste**',
      ['English'],
    ],
  ])('languages: %s', (_, text, languages) => {
    expect(offered(text, 'languages')).toContainEqual(languages);
    expect(offered(text, 'languages').flat()).toEqual(languages);
  });

  it('takes no street after "Standort" for a town', () => {
    const text = 'Sachbearbeiter (m/w/d)\n\nJobticket am Standort Am Hafentor und ein Betriebsrestaurant.';
    expect(offered(text, 'location')).not.toContain('Am Hafentor');
  });

  it("keeps a web clipper's author without its wiki link, and its source URL as the address", async () => {
    const { readMarkdownSource } = await import('../../src/import/markdown-source.ts');
    const { properties } = readMarkdownSource(
      '---\ntitle: "A post"\nsource: "https://medium.com/@ana/a-post-123"\nauthor:\n  - "[[Ana Lima]]"\n---\n\nText.',
    );
    expect(properties).toEqual(
      expect.arrayContaining([
        { key: 'author', value: 'Ana Lima' },
        { key: 'URL', value: 'https://medium.com/@ana/a-post-123' },
      ]),
    );
  });
});

describe("a board's page copied with its search bar, and a careers page's header", () => {
  it('reads the header under a search bar, a rating and a British postcode', () => {
    const text = [
      'indeed',
      'Find jobs    Company reviews    Find salaries    Sign in    Employers / Post Job',
      'What: kitchen porter      Where: Leeds',
      '< Back to search results',
      'Kitchen Porter - Weekends',
      'Millbrook Catering Ltd',
      '4.1 ★  (87 reviews)',
      'Leeds LS11',
      '£12.60 an hour - Part-time',
      '',
      'Job details',
      'We need a kitchen porter for busy weekend services.',
    ].join('\n');
    expect(written(text)).toMatchObject({
      position: 'Kitchen Porter - Weekends',
      company: 'Millbrook Catering Ltd',
      // The town: the postcode belongs to the address, and a note's place groups with the town's other jobs.
      location: 'Leeds',
    });
  });

  it('takes a name over the title for the employer when the text says its first word again', () => {
    const text =
      '[Back to jobs](#)\n\n**Larchmont Health**\n\n# Senior Data Analyst, Care Quality\n\nLeeds, UK (Hybrid)\n\nAt Larchmont we build tools for care homes, and 300 homes use Larchmont today.';
    expect(written(text)).toMatchObject({ company: 'Larchmont Health', position: 'Senior Data Analyst, Care Quality' });
  });

  it('leaves a flag out of the town in a header', () => {
    const text =
      "We're hiring! 📣\nPostdoctoral Fellow in Soil Science\nUmhlanga Research Institute · Durban 🇿🇦\n\nBased in Durban, the institute studies coastal soils.";
    expect(offered(text, 'location')).not.toContainEqual(expect.stringContaining('🇿🇦'));
  });
});

describe('contract work, as the one lexicon says it', () => {
  it.each([
    [
      'an English "B2B" market is no contract',
      '- 5+ years on B2B or healthcare tools\n- Full-time, permanent',
      'full-time',
    ],
    ['a Polish B2B contract is', 'Forma zatrudnienia: B2B: 120–150 zł/h netto', 'contract'],
    ['"na B2B" is', 'Oferujemy współpracę na B2B lub umowę o pracę, pełny etat', undefined],
    ['an English holiday is no French "vacation"', 'Full-time role\n- 27 vacation days', 'full-time'],
    [
      'freelancers as users are no contract',
      "41,000 zzp'ers use our app.\nFull-time means 36 to 40 hours",
      'full-time',
    ],
  ])('%s', (_, text, type) => {
    expect(extractEmployment(text)?.type).toBe(type);
  });
});

describe('places: a town at the start of a sentence is the town only', () => {
  it.each([
    ['Durban, the institute studies', false],
    ['Gdańsk, pomorskie', true],
    ['payments scale-up, Amsterdam', true],
    ['Coventry CV6', true],
  ])('%s: %s', async (text, place) => {
    const { isPlace } = await import('../../src/import/places.ts');
    expect(isPlace(text)).toBe(place);
  });
});

describe('patterns V8 reads the same way every time', () => {
  it('uses no regular-expression modifier group in the sources', async () => {
    // Node 24's V8 read "(?i:il nostro cliente è)" one way in the first document of an import and another way
    // in later ones (the agency's client was found, then missed): case variants are written out instead.
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const using = files.filter((f) => /\(\?[ims-]+:/.test(readFileSync(join(root, f), 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(using).toEqual([]);
  });
});

describe('boards of India and France, and jobs named in more languages', () => {
  it.each([
    ['lakhs without a currency are rupees', '12-18 Lacs P.A.', [1200000, 1800000, 'INR', 'year']],
    ['"LPA" too', 'CTC: 9-11 LPA', [900000, 1100000, 'INR', 'year']],
    [
      'a currency written as a word after the figure',
      'Salaire brut : Mensuel de 1900.00 Euros à 2100.00 Euros',
      [1900, 2100, 'EUR', 'month'],
    ],
  ])('pay: %s', (_, line, [min, max, currency, period]) => {
    expect(extractSalary(line)).toMatchObject({ min, max, currency, period });
  });

  it("reads a header over a board's experience line", () => {
    const text =
      'naukri   Jobs  Companies  Services     Login   Register\n\nSenior Data Engineer\nSaffron Lane Analytics Pvt. Ltd.   4.0 ★ 41 Reviews\n4-8 Yrs\n15-22 Lacs P.A.\nBengaluru\n\nJob description\nWe build data pipelines.';
    expect(written(text)).toMatchObject({
      company: 'Saffron Lane Analytics Pvt. Ltd.',
      salary: { min: 1500000, max: 2200000, currency: 'INR' },
    });
  });

  it.each([
    'Aide-soignant / Aide-soignante (H/F)',
    'Staplerfahrer (m/w/d)',
    'Promovendus Waterbeheer',
    'Auxiliar de Cozinha',
  ])('%s is a job', (title) => {
    expect(ROLE_NOUN.test(title)).toBe(true);
  });

  it('takes no French verb for a job ("Localiser avec Mappy") and no breadcrumb for a hiring sentence', () => {
    const text =
      "Accueil > Offres d'emploi > Résultats de la recherche > Détail de l'offre\n\nAide-soignant (H/F)\n44 - NANTES - Localiser avec Mappy\n\nL'EHPAD recrute un aide-soignant.";
    expect(ROLE_NOUN.test('Localiser avec Mappy')).toBe(false);
    expect(offered(text, 'company')).not.toContain('Résultats de la');
  });

  it("leaves a board's search box with its query out of the posting", () => {
    const text =
      'XING  Jobs        Suche: Monteur Basel   🔍\n\nMonteur/in EFZ (100%)\nKeller Anlagen AG · Basel\nFestanstellung · Vollzeit\n\nWir suchen eine/n Monteur/in.';
    expect(written(text)).toMatchObject({ position: 'Monteur/in EFZ (100%)', company: 'Keller Anlagen AG' });
    expect(offered(text, 'position')).not.toContain('/n Monteur/in');
  });
});

describe("boards' chrome in more of its forms", () => {
  it('reads the posting under a menu that ends in a question, a "‹ Back" link and a Portuguese search bar', () => {
    const seek =
      'SEEK   Job search   Profile   Career advice          Sign in   Recruiting?\n\n‹ Back to search results\n\nSite Supervisor – Civil Works\nTallowood Constructions Pty Ltd\nView all jobs\nNorth Lakes, Brisbane QLD (On-site)\n\nAbout SEEK: we help people find jobs.';
    expect(written(seek)).toMatchObject({
      position: 'Site Supervisor – Civil Works',
      company: 'Tallowood Constructions Pty Ltd',
    });
    expect(offered(seek, 'company')).not.toContain('SEEK');
    const indeed =
      'indeed\n\nO quê: analista de compras     Onde: Campinas, SP\n\nAnalista de Compras Pleno\nIpê Alimentos Ltda.\nCampinas, SP\n\nTrabalho presencial em Campinas, SP\n\nDenunciar vaga';
    expect(written(indeed)).toMatchObject({ position: 'Analista de Compras Pleno', company: 'Ipê Alimentos Ltda.' });
    expect(offered(indeed, 'location')).not.toContainEqual(expect.stringContaining('Denunciar'));
  });
});

describe('threads and refusals of remote work', () => {
  it('reads a Japanese question-and-answer thread as an article, whatever jobs its people mention', () => {
    const text =
      '転職エージェントは何社登録すべき？\n質問者：さくら_PM さん ・ 投稿日：2026/11/02 ・ 回答 3件\n\n初めての転職です。担当の方に求人を紹介されましたが、応募するべきか迷っています。\n\n回答（3件）\nベストアンサー\n回答者：元人事 さん\n2〜3社が普通です。';
    expect(explainKind(text).kind).toBe('article');
  });

  it.each([
    'Mode de travail : Sur site – le poste ne permet pas le télétravail',
    'The role does not allow remote work; it is based in Leeds.',
    'El puesto no permite el teletrabajo.',
  ])('%s is onsite', (text) => {
    expect(offered(text, 'workplace')).toContain('onsite');
  });
});

describe('letters in French and German', () => {
  it("reads a French InMail's view, its « Le poste : » label and a recruiting firm's signature", () => {
    const text = [
      'Messagerie',
      ' Prioritaires | Autres                     🔍 Rechercher dans les messages',
      'InMail',
      'Julie Marchand · 2e',
      'Consultante RH chez Orpaille Conseil',
      '3 déc.',
      '',
      'Directeur administratif et financier – Lyon – CDI',
      '',
      'Bonjour Paul,',
      '',
      "Je me permets de vous contacter pour une mission que je mène pour l'un de nos clients à Lyon.",
      '',
      'Le poste : Directeur administratif et financier, rattaché au président. Vous piloterez une équipe de 4 personnes.',
      '',
      '- Rémunération : 90 à 105 K€ fixe',
      '',
      'Bien à vous,',
      'Julie Marchand',
      'Orpaille Conseil · Recrutement de cadres · Lyon',
    ].join('\n');
    expect(written(text)).toMatchObject({ position: 'Directeur administratif et financier' });
    expect(offered(text, 'company')).not.toContain('Orpaille Conseil');
  });

  it("takes an e-mail's subject for a headline and no other header field", () => {
    const text =
      'Von: Jan Berger <j.berger@kaskade.example>\nBetreff: Einkaufsleiter (m/w/d) opportunity – Hamburg\nDatum: 2. Dezember 2026\n\nHallo Frau Lenz,\n\nich suche für einen Kunden einen Einkaufsleiter.';
    expect(offered(text, 'position')).not.toContainEqual(expect.stringContaining('Von:'));
    expect(offered(text, 'location')).toContain('Hamburg');
  });
});

describe('two figures that make no range', () => {
  it.each([
    ['a meal voucher after the pay', 'RAL tra 30.000 e 34.000 euro, buoni pasto da 8 €', [30000, 34000]],
    ["the upper figure's multiplier is the lower one's too", 'Salary £25 - £30k', [25000, 30000]],
  ])('%s', (_, line, [min, max]) => {
    expect(extractSalary(line)).toMatchObject({ min, max });
  });
});
