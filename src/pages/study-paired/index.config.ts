export default definePageConfig({
  navigationBarTitleText: '结对送学',
  enablePullDownRefresh: true,
})
