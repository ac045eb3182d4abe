export default definePageConfig({
  navigationBarTitleText: '会议记录'
})
