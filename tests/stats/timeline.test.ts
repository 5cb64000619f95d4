import { describe, expect, it } from 'vitest';
import { isUpcoming } from '../../src/catalog/facts.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import {
  buildTimeline,
  newestFirst,
  type TimelineApplication,
  type TimelineArticle,
} from '../../src/timeline/build-timeline.ts';
import { PIPELINE } from './make-app.ts';

const moment = (day: string, time = '12:00'): BuildMoment => ({ day: day as IsoDate, time });
const NOW = moment('2025-06-30');

const app = (
  id: string,
  applied: string | undefined,
  history: [string, string, string?][] = [],
): TimelineApplication => ({
  id,
  url: `/applications/${id}/`,
  data: { company: 'Acme Inc.', position: `Role ${id}`, applied },
  company: { name: 'Acme' },
  // As the catalog hands them over: with the label and the upcoming mark (src/catalog/facts.ts).
  history: history.map(([stage, date, note]) => {
    const [day, time] = date.split('T') as [string, string?];
    return {
      stage,
      kind: PIPELINE.kind(stage),
      label: PIPELINE.label(stage),
      date: day,
      ...(time ? { time } : {}),
      note,
      upcoming: isUpcoming({ date: day, ...(time ? { time } : {}) }, NOW),
    };
  }),
});
const article = (id: string, data: Partial<TimelineArticle['data']>): TimelineArticle => ({
  id,
  url: `/articles/${id}/`,
  data: { title: `Article ${id}`, ...data },
});
const flat = (months: ReturnType<typeof buildTimeline>) =>
  months.map((m) => [m.key, m.events.map((e) => `${e.date} ${e.kind} ${e.title}${e.upcoming ? ' (upcoming)' : ''}`)]);

describe('buildTimeline', () => {
  it.each([
    ['an empty archive', [], [], []],
    [
      'one application with only an applied day',
      [app('a', '2024-10-22')],
      [],
      [['2024-10', ['2024-10-22 applied Role a at Acme']]],
    ],
    [
      'the applied field and the applied step of the same day are one event',
      [
        app('a', '2024-10-22', [
          ['applied', '2024-10-22'],
          ['screening', '2024-11-03', 'call'],
        ]),
      ],
      [],
      [
        ['2024-10', ['2024-10-22 applied Role a at Acme']],
        ['2024-11', ['2024-11-03 stage Role a at Acme']],
      ],
    ],
    [
      'articles by read day, else published day, undated ones left out',
      [],
      [
        article('r', { read: '2024-10-05', published: '2023-01-01' }),
        article('p', { published: '2024-09-30' }),
        article('u', {}),
      ],
      [
        ['2024-09', ['2024-09-30 article Article p']],
        ['2024-10', ['2024-10-05 article Article r']],
      ],
    ],
    [
      'events in order within a month, future ones marked',
      [app('b', '2025-06-10', [['interviewing', '2025-07-02']]), app('a', '2025-06-01')],
      [article('x', { read: '2025-06-10' })],
      [
        [
          '2025-06',
          ['2025-06-01 applied Role a at Acme', '2025-06-10 applied Role b at Acme', '2025-06-10 article Article x'],
        ],
        ['2025-07', ['2025-07-02 stage Role b at Acme (upcoming)']],
      ],
    ],
    [
      'a step today is upcoming only at a time still to come',
      [
        app('c', undefined, [
          ['screening', '2025-06-30'],
          ['interviewing', '2025-06-30T09:00'],
          ['interviewing', '2025-06-30T15:00'],
        ]),
      ],
      [article('today', { read: '2025-06-30' })],
      [
        [
          '2025-06',
          [
            '2025-06-30 stage Role c at Acme',
            '2025-06-30 stage Role c at Acme',
            '2025-06-30 stage Role c at Acme (upcoming)',
            '2025-06-30 article Article today',
          ],
        ],
      ],
    ],
  ])('%s', (_name, apps, articles, expected) => {
    expect(flat(buildTimeline(apps, articles, NOW))).toEqual(expected);
  });

  it('reads newest first: the months and the events within each, turned around', () => {
    const months = buildTimeline(
      [
        app('a', '2024-10-22', [
          ['screening', '2024-11-03'],
          ['interviewing', '2024-11-20'],
        ]),
      ],
      [],
      NOW,
    );
    expect(flat(newestFirst(months))).toEqual([
      ['2024-11', ['2024-11-20 stage Role a at Acme', '2024-11-03 stage Role a at Acme']],
      ['2024-10', ['2024-10-22 applied Role a at Acme']],
    ]);
  });

  it('names each event: the stage label, the applied label for the applied field, Read or Published', () => {
    const [month] = buildTimeline(
      [app('a', '2024-10-22', [['screening', '2024-10-23']])],
      [article('r', { read: '2024-10-05' }), article('p', { published: '2024-10-06' })],
      NOW,
      'Sent',
    );
    expect(month!.events.map((e) => e.label)).toEqual(['Read', 'Published', 'Sent', 'Screening']);
  });

  it('labels months and keeps notes and links', () => {
    const [month] = buildTimeline(
      [app('a', undefined, [['screening', '2024-11-03', 'Recruiter call']])],
      [],
      moment('2025-01-01'),
    );
    expect(month).toMatchObject({ key: '2024-11', label: 'November 2024' });
    expect(month!.events[0]).toMatchObject({ url: '/applications/a/', detail: 'Recruiter call', stage: 'screening' });
  });
});
