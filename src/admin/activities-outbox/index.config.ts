export default definePageConfig({
  navigationBarTitleText: '活动提醒发件箱',
  enablePullDownRefresh: true,
})
