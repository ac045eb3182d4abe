import Taro from '@tarojs/taro'
import { cancelledOrThrow } from './picker-errors'

/** A file the user picked, as the import action wants it. */
export interface PickedFile {
  name: string
  base64: string
}

/**
 * Weapp: picks a file from a WeChat chat (where rosters arrive) and reads it as base64.
 * Resolves null when the user cancels; throws an ApiError with a message when WeChat refuses
 * (the privacy guide does not declare chat files, or the user did not agree).
 */
export async function pickChatFile(extensions: string[]): Promise<PickedFile | null> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
  } catch (error) {
    return cancelledOrThrow(error, '选择聊天文件')
  }
  const file = picked.tempFiles[0]
  if (!file) return null
  const base64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new Error('read failed'))
    })
  })
  return { name: file.name, base64 }
}
