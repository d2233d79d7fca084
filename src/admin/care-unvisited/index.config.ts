export default definePageConfig({
  navigationBarTitleText: '未走访名单',
  enablePullDownRefresh: true,
})
