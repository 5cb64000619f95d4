import { foldStageName } from './stages.ts';

/** One configured reason (see OutcomeReasonSchema in src/config/schema.ts). */
export interface OutcomeReasonConfig {
  key: string;
  label: string;
  aliases: readonly string[];
}

/**
 * Lookup over the configured outcome reasons: what `outcome.reason` may say.
 * Names compare as stage names do: case, spaces and dashes aside
 * ("Technical round" = "technical-round").
 */
export interface ReasonIndex {
  /** Reason keys in the configured order. */
  readonly keys: readonly string[];
  /** The key a written reason stands for, or undefined when none does. */
  normalize(name: string): string | undefined;
  /** The display label of a key. */
  label(key: string): string;
  /** Every name the user may write (labels first), for "did you mean" hints. */
  readonly names: readonly string[];
}

export function createReasonIndex(reasons: readonly OutcomeReasonConfig[]): ReasonIndex {
  const byFolded = new Map<string, string>();
  for (const reason of reasons)
    for (const name of [reason.key, reason.label, ...reason.aliases]) byFolded.set(foldStageName(name), reason.key);
  const labels = new Map(reasons.map((r) => [r.key, r.label]));
  return {
    keys: reasons.map((r) => r.key),
    normalize: (name) => byFolded.get(foldStageName(name)),
    label: (key) => labels.get(key) ?? key,
    names: [...reasons.map((r) => r.label), ...reasons.flatMap((r) => r.aliases)],
  };
}
