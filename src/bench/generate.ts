import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utcDay } from '../lib/dates.ts';
import { createRandom, type Random } from './random.ts';
import { createVocabulary, type Vocabulary } from './words.ts';

/**
 * A synthetic archive shaped like a real one of several years: 90%
 * applications and 10% articles, bodies of 8–12 KB in the user's section
 * template (task lists, notes, a pasted job description), about 200
 * companies, every stage, dates over three years. The same options always
 * give the same files.
 */
export interface ArchiveOptions {
  /** Number of notes (applications + articles). */
  notes: number;
  /** Seed of the random generator. */
  seed?: number;
  /** Number of companies the notes are spread over. */
  companies?: number;
  /** The last day of the three years the dates fall in. */
  until?: string;
}

export interface GeneratedNote {
  collection: 'applications' | 'articles';
  /** File name inside the collection folder. */
  file: string;
  text: string;
  /** Frontmatter values the tests check the distribution of. */
  company?: string;
  stage?: string;
  date: string;
}

export const DEFAULT_SEED = 20261122;

/** Where applications end up; closed stages dominate a long search, as they do in life. */
const STAGE_WEIGHTS = {
  wishlist: 6,
  applied: 12,
  screening: 7,
  interviewing: 6,
  offer: 2,
  accepted: 1,
  rejected: 34,
  withdrawn: 7,
  'no-answer': 25,
} as const;
type Stage = keyof typeof STAGE_WEIGHTS;
/** The path an application takes to reach each stage. */
const PATH: Record<Stage, Stage[]> = {
  wishlist: ['wishlist'],
  applied: ['applied'],
  screening: ['applied', 'screening'],
  interviewing: ['applied', 'screening', 'interviewing'],
  offer: ['applied', 'screening', 'interviewing', 'offer'],
  accepted: ['applied', 'screening', 'interviewing', 'offer', 'accepted'],
  rejected: ['applied', 'screening', 'rejected'],
  withdrawn: ['applied', 'screening', 'withdrawn'],
  'no-answer': ['applied', 'no-answer'],
};

const POSITIONS = [
  'Language Engineer',
  'Computational Linguist',
  'Data Scientist',
  'Applied Scientist',
  'Research Scientist',
  'Machine Learning Engineer',
  'Software Engineer',
  'Data Analyst',
  'Research Engineer',
  'Localization Specialist',
  'Annotation Lead',
  'Product Manager',
  'Content Expert',
  'Analytics Engineer',
];
const SENIORITY = ['', '', '', 'Senior ', 'Staff ', 'Lead '];
const GRADES = ['', '', ' I', ' II', ' III'];
const SUFFIXES = ['Inc.', 'GmbH', 'Labs', 'AI', 'Ltd', 'Technologies', 'S.A.', 'Systems', 'Group', 'sp. z o.o.', ''];
const SYLLABLES = [
  'or',
  'bit',
  'tes',
  'sel',
  'ka',
  'nova',
  'lum',
  'ex',
  'ver',
  'ta',
  'quan',
  'dor',
  'syn',
  'ap',
  'tix',
  'mer',
  'io',
  'zen',
  'fal',
  'cor',
  'ri',
  'vo',
];
const CITIES = [
  'Warsaw',
  'Berlin',
  'Kraków',
  'London',
  'Dublin',
  'Amsterdam',
  'Barcelona',
  'Remote (EU)',
  'New York',
  'Seattle',
  'Zürich',
  'Prague',
];
const SOURCES = ['LinkedIn', 'company site', 'referral', 'recruiter', 'job board', 'meetup'];
const DAY = 86_400_000;
/** Bodies are 8–12 KB: each aims at a size in this range and never passes 12 KB. */
const MIN_BODY = 8 * 1024 + 200;
const TARGET_MAX = 11 * 1024;
const MAX_BODY = 12 * 1024 - 64;

const iso = (ms: number): string => utcDay(new Date(ms)) ?? '';
const yaml = (value: string) => JSON.stringify(value);
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function companyNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    let stem = '';
    for (let i = random.int(2, 3); i > 0; i--) stem += random.pick(SYLLABLES);
    const suffix = random.pick(SUFFIXES);
    names.add(`${stem[0]!.toUpperCase()}${stem.slice(1)}${suffix ? ` ${suffix}` : ''}`);
  }
  return [...names];
}

