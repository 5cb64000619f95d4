/** One stage as `dossier.config.yaml` gives it (see StageConfigSchema in src/config/schema.ts). */
export interface StageConfig {
  key: string;
  label: string;
  aliases: readonly string[];
  closed: boolean;
}

/**
 * The form in which stage names are compared: case, spaces, dashes,
 * underscores and punctuation do not matter ("No Answer" = "no-answer").
 */
export function foldStageName(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
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
  /** Every name the user may write (labels first), for "did you mean" hints. */
  readonly names: readonly string[];
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
    names: [...stages.map((s) => s.label), ...stages.flatMap((s) => s.aliases)],
  };
}
