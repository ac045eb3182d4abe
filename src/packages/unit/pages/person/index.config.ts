export default definePageConfig({ navigationBarTitleText: '干部学习记录' })
