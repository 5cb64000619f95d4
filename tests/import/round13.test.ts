import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyrightOwner } from '../../src/import/company-cues.ts';
import { extractSalary } from '../../src/import/salary.ts';
import { mapColumns, readCellDate, readTrackerRow, type TrackerTable } from '../../src/import/tracker.ts';
import { stageOfStatus } from '../../src/import/vocabulary.ts';
import { explainKind } from '../../src/import/detect-kind.ts';
import { defaultContext, offered, unit, written } from './helpers.ts';
import { buildNote } from '../../src/import/build-note.ts';
import { extractWorkplace, ROLE_NOUN } from '../../src/import/posting-extract.ts';
import { extractArticle } from '../../src/import/article-extract.ts';

// Round 13's shapes, in sheets written for these tests: a job seeker's own spreadsheet in Spanish, its dates
// typed as each day came, its statuses in words.

const ctx = defaultContext();

/** A sheet with its application dates typed five ways and its statuses in the user's words. */
const SHEET: TrackerTable = {
  label: 'Postulaciones.csv',
  header: ['Empresa', 'Puesto', 'Estado', 'Fecha de postulación', 'Notas'],
  rows: [
    ['Brisa Textil', 'Analista de Costos', 'Postulado', '03/12/2026', ''],
    ['Ferrocarriles del Sur', 'Jefa de Proyecto', 'Entrevista técnica', '2026-11-27', 'llevar portafolio'],
    ['Arcadia Foods', 'Analista de Datos', 'me llamaron de RRHH, llamada de 15 min el jueves', '28 nov. 2026', ''],
    ['Lumbre Energía', 'Ingeniera de Redes', 'Rechazado', '16/11/26', ''],
    ['Pampa Logística', 'Coordinador de Flota', 'Por postular', '', 'cierra 11 ene'],
    ['Vidrios Norte', 'Técnico de Planta', 'Sin respuesta', '2 de noviembre de 2026', ''],
    ['Cobalto Seguros', 'Actuario', 'Postulado', 'la semana pasada', ''],
  ],
  notion: false,
};

describe("a Spanish sheet's dates and statuses", () => {
  const mapping = mapColumns(SHEET, ctx);
  const rows = SHEET.rows.map((row) => readTrackerRow(mapping, row, ctx).fields);

  it('reads "Fecha de postulación" as the application date though one cell is no date', () => {
    expect(mapping.find((m) => m.column === 'Fecha de postulación')?.role).toEqual({ to: 'field', field: 'applied' });
  });

  it('reads each date as it was typed: day first, with a month written out, with a two-digit year', () => {
    expect(rows.map((r) => r.applied)).toEqual([
      '2026-12-03',
      '2026-11-27',
      '2026-11-28',
      '2026-11-16',
      undefined,
      '2026-11-02',
      undefined,
    ]);
  });

  it('reads the statuses in words, a call with HR as screening', () => {
    expect(rows.map((r) => r.stage)).toEqual([
      'applied',
      'interviewing',
      'screening',
      'rejected',
      'wishlist',
      'no-answer',
      'applied',
    ]);
  });
});

describe('a date cell written out', () => {
  it.each([
    ['28 nov. 2026', '2026-11-28'],
    ['2 de noviembre de 2026', '2026-11-02'],
    ['3. März 2026', '2026-03-03'],
    ['12 listopada 2026', '2026-11-12'],
    ['la semana pasada', undefined],
    ['ASAP', undefined],
  ])('%j is %s', (cell, day) => {
    expect(readCellDate(cell)).toBe(day);
  });
});

describe('statuses a Spanish, French or Dutch sheet uses for a job not yet applied to', () => {
  it.each(['Por postular', 'Por aplicar', 'À postuler', 'Te solliciteren'])('%j is the wishlist', (status) => {
    expect(stageOfStatus(status, ctx)).toBe('wishlist');
  });
});

describe('pay with its currency after the figures', () => {
  it.each([
    [
      '47 000 kr/mån - 55 000 kr/mån (från arbetsgivaren)',
      { min: 47000, max: 55000, period: 'month', currency: 'SEK' },
    ],
    ['50.000 € - 60.000 € pro Jahr', { min: 50000, max: 60000, period: 'year', currency: 'EUR' }],
    ['3 500 zł/mies.', { min: 3500, max: 3500, period: 'month', currency: 'PLN' }],
    ['45 000 Kč – 55 000 Kč', { min: 45000, max: 55000, period: 'month', currency: 'CZK' }],
    // Revenue and budgets run past a million: no pay.
    ['Umsatz 2.000.000 € - 3.000.000 €', undefined],
    ['Tickets cost 25 kr', undefined],
  ])('%j', (text, salary) => {
    expect(extractSalary(text)).toEqual(salary);
  });
});

