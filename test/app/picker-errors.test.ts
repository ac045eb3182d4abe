import { ApiError } from '@/services/errors'
import { cancelledOrThrow, pickerOutcome } from '@/services/picker-errors'

// What the pickers and the clipboard do with WeChat's failures: they used to swallow every one.

describe('picker failures', () => {
  it('stays silent when the user cancels', () => {
    expect(pickerOutcome({ errMsg: 'chooseMedia:fail cancel' }, '选择照片')).toEqual({ kind: 'cancelled' })
    expect(cancelledOrThrow({ errMsg: 'chooseMessageFile:fail cancel' }, '选择聊天文件')).toBeNull()
  })

  it('says the privacy guide lacks the item when WeChat answers errno 112', () => {
    const error = { errno: 112, errMsg: 'chooseMessageFile:fail api scope is not declared in the privacy agreement' }
    expect(() => cancelledOrThrow(error, '选择聊天文件')).toThrow(ApiError)
    expect(() => cancelledOrThrow(error, '选择聊天文件')).toThrow(/尚未在《用户隐私保护指引》中声明/)
    expect(
      pickerOutcome({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' }, '复制模板')
    ).toMatchObject({
      kind: 'refused'
    })
  })

  it('asks the user to agree when they refused the consent dialog', () => {
    const outcome = pickerOutcome({ errno: 104, errMsg: 'chooseMedia:fail privacy permission is not authorized' }, '选择照片')
    expect(outcome).toEqual({ kind: 'refused', message: '需要您同意《用户隐私保护指引》后才能选择照片，请再试一次并点击“同意”' })
  })

  it('points to the settings when the album permission was denied, and reports other failures', () => {
    expect(pickerOutcome({ errMsg: 'chooseMedia:fail auth deny' }, '选择照片')).toMatchObject({ kind: 'refused' })
    expect(pickerOutcome(new Error('boom'), '选择照片')).toEqual({ kind: 'failed', message: '选择照片失败，请稍后再试' })
  })
})
