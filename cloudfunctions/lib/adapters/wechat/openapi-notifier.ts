import { classifyWechatError, type Notifier, type NotifyResult } from '../../ports/notifier.port'

// Production Notifier: WeChat's subscribeMessage.send as a cloud call from the function, through
// @cloudbase/node-sdk's app.callWxOpenApi({ apiName, requestData }) (node-sdk src/wx/index.ts: the
// `wx.api` action; the answer is `{ result }` with WeChat's JSON, or `{ code, message }` when
// CloudBase itself refuses). apiName is the open API's name as config.json permissions.openapi
// lists it; requestData is the HTTPS API's body:
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
// The cloud-call permission is applied only when the function is uploaded from WeChat DevTools
// (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html: "在每次使用微信开发者工具
// 上传云函数时均会根据配置更新权限 … 如果更新后提示没有权限(-604101)"); until then every send answers
// -604101, which is reported as `permission` so the scheduler can say so plainly.

/** The slice of the node-sdk app this adapter calls (the real app, or a fake in tests). */
export interface WxOpenApiCaller {
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<unknown>
}

/** Which version of the mini-program a message opens: `formal` in production. */
export type MiniprogramState = 'developer' | 'trial' | 'formal'

/** The node-sdk answers errors in one of two shapes; both become WeChat-style (errcode, errmsg). */
function readAnswer(answer: unknown): { errcode: number; errmsg: string } {
  const a = (answer ?? {}) as { code?: unknown; message?: unknown; result?: unknown }
  if (typeof a.code === 'string' && a.code) {
    // CloudBase refused the call itself (no permission, bad environment…): keep its code in the text.
    const message = `${a.code}: ${String(a.message ?? '')}`
    return { errcode: /604101/.test(message) ? -604101 : -1, errmsg: message }
  }
  const result = (typeof a.result === 'string' ? safeJson(a.result) : a.result) as { errcode?: unknown; errmsg?: unknown } | null
  const errcode = Number(result?.errcode ?? 0)
  return { errcode: Number.isFinite(errcode) ? errcode : -1, errmsg: String(result?.errmsg ?? '') }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return { errcode: -1, errmsg: text }
  }
}

/** subscribeMessage.send through the function's cloud call. */
export function openApiNotifier(caller: WxOpenApiCaller, miniprogramState: MiniprogramState = 'formal'): Notifier {
  return {
    async send(message): Promise<NotifyResult> {
      let answer: unknown
      try {
        answer = await caller.callWxOpenApi({
          apiName: 'subscribeMessage.send',
          requestData: {
            touser: message.touser,
            template_id: message.templateId,
            page: message.page,
            data: message.data,
            miniprogram_state: miniprogramState,
            lang: 'zh_CN'
          }
        })
      } catch (error) {
        // Thrown by the SDK: the network or CloudBase failed; a later run tries again.
        const errmsg = error instanceof Error ? error.message : String(error)
        return classifyWechatError(-1, errmsg)
      }
      const { errcode, errmsg } = readAnswer(answer)
      return classifyWechatError(errcode, errmsg || 'ok')
    }
  }
}
