import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';

// The bench points BENCH_CONTENT at the synthetic archive Dossier builds too.
const root = process.env.BENCH_CONTENT ?? '../../../content';
const notes = (dir: string) => glob({ pattern: '**/*.mdx', base: pathToFileURL(`${root}/${dir}/`) });

// A permissive schema: the plain site checks nothing.
export const collections = {
  applications: defineCollection({ loader: notes('applications'), schema: z.looseObject({}) }),
  articles: defineCollection({ loader: notes('articles'), schema: z.looseObject({}) }),
};
