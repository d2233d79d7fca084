export default definePageConfig({
  navigationBarTitleText: '结对管理',
  enablePullDownRefresh: true,
})
