import type { ReportFilesPort } from '../../../ports/reports.port'

// Generated reports in CloudBase cloud storage: the function uploads the bytes under the key
// (node-sdk uploadFile takes a Buffer as fileContent, answers the fileID, and overwrites an object
// already at that path) and hands out a
// temporary URL (getTempFileURL with maxAge in seconds). The bucket is private to the functions
// (cloud-files.ts), so the link is the only way in and it expires.
// https://docs.cloudbase.net/api-reference/server/node-sdk/storage#uploadfile
// https://developers.weixin.qq.com/minigame/en/dev/wxcloud/reference-server-api/storage/uploadFile.html
// https://docs.cloudbase.net/storage/get-temp-url

/** The slice of the node-sdk app this adapter uses (a fake in tests). */
export interface ReportStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge?: number }>
  }): Promise<{ fileList: Array<{ code: string; fileID: string; tempFileURL: string }> }>
}

/** Long enough to tap the link and save the file, too short to pass it around. */
export const REPORT_LINK_SECONDS = 600

/** The reports port on CloudBase storage; `now` dates the link's expiry. */
export function cloudReports(storage: ReportStorage, now: () => Date = () => new Date()): ReportFilesPort {
  return {
    async publish(key, bytes) {
      const { fileID } = await storage.uploadFile({ cloudPath: key, fileContent: Buffer.from(bytes) })
      if (!fileID) throw new Error(`storage upload answered no fileID for ${key}`)
      const { fileList } = await storage.getTempFileURL({ fileList: [{ fileID, maxAge: REPORT_LINK_SECONDS }] })
      const entry = fileList[0]
      if (!entry || entry.code !== 'SUCCESS' || !entry.tempFileURL) throw new Error(`no temporary URL for ${fileID}`)
      // The object's name is the key, so the phone saves it as <year>-<scope>.xlsx; the page shows the Chinese name beside it.
      return { url: entry.tempFileURL, expiresAt: new Date(now().getTime() + REPORT_LINK_SECONDS * 1000).toISOString() }
    }
  }
}
