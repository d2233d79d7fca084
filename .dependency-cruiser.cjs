/**
 * Import layering of DESIGN.md, checked by `npm run lint` (part of `npm test`):
 *   core/            the contract and pure rules: imports neither Taro, React nor wx-server-sdk
 *   src/             pages → features → services → transport
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
