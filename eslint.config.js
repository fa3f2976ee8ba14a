// Lint rules, including the import directions of DEVELOPERS.md:
// domain ← lib/config ← components/hooks ← features ← app; features never import each other;
// nothing imports app/ (but main.tsx); mocks and server/ import src/domain only.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const banned = (...regexes) => ({
  'no-restricted-imports': ['error', { patterns: regexes.map(([regex, message]) => ({ regex, message })) }],
});
const APP = ['^@/app/', 'Nothing imports app/: it composes features, never the other way round.'];
const FEATURES = [
  '^@/features/',
  'Only app/ composes features; move shared pieces down to components/, lib/ or domain/.',
];
const UP_AND_OUT = ['^\\.\\./', "Import from outside this folder through '@/…', so directions stay visible."];

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-real-api',
    '.bench',
    'node_modules',
    'public/mockServiceWorker.js',
    'test-results',
    '.tmp',
    'docs',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // A separate rule from the layer rules below, so tests (which use the MSW server) can lift just this one.
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@mocks/',
              message: 'The app never imports the demo API; main.tsx loads it dynamically in demo mode only.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/**/*.test.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  { files: ['src/domain/**'], rules: banned(['^@/(?!domain/)', 'domain/ imports nothing app-specific.']) },
  {
    files: ['src/lib/**', 'src/config/**'],
    rules: banned(['^@/(features|app|components|hooks)/', 'lib/ and config/ sit below the UI.']),
  },
  { files: ['src/components/**', 'src/hooks/**'], rules: banned(FEATURES, APP) },
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: banned([`^@/features/(?!${name}/)`, 'Features do not import each other.'], APP, UP_AND_OUT),
  })),
  {
    files: ['mocks/**'],
    rules: banned(['^@/(?!domain/)', 'mocks/ import src/domain for types and schemas, nothing else.']),
  },
  {
    // The data service shares the contract and nothing else: no UI code, no demo API.
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: banned(
      ['^@/(?!domain/)', 'server/ imports src/domain (the contract) and nothing else from src/.'],
      ['^@mocks/', 'server/ never imports the demo API; seeding reads mocks/data files as data.'],
      ['^(\\.\\./)+(src|mocks|test)/', "Import the contract through '@/domain/…'."],
    ),
  },
  {
    files: ['test/e2e/**', 'scripts/**/*.mjs', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
]);