describe("a copyright line's owner", () => {
  it.each([
    ['© 2026 Código Norte. Todos los derechos reservados.', 'Código Norte'],
    ['© Northgate Business Review 2026. All rights reserved.', 'Northgate Business Review'],
    ['Copyright © 2021–2026 Pelican Lane Press', 'Pelican Lane Press'],
  ])('%j is %j', (line, owner) => {
    expect(copyrightOwner(line)).toBe(owner);
  });
});

describe('a LinkedIn job copied in Swedish, with the menu over it', () => {
  const text = [
    'Hoppa till huvudinnehåll',
    'LinkedIn',
    'Sök',
    'Hem',
    'Mitt nätverk',
    'Jobb',
    'Meddelanden',
    'Notiser',
    'Jag',
    'För företag',
    'Prova Premium för 0 kr',
    '',
    'Lindqvist Hydraulik AB',
    'Servicetekniker – mobila maskiner',
    'Västerås, Västmanlands län, Sverige · för 2 dagar sedan · 40 sökande',
    '',
    'Hybrid   Heltid   Mellannivå',
    '38 000 kr/mån - 44 000 kr/mån (från arbetsgivaren)',
    '',
    '201–500 anställda · Maskintillverkning',
    '',
    'Om jobbet',
    'Du felsöker och reparerar hydraulik på kundens plats i Mälardalen.',
  ].join('\n');

  it('takes the employer, the job, the place and the pay from under the menu', () => {
    expect(written(text)).toMatchObject({
      company: 'Lindqvist Hydraulik AB',
      position: 'Servicetekniker – mobila maskiner',
      location: 'Västerås, Västmanlands län, Sverige',
      salary: { min: 38000, max: 44000, period: 'month', currency: 'SEK' },
    });
  });

  it('offers no menu item, no upsell and no terms as a field', () => {
    expect(offered(text, 'company')).not.toContain('Hybrid   Heltid   Mellannivå');
    expect(offered(text, 'position')).not.toContain('Hoppa till huvudinnehåll');
    expect(offered(text, 'position')).not.toContain('Prova Premium för 0 kr');
    expect(offered(text, 'location')).not.toContain('Hem');
  });
});

describe('site, floor and trade jobs, and the compounds that name them', () => {
  it.each([
    ['Site Supervisor', true],
    ['Supervisor Gudang Dingin', true],
    ['Lagerchef', true],
    ['Postdoktorand/ka', true],
    ['Teamleitung Vertrieb', true],
    ['Lagermedarbejder til aftenhold', true],
    ['the server is down', false],
    ['Residential Builds', false],
  ])('%j names a job: %s', (text, role) => {
    expect(ROLE_NOUN.test(text)).toBe(role);
  });
});

describe("a board page's employer element", () => {
  const page = (body: string, title = 'Site Supervisor job in Perth, WA - Jobfinder') =>
    buildNote(
      unit('job.html', `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`),
      defaultContext(),
    );

  it('is not a block of questions the employer asks, and is read from a test hook too', () => {
    const note = page(
      '<h1>Site Supervisor</h1><span data-automation="advertiser-name">Jarrah Homes Pty Ltd</span><p>Run three residential sites in the northern suburbs.</p><section class="employer-questions"><h3>Employer questions</h3><ul><li>Do you hold a White Card?</li></ul></section>',
    );
    expect(note.frontmatter.company).toBe('Jarrah Homes Pty Ltd');
    expect(note.frontmatter.position).toBe('Site Supervisor');
  });

  it('is the name under an "About X" heading, in any language', () => {
    const note = page(
      '<h1>Butikschef</h1><p>Du leder butiken i Malmö.</p><section class="about-company"><h2>Om Garnstugan</h2><p>Garnstugan säljer garn.</p></section>',
      'Butikschef - Garnstugan',
    );
    expect(note.frontmatter.company).toBe('Garnstugan');
  });
});

describe('a German public-sector posting', () => {
  const text = [
    'Sachbearbeiter*in Liegenschaften (m/w/d)',
    'Zweckverband Wasser Lippe-Ems',
    '',
    '**Beschäftigungsumfang:** Vollzeit (39 Wochenstunden); Teilzeit grundsätzlich möglich',
    '**Bewerbungsfrist:** 15. Januar 2027',
    '',
    'Bitte bewerben Sie sich ausschließlich über Interamt: https://interamt.example/koop/app/stelle?id=1180442',
  ].join('\n');

  it('reads the hours its label gives, where part-time is only possible', () => {
    expect(written(text)).toMatchObject({ employment: { type: 'full-time' } });
  });

  it('names Interamt as the board, never as the employer', () => {
    const note = buildNote(unit('stelle.txt', text), defaultContext());
    expect(note.frontmatter.source).toBe('Interamt');
    expect(offered(text, 'company')).not.toContain('Interamt');
  });
});

