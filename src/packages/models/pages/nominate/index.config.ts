export default definePageConfig({
  navigationBarTitleText: '推荐先进典型'
})
