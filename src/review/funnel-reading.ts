/**
 * The weekly review's funnel: how many applications reached each step, and
 * one line, in plain words, on where the funnel narrows, given only where the
 * counts are large enough to say so.
 */

/** The funnel's steps: a posting saved, the application sent, an answer, an interview held, an offer. */
export const FUNNEL_STEPS = ['saved', 'sent', 'answered', 'interview', 'offer'] as const;
export type FunnelStepName = (typeof FUNNEL_STEPS)[number];

/** How many applications got to each step. */
export type FunnelCounts = Record<FunnelStepName, number>;

/** Which counts a reading is drawn from: the week's own, or the whole search up to the week's end. */
export type ReadingBasis = 'week' | 'total';

export interface FunnelReading {
  basis: ReadingBasis;
  /** Which rule of `READING_RULES` gave it. */
  rule: string;
  /** The line shown, in plain words. */
  text: string;
}

/** One rule: the counts it reads, the least count it needs, the ratio that makes it true, and what it says. */
interface ReadingRule {
  id: string;
  basis: ReadingBasis;
  /** The earlier step and the later one. */
  from: FunnelStepName;
  to: FunnelStepName;
  /** The fewest applications at `from` for the rule to speak at all: below it, a ratio says nothing. */
  atLeast: number;
  /** Whether the funnel narrows between the two counts by this rule's measure. */
  narrows: (from: number, to: number) => boolean;
  text: (from: number, to: number) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Rules 1 and 2: many saved, few sent, read on the week's counts or on the whole search's. One
 * measure and one wording, so the week's line and the search's can never drift apart.
 */
const savedButNotSent = (basis: ReadingBasis, atLeast: number, when: string): ReadingRule => ({
  id: `${basis}-saved-sent`,
  basis,
  from: 'saved',
  to: 'sent',
  atLeast,
  narrows: (saved, sent) => sent < 0.3 * saved,
  text: (saved, sent) =>
    `Many saved, few sent: ${plural(saved, 'posting')} saved ${when} and ${sent} sent. The time goes before sending: tailoring each application.`,
});

/**
 * The rules, tried in this order; the first that holds is the reading. Each
 * compares two steps of the funnel and speaks only above a floor, so a week
 * of three postings never gets a diagnosis:
 * 1. this week, at least 5 saved and fewer than 30 % of that many sent:
 *    many saved, few sent; the time goes before sending (tailoring);
 * 2. the whole search, at least 10 saved and fewer than 30 % sent: the same;
 * 3. the whole search, at least 10 sent and fewer than 10 % of them got to an
 *    interview: the CV and the letter are where it narrows;
 * 4. the whole search, at least 5 that got to an interview and no offer:
 *    interviewing is where it narrows (practice).
 * Answers are not read on their own: a step that only says "they replied"
 * comes and goes too fast to count week by week.
 */
export const READING_RULES: readonly ReadingRule[] = [
  savedButNotSent('week', 5, 'this week'),
  savedButNotSent('total', 10, 'so far'),
  {
    id: 'total-sent-interview',
    basis: 'total',
    from: 'sent',
    to: 'interview',
    atLeast: 10,
    narrows: (sent, interviews) => interviews < 0.1 * sent,
    text: (sent, interviews) =>
      `Sent, but few interviews: ${plural(sent, 'application')} sent so far and ${interviews} got to an interview. Look at the CV and the cover letter.`,
  },
  {
    id: 'total-interview-offer',
    basis: 'total',
    from: 'interview',
    to: 'offer',
    atLeast: 5,
    narrows: (_interviews, offers) => offers === 0,
    text: (interviews) =>
      `Interviews, but no offer: ${plural(interviews, 'application')} got to an interview so far and none to an offer. Practise interviewing.`,
  },
];

/**
 * The first rule that holds for these counts, or undefined when none does,
 * either because the counts are too small for any rule (`tooFew`) or
 * because no step narrows by a rule's measure.
 */
export function readFunnel(week: FunnelCounts, total: FunnelCounts): FunnelReading | undefined {
  for (const rule of READING_RULES) {
    const counts = rule.basis === 'week' ? week : total;
    const [from, to] = [counts[rule.from], counts[rule.to]];
    if (from >= rule.atLeast && rule.narrows(from, to))
      return { basis: rule.basis, rule: rule.id, text: rule.text(from, to) };
  }
  return undefined;
}

/** Whether the counts are below every rule's floor: too few applications for any reading. */
export function tooFewToRead(week: FunnelCounts, total: FunnelCounts): boolean {
  return READING_RULES.every((rule) => (rule.basis === 'week' ? week : total)[rule.from] < rule.atLeast);
}
