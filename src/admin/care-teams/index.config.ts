export default definePageConfig({
  navigationBarTitleText: '队伍管理',
  enablePullDownRefresh: true,
})
