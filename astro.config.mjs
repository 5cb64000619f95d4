// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { settingsOrExit } from './src/config/settings.ts';
import dossier from './src/integrations/dossier.ts';
import dossierDev from './src/integrations/dev-problems.ts';
import { collapseJobDescription } from './src/markdown/collapse-job-description.ts';
import { dropPrivateBlocks } from './src/markdown/drop-private-blocks.ts';
import { imageReferences } from './src/markdown/image-references.ts';
import { safeLinks } from './src/markdown/safe-links.ts';
import { taskListLabels } from './src/markdown/task-list-labels.ts';

// Read once; a bad setting or configuration file is reported here, before anything is built.
const settings = settingsOrExit();

export default defineConfig({
  // The mentor build goes to its own folder so it can never be mixed up with the owner's.
  outDir: settings.outDir,
  // One cache per audience (and per test build) keeps one build's data out of another's: the
  // content cache holds rendered Markdown, which for the owner still has its <Private> blocks.
  cacheDir: settings.cacheDir,
  // DOSSIER_BASE serves the site from a sub-folder (a GitHub Pages project site).
  base: settings.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({
      // Private blocks go first: an image reference inside one is never listed as an image to emit.
      mdastPlugins: [dropPrivateBlocks(settings.audience), imageReferences],
      hastPlugins: [taskListLabels, collapseJobDescription(settings.config.collapseJobDescriptionOver), safeLinks],
    }),
  },
  integrations: [mdx({ optimize: true }), dossier(), dossierDev()],
  vite: {
    build: {
      // The incremental build leaves a reused page where the last build wrote it instead of
      // deleting the folder and copying every page back; the dossier integration removes what no
      // route of this build claims (src/integrations/prune-output.ts).
      emptyOutDir: false,
      rolldownOptions: {
        // Astro's own content-assets plugin marks each MDX module with the directive
        // "use astro:head-inject", which the bundler reports as ignored, about ten lines per note
        // that takes the full MDX path. Only that warning is dropped: any other reaches the user.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Pages whose getStaticPaths() returns a cacheKey (src/catalog/cache-key.ts) are reused from the
  // previous build when the key and the page's code are unchanged: a one-note edit re-renders a
  // handful of pages instead of all of them. Output copies live in cacheDir.
  experimental: { incrementalBuild: true },
});
