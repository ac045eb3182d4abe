const uploaded: string[] = []
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    cloud: {
      uploadFile: async ({ cloudPath }: { cloudPath: string }) => {
        uploaded.push(cloudPath)
        return { fileID: `cloud://env-1.abc/${cloudPath}` }
      }
    }
  }
}))
const register = jest.fn()
jest.mock('@/services/api', () => {
  const errors = jest.requireActual('@/services/errors')
  return { ...errors, call: (...args: unknown[]) => register(...args) }
})

import { uploadFailure } from '@/components/AttachmentPicker/usePendingUploads'
import { ApiError } from '@/services/errors'
import { tempFileUpload, uploadBrowserFile } from '@/services/upload'

// What the attachment picker shows when an upload fails, and how a retry on the phone resumes.

const QUOTA = { ok: false, code: 'VALIDATION', message: '今天上传的文件已达 50 个，请明天再上传', field: 'fileID' } as const

beforeEach(() => {
  uploaded.length = 0
  register.mockReset()
})

describe('upload failures in the attachment picker', () => {
  it('drops a file refused over the upload quota and shows the server’s message', () => {
    expect(uploadFailure(ApiError.fromFailure(QUOTA))).toEqual({ refused: true, message: QUOTA.message })
  })

  it('keeps a file for a retry when the service was busy or the network failed', () => {
    expect(uploadFailure(new ApiError('CONFLICT', '同时操作的人较多，请稍后重试'))).toEqual({
      refused: false,
      message: '同时操作的人较多，请稍后重试'
    })
    expect(uploadFailure(new Error('socket hang up'))).toEqual({ refused: false, message: '上传失败，请检查网络后重试' })
  })

  it('passes the quota message of the host’s upload route through on H5', async () => {
    const answer = { ...QUOTA, field: 'file' }
    const fetchMock = jest.fn(async () => new Response(JSON.stringify(answer), { status: 400 }))
    const original = globalThis.fetch
    globalThis.fetch = fetchMock as unknown as typeof fetch
    try {
      const error = await uploadBrowserFile(new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg')).catch((e: unknown) => e)
      expect(uploadFailure(error)).toEqual({ refused: true, message: QUOTA.message })
    } finally {
      globalThis.fetch = original
    }
  })
})

describe('an upload from the phone', () => {
  it('retried after a lost answer, registers the stored bytes again instead of uploading them twice', async () => {
    register.mockRejectedValueOnce(new ApiError('NETWORK', '网络不给力，请稍后重试')).mockResolvedValueOnce({ id: 'f1' })
    const upload = tempFileUpload('p1', 'wxfile://tmp/a.jpg', '合影.jpg')
    await expect(upload()).rejects.toThrow('网络不给力')
    await expect(upload()).resolves.toEqual({ id: 'f1' })
    expect(uploaded).toHaveLength(1)
    expect(uploaded[0]).toMatch(/^uploads\/p1\/[a-z0-9-]+\.jpg$/)
    const fileIDs = register.mock.calls.map(([, input]) => (input as { fileID: string }).fileID)
    expect(fileIDs).toEqual([`cloud://env-1.abc/${uploaded[0]}`, `cloud://env-1.abc/${uploaded[0]}`])
  })

  it('uploads the bytes again when the stored ones are gone', async () => {
    register.mockRejectedValueOnce(new ApiError('NOT_FOUND', '找不到上传的文件，请重新上传')).mockResolvedValueOnce({ id: 'f2' })
    const upload = tempFileUpload('p1', 'wxfile://tmp/c.jpg', 'c.jpg')
    await expect(upload()).rejects.toThrow('找不到上传的文件')
    await expect(upload()).resolves.toEqual({ id: 'f2' })
    expect(uploaded).toHaveLength(2)
  })

  it('shows the quota refusal of the registration as the server worded it', async () => {
    register.mockRejectedValueOnce(ApiError.fromFailure(QUOTA))
    const error = await tempFileUpload('p1', 'wxfile://tmp/b.jpg', 'b.jpg')().catch((e: unknown) => e)
    expect(uploadFailure(error)).toEqual({ refused: true, message: QUOTA.message })
  })
})
