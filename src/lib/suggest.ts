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
    // Two swapped letters ("titel") are one typo, though two edits apart.
    const lower = candidate.toLowerCase();
    const score = isSwap(needle, lower) ? 1 : distance(needle, lower);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  // Allow about one typo in three characters, never more than four edits.
  const limit = Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  return bestScore <= limit ? best : undefined;
}

/** Whether `a` is `b` with two neighbouring characters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** " (did you mean "X"?)" or nothing. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const hit = closest(input, candidates);
  return hit ? ` (did you mean "${hit}"?)` : '';
}
