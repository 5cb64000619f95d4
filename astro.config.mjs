// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { audienceFromEnv } from './src/catalog/audience.ts';
import { contentRoot } from './src/config/content-root.ts';
import { basePath } from './src/config/site-path.ts';
import { loadUserConfig } from './src/config/load.ts';
import { UserConfigSchema } from './src/config/schema.ts';
import dossier from './src/integrations/dossier.ts';
import { collapseJobDescription } from './src/markdown/collapse-job-description.ts';
import { dropPrivateBlocks } from './src/markdown/drop-private-blocks.ts';
import { safeLinks } from './src/markdown/safe-links.ts';
import { taskListLabels } from './src/markdown/task-list-labels.ts';

const audience = audienceFromEnv();

/** The user's settings; a broken config file is reported by the dossier integration, so fall back quietly here. */
function userConfig() {
  try {
    return loadUserConfig(contentRoot());
  } catch {
    return UserConfigSchema.parse({});
  }
}

export default defineConfig({
  // The mentor build goes to its own folder so it can never be mixed up with the owner's.
  outDir: process.env.DOSSIER_OUT_DIR ?? (audience === 'mentor' ? './dist-share' : './dist'),
  // One cache per audience (and per test build) keeps one build's data out of another's: the
  // content cache holds rendered Markdown, which for the owner still has its <Private> blocks.
  cacheDir: `${process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro'}/${audience}`,
  // DOSSIER_BASE serves the site from a sub-folder (a GitHub Pages project site); a bad value is
  // reported by the dossier integration.
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({ mdastPlugins: [dropPrivateBlocks(audience)], hastPlugins: [taskListLabels, collapseJobDescription(userConfig().collapseJobDescriptionOver), safeLinks] }),
  },
  integrations: [mdx({ optimize: true }), dossier()],
  // Pages whose getStaticPaths() returns a cacheKey (src/catalog/cache-key.ts) are reused from the
  // previous build when the key and the page's code are unchanged: a one-note edit re-renders a
  // handful of pages instead of all of them. Output copies live in cacheDir.
  experimental: { incrementalBuild: true },
});
