import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineApplication, type TimelineArticle } from '../../src/timeline/build-timeline.ts';
import { PIPELINE } from './make-app.ts';

const app = (
  id: string,
  applied: string | undefined,
  history: [string, string, string?][] = [],
): TimelineApplication => ({
  id,
  url: `/applications/${id}/`,
  data: { company: 'Acme Inc.', position: `Role ${id}`, applied },
  company: { name: 'Acme' },
  history: history.map(([stage, date, note]) => ({ stage, kind: PIPELINE.kind(stage), date, note })),
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
  ])('%s', (_name, apps, articles, expected) => {
    expect(flat(buildTimeline(apps, articles, '2025-06-30'))).toEqual(expected);
  });

  it('labels months and keeps notes and links', () => {
    const [month] = buildTimeline(
      [app('a', undefined, [['screening', '2024-11-03', 'Recruiter call']])],
      [],
      '2025-01-01',
    );
    expect(month).toMatchObject({ key: '2024-11', label: 'November 2024' });
    expect(month!.events[0]).toMatchObject({ url: '/applications/a/', detail: 'Recruiter call', stage: 'screening' });
  });
});
