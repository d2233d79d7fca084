/**
 * Import layering of DESIGN.md, checked by `npm run lint` (part of `npm test`):
 *   core/            the contract and pure rules: imports neither Taro, React nor wx-server-sdk
 *   src/             pages → features → services → transport (the "front end" block below)
 *   cloudfunctions/  one folder per function; shared code only through _core/; handlers import no
 *                    handler; no cycles outside src/ (the "server" block below)
 */
/** One forbidden import: a name, why (shown with each violation) and the from → to it forbids. */
const forbid = (name, comment, { from, to }) => ({ name, comment, severity: 'error', from, to })

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ is shared by the mini-program, the functions and the tests: no platform in it.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '(^|/)node_modules/(@tarojs/|react|react-dom|wx-server-sdk|@cloudbase/)' },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(src|cloudfunctions|server|scripts|tests)/' },
    },
    {
      name: 'src-not-server',
      comment: 'The mini-program reaches the server only through services/transport.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|server|scripts|tests)/|(^|/)node_modules/(wx-server-sdk|@electric-sql)' },
    },
    // ── front end (src/): DESIGN.md's layering, one rule per arrow ───────────────────────────────────
    //   pages/, admin/  screens: compose features, shared pieces and components
    //   features/       one area's hooks and components
    //   shared/         the floor every screen stands on (data hooks, form kit, Loaded, useUpload)
    //   components/     presentational only
    //   services/       typed client per cloud function; only they reach transport/
    {
      name: 'src-no-cycles',
      comment: 'An import cycle in the mini-program means two modules that cannot be understood apart.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'screens-not-services',
      comment: 'Pages never call a service: they use a feature hook (or a shared one) that does.',
      severity: 'error',
      from: { path: '^src/(pages|admin)/' },
      to: { path: '^src/services/' },
    },
    {
      name: 'screens-stand-alone',
      comment: 'A screen imports nothing of another screen (not even its styles): shared things belong in shared/ or a feature.',
      severity: 'error',
      from: { path: '^src/(pages|admin)/([^/]+)/' },
      to: { path: '^src/(pages|admin)/', pathNot: '^src/$1/$2/' },
    },
    {
      name: 'features-not-screens',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/(pages|admin)/' },
    },
    {
      name: 'shared-is-the-floor',
      comment: 'shared/ serves every area, so it knows none of them.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(features|pages|admin)/' },
    },
    {
      name: 'components-are-presentational',
      comment: 'components/ take what they show by props: no service, no feature, no shared hook.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/(services|features|shared|pages|admin)/' },
    },
    {
      name: 'services-below-the-screen',
      comment: 'services/ are the typed client: they know nothing of React screens or hooks above them.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(features|shared|components|pages|admin)/' },
    },
    {
      name: 'transport-only-through-services',
      comment: 'Only services/ talk to the transport (and only services/transport/index.weapp.ts to Taro.cloud: ESLint).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/services/' },
      to: { path: '^src/services/transport/' },
    },
    {
      name: 'mini-program-takes-contract-types-only',
      comment:
        'The contract modules build zod schemas; a value imported from one bundles zod into the weapp main package. ' +
        'Take limits, kinds and labels from their zod-free homes (core/activities/constants, core/points/constants, core/files…).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^core/(contract/|validation\\.ts)|(^|/)node_modules/zod/', dependencyTypesNot: ['type-only'] },
    },
    // ── end of front end ─────────────────────────────────────────────────────────────────────────────
    {
      name: 'functions-not-host',
      comment: 'Cloud functions run in WeChat: nothing of the local host may be bundled into them.',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { path: '^(src|server|scripts|tests)/' },
    },

    // ---- server ------------------------------------------------------------------------------
    // A function folder is one deployed bundle: it imports its own files, _core/ and core/, never
    // another function's; handlers are the leaves (shared pieces live in the function's lib/).
    forbid(
      'server-no-cross-function',
      'A cloud function imports only its own files, cloudfunctions/_core/ and core/: share through _core/.',
      {
        from: { path: '^cloudfunctions/([^/_][^/]*)/' },
        to: { path: '^cloudfunctions/', pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/_core/'] },
      },
    ),
    forbid('server-core-not-functions', 'cloudfunctions/_core/ is shared by every function, so it imports none of them.', {
      from: { path: '^cloudfunctions/_core/' },
      to: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_core/' },
    }),
    forbid('server-no-handler-to-handler', "Handlers never import each other: move what two handlers share to the function's lib/.", {
      from: { path: '^cloudfunctions/[^/]+/handlers/' },
      to: { path: '^cloudfunctions/[^/]+/handlers/' },
    }),
    forbid('server-no-cycles', 'No import cycles outside src/ (src/ has its own rule): core, functions, host, scripts, tests.', {
      from: { path: '^(core|cloudfunctions|server|scripts|tests|config)/' },
      to: { circular: true },
    }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build|\\.localdb|\\.bench)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
}
