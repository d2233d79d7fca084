export default definePageConfig({
  navigationBarTitleText: '关爱记录',
  enablePullDownRefresh: true,
})
