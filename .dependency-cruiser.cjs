/**
 * Import layering of DESIGN.md, checked by `npm run lint` (part of `npm test`):
 *   core/            the contract and pure rules: imports neither Taro, React nor wx-server-sdk
 *   src/             pages → features → services → transport
 *   cloudfunctions/  one folder per function; shared code only through _core/
 */
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
