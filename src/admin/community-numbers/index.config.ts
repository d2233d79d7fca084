export default definePageConfig({
  navigationBarTitleText: '微心愿与民生诉求统计',
  enablePullDownRefresh: true,
})
