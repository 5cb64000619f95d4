import { DEBRIEF_PARTS } from './debriefs.ts';

/**
 * The debrief `npm run debrief` appends: the heading with the day and stage,
 * the four parts under the names the reader knows first, and a line for the
 * stories told, e.g.
 *
 * ```
 * ## Debrief 2026-12-03 · Interviewing
 * ### Questions they asked
 * - …
 * ```
 */
export function debriefTemplate(date: string, stageLabel?: string): string {
  const [questions, wentWell, doBetter, followUps] = [
    DEBRIEF_PARTS.questions[0],
    DEBRIEF_PARTS.wentWell[0],
    DEBRIEF_PARTS.doBetter[0],
    DEBRIEF_PARTS.followUps[0],
  ];
  return [
    `## Debrief ${date}${stageLabel ? ` · ${stageLabel}` : ''}`,
    '',
    `### ${questions}`,
    '',
    '- ',
    '',
    `### ${wentWell}`,
    '',
    '- ',
    '',
    `### ${doBetter}`,
    '',
    '- ',
    '',
    `### ${followUps}`,
    '',
    '- [ ] ',
    '',
    `${DEBRIEF_PARTS.stories[0]}: `,
    '',
  ].join('\n');
}
