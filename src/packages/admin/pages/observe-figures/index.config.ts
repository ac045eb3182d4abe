export default definePageConfig({
  navigationBarTitleText: '巡听年度情况'
})
