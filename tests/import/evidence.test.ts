import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { visibleData } from '../../src/notes/audience.ts';
import { resolve as resolveFields, type Candidate } from '../../src/import/evidence.ts';
import { postingTextToMarkdown } from '../../src/import/note-body.ts';
import { formatResult, type SourceResult } from '../../src/import/report.ts';
import { runImport } from '../../src/import/run-import.ts';
import { defaultContext, useTempDirs } from './helpers.ts';

const temp = useTempDirs('dossier-evidence-');

/** Imports one file written with `text` and returns its result and the note's frontmatter and body. */
function importText(name: string, text: string) {
  const src = temp();
  const root = temp();
  writeFileSync(join(src, name), text);
  const [result] = runImport([join(src, name)], { root, ctx: defaultContext(root) });
  if (result?.status !== 'imported') throw new Error(JSON.stringify(result));
  const content = readFileSync(join(root, result.outcome.note), 'utf8');
  const note = splitNote(content);
  return { result, content, data: note.data as Record<string, unknown>, body: note.body };
}

const c = (field: string, value: unknown, origin: Candidate['origin'], weight: number): Candidate => ({
  field,
  value,
  origin,
  weight,
  evidence: `${origin} ${String(value)}`,
});

describe('the resolver', () => {
  it.each([
    ['one strong reading', [c('location', 'Berlin', 'label', 0.9)], 'Berlin'],
    ['a weak reading alone', [c('location', 'Berlin', 'prose', 0.5)], undefined],
    [
      'two kinds of evidence that agree',
      [c('company', 'Tidewell', 'title', 0.5), c('company', 'Tidewell', 'host', 0.3)],
      'Tidewell',
    ],
    [
      'agreeing spellings',
      [c('location', 'Stockholm (HQ)', 'label', 0.8), c('location', 'Stockholm', 'prose', 0.5)],
      'Stockholm (HQ)',
    ],
    [
      'two strong readings that disagree',
      [c('company', 'Acme', 'label', 0.9), c('company', 'Beta', 'structured', 0.95)],
      undefined,
    ],
    [
      'a strong reading against a weak one',
      [c('company', 'Acme', 'structured', 0.95), c('company', 'Team X', 'title', 0.5)],
      'Acme',
    ],
  ])('%s', (_name, candidates, expected) => {
    const resolved = resolveFields(candidates);
    const field = candidates[0]!.field;
    expect(resolved.values[field]).toBe(expected);
    // Left empty means listed for review, with what the sources offered.
    if (expected === undefined) expect(resolved.review.map((r) => r.field)).toEqual([field]);
  });
});

describe('two readings of one pay', () => {
  const pay = (value: object, origin: Candidate['origin'], weight: number) => c('salary', value, origin, weight);
  it('takes a bound said alone elsewhere ("up to £105k") as the same pay as the range, which says more', () => {
    const range = { min: 90000, max: 105000, currency: 'GBP', period: 'year' };
    const resolved = resolveFields([
      pay({ max: 105000, currency: 'GBP', period: 'year' }, 'top', 0.8),
      pay(range, 'label', 0.9),
    ]);
    expect(resolved.values.salary).toEqual(range);
  });

  it('never joins a lower bound ("€38k+") to a single figure', () => {
    const resolved = resolveFields([
      pay({ min: 38000, currency: 'EUR', period: 'year' }, 'top', 0.8),
      pay({ min: 38000, max: 38000, currency: 'EUR', period: 'year' }, 'prose', 0.75),
    ]);
    expect(resolved.values.salary).toBeUndefined();
  });
});

