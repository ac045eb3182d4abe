export default definePageConfig({
  navigationBarTitleText: '我的自学计划'
})
