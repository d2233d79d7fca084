export default definePageConfig({
  navigationBarTitleText: '申请绑定党员身份',
})
