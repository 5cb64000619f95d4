/**
 * The file, in Pagefind's folder, that lists the folders of the search
 * index's other buckets (src/integrations/pagefind-index.ts writes it, the
 * search page merges them): a JSON array like `["b2/", "b3/"]`.
 */
export const BUCKET_LIST = 'dossier-buckets.json';
