export default definePageConfig({
  navigationBarTitleText: '宣传统计'
})
