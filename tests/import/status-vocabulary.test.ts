import { describe, expect, it } from 'vitest';
import { mapProperties } from '../../src/import/notion-properties.ts';
import { mapColumns, readTrackerRow, type TrackerTable } from '../../src/import/tracker.ts';
import { stageOfStatus } from '../../src/import/vocabulary.ts';
import { defaultContext } from './helpers.ts';

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
