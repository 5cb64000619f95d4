// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

/**
 * The "plain site" the bench compares Dossier with: Astro + MDX with default
 * options, one page per note plus company and stage lists, and Pagefind run
 * after the build through its Node API, as the issue describes it. Nothing
 * here is tuned; it is the yardstick, not a product.
 */
export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // Keep Vite's own cache with the rest, out of the source tree.
  vite: { cacheDir: `${process.env.BENCH_CACHE_DIR ?? './node_modules/.astro'}/vite` },
  integrations: [
    mdx(),
    {
      name: 'pagefind',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const pagefind = await import('pagefind');
          try {
            const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
            if (!index) throw new Error('Pagefind could not start');
            await index.addDirectory({ path: fileURLToPath(dir) });
            await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          } finally {
            await pagefind.close();
          }
        },
      },
    },
  ],
});
