// H5 only (see app.config.ts): local sign-in against the local host, for development and tests.
export default definePageConfig({
  navigationBarTitleText: '选择身份（本地调试）',
})
