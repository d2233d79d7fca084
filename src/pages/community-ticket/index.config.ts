export default definePageConfig({
  navigationBarTitleText: '诉求详情',
  enablePullDownRefresh: true,
})
