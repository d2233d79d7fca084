export default definePageConfig({
  navigationBarTitleText: '公益集市管理',
  enablePullDownRefresh: true,
})
