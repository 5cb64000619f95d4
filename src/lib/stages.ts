/**
 * What reaching a stage means, whatever the stage is called: everything that
 * reasons about stages (statistics, the funnel, the overview's prep list)
 * reads kinds, never stage keys, so a pipeline of your own (saved → sent →
 * talks → closed) counts right.
 * - `saved`: a posting kept, not applied to;
 * - `sent`: applied, no answer yet;
 * - `answered`: the employer replied (a screening call);
 * - `interview`, `offer`: how far it got;
 * - `accepted`, `rejected`, `no-answer`, `withdrawn`: how it ended.
 */
export type StageKind =
  'saved' | 'sent' | 'answered' | 'interview' | 'offer' | 'accepted' | 'rejected' | 'no-answer' | 'withdrawn';

export const STAGE_KINDS: readonly StageKind[] = [
  'saved',
  'sent',
  'answered',
  'interview',
  'offer',
  'accepted',
  'rejected',
  'no-answer',
  'withdrawn',
];

/** The forward path, in order: an application that reached one of these also passed every earlier one. */
export const PROGRESS_KINDS: readonly StageKind[] = ['sent', 'answered', 'interview', 'offer', 'accepted'];

/** Kinds that mean the employer answered: any step past sent, or a rejection. */
export const RESPONSE_KINDS: ReadonlySet<StageKind> = new Set([
  'answered',
  'interview',
  'offer',
  'accepted',
  'rejected',
]);

/**
 * Whether a stage is of kind `sent`: a step at it is the application being
 * sent, and an application at it waits for the employer's answer (the stage
 * at which a follow-up falls due).
 */
export const isSentKind = (kind: StageKind): boolean => kind === 'sent';

/**
 * Whether an application at a stage of this kind has a call or an interview
 * near (the employer answered, or interviews are under way): the overview
 * lists its prep sheet.
 */
export const needsPrep = (kind: StageKind): boolean => kind === 'answered' || kind === 'interview';

/** Whether a stage of this kind is a posting kept but not applied to. */
export const isSavedKind = (kind: StageKind): boolean => kind === 'saved';

/**
 * Whether an application that reached these kinds was sent: any kind but
 * saved and withdrawn says so; withdrawn alone does too (withdrawn from a
 * saved posting was never sent).
 */
export function sentByKinds(seen: ReadonlySet<StageKind>): boolean {
  if ([...seen].some((k) => k !== 'saved' && k !== 'withdrawn')) return true;
  return seen.has('withdrawn') && !seen.has('saved');
}

/** One stage as `dossier.config.yaml` gives it (see StageConfigSchema in src/config/schema.ts). */
export interface StageConfig {
  key: string;
  label: string;
  aliases: readonly string[];
  closed: boolean;
  kind: StageKind;
}

/**
 * The form in which stage names are compared: case, spaces, dashes,
 * underscores and punctuation do not matter ("No Answer" = "no-answer").
 */
export function foldStageName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Lookup over the configured pipeline: normalizes whatever the user wrote
 * ("No Answer", "no_answer", "Phone Screen") to a stage key, and gives labels
 * and pipeline order for display.
 */
export interface StageIndex {
  /** Stage keys in pipeline order. */
  readonly keys: readonly string[];
  /** The key a written stage name stands for, or undefined when none does. */
  normalize(name: string): string | undefined;
  /** The display label of a key. */
  label(key: string): string;
  /** Position of a key in the pipeline (0-based); unknown keys sort last. */
  order(key: string): number;
  /** Whether the application is over at this stage. */
  isClosed(key: string): boolean;
  /** What reaching the stage means; an unknown key counts as sent. */
  kind(key: string): StageKind;
  /** The first stage of a kind in pipeline order, if the pipeline has one. */
  firstOfKind(kind: StageKind): string | undefined;
  /** Every name the user may write (labels first), for "did you mean" hints. */
  readonly names: readonly string[];
}

/**
 * The stage a new note starts at when none is given (`npm run new`, the
 * importer): the pipeline's first stage of kind `sent` for an application
 * that was sent, else its first stage of kind `saved`; the pipeline's first
 * stage when it has no stage of that kind.
 */
export function initialStage(stages: Pick<StageIndex, 'keys' | 'firstOfKind'>, sent: boolean): string {
  return stages.firstOfKind(sent ? 'sent' : 'saved') ?? stages.keys[0]!;
}

export function createStageIndex(stages: readonly StageConfig[]): StageIndex {
  const byFolded = new Map<string, string>();
  for (const stage of stages) {
    for (const name of [stage.key, stage.label, ...stage.aliases]) byFolded.set(foldStageName(name), stage.key);
  }
  const byKey = new Map(stages.map((s, i) => [s.key, { ...s, index: i }]));
  return {
    keys: stages.map((s) => s.key),
    normalize: (name) => byFolded.get(foldStageName(name)),
    label: (key) => byKey.get(key)?.label ?? key,
    order: (key) => byKey.get(key)?.index ?? stages.length,
    isClosed: (key) => byKey.get(key)?.closed ?? false,
    kind: (key) => byKey.get(key)?.kind ?? 'sent',
    firstOfKind: (kind) => stages.find((s) => s.kind === kind)?.key,
    names: [...stages.map((s) => s.label), ...stages.flatMap((s) => s.aliases)],
  };
}
