export default definePageConfig({
  navigationBarTitleText: '共驻共建管理',
  enablePullDownRefresh: true,
})
