export default definePageConfig({
  navigationBarTitleText: '道德银行总览',
  enablePullDownRefresh: true,
})
