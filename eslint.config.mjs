// Lint of the whole tree (npm run lint, part of npm test). Import layering and cycles are checked by
// dependency-cruiser (.dependency-cruiser.cjs); formatting by Prettier (.prettierrc.json).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const TARO_CLOUD = {
  selector: "MemberExpression[object.name='Taro'][property.name='cloud']",
  message: 'Taro.cloud exists only in WeChat: only src/services/transport/index.weapp.ts may touch it.',
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', '.localdb/', '.bench/', 'coverage/', 'src/assets/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', TARO_CLOUD],
      // Full-width spaces (U+3000) are part of Chinese text and of indented picker labels.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // ── front end ──────────────────────────────────────────────────────────────────────────────────────
  {
    // Platform differences live in *.weapp.ts / *.h5.ts files, which Taro picks at build time, not in
    // runtime checks scattered through screens (app.config.ts is build-time config, where it belongs).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app.config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        TARO_CLOUD,
        {
          selector: "MemberExpression[property.name='TARO_ENV']",
          message: 'Platform differences go in *.weapp.ts / *.h5.ts files, not in process.env.TARO_ENV checks.',
        },
      ],
    },
  },
  { files: ['src/services/transport/index.weapp.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // ── end of front end ───────────────────────────────────────────────────────────────────────────────
  {
    // Tests load modules after jest.mock() with require(), and drive the SDK, whose database types are
    // callback/promise unions, through loosely typed handles.
    files: ['tests/**/*.{ts,tsx}', 'scripts/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
