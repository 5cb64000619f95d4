import { isSentKind } from '../lib/stages.ts';
import { rate, type Rate } from './figure.ts';
import { hasResponse, isSent, reached, type StatsApplication } from './progress.ts';

/** Outcomes as shares of the sent applications. */
export interface OutcomeRates {
  /** Applications sent (everything but saved postings). */
  sent: number;
  /** Saved postings never sent (wishlist). */
  notSent: number;
  /** Any answer from the employer: screening or later, or a rejection. */
  response: Rate;
  /** Reached the interviewing stage. */
  interview: Rate;
  /** Reached an offer. */
  offer: Rate;
  /** Currently rejected. */
  rejection: Rate;
  /** Currently marked "no answer" (ghosted). */
  noAnswer: Rate;
  /** Currently withdrawn by the user. */
  withdrawn: Rate;
  /** Sent, no answer yet and not closed: still waiting. */
  waiting: Rate;
}

export function outcomeRates(apps: readonly StatsApplication[]): OutcomeRates {
  const sent = apps.filter(isSent);
  const n = sent.length;
  const count = (test: (app: StatsApplication) => boolean) => rate(sent.filter(test).length, n);
  return {
    sent: n,
    notSent: apps.length - n,
    response: count(hasResponse),
    interview: count((a) => reached(a, 'interview')),
    offer: count((a) => reached(a, 'offer')),
    rejection: count((a) => a.stage.kind === 'rejected'),
    noAnswer: count((a) => a.stage.kind === 'no-answer'),
    withdrawn: count((a) => a.stage.kind === 'withdrawn'),
    waiting: count((a) => !hasResponse(a) && isSentKind(a.stage.kind)),
  };
}
