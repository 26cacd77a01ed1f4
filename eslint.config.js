// @ts-check
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = ['overview', 'trade', 'visits', 'partners', 'sources', 'about', 'not-found'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      // `@/…` (src) and `@data/…` are this repository's own modules, not packages.
      'import/internal-regex': '^@(data)?/',
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // One order everywhere: Node, packages, this repository (@data, @/), then relative files;
      // alphabetical within each. Side-effect imports (CSS) keep their place.
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      // One way: features never import each other; only src/app composes them.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message:
                'A feature must not import another feature; move shared code to src/components, src/hooks or src/lib.',
            })),
            {
              target: ['./src/components', './src/hooks', './src/lib'],
              from: ['./src/features', './src/app'],
              message: 'Shared modules must not depend on features or the app layer.',
            },
            {
              target: './data',
              from: './src',
              message: 'The dataset contract does not depend on the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Data reaches the app as fetched JSON; the schema library stays build-time only
      // (`record-id` is the id pattern alone, shared by the schema and the link parsers).
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Validate at build time (data/), do not ship zod.' }],
          patterns: [
            {
              group: [
                '@data/*',
                '!@data/schema',
                '!@data/record-id',
                '!@data/fold-text',
                '!@data/*.json?url',
              ],
              message:
                'Import only types from @data/schema (and the id pattern, the text fold) and files as ?url.',
            },
          ],
        },
      ],
    },
  },
);
