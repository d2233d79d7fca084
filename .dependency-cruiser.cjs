/**
 * Import layering of DESIGN.md, checked by `npm run lint` (part of `npm test`):
 *   core/            the contract and pure rules: imports neither Taro, React nor wx-server-sdk
 *   src/             pages → features → services → transport (the "front end" block below)
 *   cloudfunctions/  one folder per function; shared code only through _core/; handlers import no
 *                    handler; no cycles outside src/ (the "server" block below)
 */
/** One forbidden import: a name, why (shown with each violation; null: the name says it) and the from → to it forbids. */
const forbid = (name, comment, { from, to }) => ({ name, ...(comment && { comment }), severity: 'error', from, to })

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid('core-is-pure', 'core/ is shared by the mini-program, the functions and the tests: no platform in it.', {
      from: { path: '^core/' },
      to: { path: '(^|/)node_modules/(@tarojs/|react|react-dom|wx-server-sdk|@cloudbase/)' },
    }),
    forbid('core-imports-only-core', null, {
      from: { path: '^core/' },
      to: { path: '^(src|cloudfunctions|server|scripts|tests)/' },
    }),
    forbid('src-not-server', 'The mini-program reaches the server only through services/transport.', {
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|server|scripts|tests)/|(^|/)node_modules/(wx-server-sdk|@electric-sql)' },
    }),
    // ── front end (src/): DESIGN.md's layering, one rule per arrow ───────────────────────────────────
    //   pages/, admin/  screens: compose features, shared pieces and components
    //   features/       one area's hooks and components
    //   shared/         the floor every screen stands on (data hooks, form kit, Loaded, useUpload)
    //   components/     presentational only
    //   services/       typed client per cloud function; only they reach transport/
    forbid('src-no-cycles', 'An import cycle in the mini-program means two modules that cannot be understood apart.', {
      from: { path: '^src/' },
      to: { circular: true },
    }),
    forbid('screens-not-services', 'Pages never call a service: they use a feature hook (or a shared one) that does.', {
      from: { path: '^src/(pages|admin)/' },
      to: { path: '^src/services/' },
    }),
    forbid(
      'screens-stand-alone',
      'A screen imports nothing of another screen (not even its styles): shared things belong in shared/ or a feature.',
      {
        from: { path: '^src/(pages|admin)/([^/]+)/' },
        to: { path: '^src/(pages|admin)/', pathNot: '^src/$1/$2/' },
      },
    ),
    forbid('features-not-screens', null, {
      from: { path: '^src/features/' },
      to: { path: '^src/(pages|admin)/' },
    }),
    forbid('shared-is-the-floor', 'shared/ serves every area, so it knows none of them.', {
      from: { path: '^src/shared/' },
      to: { path: '^src/(features|pages|admin)/' },
    }),
    forbid('components-are-presentational', 'components/ take what they show by props: no service, no feature, no shared hook.', {
      from: { path: '^src/components/' },
      to: { path: '^src/(services|features|shared|pages|admin)/' },
    }),
    forbid('services-below-the-screen', 'services/ are the typed client: they know nothing of React screens or hooks above them.', {
      from: { path: '^src/services/' },
      to: { path: '^src/(features|shared|components|pages|admin)/' },
    }),
    forbid(
      'transport-only-through-services',
      'Only services/ talk to the transport (and only services/transport/index.weapp.ts to Taro.cloud: ESLint).',
      {
        from: { path: '^src/', pathNot: '^src/services/' },
        to: { path: '^src/services/transport/' },
      },
    ),
    forbid(
      'mini-program-takes-contract-types-only',
      'The contract modules build zod schemas; a value imported from one bundles zod into the weapp main package. ' +
        'Take limits, kinds and labels from their zod-free homes (core/activities/constants, core/points/constants, core/files…).',
      {
        from: { path: '^src/' },
        to: { path: '^core/(contract/|validation\\.ts)|(^|/)node_modules/zod/', dependencyTypesNot: ['type-only'] },
      },
    ),
    // ── end of front end ─────────────────────────────────────────────────────────────────────────────
    forbid('functions-not-host', 'Cloud functions run in WeChat: nothing of the local host may be bundled into them.', {
      from: { path: '^cloudfunctions/' },
      to: { path: '^(src|server|scripts|tests)/' },
    }),

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
