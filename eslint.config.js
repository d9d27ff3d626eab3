import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The one-way architecture (domain -> store -> features -> app) is enforced here, not just
// described: the clinical engine must stay pure TypeScript so it can be reviewed and tested
// without a browser.
const uiLibraries = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  'recharts',
  'recharts/*',
  'zustand',
  'zustand/*',
];

// A feature may use another only through its public entry (`src/features/<name>/index.ts`), so
// what a feature offers the others is written in one file and its inside can change freely.
// One zone per feature folder, read from disk so that a new feature is covered at once.
const root = import.meta.dirname;
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`, ...features.filter((o) => o !== name).map((o) => `./${o}/index.ts`)],
  message: 'Import another feature only through its public entry (its index.ts).',
}));

// The folders inside src/domain, lowest first: a folder may import the files at the root of
// src/domain (text, dates, fields, reason, ...: leaves that import no folder) and the folders
// listed before it, never one listed after it, so no loop between folders can form (the file
// rule `no-cycle` does not see a loop that passes through several files of two folders).
//   stats        proportions and 2x2 tables
//   evidence     the sources, figures and profiles: what is known, with citations
//   modalities   one module per investigation: its schema, words, reading and FHIR coding
//   case         the case file, assembled from the modalities' schemas; parsing and migration
//   privacy      identity checks on what was typed into a case
//   engine       the reasoning over a case
//   probability  the explorer's arithmetic over the evidence and a case's results
//   export       the note, the case file and the FHIR Bundle
//   record       the health-record launch, reading into a case and filing exports
// A new folder must be placed here (the config refuses to load otherwise).
const DOMAIN_LAYERS = [
  'words',
  'stats',
  'evidence',
  'modalities',
  'case',
  'privacy',
  'engine',
  'probability',
  'export',
  'record',
];
const domainFolders = readdirSync(`${root}/src/domain`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('__'))
  .map((d) => d.name);
const unplaced = domainFolders.filter((name) => !DOMAIN_LAYERS.includes(name));
if (unplaced.length > 0)
  throw new Error(`eslint.config.js: place src/domain/${unplaced.join(', ')} in DOMAIN_LAYERS`);
const domainZones = [
  {
    target: './src/domain/*.ts',
    from: DOMAIN_LAYERS.filter((name) => name !== 'words').map((name) => `./src/domain/${name}`),
    message:
      'A file at the root of src/domain is a leaf: it imports no domain folder but the clinical catalogues (words).',
  },
  ...DOMAIN_LAYERS.slice(0, -1).map((name, i) => ({
    target: `./src/domain/${name}`,
    from: DOMAIN_LAYERS.slice(i + 1).map((above) => `./src/domain/${above}`),
    message: `src/domain/${name} sits below ${DOMAIN_LAYERS.slice(i + 1).join(', ')} (DOMAIN_LAYERS in eslint.config.js): move the shared part down instead.`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-newer',
      'dist-subpath',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A cycle makes load order matter and hides which module is the lower one. Type-only
    // imports do not count (they vanish at run time).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the cycle rule silently reads no .ts file, and finds nothing.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.json` }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: featureZones }],
    },
  },
  {
    // Kebab-case file names, checked on the name before its first dot (`parse.test.ts` is `parse`).
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/domain is pure TypeScript: no UI, router, chart or store libraries.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/app/**', '**/i18n/**'],
              message: 'src/domain must not import from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch'].map(
          (name) => ({ name, message: 'src/domain must not touch browser APIs.' }),
        ),
      ],
    },
  },
  {
    // The folder order inside src/domain (DOMAIN_LAYERS). Tests may reach across folders: nothing
    // imports a test, so it cannot close a loop.
    files: ['src/domain/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/*.bench.ts',
      'src/domain/**/testing/**',
      'src/domain/**/test-helpers.ts',
      'src/domain/**/arbitraries.ts',
      'src/domain/**/fixtures.ts',
    ],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: domainZones }],
    },
  },
  {
    // A rule, a component or a store action a reviewer can read at once: a function longer than
    // 80 lines is split into named steps. Blank lines and comments do not count (a rule's source
    // sentence is welcome); tests and their helpers are exempt, and so would be a file of pure
    // data.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.bench.ts',
      'src/**/testing/**',
      'src/domain/**/test-helpers.ts',
      'src/domain/**/arbitraries.ts',
      'src/domain/**/fixtures.ts',
    ],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'The store sits below features and app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**'], message: 'Features must not import from app.' }] },
      ],
    },
  },
);
