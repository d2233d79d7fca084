export default definePageConfig({
  navigationBarTitleText: '居民一对一帮扶',
  enablePullDownRefresh: true,
})
