export default definePageConfig({
  navigationBarTitleText: '全区学习情况'
})
