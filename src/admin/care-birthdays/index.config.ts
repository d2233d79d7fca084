export default definePageConfig({
  navigationBarTitleText: '本月生日',
  enablePullDownRefresh: true,
})