describe('choosing a job title or an employer: one strong source, or two places that agree', () => {
  /** A reading of `read` (the line or element it was taken from). */
  const r = (
    field: string,
    value: string,
    origin: Candidate['origin'],
    weight: number,
    read?: string,
    echo = false,
  ): Candidate => ({
    field,
    value,
    origin,
    weight,
    evidence: `${origin} ${value}`,
    ...(read ? { read } : {}),
    ...(echo ? { echo } : {}),
  });
  it.each([
    ['a labelled field alone', [r('position', 'Payroll Specialist', 'label', 0.9)], 'Payroll Specialist'],
    ['structured data alone', [r('company', 'Tidewell AB', 'structured', 0.95)], 'Tidewell AB'],
    ['a first line alone', [r('position', 'Payroll Specialist', 'top', 0.65, 'Payroll Specialist')], undefined],
    [
      'a page title alone',
      [r('company', 'Sparkasse Talheim', 'title', 0.6, '<title> Kundenberater - Sparkasse Talheim')],
      undefined,
    ],
    [
      'one sentence alone',
      [r('position', 'Data Engineer', 'prose', 0.7, 'Olmo Foods is looking for a Data Engineer.')],
      undefined,
    ],
    [
      'one line read by two readers',
      [
        r('position', 'Payroll Specialist', 'top', 0.65, 'Payroll Specialist'),
        r('position', 'Payroll Specialist', 'heading', 0.6, '## Payroll Specialist'),
      ],
      undefined,
    ],
    [
      'one sentence read as a line and as a sentence',
      [
        r(
          'company',
          'Fjordline Media AS',
          'top',
          0.7,
          'Fjordline Media AS is looking for a Subtitle Translator to join us.',
        ),
        r(
          'company',
          'Fjordline Media AS',
          'prose',
          0.65,
          'Fjordline Media AS is looking for a Subtitle Translator to join us.',
        ),
      ],
      undefined,
    ],
    [
      'an older reader echoing a line the others read',
      [
        r('position', 'Payroll Specialist', 'top', 0.65, 'Payroll Specialist'),
        r('position', 'Payroll Specialist', 'prose', 0.5, undefined, true),
      ],
      undefined,
    ],
    [
      'the <title> and the <h1>, the employer off the title',
      [
        r('position', 'Senior Legal Counsel - Tidewell', 'title', 0.55, '<title> Senior Legal Counsel - Tidewell'),
        r('position', 'Senior Legal Counsel', 'heading', 0.55, 'Senior Legal Counsel'),
        r('company', 'Tidewell', 'title', 0.4, '<title> Senior Legal Counsel - Tidewell'),
      ],
      'Senior Legal Counsel - Tidewell',
    ],
    [
      'a name inside a longer one, from the title and the address',
      [
        r('company', 'Halvorsen Pharma AG', 'title', 0.55, '<title> Clinical Data Manager - Halvorsen Pharma AG'),
        r('company', 'halvorsen', 'host', 0.3),
      ],
      'Halvorsen Pharma AG',
    ],
    [
      'an echo of the text next to the sender’s address',
      [
        r('company', 'Fernhollow', 'prose', 0.65, undefined, true),
        r('company', 'fernhollow', 'meta', 0.25, 'jobs@fernhollow.example'),
      ],
      'Fernhollow',
    ],
    // The employer's name doubled on the first line (a logo's text, then the name) is no job, when structured
    // data names that employer; a first line a weak reading calls a company still can be the job.
    [
      'the employer named twice on the first line, against structured data',
      [
        r('position', 'Chef de projet CRM', 'structured', 0.95),
        r('position', 'Maison Vert Maison Vert', 'top', 0.6, 'Maison Vert Maison Vert'),
        r('position', 'Maison Vert Maison Vert', 'prose', 0.35, '[Maison Vert Maison Vert](/companies/x)'),
        r('company', 'Maison Vert', 'structured', 0.95),
      ],
      'Chef de projet CRM',
    ],
    [
      'a job title that a weak reading also offers as the employer',
      [
        r('position', 'Backend Engineer', 'top', 0.65, 'Backend Engineer'),
        r('position', 'Backend Engineer', 'title', 0.55, '<title> Backend Engineer'),
        r('company', 'Backend Engineer', 'title', 0.4, '<title> Backend Engineer'),
      ],
      'Backend Engineer',
    ],
    // The <h1> and the <title> agreeing on the full title win over a board's category for the job.
    [
      "the full title in the <h1> and the <title>, against a board's category",
      [
        r('position', 'Founding Backend Engineer', 'heading', 0.55, 'Founding Backend Engineer'),
        r('position', 'Founding Backend Engineer', 'title', 0.55, '<title> Founding Backend Engineer at Patchwise'),
        r('position', 'Backend Engineer', 'label', 0.9, '**Role:** Backend Engineer'),
      ],
      'Founding Backend Engineer',
    ],
    // Words of the job's title as structured data gives it, split off the page's title, name no employer.
    [
      'a team in a structured job title, split off the page title',
      [
        r('company', 'Offshore Wind', 'title', 0.55, '<title> Mar Azul Electrical Engineer – Offshore Wind'),
        r('company', 'Offshore Wind', 'heading', 0.45, 'Electrical Engineer – Offshore Wind'),
        r('company', 'Mar Azul', 'structured', 0.95),
        r('position', 'Electrical Engineer – Offshore Wind', 'structured', 0.95),
      ],
      'Mar Azul',
    ],
    [
      'the file name confirming a title',
      [
        r(
          'position',
          'Payroll Specialist',
          'title',
          0.55,
          '<title> Payroll Specialist - Cedar & Finch Dental Partners',
        ),
        r('position', 'bamboohr payroll specialist boise', 'file', 0.2),
      ],
      'Payroll Specialist',
    ],
    [
      'a file named after the line it confirms',
      [
        r('company', 'Vaga', 'top', 0.5, 'Vaga - Analista de Dados Pleno[a'),
        r('company', 'Vaga - Analista de Dados Pleno (cópia)', 'file', 0.2),
      ],
      undefined,
    ],
  ])('%s', (_name, candidates, expected) => {
    const field = candidates[0]!.field;
    const resolved = resolveFields(candidates);
    expect(resolved.values[field]).toBe(expected);
    // Left empty means listed for review, with the value offered.
    if (expected === undefined) expect(resolved.review.map((x) => x.field)).toContain(field);
  });

  it('never offers the file name itself, not even for review', () => {
    const resolved = resolveFields([r('position', 'senior data engineer at acme', 'file', 0.2)]);
    expect(resolved.values).toEqual({});
    expect(resolved.review).toEqual([]);
  });

  it('leaves a lone first line for review, with it as the candidate, and writes one the text says again', () => {
    const lone = importText('admin.txt', 'Systemadministrator Linux (m/w/d)\n\nDu betreust Server und Netze.\n');
    expect(lone.data.position).toBe('Unknown position');
    expect(lone.data.review).toContain('position');
    expect(lone.content).toMatch(
      /- position # candidates: "Systemadministrator Linux \(m\/w\/d\)" from the first line/,
    );
    const said = importText(
      'admin.txt',
      'Systemadministrator Linux (m/w/d)\n\nAls Systemadministrator Linux betreust du unsere Server und Netze.\n',
    );
    expect(said.data.position).toBe('Systemadministrator Linux (m/w/d)');
  });
});

