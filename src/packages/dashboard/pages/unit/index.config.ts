export default definePageConfig({
  navigationBarTitleText: '单位学习情况'
})
