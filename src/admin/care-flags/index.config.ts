export default definePageConfig({
  navigationBarTitleText: '困难与独居',
  enablePullDownRefresh: true,
})