describe('kind by content', () => {
  it.each([
    [
      'a posting with blog front matter',
      'hiring.md',
      '---\ntitle: "We\'re hiring: Data Engineer"\ndate: 2025-09-18\nauthor: Ana Lopes\n---\n\nOlmo Foods is looking for a Data Engineer.\n\n## What you\'ll do\n\n- Build pipelines\n- Own the warehouse\n\n## Requirements\n\n- SQL\n- Python\n\n**Salary:** €50,000 – €60,000 per year\n\nQuestions? jobs@olmofoods.example\n',
    ],
    [
      'a Markdown note holding a JobPosting JSON-LD block',
      'saved.md',
      '# Notes\n\nSaved this one.\n\n```json\n{"@context":"https://schema.org","@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"@type":"Organization","name":"Olmo Foods"}}\n```\n',
    ],
    ['a one-line hiring post', 'post.txt', 'Olmo Foods | Data Engineer | Salzburg | ONSITE | Full time | €42k+\n'],
    // The post under a chat's channel line, a pinned format rule and the poster's name; a reply about another
    // employer's pay and a name ending in "i" ("Luigi Pereira") change nothing.
    [
      'a hiring post in a chat export',
      'chat.txt',
      '#graz-jobs · Styria Devs Slack · exported 2027-03-02\n\nPinned: use Company | Role | City | ONSITE/REMOTE/HYBRID | Salary\n\nAnna K.  9:02 AM\nOlmo Foods | Data Engineer | Salzburg | ONSITE | Full time | €42k+\nWe make oat drinks.\n\n    Luigi Pereira  9:30 AM\n    Birchwood paid €50k for that last year\n',
    ],
  ])('%s is an application', (_name, file, text) => {
    const { result, data } = importText(file, text);
    expect(result.kind).toBe('application');
    expect(data).toMatchObject({ company: 'Olmo Foods', position: 'Data Engineer' });
    if (file === 'chat.txt')
      expect(data).toMatchObject({
        location: 'Salzburg',
        workplace: 'onsite',
        salary: { min: 42000, currency: 'EUR', period: 'year' },
      });
  });
});

