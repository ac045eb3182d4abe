export default definePageConfig({
  navigationBarTitleText: '中心组学习'
})
