export default definePageConfig({
  navigationBarTitleText: '导入/导出',
})
