export default definePageConfig({
  navigationBarTitleText: '中心组成员'
})
