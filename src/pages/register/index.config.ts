export default definePageConfig({
  navigationBarTitleText: '登记为居民',
})
