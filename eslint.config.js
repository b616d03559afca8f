import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/*/src/generated/**',
      'storybook-static/**',
      '.tmp/**',
      'packages/*/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        Buffer: 'readonly',
        Intl: 'readonly',
        CSS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data is rendered as text, never as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is rendered as text, never as SVG markup.' },
            { name: 'lit/static-html.js', message: 'No unsafeStatic: tags are fixed in the templates.' },
            { name: 'lit/directives/style-map.js', message: 'No styleMap: strict CSP blocks style attributes.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data is rendered as text, never as HTML.' },
        { selector: "Identifier[name='unsafeHTML']", message: 'Data is rendered as text, never as HTML.' },
      ],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    files: ['**/test/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
