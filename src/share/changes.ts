import type { SiteCatalog } from '../catalog/index.ts';
import type { IsoDate } from '../lib/dates.ts';
import { settings } from '../config/settings.ts';
import { readChanges } from './manifest.ts';
import { preparedNotesRoot } from './prepare-copy.ts';

/** A note the changes page links to. */
export interface ChangedNote {
  url: string;
  title: string;
  /** "application", "article", "company" or "story". */
  kind: string;
}

/** The changes of this mentor copy, with each note's title and page from the catalog. */
export interface MentorChanges {
  previous?: IsoDate;
  added: ChangedNote[];
  stages: { note: ChangedNote; from: string; to: string; date?: IsoDate }[];
  edited: ChangedNote[];
  removed: number;
}

/**
 * Reads the changes the dossier integration worked out for this mentor build
 * and looks each note up in the catalog. A note the catalog does not have
 * (it cannot happen: both read the same prepared notes) is left out rather
 * than shown by its slug.
 */
export function mentorChanges(catalog: SiteCatalog): MentorChanges {
  const changes = readChanges(preparedNotesRoot(settings().cacheDir));
  const find = (collection: string, id: string): ChangedNote | undefined => {
    if (collection === 'applications') {
      const app = catalog.applicationById(id);
      return app && { url: app.url, title: `${app.data.position} at ${app.company.name}`, kind: 'application' };
    }
    if (collection === 'articles') {
      const article = catalog.articleById(id);
      return article && { url: article.url, title: article.data.title, kind: 'article' };
    }
    if (collection === 'stories') {
      const story = catalog.storyById(id);
      return story && { url: story.url, title: story.data.title, kind: 'story' };
    }
    const company = catalog.companies.find((c) => c.note?.id === id);
    return company && { url: company.url, title: company.name, kind: 'company' };
  };
  const notes = (list: { collection: string; id: string }[]) => list.flatMap((n) => find(n.collection, n.id) ?? []);
  return {
    previous: changes.previous,
    added: notes(changes.added),
    stages: changes.stages.flatMap((s) => {
      const note = find('applications', s.id);
      return note ? [{ note, from: s.from, to: s.to, date: s.date }] : [];
    }),
    edited: notes(changes.edited),
    removed: changes.removed,
  };
}
