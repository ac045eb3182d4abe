export default definePageConfig({
  navigationBarTitleText: '查阅资料'
})
