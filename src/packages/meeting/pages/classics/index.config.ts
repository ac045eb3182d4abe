export default definePageConfig({
  navigationBarTitleText: '经典著作目录'
})
