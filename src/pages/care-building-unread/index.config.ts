export default definePageConfig({
  navigationBarTitleText: '楼栋通知未读',
  enablePullDownRefresh: true,
})
