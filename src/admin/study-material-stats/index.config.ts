export default definePageConfig({
  navigationBarTitleText: '资料学习情况',
  enablePullDownRefresh: true,
})
