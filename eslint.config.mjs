// Lint of the whole tree (npm run lint, part of npm test). Import layering and cycles are checked by
// dependency-cruiser (.dependency-cruiser.cjs); formatting by Prettier (.prettierrc.json).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const TARO_CLOUD = {
  selector: "MemberExpression[object.name='Taro'][property.name='cloud']",
  message: 'Taro.cloud exists only in WeChat: only src/services/transport/index.weapp.ts may touch it.',
}

// Repeats the server, core and tests once had, each now with one home (see README → Layout).
const HAND_MADE_BEIJING = {
  selector: "BinaryExpression[operator='*'][left.value=8]:matches([right.value=3600], [right.value=3600000])",
  message: 'Beijing time comes from core/time (dayjs utc/timezone), never from adding 8 hours by hand.',
}
const ONE_SIDED_PAIRING = {
  selector:
    "CallExpression[callee.property.name='includes'][callee.object.property.name='pairedElderIds'], CallExpression[callee.property.name='includes'] > MemberExpression.callee > LogicalExpression > MemberExpression[property.name='pairedElderIds']",
  message: 'Whether a helper may act for an elder checks both links: use mayActFor/elderFor of cloudfunctions/_core/pairing.ts.',
}
const OWN_BAD_CURSOR = {
  selector: "CallExpression[callee.name='failure'] > Literal[value=/^cursor/]",
  message: 'Pages come from pageBy (cloudfunctions/_core/paging.ts), which also answers a bad cursor.',
}
const OWN_REPLY_HELPERS = {
  selector:
    "TSTypeAliasDeclaration[id.name='Reply'], FunctionDeclaration[id.name=/^(dataOf|codeOf)$/], VariableDeclarator[id.name=/^(dataOf|codeOf|callAs)$/]",
  message: 'Tests share Reply, dataOf, codeOf and the typed callAs from tests/support.',
}
const SERVER_AND_TESTS = ['core/**/*.ts', 'cloudfunctions/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.{ts,tsx}']

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
    // One time module: dayjs (and its plugins) only behind core/time.ts.
    ignores: ['core/time.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['dayjs', 'dayjs/*'], message: 'Use core/time.' }] }] },
  },
  { files: SERVER_AND_TESTS, rules: { 'no-restricted-syntax': ['error', TARO_CLOUD, HAND_MADE_BEIJING] } },
  {
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/_core/pairing.ts', 'cloudfunctions/_core/paging.ts'],
    rules: { 'no-restricted-syntax': ['error', TARO_CLOUD, HAND_MADE_BEIJING, ONE_SIDED_PAIRING, OWN_BAD_CURSOR] },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/support/**', 'tests/ui/**'],
    rules: { 'no-restricted-syntax': ['error', TARO_CLOUD, HAND_MADE_BEIJING, OWN_REPLY_HELPERS] },
  },
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
