export default definePageConfig({
  navigationBarTitleText: '学习资料',
  enablePullDownRefresh: true,
})
