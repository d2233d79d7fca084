export default definePageConfig({
  navigationBarTitleText: '积分类别',
  enablePullDownRefresh: true,
})