describe('"$" in the country the text names', () => {
  it.each([
    ['Pay: $38.50 – $42 per hour, Geelong VIC', 'AUD'],
    ['Salary: $120,000 – $135,000 + super', 'AUD'],
    ['Salario: $1.750.000 mensual, Bogotá', 'COP'],
    // "can actually act" names no Australian state.
    ['Salary: $150k – $185k, alerts a mechanic can actually act on', 'USD'],
  ])('%j is in %s', (text, currency) => {
    expect(extractSalary(text)?.currency).toBe(currency);
  });
});

describe("an article's headline under the site's menu and masthead", () => {
  it.each([
    [
      'a menu of parts between bars and a section in capitals',
      'Kodowy Rynek  |  Praca  |  Technologie  |  Raporty  |  Podcast          Szukaj\n\nRAPORTY\n\nIle zarabiają testerzy w 2026 roku\n\nAnna Zięba\n2 grudnia 2026\n\nMediana wynagrodzeń testerów wzrosła o 5%.',
      'Ile zarabiają testerzy w 2026 roku',
    ],
    [
      'a masthead in capitals over a menu spaced out',
      'NORRA AFFÄRER\nNyheter   Näringsliv   Jobb   Debatt          Logga in\n\nNÄRINGSLIV\n\nVerkstaden i Sandviken anställer 80 personer\n\nEfter två svaga år vänder det för verkstaden.',
      'Verkstaden i Sandviken anställer 80 personer',
    ],
  ])('%s', (_what, text, title) => {
    expect(extractArticle(text).title).toBe(title);
  });
});

describe("round 13's held-out misses, read after its blind scores", () => {
  it.each([
    ['Rozmowa z HR', 'screening'],
    ['HR-Gespräch', 'screening'],
    ['Do wysłania', 'wishlist'],
  ])('the status %j is %s', (status, stage) => {
    expect(stageOfStatus(status, ctx)).toBe(stage);
  });

  it.each([
    ['6 lis 2026', '2026-11-06'],
    ['3 gru 2026', '2026-12-03'],
    ['14 paź 2026', '2026-10-14'],
  ])('the Polish short month in %j is %s', (cell, day) => {
    expect(readCellDate(cell)).toBe(day);
  });

  it.each([
    ['Salaris: tot € 5.200 bruto per maand', { max: 5200, period: 'month', currency: 'EUR' }],
    ['Lön: upp till 45 000 kr/mån', { max: 45000, period: 'month', currency: 'SEK' }],
    ['Salaris: € 4.000 tot € 5.200 bruto per maand', { min: 4000, max: 5200, period: 'month', currency: 'EUR' }],
  ])('%j is an upper bound where it says "up to"', (text, salary) => {
    expect(extractSalary(text)).toEqual(salary);
  });

  it('reads a Dutch InMail that greets its reader "Hoi" as a message about a role, not an essay', () => {
    const text = readFileSync(
      resolve(
        import.meta.dirname,
        '../fixtures/import-corpus/round13-postings/heldout/postings/linkedin-inmail-nl-anonieme-klant.txt',
      ),
      'utf8',
    );
    const { kind, reason } = explainKind(text);
    expect(kind).toBe('application');
    expect(reason).toContain('a message about a role');
  });
});

describe('work at the office said twice, below the first lines', () => {
  const head = [
    'Servicetechniker (m/w/d)',
    'Kälte Lechner GmbH',
    'Augsburg',
    '',
    'Deine Aufgaben',
    '- Wartung von Kälteanlagen',
    '- Fehlersuche an Steuerungen',
    '- Dokumentation der Einsätze',
    '- Beratung unserer Kunden',
    '',
  ].join('\n');
  it.each([
    ['German', 'Du prüfst Anlagen auch beim Kunden vor Ort.\n\n- Arbeit vor Ort in unserer Werkstatt, kein Homeoffice'],
    ['Italian', 'Lavorerai in presenza nello stabilimento.\n\nOrario: turni in sede dal lunedì al venerdì.'],
  ])('in %s is the office', (_language, tail) => {
    expect(written(`${head}\n${tail}`).workplace).toBe('onsite');
  });

  it('said once is left for review', () => {
    expect(written(`${head}\nDu prüfst Anlagen auch beim Kunden vor Ort.`).workplace).toBeUndefined();
  });
});

describe('something the office has, not where the work is', () => {
  it.each([
    ['Free on-site parking.', undefined],
    ['We offer an onsite gym, on-site childcare and on-site interviews.', undefined],
    ['Kostenlose Parkplätze vor Ort', undefined],
    ['This is an on-site role.', 'onsite'],
    ['Arbeit vor Ort in unserer Werkstatt', 'onsite'],
  ])('%j is %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });
});
