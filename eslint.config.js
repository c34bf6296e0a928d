// Type-checked typescript-eslint rules, and the import boundaries of docs/architecture.md:
// shared/ never imports from actions/, and no action imports another action.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import { dirname, relative, resolve, sep } from 'node:path';

/** Which part of the tree a file belongs to: 'shared', 'action:<name>', or another. */
function area(file) {
  const parts = relative(import.meta.dirname, file).split(sep);
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'actions' && parts.length > 2) return `action:${parts[1]}`;
  return parts[0] ?? '';
}

const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = area(context.filename);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = area(resolve(dirname(context.filename), specifier));
      if (from === 'shared' && to.startsWith('action:'))
        context.report({ node, message: 'shared/ never imports from actions/.' });
      if (from.startsWith('action:') && to.startsWith('action:') && to !== from)
        context.report({
          node,
          message: 'An action never imports another action; move the code to shared/.',
        });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'tools/**', 'lib/**', 'coverage/**', '.test-env/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['shared/**/*.ts', 'actions/**/*.ts'],
    plugins: { suite: { rules: { boundaries } } },
    rules: { 'suite/boundaries': 'error' },
  },
  {
    // A function fits on a screen: a longer one is split into named steps. One rule cannot both
    // warn and fail, so the core rule warns at 80 lines and a second copy of it fails at 120.
    files: ['shared/**/*.ts', 'actions/**/*.ts'],
    plugins: { length: { rules: { 'max-lines-per-function': builtinRules.get('max-lines-per-function') } } },
    rules: {
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      'length/max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
