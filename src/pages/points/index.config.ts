export default definePageConfig({
  navigationBarTitleText: '道德银行',
  enablePullDownRefresh: true,
})