describe("a careers site's page copied as text", () => {
  it('takes the employer from the site header and a labelled line, never the team after the job', () => {
    const { data } = importText(
      'pharmacist.txt',
      [
        'Hollyfield Community Hospital | Careers',
        'Search Jobs   Nursing   Students   Benefits',
        '< Back to search results',
        'Staff Pharmacist - Oncology Department (Nights)',
        'Boise, ID · Req #: 88-120',
        'Facility: Hollyfield Community Hospital, 400 Main St, Boise, ID 83702',
        '',
        'Prepare chemotherapy orders and counsel patients on the night shift.',
      ].join('\n'),
    );
    expect(data.company).toBe('Hollyfield Community Hospital');
    expect(data.company).not.toMatch(/Department/);
  });
});

describe('an honest note', () => {
  it('never takes a file name for the position or the company; lists the candidates it could not decide between', () => {
    const posting = importText(
      'senior data engineer at acme.txt',
      'Our team builds tools.\n\nRequirements\nPython\nSQL\n\nApply now.\n',
    );
    expect(posting.data.position).toBe('Unknown position');
    expect(posting.data.company).toBe('Unknown company');
    expect(posting.data.review).toEqual(expect.arrayContaining(['company', 'position']));
  });

  it('never takes an institution on the first line for the position', () => {
    const { data } = importText(
      'postdoc.txt',
      'Norrvik University\n\nPostdoctoral position in glacier modelling\n\nThe department of earth sciences offers a two-year position.\n\nRequirements\n- A PhD in physics\n',
    );
    expect(data.position).not.toBe('Norrvik University');
  });

  it('writes review candidates as a comment on the field and names them in the report', () => {
    const { content, result } = importText(
      'page.html',
      '<html><head><title>Platform Engineer - Autonomous Driving</title></head><body><h1>Platform Engineer</h1><p>Our Autonomous Driving unit builds perception software for trucks and buses, and is growing. We are a team of forty engineers across two sites. You will build the platform our models run on, from the build system to the fleet telemetry.</p><h2>Requirements</h2><ul><li>Go</li><li>Kubernetes</li></ul></body></html>',
    );
    expect(content).toMatch(/review:\n {2}- company # candidates: "Autonomous Driving" from the page title/);
    expect(formatResult(result as SourceResult)).toMatch(/no company found with confidence \("Autonomous Driving"/);
  });

  it('lists every field written under "found", and writes no derived roleFamily', () => {
    const { result, data } = importText(
      'posting.txt',
      'Data Engineer\n\nOlmo Foods is looking for a Data Engineer.\nLocation: Lyon, France\nClosing date: 30 June 2025\n\nRequirements\nPython\nSQL\n',
    );
    expect(data).not.toHaveProperty('roleFamily');
    expect(data).toMatchObject({ location: 'Lyon, France', deadline: '2025-06-30' });
    if (result.status !== 'imported') throw new Error('not imported');
    // A placeholder left for review ("Unknown company") is not a field found.
    const review = (data.review ?? []) as string[];
    for (const field of Object.keys(data).filter(
      (k) => !['importedFrom', 'extra', 'review', 'stage'].includes(k) && !review.includes(k),
    ))
      expect(result.found, field).toContain(field);
  });

  it('keeps a paragraph a paragraph; lines that follow each other under a requirements label become items', () => {
    const markdown = postingTextToMarkdown(
      'About the role\n\nYou will run our data platform and mentor two engineers.\n\nRequirements\nPython\nSQL\n',
    );
    expect(markdown).toContain('\n\nYou will run our data platform and mentor two engineers.\n\n');
    expect(markdown).toMatch(/- Python\n- SQL/);
  });

  it('writes no empty template heading', () => {
    const { body } = importText('posting.txt', 'Data Engineer\n\nOlmo Foods is looking for a Data Engineer.\n');
    expect(body).not.toMatch(/^## (?:Action items|Notes on the company|Where can I add value\?)\s*$/m);
    expect(body).toMatch(/^## Job description\n/m);
  });
});

describe('tracker columns', () => {
  it('never take a saved date for the application date, a Gmail link for the url, or a filler column for history', () => {
    const { data } = importText(
      'sheet.csv',
      'Company,Role,Date Added,Date Applied,Interview Date,Email thread,Recruiter,Gehalt (€/Jahr)\n' +
        'Acme,Data Engineer,2025-10-01,2025-10-02,01/01/2025,https://mail.google.com/mail/u/0/#inbox/abc,Ann Lee,52.000\n' +
        'Beta,Analyst,2025-10-03,2025-10-05,01/01/2025,https://mail.google.com/mail/u/0/#inbox/def,,\n' +
        'Gamma,Designer,2025-10-04,,01/01/2025,,,\n',
    );
    expect(data).toMatchObject({
      company: 'Acme',
      applied: '2025-10-02',
      contacts: [{ name: 'Ann Lee', role: 'Recruiter' }],
      salary: { min: 52000, max: 52000, currency: 'EUR', period: 'year' },
    });
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('history');
  });
});

describe('tracker rows: stages and history', () => {
  const rows = (text: string) => {
    const src = temp();
    const root = temp();
    writeFileSync(join(src, 'tracker.csv'), text);
    return runImport([join(src, 'tracker.csv')], { root, ctx: defaultContext(root) }).map((r) => {
      if (r.status !== 'imported') throw new Error(JSON.stringify(r));
      return splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data as Record<string, unknown>;
    });
  };

  it('reads an ending from the first words of a comment when only Y/N flags say how far it got', () => {
    const [a, b, c, d] = rows(
      'Organisation,Role,Applied on,Applied?,Interview?,Remarks\n' +
        'Kestrel Mills,Buyer,2025-09-01,Y,N,Unsuccessful – letter came 3 Oct\n' +
        'Ashgrove,Planner,2025-09-02,Y,N,Ghosted\n' +
        'Brindle Co,Analyst,2025-09-03,Y,Y,"Call went well, no offer yet"\n' +
        'Corrie Foods,Chemist,2025-09-04,Y,N,\n',
    );
    expect([a!.stage, b!.stage, c!.stage, d!.stage]).toEqual(['rejected', 'no-answer', 'interviewing', 'applied']);
  });

  it("takes a Notion row's title that names a job for the position, never for the company", () => {
    const src = temp();
    const root = temp();
    const file = join(src, 'Job Hunt 0a1b2c3d4e5f60718293a4b5c6d7e8f90_all.csv');
    writeFileSync(
      file,
      'Name,Company,Status\nFoundry Planner,Brassmoor Works,Applied\nSenior Hydraulic Engineer,,Applied\nTallow & Wick,,Wishlist\n',
    );
    const data = runImport([file], { root, ctx: defaultContext(root) }).map((r) => {
      if (r.status !== 'imported') throw new Error(JSON.stringify(r));
      return splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data as Record<string, unknown>;
    });
    expect(data.map((d) => [d.company, d.position])).toEqual([
      ['Brassmoor Works', 'Foundry Planner'],
      ['Unknown company', 'Senior Hydraulic Engineer'],
      ['Tallow & Wick', 'Unknown position'],
    ]);
  });

  it('starts a history of later steps with the application, and takes no step dated on the day one applied', () => {
    const [a, b] = rows(
      'Company,Position,Status,Date applied,Interview date\n' +
        'Larchwood,Engineer,Interviewing,2025-11-03,2025-11-14\n' +
        'Peatmoss,Designer,Interviewing,2025-11-05,2025-11-05\n' +
        'Quillon,Writer,Applied,2025-11-06,\n',
    );
    expect(a!.history).toEqual([
      { stage: 'applied', date: '2025-11-03' },
      { stage: 'interviewing', date: '2025-11-14' },
    ]);
    expect(b).not.toHaveProperty('history');
  });
});

describe('extra properties of an imported note in the mentor copy', () => {
  it('keeps a column the note has no field for under extra, by its own name: private unless share.publicExtra lists it', () => {
    const { data } = importText(
      'sheet.csv',
      'Company,Role,Date Applied,Mood,Referral bonus\nAcme,Data Engineer,2025-10-02,hopeful,EUR 500 to Kim\n',
    );
    expect(data.extra).toEqual({ Mood: 'hopeful', 'Referral bonus': 'EUR 500 to Kim' });
    const mentor = (publicExtra: string[]) =>
      visibleData('applications', data, 'mentor', UserConfigSchema.parse({ share: { publicExtra } })).extra;
    expect(mentor([])).toEqual({});
    expect(mentor(['Mood'])).toEqual({ Mood: 'hopeful' });
  });
});
