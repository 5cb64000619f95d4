import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/import/build-note.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { readHtmlPage, textLines } from '../../src/import/html-page.ts';
import { parseHTML } from 'linkedom';
import { defaultContext, unit } from './helpers.ts';

const kindOf = (name: string, text: string) => buildNote(unit(name, text), defaultContext()).kind;

describe('kind by the evidence of both kinds, in any language', () => {
  it.each([
    [
      'a posting with blog front matter',
      'application',
      'post.md',
      '---\ntitle: "Join us: backend developer"\ndate: 2025-04-02\nauthor: Maja Ek\ntags: [jobb]\n---\n\nVi söker en backendutvecklare till vårt team i Växjö.\n\n**Lön:** 45 000–52 000 kr/mån\n\nTillsvidareanställning, heltid, hybrid (två dagar hemifrån).\n\nSkicka din ansökan senast 30 april.\n',
    ],
    [
      'a careers page whose theme says og:type article, with its facts in a table',
      'application',
      'recruit.html',
      '<html><head><title>経理スタッフ｜採用情報｜株式会社ハルカゼ</title><meta property="og:type" content="article"></head><body><main><h1>経理スタッフ</h1><table><tr><th>雇用形態</th><td>正社員</td></tr><tr><th>勤務地</th><td>福岡県福岡市中央区</td></tr><tr><th>給与</th><td>月給25万円〜32万円</td></tr><tr><th>仕事内容</th><td>月次決算、請求書の発行</td></tr></table></main></body></html>',
    ],
    [
      'a short social post',
      'application',
      'toot.txt',
      'Tiny bakery in Aarhus is hiring a head baker 🥐 DKK 210/hour, early shifts. DM us!',
    ],
    [
      'a forwarded e-mail about a role',
      'application',
      'fwd.txt',
      'From: Colm Byrne <colm@example.org>\nSubject: Fwd: Finance Manager role\n\nHi,\n\nForwarding this one: a friend runs finance at a seed-stage startup and needs a Finance Manager in Cork, €85-95k. Want an intro?\n\nColm',
    ],
    [
      'a job board page without structured data',
      'application',
      'indeed.html',
      '<html><head><title>Warehouse Associate - Sparks, NV - Indeed.com</title><link rel="canonical" href="https://www.indeed.com/viewjob?jk=1234"></head><body><main><h1>Warehouse Associate</h1><div>Greybeam Freight</div><div>$19 - $22 an hour · Full-time</div><p>Pick and pack orders.</p></main></body></html>',
    ],
    [
      'a first-person essay that names a salary',
      'article',
      'essay.txt',
      `What my first raise taught me\n\n${'I asked for more money after a year, and my manager said yes to half of it. I learned that I had to bring numbers, not feelings, and that my worth was not a matter of asking nicely. '.repeat(4)}\n\nIn the end I got €4,000 more a year, and I think that was fair.\n\n${'My advice is simple: I wish I had started the talk earlier, and I would write down every win I had. '.repeat(3)}`,
    ],
    [
      'a talk page whose title starts with "Hiring"',
      'article',
      'talk.html',
      '<html><head><title>Hiring without whiteboards — DevDays Lund 2025</title><meta property="og:type" content="article"></head><body><main><h1>Hiring without whiteboards</h1><p>Speaker: Ola Berg</p><p>DevDays Lund 2025 · Lund · 4 June 2025</p><p>In this talk Ola shows how his team replaced whiteboard rounds with paid work samples.</p></main></body></html>',
    ],
    [
      'an article whose title speaks of hiring managers',
      'article',
      'cv.html',
      '<html><head><title>Six seconds: how hiring managers read a CV</title><meta property="og:type" content="article"><meta name="author" content="Lea Brandt"></head><body><main><h1>Six seconds: how hiring managers read a CV</h1><p>Most CVs get a glance before anyone reads a line. I asked a dozen people who screen applications for a living what they look at first, and their answers were close to each other: the last job title, the dates, and whether the first bullet says what changed because of you.</p><p>So put your strongest result first, keep the dates on the right, and cut the summary paragraph nobody reads.</p></main></body></html>',
    ],
    [
      "a board's title naming company and role around 'hiring'",
      'application',
      'board.html',
      '<html><head><title>Lindqvist Logistik hiring Transport Planner in Jönköping | LinkedIn</title></head><body><main><h1>Transport Planner</h1><p>Lindqvist Logistik · Jönköping, Sweden</p><p>Plan the daily routes of our twelve trucks and keep our drivers and customers informed.</p></main></body></html>',
    ],
    // A blog post about hiring that quotes pay: its byline and reading time sit in the page's markup, which
    // Readability leaves out of the text.
    [
      'a writing platform’s post about hiring, its byline and reading time in the markup',
      'article',
      'post.html',
      '<html><head><title>Why we pay for take-home tests</title><meta property="og:title" content="Why we pay for take-home tests"></head><body><article><h1>Why we pay for take-home tests</h1><div class="post-meta"><a class="author-name" href="/@lena">Lena Brandt</a> · <span>6 min read</span></div><section><p>Last year we hired nine engineers. Every one of them did an exercise, and since spring we pay €150 for any exercise longer than two hours, because unpaid work is a tax on people with less free time.</p><p>Here is what changed: fewer candidates dropped out, and our offers were accepted more often.</p></section></article></body></html>',
    ],
    [
      'an encyclopedia page about a way of hiring',
      'article',
      'wiki.html',
      '<html><head><title>Work sample test - Wikipedia</title><link rel="canonical" href="https://en.wikipedia.org/wiki/Work_sample_test"></head><body><main><h1>Work sample test</h1><p>A work sample test is a hiring method in which candidates do a short piece of the job.</p></main></body></html>',
    ],
    [
      "a recruiter's e-mail about a role, in the first person, with a Date: header",
      'application',
      'mail.txt',
      [
        'From: Tomas Reyes <tomas@northgatetalent.example>',
        'To: Ruth Adeyemi <ruth@mail.example>',
        'Date: Mon, 30 Nov 2026 08:40:11 +0000',
        'Subject: Plant Manager, Leicester (£70-80k)',
        '',
        'Hi Ruth,',
        '',
        'I hope you are well. I came across your profile and I think you could be a great fit for a role I am working on. I have been asked by a client of mine, a packaging manufacturer, to find their next Plant Manager, and I would love to tell you more about it when you have a moment. I know it is a busy time of year, so I will keep it short.',
        '',
        "I can share the client's name once we have spoken. The site is in Leicester, the role reports to the COO, and I think it would suit someone with your background in lean and maintenance. I am free most afternoons this week if you would like a call, and I am happy to work around you.",
        '',
        'Best,',
        'Tomas',
      ].join('\n'),
    ],
    [
      'a LinkedIn message whose subject names a role, without a From line',
      'application',
      'inmail.txt',
      [
        'Messages',
        '',
        'Léa Girard · 2e',
        'Talent Partner chez Brume Conseil',
        '',
        'Objet : Contrôleur de gestion chez Maison Arven (Nantes)',
        '',
        'Bonjour Paul,',
        '',
        "Je me permets de vous contacter car votre parcours m'a beaucoup intéressée. Je recrute pour mon client Maison Arven un contrôleur de gestion, en CDI, basé à Nantes, avec un salaire de 48 à 55 k€ brut par an. Je serais ravie d'en parler avec vous cette semaine si vous êtes disponible, et je peux vous envoyer la fiche de poste complète. Je pense sincèrement que ce poste correspond à ce que vous cherchez, et je reste à votre disposition pour en discuter.",
      ].join('\n'),
    ],
    [
      "a LinkedIn post of the writer's own new job, which ends saying the employer is hiring",
      'article',
      'post.txt',
      [
        'Feed post',
        '',
        'Malin Strand · 2nd',
        'Head of Data at Fjordlys Energi | ex-Vannkraft',
        '1w · 🌐',
        '',
        "I'm happy to share that I'm starting a new position as Head of Data at Fjordlys Energi!",
        '',
        'Six years at Vannkraft taught me most of what I know about forecasting, and I will miss the team a lot. Thanks to everyone who sent me leads and practised interviews with me.',
        '',
        'PS: Fjordlys is hiring two data engineers in Bergen. DM me!',
      ].join('\n'),
    ],
    [
      "a podcast episode's page, whose guest changed careers and whose show asks for letters",
      'article',
      'episode.html',
      '<html><head><title>Folge 41: Vom Koch zum Entwickler | Umweg-Podcast</title><meta property="og:type" content="website"></head><body><main><h1>Folge 41: Vom Koch zum Entwickler</h1><p>12. November 2026 · 48 Minuten · Jetzt anhören auf allen Plattformen</p><h2>In dieser Folge</h2><p>Unser Gast war zehn Jahre Küchenchef und arbeitet heute als Softwareentwickler. Er erzählt, wie er neben der Arbeit gelernt hat und warum er sich bei vierzig Firmen beworben hat.</p><h2>Shownotes</h2><ul><li>00:00 Begrüßung</li><li>05:10 Der Entschluss</li></ul><p>Wir suchen Hörerfragen für die nächste Folge!</p></main></body></html>',
    ],
    [
      "a public body's guide to an occupation, dated in Dublin Core",
      'article',
      'guide.html',
      '<html><head><title>Lagerarbeiter – Aufgaben, Ausbildung, Gehalt | Berufsportal</title><meta name="DC.date.modified" content="2026-09-14"><meta name="DC.publisher" content="Landesamt für Berufsberatung"></head><body><main><h1>Lagerarbeiter – Aufgaben, Ausbildung, Gehalt</h1><p>Lagerarbeiter nehmen Waren an, prüfen sie und lagern sie ein. Die meisten arbeiten in Vollzeit, oft im Schichtdienst.</p><h2>Wie wird man Lagerarbeiter?</h2><p>Eine Ausbildung zur Fachkraft für Lagerlogistik dauert drei Jahre.</p></main></body></html>',
    ],
    [
      "a conference talk's page (schema.org Event) whose speakers' jobs are its only roles",
      'article',
      'talk.html',
      '<html><head><title>Hiring without puzzles – Nordic Dev Days 2026</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Hiring without puzzles","startDate":"2026-10-09T14:30:00+02:00","performer":[{"@type":"Person","name":"Ilse Brand"}]}</script></head><body><main><h1>Hiring without puzzles</h1><p>Ilse Brand</p><p>Engineering Manager, Tidewater Pay</p><p>How we replaced whiteboard puzzles with reading real code together, and what it did to our offer acceptance rate.</p></main></body></html>',
    ],
    [
      'a LinkedIn newsletter issue: its subscriber count, its issue number written n.º, a date line in Spanish',
      'article',
      'newsletter.md',
      [
        '**Carrera Abierta**',
        'Boletín mensual · 4.210 suscriptores',
        '',
        '# Qué preguntar antes de aceptar una oferta',
        '',
        '**Nuria Blasco**',
        'Publicado el 3 de noviembre de 2026',
        '',
        '*Edición n.º 7*',
        '',
        'Hola a todas y todos. Este mes hablamos de las preguntas que conviene hacer antes de firmar: la banda, el periodo de prueba y cómo se revisa el sueldo cada año.',
      ].join('\n'),
    ],
    [
      'a Swedish newsletter e-mail, marked by its line to read it in the browser',
      'article',
      'brev.txt',
      'Från: Karriärbrevet <brev@karriar.example>\nÄmne: Karriärbrevet – Så förhandlar du lön\n\nLäs i webbläsaren: https://karriar.example/brev/31\n\nHej!\n\nDen här veckan: tre saker att säga när du får ett erbjudande. Sista ansökningsdag betyder sista dagen, och heltid betyder inte alltid 40 timmar.',
    ],
    [
      "an X post whose reply count is no question-and-answer thread, with the post's time over it",
      'application',
      'post.txt',
      'Café Alba\n@cafealba\n¡BUSCAMOS CAMARERO/A para fines de semana! Escríbenos por privado.\n\n9:05 a. m. · 3 dic. 2026 · 2.100 Visualizaciones\n12 respuestas · 40 reposts · 88 Me gusta',
    ],
    [
      'an Indonesian LinkedIn copy whose "Di kantor" (at the office) is no Italian byline',
      'application',
      'loker.txt',
      'Staf Gudang\nPT Sinar Rawa Logistik · Surabaya, Jawa Timur\nDi kantor · Penuh waktu · Tingkat pemula\n\nTentang pekerjaan ini\nKami mencari staf gudang untuk menerima dan mencatat barang masuk.\n\nGaji Rp 5.000.000 – Rp 6.000.000 per bulan',
    ],
  ])('%s is read as an %s', (_what, kind, name, text) => {
    expect(kindOf(name, text)).toBe(kind);
  });

  it("reads a LinkedIn post's writer from the name over it, with no title and LinkedIn as its source", () => {
    const note = buildNote(
      unit(
        'post.txt',
        'Feed post\n\nJonas Weber • 2.\nBackend Engineer bei Kranich Logistik\n3 Tage\n\nIch freue mich, euch mitteilen zu können, dass ich eine neue Position als Backend Engineer bei Kranich Logistik angetreten habe! Nach vier Jahren in der Beratung war es Zeit für ein eigenes Produkt. Danke an alle, die mir geholfen haben.\n\n#neuerjob',
      ),
      defaultContext(),
    );
    expect(note.kind).toBe('article');
    expect(note.frontmatter).toMatchObject({ author: 'Jonas Weber', source: 'LinkedIn' });
    expect(note.frontmatter.title).not.toBe('Feed post');
  });

  it('reads a Reddit thread saved from its web app: the post, its poster and its time', () => {
    const note = buildNote(
      unit(
        'thread.html',
        '<html><head><title>Counteroffer or leave? : r/cscareers</title><meta property="og:title" content="r/cscareers on Reddit: Counteroffer or leave?"><link rel="canonical" href="https://www.reddit.com/r/cscareers/comments/abc123/counteroffer_or_leave/"></head><body><shreddit-post author="quiet_otter" created-timestamp="2027-02-03T10:00:00.000000+0000" post-title="Counteroffer or leave?"><div slot="text-body"><p>My employer matched an offer of €80k. I am not sure I should stay, since the reasons I looked are still there.</p></div></shreddit-post></body></html>',
      ),
      defaultContext(),
    );
    expect(note.kind).toBe('article');
    expect(note.frontmatter).toMatchObject({
      title: 'Counteroffer or leave?',
      author: 'quiet_otter',
      published: '2027-02-03',
      source: 'Reddit',
    });
  });

  it("reads an article's title without the site's name, and the site as its source", () => {
    const note = buildNote(
      unit(
        'wiki.html',
        '<html><head><title>Work sample test - Wikipedia</title><meta property="og:title" content="Work sample test - Wikipedia"><link rel="canonical" href="https://en.wikipedia.org/wiki/Work_sample_test"></head><body><main><h1>Work sample test - Wikipedia</h1><p>A work sample test is a hiring method in which candidates do a short piece of the job.</p></main></body></html>',
      ),
      defaultContext(),
    );
    expect(note.frontmatter).toMatchObject({ title: 'Work sample test', source: 'Wikipedia' });
  });

  it('says why, naming the evidence on both sides', () => {
    const got = explainKind(
      'Backend Engineer\n\nWe are hiring!\n\n## Requirements\n\n- Go\n\nApply by 3 May.',
      ['title', 'date', 'author'],
      { frontMatter: true },
    );
    expect(got.kind).toBe('application');
    expect(got.reason).toMatch(/posting sections.*outweighs.*blog front matter/);
  });
});

