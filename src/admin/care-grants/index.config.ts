export default definePageConfig({
  navigationBarTitleText: '关爱网络授权',
  enablePullDownRefresh: true,
})
