import { findSection, splitSections, type Section } from './heading-sections.ts';

/** The user's own sections a prep sheet shows, in the order it shows them, with the headings the template writes. */
export const PREP_SECTIONS = [
  {
    key: 'value',
    title: 'Where can I add value?',
    names: ['Where can I add value?', 'Where I can add value', 'Where I add value'],
  },
  {
    key: 'excited',
    title: 'What am I excited about? What will I learn?',
    names: ['What am I excited about? What will I learn?', 'What am I excited about?', 'What excites me'],
  },
  {
    key: 'recruiter',
    title: 'Notes on recruiter/hiring manager',
    names: [
      'Notes on recruiter/hiring manager',
      'Notes on recruiter',
      'Notes on the hiring manager',
      'Recruiter notes',
    ],
  },
  {
    key: 'company',
    title: 'Notes on the company',
    names: ['Notes on the company', 'Company notes', 'About the company'],
  },
] as const;

export type PrepSectionKey = (typeof PREP_SECTIONS)[number]['key'];

/** One of the user's sections found in a note, with the template's title. */
export interface UserSection extends Section {
  key: PrepSectionKey;
  title: string;
}

/** The user's sections of an application body that hold something (the template's empty `-` does not count). */
export function userSections(body: string): UserSection[] {
  const sections = splitSections(body);
  return PREP_SECTIONS.flatMap((p) => {
    const found = findSection(sections, p.names);
    return found ? [{ ...found, key: p.key, title: p.title }] : [];
  });
}
