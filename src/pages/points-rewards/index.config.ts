export default definePageConfig({
  navigationBarTitleText: '公益集市',
  enablePullDownRefresh: true,
})
