/**
 * Test projects: core rules; the database stand-in's conformance suite and the cloud functions, both
 * through the real wx-server-sdk against a local cloud started once in globalSetup (each test file
 * gets its own clean database); UI components in jsdom; end-to-end in headless Chromium.
 */
const transform = { '^.+\\.(ts|tsx)$': '<rootDir>/tests/setup/esbuild-transform.js' }
const alias = { '^@core/(.*)$': '<rootDir>/core/$1' }

const nodeProject = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  transform,
  moduleNameMapper: alias,
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  ...extra,
})

module.exports = {
  transform,
  // Hooks that seed a database or start a server share 2 cores with the rest of the run: jest's
  // 5 s default is too tight under CI load. (Speed is measured by `npm run bench`, not here.)
  testTimeout: 30_000,
  globalSetup: '<rootDir>/tests/setup/cloud-global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/cloud-global-teardown.ts',
  projects: [
    nodeProject('core'),
    nodeProject('conformance'),
    nodeProject('functions'),
    nodeProject('e2e', { setupFilesAfterEnv: ['<rootDir>/tests/e2e/timeout.ts'] }),
    nodeProject('reliability'),
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      transform,
      moduleNameMapper: {
        ...alias,
        '^@tarojs/components$': '<rootDir>/tests/ui/mocks/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/ui/mocks/taro.ts',
        '\\.(css|scss)$': '<rootDir>/tests/ui/mocks/style.ts',
      },
    },
  ],
}
