export default definePageConfig({
  navigationBarTitleText: '向单位反馈'
})
