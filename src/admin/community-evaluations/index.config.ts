export default definePageConfig({
  navigationBarTitleText: '民主评议管理',
  enablePullDownRefresh: true,
})
