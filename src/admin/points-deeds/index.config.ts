export default definePageConfig({
  navigationBarTitleText: '日行一善审核',
  enablePullDownRefresh: true,
})
