export default definePageConfig({
  navigationBarTitleText: '议事协商管理',
  enablePullDownRefresh: true,
})
