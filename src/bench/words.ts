import type { Random } from './random.ts';

/**
 * Text for synthetic notes. Real postings and notes draw on a few hundred
 * common words and a long tail of rare ones (product names, places, jargon);
 * the size of a search index depends on that tail, so the vocabulary here is
 * a list of common words plus generated rare words, drawn with Zipf's law.
 */
const COMMON = `the and to of a in for with on our you we will is are as be your this that team work
data experience role product customers build help across skills strong ability language model models
engineering science research learning machine systems quality teams new using including
support business years develop design analysis tools projects working communication written english
annotation linguistic evaluation pipelines pipeline production scale large scalable services platform
python sql statistics experiments metrics improve deliver ownership collaborate stakeholders cross
functional partners requirements solutions customer impact high complex problems technical knowledge
understanding writing review guidelines corpus corpora multilingual speech text translation
localization content labeling datasets dataset training inference deployment monitoring cloud
distributed infrastructure code testing reliable best practices mentor junior senior lead manager
hiring recruiter interview process offer salary benefits remote hybrid onsite office travel
flexible hours growth career opportunity mission values diverse inclusive environment apply
qualifications preferred basic degree bachelor master phd equivalent field related computer
linguistics mathematics physics demonstrated track record fast paced ambiguity prioritize deadlines
independently proactive detail oriented curious learn teach share feedback iterate ship launch
users privacy security compliance ethics responsible fairness bias robustness benchmark benchmarks
annotators vendors workflows tooling dashboards reporting insights recommendations roadmap strategy
vision goals quarterly planning execution agile sprint standup retrospective documentation
onboarding weeks months first second third call calls notes questions answers follow send sent
portfolio story stories example examples prepare prepared practice case study presentation slides
company companies industry market competitors funding startup series growth revenue clients
healthcare finance retail search ads recommendation voice assistant chat conversational agents
generative llm llms prompt prompts fine tuning rlhf preference ranking relevance retrieval
embeddings vector transformer transformers neural network networks deep architecture latency
throughput cost efficiency accuracy precision recall error errors analysis ablation baseline
baselines paper papers publish publications conference reviewers open source community github
kubernetes docker spark airflow dbt snowflake bigquery aws gcp azure pytorch tensorflow jax
pandas numpy scikit tableau looker excel spreadsheets jira confluence notion slack email
polish german french spanish italian portuguese japanese korean chinese arabic hindi dutch swedish
native fluent proficiency bilingual speakers dialects phonetics morphology syntax semantics
pragmatics ontology taxonomy schema guidelines rubric rubrics raters rating ratings judgments
excited about learn value add where can what am i my me they their them he she his her manager
hiring seemed friendly thoughtful asked about background previous role current next steps
timeline decision week reply replied ghosted rejected withdrew accepted declined scheduled
loop panel technical take home assignment coding exercise system design behavioral culture fit
compensation equity bonus relocation visa sponsorship contract permanent full part time`.split(/\s+/);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ner',
  'ta',
  'vi',
  'zu',
  'quo',
  'fen',
  'dra',
  'sil',
  'bor',
  'nex',
  'tri',
  'vel',
  'mor',
  'pha',
  'gri',
  'lun',
  'sta',
  'wen',
  'cor',
  'dal',
  'jo',
  'rim',
  'sef',
  'tav',
  'ulm',
  'yar',
  'zin',
];

export interface Vocabulary {
  /** A word drawn by Zipf's law: common words often, the long tail rarely. */
  word(random: Random): string;
  /** A sentence of `min`–`max` words, capitalized, with a full stop. */
  sentence(random: Random, min?: number, max?: number): string;
  /** A paragraph of `sentences` sentences. */
  paragraph(random: Random, sentences?: number): string;
}

/** A vocabulary of the common words and `tail` generated rare words, made with its own seed. */
export function createVocabulary(random: Random, tail = 6000): Vocabulary {
  const rare = new Set<string>();
  while (rare.size < tail) {
    let w = '';
    const n = random.int(2, 4);
    for (let i = 0; i < n; i++) w += random.pick(SYLLABLES);
    if (!COMMON.includes(w)) rare.add(w);
  }
  const words = [...new Set(COMMON), ...rare];
  // Cumulative Zipf weights (rank^-1), searched by bisection.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  const word = (r: Random) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  const sentence = (r: Random, min = 8, max = 20) => {
    const n = r.int(min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(word(r));
    const s = parts.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (r: Random, sentences = r.int(3, 6)) =>
    Array.from({ length: sentences }, () => sentence(r)).join(' ');
  return { word, sentence, paragraph };
}
