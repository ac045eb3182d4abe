export default definePageConfig({
  navigationBarTitleText: '写意见反馈'
})
