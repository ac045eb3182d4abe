export default definePageConfig({
  navigationBarTitleText: '片区管理'
})
