export default definePageConfig({
  navigationBarTitleText: '讲话目录'
})
