export default definePageConfig({
  navigationBarTitleText: '巡听评分细则'
})
