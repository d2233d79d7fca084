export default definePageConfig({
  navigationBarTitleText: '三会一课登记',
  enablePullDownRefresh: true,
})
