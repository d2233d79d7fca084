import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const coreDir = path.join(root, 'core')

/**
 * Size convention (see src/styles/README.md): designWidth 375, so `18px` written in SCSS means
 * 18 CSS px on a 375-wide phone. weapp turns it into 36rpx (scales with the screen); H5 keeps it as
 * real px (targetUnit 'px'), so desktop browsers do not blow the layout up.
 */
const pxtransform = { enable: true, config: { designWidth: 375 } }

/**
 * Taro runs babel only over src/ and its own packages; every other package would reach the weapp's
 * vendors.js as published (zod ships `?.`, `??`, object spread, arrows), which older WeChat clients
 * cannot parse (white screen) and project.config.json's es6: false does not transpile. So the weapp
 * build runs every package through babel too, except babel's own runtime helpers and core-js
 * (already ES5, and babel must not inject helpers into the helpers). `scripts/weapp-check.ts`
 * proves the result: every built .js parses as ES5.
 */
const ALREADY_ES5 = /[\\/]node_modules[\\/](@babel[\\/]runtime|core-js|core-js-pure|regenerator-runtime)[\\/]/
const transpilePackage = (filename: string) => /[\\/]node_modules[\\/]/.test(filename) && !ALREADY_ES5.test(filename)

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV || 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'honglin',
    date: '2024-11-21',
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {},
    // core/ lives outside src/: alias it and let babel compile it.
    alias: { '@core': coreDir },
    // WeChat reads sitemap.json from the package root (app.config's sitemapLocation).
    copy: { patterns: platform === 'weapp' ? [{ from: 'src/weapp/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [coreDir, transpilePackage] },
      // Class names are namespaced per component (hl-…), so the order of shared CSS across
      // subpackage pages does not matter; without this every build warns about it.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform,
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // hash routing: the local host serves dist/h5 as plain static files, no rewrites needed,
      // and page routes can never collide with /api/*.
      router: { mode: 'hash' },
      compile: { include: [coreDir] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        // 'px' is supported by postcss-pxtransform but missing from Taro's config type.
        pxtransform: { enable: true, config: { designWidth: 375, targetUnit: 'px' as 'rem' } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
