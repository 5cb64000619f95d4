import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/lib/frontmatter.ts';
import { runImport } from '../../src/import/run-import.ts';
import { mapProperties } from '../../src/import/notion-properties.ts';
import { mapColumns, readTrackerRow, type TrackerTable } from '../../src/import/tracker.ts';
import { fieldOfLabel, stageOfStatus } from '../../src/import/vocabulary.ts';
import { defaultContext, useTempDirs } from './helpers.ts';

const tempDir = useTempDirs('dossier-status-', 'each');

/**
 * One vocabulary for statuses (src/import/vocabulary.ts): a tracker's status column and a Notion
 * page's status property name the same field by the same names, and read the same words as the same
 * stage. Each row goes through both readers and through stageOfStatus itself.
 */
const ctx = defaultContext();

/** The stage a tracker with this header and one row of this status reads. */
function trackerStage(header: string, status: string): unknown {
  const table: TrackerTable = {
    label: 'tracker.csv',
    header: ['Company', 'Position', header],
    rows: [['Acme', 'Linguist', status]],
    notion: false,
  };
  return readTrackerRow(mapColumns(table, ctx), table.rows[0]!, ctx).fields.stage;
}

/** The stage a Notion page with this property reads. */
const notionStage = (key: string, status: string): unknown =>
  mapProperties('application', [{ key, value: status }], ctx).fields.stage;

describe('status words: one vocabulary for trackers and Notion', () => {
  it.each([
    ['Applied', 'applied'],
    ['Waiting on them', 'applied'],
    ['Application received', 'applied'],
    ['Phone screen', 'screening'],
    ['Final round', 'interviewing'],
    ['Entretien', 'interviewing'],
    ['面接', 'interviewing'],
    ['Offer', 'offer'],
    ['Offer declined', 'withdrawn'],
    ['Absage', 'rejected'],
    ['No offer', 'rejected'],
    ['Ghosted', 'no-answer'],
    ['Wishlist', 'wishlist'],
    ["Haven't applied yet", 'wishlist'],
    // The configured labels and keys come first.
    ['No answer', 'no-answer'],
    // Round 6: the ways people write statuses in their own sheets and boards, in several languages.
    ['Awaiting response', 'applied'],
    ['In process', 'applied'],
    ['Bewerbung verschickt', 'applied'],
    ['Sollicitatie verstuurd', 'applied'],
    ['Inviata candidatura', 'applied'],
    ['En proceso', 'applied'],
    ['Em análise', 'applied'],
    ['Søgt', 'applied'],
    ['Haettu', 'applied'],
    ['書類選考中', 'applied'],
    ['To do', 'wishlist'],
    ['Maybe', 'wishlist'],
    ['Considering', 'wishlist'],
    ['Coding challenge', 'interviewing'],
    ['Home assignment', 'interviewing'],
    ['Superday', 'interviewing'],
    ['Reference check', 'interviewing'],
    ['Background check', 'interviewing'],
    ['HireVue', 'interviewing'],
    ['Trial day', 'interviewing'],
    ['Probearbeit', 'interviewing'],
    ['Eingeladen', 'interviewing'],
    ['Zweitgespräch', 'interviewing'],
    ['Gesprek gepland', 'interviewing'],
    ['Haastattelu', 'interviewing'],
    ['Telefongespräch', 'screening'],
    ['Counteroffer', 'offer'],
    ['Оффер', 'offer'],
    ['内定', 'offer'],
    ['Vertrag unterschrieben', 'accepted'],
    ['Starting Jan 5', 'accepted'],
    ['Accepted another offer', 'withdrawn'],
    ['Declined by me', 'withdrawn'],
    ['Turned them down', 'withdrawn'],
    ['Pulled out', 'withdrawn'],
    ['Position filled', 'rejected'],
    ["Didn't get it", 'rejected'],
    ['Failed tech test', 'rejected'],
    ['No luck', 'rejected'],
    ['Pas retenu', 'rejected'],
    ['Scartato', 'rejected'],
    ['Hylätty', 'rejected'],
    ['❌', 'rejected'],
    ['👻', 'no-answer'],
    ['Geen reactie', 'no-answer'],
    ['Nessuna risposta', 'no-answer'],
    ['Ingen respons', 'no-answer'],
  ])('%j is %s', (status, stage) => {
    expect({
      vocabulary: stageOfStatus(status, ctx),
      tracker: trackerStage('Status', status),
      notion: notionStage('Status', status),
    }).toEqual({ vocabulary: stage, tracker: stage, notion: stage });
  });

  it.each(['Status', 'Stage', 'Application status', 'Pipeline stage', 'Estado', 'Statut', 'Etap'])(
    'a column or property named %j holds the stage',
    (name) => {
      expect({ tracker: trackerStage(name, 'Offer'), notion: notionStage(name, 'Offer') }).toEqual({
        tracker: 'offer',
        notion: 'offer',
      });
    },
  );
});

describe('a status outside the vocabulary', () => {
  // Words whose stage no reader can tell (who closed it, what is on hold): never guessed.
  it.each(['Hiring freeze', 'On hold', 'Not a fit', 'Heard back', '🤷'])('%j gives no stage', (status) => {
    expect({
      vocabulary: stageOfStatus(status, ctx),
      tracker: trackerStage('Status', status),
      notion: notionStage('Status', status),
    }).toEqual({ vocabulary: undefined, tracker: undefined, notion: undefined });
  });

  it("leaves the note's stage under review: in a tracker row and on a Notion page", () => {
    const root = tempDir();
    const src = tempDir();
    writeFileSync(
      join(src, 'tracker.csv'),
      'Company,Role,Status,Applied\nAcme,Linguist,Hiring freeze,2026-10-02\nBolt,Annotator,Sent CV,2026-10-03\n',
    );
    writeFileSync(
      join(src, 'Acme Linguist 0123456789abcdef0123456789abcdef.md'),
      '# Acme Linguist\n\nCompany: Acme\nPosition: Linguist\nStatus: On hold\n',
    );
    const results = runImport([src], { root, ctx: defaultContext(root) });
    const notes = results.flatMap((r) =>
      r.status === 'imported'
        ? [[r.label.split('/').pop(), splitNote(readFileSync(join(root, r.outcome.note), 'utf8')).data]]
        : [],
    );
    const byLabel = Object.fromEntries(notes) as Record<string, Record<string, unknown>>;
    expect(byLabel['tracker.csv row 2']).toMatchObject({ review: ['stage'], extra: { Status: 'Hiring freeze' } });
    expect(byLabel['tracker.csv row 3']).toMatchObject({ stage: 'applied' });
    expect(byLabel['tracker.csv row 3']!.review).toBeUndefined();
    expect(byLabel['Acme Linguist 0123456789abcdef0123456789abcdef.md']).toMatchObject({
      review: ['stage'],
      extra: { Status: 'On hold' },
    });
  });
});

describe("a tracker's own names for the job and the employer columns", () => {
  it.each([
    ['Opportunity', 'position'],
    ['Role name', 'position'],
    ['Position applied for', 'position'],
    ['Applied for', 'position'],
    ['Jobtitel', 'position'],
    ['Functietitel', 'position'],
    ['Intitulé', 'position'],
    ['Employer name', 'company'],
    ['Organisation name', 'company'],
    ['Firmenname', 'company'],
  ])('%j names %s', (header, field) => {
    expect(fieldOfLabel(header)).toBe(field);
  });
});
