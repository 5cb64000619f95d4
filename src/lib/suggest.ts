import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, when it is close enough to be a likely
 * typo ("No Anser" → "No Answer"). Compared without regard to case.
 * fastest-levenshtein does the edit distance: small, fast and well kept.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  return closeCandidates(input, candidates)[0];
}

/**
 * Every candidate close enough to `input` to be what a typo meant, closest
 * first (ties in the candidates' order): for a choice the user must make,
 * where picking one of two equally close names would be a guess.
 */
export function closeCandidates(input: string, candidates: readonly string[]): string[] {
  const needle = input.toLowerCase().trim();
  if (!needle) return [];
  // Allow about one typo in three characters, never more than four edits.
  const limit = Math.min(4, Math.max(1, Math.floor(needle.length / 3)));
  return candidates
    .map((candidate, i) => {
      // Two swapped letters ("titel") are one typo, though two edits apart.
      const lower = candidate.toLowerCase();
      return { candidate, i, score: isSwap(needle, lower) ? 1 : distance(needle, lower) };
    })
    .filter((c) => c.score <= limit)
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map((c) => c.candidate);
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
