export default definePageConfig({
  navigationBarTitleText: '宣传报道'
})
