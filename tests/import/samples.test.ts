import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { runImport } from '../../src/import/run-import.ts';
import type { SourceResult } from '../../src/import/report.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { defaultContext, missingLines, SAMPLES } from './helpers.ts';

// Runs whenever the samples exist; skipped only where they do not (a fresh clone).
describe.runIf(existsSync(SAMPLES))('the real samples', () => {
  let root: string;
  let results: SourceResult[];
  const note = (prefix: string) => {
    const result = results.find((r) => r.label.includes(prefix));
    if (result?.status !== 'imported') throw new Error(`${prefix} was not imported: ${JSON.stringify(result)}`);
    const content = readFileSync(join(root, result.outcome.note), 'utf8');
    return { result, content, data: splitNote(content).data as Record<string, unknown> };
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dossier-samples-'));
    results = runImport([SAMPLES], { root, ctx: defaultContext(root) });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('become four applications and one article, all valid', () => {
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported']);
    expect(readdirSync(join(root, 'applications'))).toHaveLength(4);
    expect(readdirSync(join(root, 'articles'))).toHaveLength(1);
    const schema = createApplicationSchema(defaultContext().stages);
    for (const r of results) {
      if (r.status !== 'imported') continue;
      const data = splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data;
      const check = (r.kind === 'application' ? schema : ArticleSchema).safeParse(data);
      expect(check.success, `${r.label}: ${JSON.stringify(check.error?.issues)}`).toBe(true);
    }
  });

  it('000, the Notion page: title, properties, unknown properties in extra, pay and workplace from the description', () => {
    const { result, data } = note('000_');
    expect(result.outcome.note).toBe('applications/amazon-language-engineer-i-2024-10-22.mdx');
    expect(data).toEqual({
      company: 'Amazon', // "# Amazon"
      position: 'Language Engineer I', // "Position: Language Engineer I"
      stage: 'no-answer', // "Stage: No Answer"
      applied: '2024-10-22', // "Application Date: October 22, 2024"
      cv: 'Data Science Analyst', // "CV title: Data Science Analyst"
      workplace: 'hybrid', // "a flexible, hybrid work model"
      salary: { min: 51000, max: 114100, currency: 'USD', period: 'year' }, // "$51,000/year … up to $114,100/year"
      importedFrom: '000_b49cde950aca804f.txt', // where it came from
      extra: { Job: 'Other', 'GPT Consult': 'No' },
    });
  });

  it('000 keeps the toggle with the pasted job description as a collapsed block', () => {
    const body = splitNote(note('000_').content).body;
    expect(body).toMatch(/<details>\n<summary>Job Description<\/summary>\n\n\*\*Description\*\*\n/);
    expect(body).toContain('- Source, validate, and deliver high-quality language artifacts and linguistic data');
    expect(body.trimEnd()).toMatch(/\*\*Company\*\*\n\n- Amazon Web Services, Inc.\n\n<\/details>$/);
  });

  // One sentence is one place: a job and an employer read from it alone are offered for review, not written.
  it('001: company and position from prose, offered for review; a 12-month contract, English', () => {
    const { data, content } = note('001_');
    expect(content).toMatch(/- company # candidates: "Amazon" from/); // "Amazon is looking for an AI Content Expert II…"
    expect(content).toMatch(/- position # candidates: "AI Content Expert II" from/);
    expect(data).toEqual({
      company: 'Unknown company',
      position: 'Unknown position',
      review: ['company', 'position'],
      stage: 'wishlist',
      employment: { type: 'contract', term: '12 months' }, // "fixed term contractual role for 12 months"
      languages: ['English'], // "Strong proficiency in English."
      importedFrom: '001_28fc0945554f7094.txt',
    });
  });

  it('002: the legal company name, the job ID, part-time, English; the job from one sentence offered for review', () => {
    const { data, content } = note('002_');
    // "We are looking for a ML Data Associate (ML DA) …": one sentence, one place.
    expect(content).toMatch(/- position # candidates: "ML Data Associate/);
    expect(data).toEqual({
      company: 'Amazon.com Services LLC', // "Company - Amazon.com Services LLC"
      position: 'Unknown position',
      review: ['position'],
      stage: 'wishlist',
      employment: { type: 'part-time' }, // "THIS IS PART TIME"
      jobId: 'A2966509', // "Job ID: A2966509"
      languages: ['English'], // "C1+ or equivalent fluency in English"
      importedFrom: '002_e01b3752fd1a16b8.txt',
    });
  });

  it('004: headline position said again in the text, remote, a yearly range, three languages', () => {
    const { data, content } = note('004_');
    // "Why Join Amazon Web Services (AWS)" is the one place that names the employer: offered for review.
    expect(content).toMatch(/- company # candidates: "Amazon Web Services" from/);
    expect(data).toEqual({
      company: 'Unknown company',
      review: ['company'],
      // "Remote Senior Machine Learning Data Linguist – Bilingual (…) – …", and again in a sentence of the text.
      position: 'Senior Machine Learning Data Linguist',
      stage: 'wishlist',
      workplace: 'remote',
      salary: { min: 40400, max: 86500, currency: 'USD', period: 'year' }, // "$40,400 – $86,500 per year"
      languages: ['Vietnamese', 'Polish', 'Norwegian'], // "Bilingual (Vietnamese / Polish / Norwegian)"
      importedFrom: '004_4396059140a01d2c.txt',
    });
  });

  it('003, the article: title, speaker, his employer; the job listings folded at the end', () => {
    const { result, data, content } = note('003_');
    expect(result.kind).toBe('article');
    expect(data).toEqual({
      title: 'Scaling multilingual virtual assistants to 1,000 languages',
      author: 'Jack FitzGerald',
      companies: ['Amazon'],
      importedFrom: '003_b27a35f57e61ff2a.txt',
    });
    const body = splitNote(content).body;
    const details = body.indexOf('<details>');
    expect(body.indexOf('Keep building.')).toBeLessThan(details);
    expect(body.slice(details)).toMatch(
      /^<details>\n<summary>[^<]+<\/summary>\n\nResearch areas\n\nRelated content\n\nUS, WA, Seattle\n/,
    );
    // In-article "Related content" blurbs stay where they are.
    expect(body.indexOf('Related content\n\nAmazon Visiting Academic Barbara Poblete')).toBeLessThan(details);
  });

  it.each(['000_', '001_', '002_', '003_', '004_'])('%s: every line of the source shows on its note', (prefix) => {
    const file = readdirSync(SAMPLES).find((f) => f.startsWith(prefix))!;
    const lines = readFileSync(join(SAMPLES, file), 'utf8').split(/\r?\n/);
    expect(missingLines(lines, note(prefix).content, defaultContext())).toEqual([]);
  });

  it('re-importing changes nothing', () => {
    const again = runImport([SAMPLES], { root, ctx: defaultContext(root) });
    expect(again.map((r) => (r.status === 'imported' ? r.outcome.action : r.status))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });
});
