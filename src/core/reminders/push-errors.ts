// What a failed WeChat subscribe-message send means, in Chinese, for the admin's run list. Codes:
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
// (-604101: the cloud function lacks the open-API permission of its config.json).

const REASONS: Record<number, string> = {
  43101: '对方没有订阅或订阅次数已用完（不重试，只进“我的提醒”）',
  [-604101]: '云函数没有发送订阅消息的权限（需在微信开发者工具中上传一次 scheduler 云函数）',
  40003: '对方的 openid 无效',
  40037: '订阅消息模板 ID 不正确',
  47003: '模板字段内容不符合要求',
  41030: '跳转页面不存在或小程序尚未发布',
  [-1]: '微信系统繁忙'
}

/** The Chinese reason of a send failure. */
export function pushFailureReason(errcode: number | null, errmsg: string | null): string {
  if (errcode === null) return errmsg ? `发送失败：${errmsg}` : '发送失败'
  return REASONS[errcode] ?? `微信返回错误 ${errcode}${errmsg ? `：${errmsg}` : ''}`
}
