export default definePageConfig({
  navigationBarTitleText: '组织关系排查',
  enablePullDownRefresh: true,
})
