export default definePageConfig({
  navigationBarTitleText: '楼栋与单元',
  enablePullDownRefresh: true,
})