function bulletList(random: Random, words: Vocabulary, count: number, task = false): string {
  return Array.from(
    { length: count },
    () => `- ${task ? (random.chance(0.5) ? '[x] ' : '[ ] ') : ''}${words.sentence(random, 4, 12)}`,
  ).join('\n');
}

/** The job description: a posting of about-the-role prose and lists, long enough to bring the body to `target` bytes. */
function jobDescription(random: Random, words: Vocabulary, sizeSoFar: number, target: number): string {
  const parts = ['## Job description', '', '### About the role', '', words.paragraph(random)];
  let size = sizeSoFar + parts.join('\n').length;
  const blocks = [
    () => ['', '### Responsibilities', '', bulletList(random, words, random.int(4, 8))],
    () => ['', '### Qualifications', '', bulletList(random, words, random.int(4, 8))],
    () => ['', words.paragraph(random)],
  ];
  let i = 0;
  while (size < target) {
    const block = blocks[i++ % blocks.length]!().join('\n');
    if (size + block.length > MAX_BODY) break;
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n');
}

function applicationNote(
  random: Random,
  words: Vocabulary,
  index: number,
  company: string,
  start: number,
  end: number,
  taken: Set<string>,
): GeneratedNote {
  const stage = random.weighted(STAGE_WEIGHTS);
  const position = `${random.pick(SENIORITY)}${random.pick(POSITIONS)}${random.pick(GRADES)}`;
  let applied = start + random.int(0, Math.floor((end - start) / DAY) - 60) * DAY;
  // One company, position and day make one application (validation reports a second as a duplicate).
  while (taken.has(`${company}|${position}|${applied}`)) applied += DAY;
  taken.add(`${company}|${position}|${applied}`);
  const history = PATH[stage].map(
    (s, step) =>
      `  - { stage: ${s}, date: ${iso(applied + step * random.int(5, 14) * DAY)}${step > 0 && random.chance(0.5) ? `, note: ${yaml(words.sentence(random, 3, 7))}` : ''} }`,
  );
  const min = random.int(40, 120) * 1000;
  const frontmatter = [
    '---',
    `company: ${yaml(company)}`,
    `position: ${yaml(position)}`,
    `stage: ${stage}`,
    // A saved posting has no application date; its history step dates it.
    ...(stage === 'wishlist' ? [] : [`applied: ${iso(applied)}`]),
    `cv: ${yaml(random.pick(['Linguist – long', 'Data Science Analyst', 'ML – short', 'General']))}`,
    `location: ${yaml(random.pick(CITIES))}`,
    `workplace: ${random.pick(['onsite', 'hybrid', 'remote'])}`,
    `employment: ${random.pick(['full-time', 'full-time', 'contract', 'part-time'])}`,
    `salary: { min: ${min}, max: ${min + random.int(5, 40) * 1000}, currency: ${random.pick(['USD', 'EUR', 'PLN'])} }`,
    `source: ${yaml(random.pick(SOURCES))}`,
    `url: https://jobs.example.com/${slug(company)}/${index}`,
    `tags: [${[words.word(random), words.word(random)].map(yaml).join(', ')}]`,
    ...(history.length ? ['history:', ...history] : []),
    ...(random.chance(0.2) ? [`deadline: ${iso(applied + 21 * DAY)}`] : []),
    '---',
  ].join('\n');
  const target = random.int(MIN_BODY, TARGET_MAX);
  const mine = [
    '## Action items',
    '',
    bulletList(random, words, random.int(2, 6), true),
    '',
    '## Notes on the company',
    '',
    words.paragraph(random),
    '',
    words.paragraph(random),
    '',
    '## Where can I add value?',
    '',
    bulletList(random, words, random.int(3, 5)),
    '',
    '## What am I excited about? What will I learn?',
    '',
    words.paragraph(random),
    '',
    '## Notes on recruiter/hiring manager',
    '',
    words.paragraph(random, random.int(1, 3)),
    '',
  ].join('\n');
  const body = `${mine}\n${jobDescription(random, words, mine.length, target)}\n`;
  return {
    collection: 'applications',
    file: `${slug(company)}-${slug(position)}-${index}.mdx`,
    text: `${frontmatter}\n\n${body}`,
    company,
    stage,
    date: iso(applied),
  };
}

function articleNote(
  random: Random,
  words: Vocabulary,
  index: number,
  companies: readonly string[],
  start: number,
  end: number,
): GeneratedNote {
  const published = start + random.int(0, Math.floor((end - start) / DAY) - 30) * DAY;
  const title = words.sentence(random, 4, 9).replace(/\.$/, '');
  const about = random.chance(0.7) ? [random.pick(companies)] : [];
  const frontmatter = [
    '---',
    `title: ${yaml(title)}`,
    `author: ${yaml(`${random.pick(['A.', 'B.', 'K.', 'M.', 'R.'])} ${random.pick(['Ivers', 'Nowak', 'Schmidt', 'Okafor', 'Lind', 'Moreau'])}`)}`,
    `source: ${yaml(random.pick(['Company blog', 'ACL Anthology', 'Newsletter', 'Conference talk', 'Podcast']))}`,
    `url: https://articles.example.com/${index}`,
    `published: ${iso(published)}`,
    `read: ${iso(published + random.int(0, 20) * DAY)}`,
    `companies: [${about.map(yaml).join(', ')}]`,
    `roleFamilies: [${yaml(random.pick(['Language & AI Data', 'Applied Science', 'Data Science', 'Machine Learning Engineering']))}]`,
    `tags: [${[words.word(random), words.word(random)].map(yaml).join(', ')}]`,
    '---',
  ].join('\n');
  const target = random.int(MIN_BODY, TARGET_MAX);
  const parts = [
    '## Takeaways',
    '',
    bulletList(random, words, random.int(3, 6)),
    '',
    '## Action items',
    '',
    bulletList(random, words, 2, true),
    '',
    '## Notes',
    '',
  ];
  let size = parts.join('\n').length;
  while (size < target) {
    const p = random.chance(0.2)
      ? `### ${words.sentence(random, 2, 5).replace(/\.$/, '')}\n\n${words.paragraph(random)}`
      : words.paragraph(random);
    if (size + p.length > MAX_BODY) break;
    parts.push(p, '');
    size += p.length + 2;
  }
  return {
    collection: 'articles',
    file: `article-${index}-${slug(title).slice(0, 40)}.mdx`,
    text: `${frontmatter}\n\n${parts.join('\n')}`,
    date: iso(published),
  };
}

/** The notes of a synthetic archive, in memory. */
export function generateNotes(options: ArchiveOptions): GeneratedNote[] {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const words = createVocabulary(createRandom((options.seed ?? DEFAULT_SEED) ^ 0x5eed));
  const end = Date.parse(`${options.until ?? '2026-11-22'}T00:00:00Z`);
  const start = end - 3 * 365 * DAY;
  const companies = companyNames(random, options.companies ?? 200);
  const notes: GeneratedNote[] = [];
  let apps = 0;
  const taken = new Set<string>();
  for (let i = 0; i < options.notes; i++) {
    // Every tenth note is an article, so any prefix of the archive has the same mix;
    // an article is about a company some application names, as validation requires.
    notes.push(
      i % 10 === 9
        ? articleNote(random, words, i, companies.slice(0, Math.min(apps, companies.length)), start, end)
        : applicationNote(random, words, i, companies[apps++ % companies.length]!, start, end, taken),
    );
  }
  return notes;
}

/**
 * Writes the archive into `dir` (applications/, articles/) and returns its notes. No companies/:
 * the generator writes no company notes, and the folder is optional.
 */
export function writeArchive(dir: string, options: ArchiveOptions): GeneratedNote[] {
  const notes = generateNotes(options);
  for (const collection of new Set(notes.map((n) => n.collection)))
    mkdirSync(join(dir, collection), { recursive: true });
  for (const note of notes) writeFileSync(join(dir, note.collection, note.file), note.text);
  return notes;
}

/** The body of a note, without its frontmatter. */
export function bodyOf(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
