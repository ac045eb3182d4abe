export default definePageConfig({
  navigationBarTitleText: '我的巡听旁听'
})
