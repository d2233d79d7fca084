export default definePageConfig({
  navigationBarTitleText: '结对送学情况',
  enablePullDownRefresh: true,
})
