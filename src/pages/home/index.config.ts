export default definePageConfig({
  navigationBarTitleText: '理论学习助手'
})
