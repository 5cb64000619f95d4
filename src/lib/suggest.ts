import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, when it is close enough to be a likely
 * typo ("No Anser" → "No Answer"). Compared without regard to case.
 * fastest-levenshtein does the edit distance: small, fast and well kept.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase().trim();
  if (!needle) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  // Allow about one typo in three characters, never more than four edits.
  const limit = Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  return bestScore <= limit ? best : undefined;
}

/** " (did you mean "X"?)" or nothing. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const hit = closest(input, candidates);
  return hit ? ` (did you mean "${hit}"?)` : '';
}
