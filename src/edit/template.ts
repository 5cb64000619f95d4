/**
 * The user's note template: the sections every application note starts with,
 * in the order the user keeps them. `npm run new` and the importer both write
 * its headings, so a note made either way looks the same.
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
 * The body of a new application note: each section as a `##` heading, empty,
 * ready to be filled. No placeholder task or empty bullet: a "- [ ] Next
 * step" would be an open action item on the overview (and in the mentor's
 * copy), and an empty "-" an empty bullet on the page.
 */
export function applicationTemplate(): string {
  return APPLICATION_SECTIONS.map((section) => `## ${section}\n`).join('\n');
}

/** The body of a new article note: its two sections, empty. */
export function articleTemplate(): string {
  return '## Key points\n\n## How it helps my applications\n';
}
