import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { PRIVACY_AGREE_BUTTON_ID, answerPrivacy, onPrivacyPrompt, openPrivacyGuide, privacyDialogShown } from '@/services/privacy'
import '../Dialog/index.scss'

/**
 * Weapp: the privacy consent dialog WeChat asks for before the first picker or clipboard call.
 * Mount it on every page that picks files or copies (nothing is rendered until WeChat asks).
 */
export default function PrivacyConsent() {
  const [open, setOpen] = useState(false)
  useEffect(() => onPrivacyPrompt(setOpen), [])
  useEffect(() => {
    if (open) privacyDialogShown()
  }, [open])
  if (!open) return null
  return (
    <View className="dialog-mask" catchMove data-testid="privacy-consent">
      <View className="dialog">
        <View className="dialog-title">
          <Text>用户隐私保护提示</Text>
        </View>
        <View className="dialog-body">
          <Text>
            选择照片、聊天文件或复制内容前，请阅读并同意《用户隐私保护指引》。照片和文件仅用于您提交的学习记录，只有有权查看该记录的人能看到。
          </Text>
          <View>
            <Text className="link-action" onClick={openPrivacyGuide}>
              查看《用户隐私保护指引》
            </Text>
          </View>
        </View>
        <View className="dialog-actions">
          <Button className="btn dialog-btn" onClick={() => answerPrivacy(false)}>
            拒绝
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            className="btn btn-primary dialog-btn"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacy(true)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
