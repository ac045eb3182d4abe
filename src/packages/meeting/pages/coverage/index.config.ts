export default definePageConfig({
  navigationBarTitleText: '第一议题落实情况'
})
