/**
 * The user's note template: the sections every application note starts with,
 * in the order the user keeps them. `npm run new` and the importer both write
 * it, so a note made either way looks the same.
 */
export const APPLICATION_SECTIONS = [
  'Action items',
  'Notes on the company',
  'Where can I add value?',
  'What am I excited about? What will I learn?',
  'Notes on recruiter/hiring manager',
  'Job description',
] as const;

export type ApplicationSection = (typeof APPLICATION_SECTIONS)[number];

/**
 * The body of a new application note: each section as a `##` heading, an
 * task under "Action items" and an empty bullet elsewhere, and the job
 * description (Markdown, already safe for MDX) under its heading when known.
 * The one task, "Next step", is there to be replaced.
 */
export function applicationTemplate(opts: { jobDescription?: string } = {}): string {
  const parts = APPLICATION_SECTIONS.map((section) => {
    if (section === 'Job description') return `## ${section}\n\n${opts.jobDescription?.trim() || '-'}\n`;
    // A task needs text after its box to render as a checkbox; an empty one would be plain "[ ]".
    return `## ${section}\n\n${section === 'Action items' ? '- [ ] Next step' : '-'}\n`;
  });
  return `${parts.join('\n')}`;
}

/** The body of a new article note. */
export function articleTemplate(): string {
  return '## Key points\n\n-\n\n## How it helps my applications\n\n-\n';
}
