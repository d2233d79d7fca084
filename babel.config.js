// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  // Packages are compiled too (config/index.ts): many are CommonJS, where babel must add require()s
  // for its helpers, not imports (a module mixing both breaks in webpack).
  overrides: [{ test: /[\\/]node_modules[\\/]/, sourceType: 'unambiguous' }],
}
