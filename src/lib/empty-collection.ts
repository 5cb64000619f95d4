import type { Loader } from 'astro/loaders';

/**
 * The loader of an optional folder the archive does not have (`companies/`
 * is optional): no entries, and no warnings. glob() on a missing folder warns
 * that it does not exist, and getCollection() on a collection the store has
 * never seen warns that it "does not exist or is empty", once per page that
 * lists companies. One entry set and deleted again leaves the collection in
 * the store, empty, which is what it is.
 */
export function emptyCollection(): Loader {
  return {
    name: 'dossier-empty-collection',
    load: async ({ store }) => {
      store.clear();
      store.set({ id: 'none', data: {} });
      store.delete('none');
    },
  };
}
