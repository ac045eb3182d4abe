export default definePageConfig({
  navigationBarTitleText: '巡听旁听小组'
})
