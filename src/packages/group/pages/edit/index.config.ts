export default definePageConfig({
  navigationBarTitleText: '记录中心组学习'
})
