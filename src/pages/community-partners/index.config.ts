export default definePageConfig({
  navigationBarTitleText: '共驻共建',
  enablePullDownRefresh: true,
})
