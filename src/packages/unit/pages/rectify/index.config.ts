export default definePageConfig({
  navigationBarTitleText: '巡听反馈与整改'
})
