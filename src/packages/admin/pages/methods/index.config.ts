export default definePageConfig({ navigationBarTitleText: '学习任务设置' })
