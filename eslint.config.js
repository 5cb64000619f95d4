// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, which catch
// mistakes (unused code, unsafe patterns) and leave layout to Prettier.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-share/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'tests/.tmp/',
      'tests/fixtures/**/*.mdx',
      'tests/fixtures/**/*.md',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names are placeholders a signature needs (`(_, value) => …`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
