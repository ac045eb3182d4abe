export default definePageConfig({
  navigationBarTitleText: '会议与第一议题'
})
