import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import type { BuildMoment } from '../../src/config/build-day.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { createContext } from '../../src/config/load.ts';
import { UserConfigSchema } from '../../src/config/schema.ts';
import { createApplicationSchema } from '../../src/schemas/application.ts';

export const ctx = createContext('/nowhere', UserConfigSchema.parse({}));
const schema = createApplicationSchema(ctx.stages);

/** The moment the sample is built at: 22 November 2026, noon. */
export const NOW: BuildMoment = { day: '2026-11-22' as IsoDate, time: '12:00' };

/** Three applications with awkward text: commas, quotes, line breaks, non-ASCII, a formula-like note. */
export const sampleCatalog = (audience: 'owner' | 'mentor' = 'owner') =>
  buildCatalog(
    {
      applications: [
        {
          id: 'borealis-le',
          data: schema.parse({
            company: 'Borealis Cloud, Inc.',
            position: 'Language Engineer I, "Aurora"',
            stage: 'interviewing',
            applied: '2024-10-22',
            cv: 'Linguist – long',
            location: 'Kraków, Poland',
            workplace: 'hybrid',
            employment: { type: 'contract', term: '12 months' },
            salary: { min: 52000, max: 68000, currency: 'eur' },
            jobId: '2781044',
            url: 'https://jobs.example.org/borealis/2781044',
            source: 'referral',
            languages: ['English', 'Polish'],
            tags: ['nlp', 'big-tech'],
            contacts: [{ name: 'Aoife Brennock', role: 'Recruiter', email: 'aoife@example.com' }, { name: 'Tomasz' }],
            history: [
              { stage: 'applied', date: '2024-10-22', note: 'Referral, submitted the same day' },
              { stage: 'screening', date: '2024-11-03', note: 'Call:\n"Python level?"' },
              { stage: 'interviewing', date: '2099-03-04', note: '=SUM(A1) is not a formula here; loop of four' },
            ],
            deadline: '2099-02-01',
            articles: ['scaling'],
            share: true,
            extra: { 'GPT Consult': 'No', Referral: true, Rounds: [1, 2] },
          }),
          body: '',
          entry: null,
        },
        {
          id: 'quiet-private',
          data: schema.parse({
            company: 'Quietcorp',
            position: 'Data Scientist',
            stage: 'applied',
            applied: '2024-09-01',
            deadline: '2099-01-10',
          }),
          body: '',
          entry: null,
        },
        {
          id: 'closed',
          data: schema.parse({
            company: 'Gone Ltd',
            position: 'Analyst',
            stage: 'rejected',
            applied: '2024-08-01',
            history: [{ stage: 'interviewing', date: '2099-05-05' }],
            deadline: '2099-05-01',
            outcome: { reason: 'coding round', feedback: 'Not enough on the coding bar.' },
            share: true,
          }),
          body: '',
          entry: null,
        },
      ],
      articles: [],
      companies: [],
    },
    ctx,
    audience,
    NOW,
  );
