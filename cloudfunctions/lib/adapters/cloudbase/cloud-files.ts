import type { FilesPort } from '../../ports/files.port'

// Files in CloudBase cloud storage. The mini-program uploads with Taro.cloud.uploadFile into
// `uploads/<personId>/…`; the function reads the object back to check its real type, and hands
// short-lived links (getTempFileURL) only to people the service allowed.

/** The slice of the node-sdk app this adapter uses (a fake in tests). */
export interface CloudStorage {
  downloadFile(options: { fileID: string }): Promise<{ fileContent: string | Buffer | undefined }>
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge?: number }>
  }): Promise<{ fileList: Array<{ code: string; fileID: string; tempFileURL: string }> }>
  deleteFile(options: { fileList: string[] }): Promise<unknown>
}

/** Links live ten minutes: long enough to look at a note, too short to pass around. */
const LINK_SECONDS = 600

/** The files port on CloudBase storage. */
export function cloudFiles(storage: CloudStorage): FilesPort {
  return {
    async read(fileID) {
      let content: string | Buffer | undefined
      try {
        content = (await storage.downloadFile({ fileID })).fileContent
      } catch {
        return null
      }
      if (content === undefined) return null
      const bytes = typeof content === 'string' ? Buffer.from(content, 'binary') : content
      return { size: bytes.length, bytes }
    },
    async url(file) {
      const { fileList } = await storage.getTempFileURL({ fileList: [{ fileID: file.storageKey, maxAge: LINK_SECONDS }] })
      return fileList[0]?.tempFileURL ?? ''
    },
    async remove(fileID) {
      await storage.deleteFile({ fileList: [fileID] }).catch(() => undefined)
    }
  }
}