describe('a saved page read the way it shows', () => {
  it('takes no place from a remote job open in several countries, and no employer from a "company" element holding the job', () => {
    const note = buildNote(
      unit(
        'remote.html',
        '<html><head><title>Senior SRE at Pikefin</title><script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"Senior SRE","jobLocationType":"TELECOMMUTE","applicantLocationRequirements":[{"@type":"Country","name":"United States"},{"@type":"Country","name":"Canada"}],"hiringOrganization":{"@type":"Organization","name":"Pikefin"}}</script></head><body><main><h1>Senior SRE</h1><div class="company-card"><span class="company">Senior SRE</span></div><p>Americas only. Keep our fleet running.</p></main></body></html>',
      ),
      defaultContext(),
    );
    expect(note.frontmatter).toMatchObject({ company: 'Pikefin', position: 'Senior SRE', workplace: 'remote' });
    expect(note.frontmatter.location).toBeUndefined();
  });

  it("reads a JobPosting's place without an ATS's numeric region code", () => {
    const page = readHtmlPage(
      '<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"Electrician","hiringOrganization":{"@type":"Organization","name":"Mar Azul"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Porto","addressRegion":"13","addressCountry":"PT"}}}</script></head><body><main><h1>Electrician</h1></main></body></html>',
    );
    expect(page.posting.location).toBe('Porto');
  });

  it("leaves the site's menu out of the content, and takes a careers site's name as its employer", () => {
    const note = buildNote(
      unit(
        'job.html',
        [
          '<html><head><title>Lagerist (m/w/d) | Karriere bei Holmberg Logistik GmbH</title>',
          '<meta property="og:site_name" content="Holmberg Logistik GmbH"></head><body>',
          '<header class="navbar"><a class="navbar-brand" href="/">Holmberg Logistik GmbH</a>',
          '<ul class="navbar-nav"><li><a href="/">Alle Stellen</a></li><li class="dropdown"><a href="#">Deutsch</a><ul><li><a href="?language=en">English</a></li></ul></li></ul></header>',
          '<div class="container"><h1>Lagerist (m/w/d)</h1><p>Vollzeit · Festanstellung · Kassel</p>',
          '<h2>Deine Aufgaben</h2><ul><li>Wareneingang prüfen und einlagern</li><li>Kommissionieren für unsere Filialen</li></ul>',
          '<h2>Dein Profil</h2><ul><li>Staplerschein</li><li>Deutsch fließend in Wort und Schrift</li></ul>',
          '<h2>Wir bieten</h2><p>Ein sicherer Arbeitsplatz in einem familiengeführten Betrieb mit über 200 Kolleginnen und Kollegen in Nordhessen, geregelte Arbeitszeiten, Jobrad und betriebliche Altersvorsorge. Bewirb dich jetzt!</p></div>',
          '</body></html>',
        ].join(''),
      ),
      defaultContext(),
    );
    expect(note.body).not.toContain('English');
    expect(note.frontmatter.languages).toEqual(['German']);
    expect(note.frontmatter.company).toBe('Holmberg Logistik GmbH');
  });

  it("reads a job plugin's company block without its links, and not the details of the jobs listed under it", () => {
    const note = buildNote(
      unit(
        'job.html',
        [
          '<html><head><title>Bakery Supervisor – Millrace Bakehouse</title></head><body class="single-job_listing"><main>',
          '<h1 class="entry-title">Bakery Supervisor</h1>',
          '<ul class="job-listing-meta meta"><li class="job-type full-time">Full Time</li><li class="location">Bolton</li></ul>',
          '<div class="company"><p class="name"><a class="website" href="https://millrace.example">Website</a> <strong>Millrace Bakehouse</strong></p></div>',
          '<div class="job_description"><p>We are looking for a supervisor for our early shift: eight bakers, two ovens and a lot of sourdough. You will plan the shift, train new starters and keep the line safe.</p><h3>What we are looking for</h3><ul><li>Two years leading a team in food production</li></ul></div>',
          '<ul class="job_listings"><li class="job_listing"><h3>Weekend Packer</h3><ul class="meta"><li class="location">Bolton</li><li class="job-type part-time">Part Time</li></ul></li></ul>',
          '</main></body></html>',
        ].join(''),
      ),
      defaultContext(),
    );
    expect(note.frontmatter).toMatchObject({
      company: 'Millrace Bakehouse',
      position: 'Bakery Supervisor',
      employment: { type: 'full-time' },
    });
  });

  it("reads Indeed's employer element, marked by an attribute of its own", () => {
    const page = readHtmlPage(
      '<html><head><title>Picker - Night Shift - Brampton, ON - Indeed.com</title></head><body><h1>Picker - Night Shift</h1><div data-company-name="true"><a href="/cmp/x">Harrowgate Foods Ltd.</a></div><p>Pick grocery orders.</p></body></html>',
    );
    expect(page.hints.company).toBe('Harrowgate Foods Ltd.');
  });

  it('turns a table of labels and values into labelled lines', () => {
    const page = readHtmlPage(
      '<html><body><main><h1>Lagermedarbeiter</h1><p>Wir suchen Verstärkung für unser Lager.</p><table><tr><th>Standort</th><td>Kassel</td></tr><tr><td>Arbeitszeit</td><td>Vollzeit<br>Frühschicht</td></tr></table></main></body></html>',
    );
    expect(page.markdown).toContain('**Standort:** Kassel');
    expect(page.markdown).toMatch(/\*\*Arbeitszeit:\*\*\n\nVollzeit/);
  });

  it('turns a definition list into labelled lines', () => {
    const page = readHtmlPage(
      '<html><body><main><h1>Sjuksköterska</h1><p>Vi söker en sjuksköterska till vår avdelning i Örebro, med start i höst.</p><dl><dt>Ort</dt><dd>Örebro</dd><dt>Omfattning</dt><dd>Heltid</dd></dl></main></body></html>',
    );
    expect(page.markdown).toContain('**Ort:** Örebro');
    expect(page.markdown).toContain('**Omfattning:** Heltid');
  });

  it('keeps short facts side by side apart', () => {
    const page = readHtmlPage(
      '<html><body><main><h2>Data Analyst</h2><div><span>CDI</span><span>Lille</span><span>Salaire : 40K à 45K €</span></div><p>Nous cherchons une personne curieuse pour notre équipe data, à Lille, avec deux jours de télétravail.</p></main></body></html>',
    );
    expect(page.markdown).toContain('CDI · Lille · Salaire : 40K à 45K €');
  });

  it('reads a page that renders with JavaScript from what its head says, and never refuses it', () => {
    const shell = (head: string) =>
      `<!doctype html><html lang="it"><head><meta charset="utf-8">${head}</head><body><div id="root"></div><noscript>Attiva JavaScript per continuare.</noscript><script src="/app.js"></script></body></html>`;
    const described = buildNote(
      unit(
        'shell.html',
        shell(
          '<title>Magazziniere/a - Ortofrutta Bassi S.r.l.</title><meta property="og:description" content="Verona, Veneto · Logistica · Tempo pieno · 1.600 € – 1.800 € netti al mese">',
        ),
      ),
      defaultContext(),
    );
    expect(described.body).toContain('Tempo pieno · 1.600 € – 1.800 € netti al mese');
    // Only a title: a note all the same, with the title to review.
    const bare = buildNote(
      unit('bare.html', shell('<title>Cuoco capo partita - Trattoria Nives</title>')),
      defaultContext(),
    );
    expect(bare.kind).toBe('application');
    expect(bare.missing.length).toBeGreaterThan(0);
  });

  it("gives an element's text line by line", () => {
    const { document } = parseHTML(
      '<div class="location"><dt>Locations</dt><dd>Nagpur, Maharashtra, India</dd><span>Full</span><span>time</span></div>',
    );
    expect(textLines(document.querySelector('div'))).toEqual(['Locations', 'Nagpur, Maharashtra, India', 'Fulltime']);
  });
});

describe("a site's own name (og:site_name) as the employer", () => {
  const page = (title: string, site: string, body: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:site_name" content="${site}"></head><body><main>${body}</main></body></html>`;
  const companyOf = (html: string) => buildNote(unit('page.html', html), defaultContext()).frontmatter.company;
  it.each([
    // It agrees with "About X" when the title does not carry it.
    [
      page(
        'Careers',
        'Quarrystone Optics',
        '<h1>Lens Polisher</h1><h2>About Quarrystone Optics</h2><p>We polish lenses.</p>',
      ),
      'Quarrystone Optics',
    ],
    // A marketplace's name in the title and in og:site_name is one fact said twice, never the client.
    [
      page(
        'Editor de video para canal | GigPlaza',
        'GigPlaza',
        '<h1>Editor de video para canal</h1><p>Presupuesto: 300 USD. Busco un editor de video.</p>',
      ),
      'Unknown company',
    ],
  ])('%#', (html, expected) => {
    expect(companyOf(html)).toBe(expected);
  });
});
