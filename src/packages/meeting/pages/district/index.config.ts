export default definePageConfig({
  navigationBarTitleText: '全区第一议题落实情况'
})
