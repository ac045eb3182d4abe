/**
 * The cloud-storage security rule the app needs: nobody reads objects from the client (the
 * functions' admin SDK reads them and signs 10-minute links for allowed viewers); a phone may
 * only write (upload, overwrite, delete) objects it created itself.
 * CLI 2.12 has no command to set a custom storage rule (`tcb storage rules update --acl CUSTOM`
 * and `tcb permission` come with CLI 3), so the deploy prints it for the console.
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/security-rules/index.html
 * https://docs.cloudbase.net/storage/security-rules
 */
const STORAGE_RULE = { read: false, write: 'resource.openid == auth.openid' }

/** The reminder the deploy prints, in Chinese with the exact rule to paste. */
function storageRuleReminder(envId) {
  return [
    '  ! 云存储安全规则（CLI 2.12 无法设置，请在控制台手动设置一次）/ storage security rule, set once in the console:',
    `    云开发控制台 → 环境 ${envId} → 存储 → 权限设置 → 自定义安全规则，粘贴：`,
    `    ${JSON.stringify(STORAGE_RULE)}`,
    '    默认规则“所有用户可读”会让附件链接永不过期；设置后 1–3 分钟生效。',
    '    检查：在小程序里用另一个账号打开别人笔记中的附件链接，应被拒绝或 10 分钟后失效。'
  ].join('\n')
}

module.exports = { STORAGE_RULE, storageRuleReminder }
