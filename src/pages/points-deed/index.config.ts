export default definePageConfig({
  navigationBarTitleText: '日行一善',
  enablePullDownRefresh: true,
})
