export default definePageConfig({ navigationBarTitleText: '五种学习方式落实情况' })
