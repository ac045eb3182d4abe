export default definePageConfig({
  navigationBarTitleText: '推荐学习清单'
})
