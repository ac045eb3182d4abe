export default definePageConfig({
  navigationBarTitleText: '登记宣传报道'
})
