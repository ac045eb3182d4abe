import { createHmac, timingSafeEqual } from 'crypto'
import { createReadStream, createWriteStream, promises as fsp, type ReadStream } from 'fs'
import path from 'path'
import { pipeline } from 'stream/promises'
import { Transform } from 'stream'
import type { FilesPort } from '../../../ports/files.port'
import { newId } from '../../../util/ids'

// Files on the local host: a folder under DATA_DIR (`files/uploads/<personId>/<id>`). Keys are
// made here and checked against one pattern, so no key can point outside the folder. Links are
// signed and short-lived (`/files/<id>?exp=…&sig=…`), like CloudBase's temporary URLs: the session
// token never travels in a URL, where logs, history and Referer headers would keep it.

const KEY_RE = /^uploads\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{24}$/

/** How long a signed file link works: long enough to look at a note, too short to pass around. */
export const LINK_SECONDS = 600

/** Signs and checks file links with a key of the host's own (never the session tokens' key). */
export interface LinkSigner {
  /** The query string (`exp=…&sig=…`) of a link to the file, valid LINK_SECONDS from now. */
  sign(fileId: string, now: Date): string
  /** Whether a link's expiry and signature are good for this file now. */
  verify(fileId: string, exp: string | null, sig: string | null, now: Date): boolean
}

/** The link-signing key, derived from the host's secret so it differs from the session tokens' key. */
export function fileLinkKeyFrom(masterKey: Buffer): Buffer {
  return createHmac('sha256', masterKey).update('theory-study file links v1').digest()
}

/** A link signer for one secret (HMAC-SHA256 over file id and expiry). */
export function linkSigner(secret: Buffer): LinkSigner {
  const mac = (fileId: string, exp: string) =>
    createHmac('sha256', secret).update(`file-link|${fileId}|${exp}`).digest('base64url')
  return {
    sign(fileId, now) {
      const exp = String(Math.floor(now.getTime() / 1000) + LINK_SECONDS)
      return `exp=${exp}&sig=${mac(fileId, exp)}`
    },
    verify(fileId, exp, sig, now) {
      if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) * 1000 <= now.getTime()) return false
      const expected = Buffer.from(mac(fileId, exp))
      const given = Buffer.from(sig)
      return given.length === expected.length && timingSafeEqual(given, expected)
    }
  }
}

/** Thrown when an upload runs past its size limit. */
export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large')
  }
}

/**
 * Streams source into a new file (never overwriting), counting bytes; past maxBytes it stops,
 * deletes what it wrote and throws UploadTooLargeError. The size written.
 */
export async function streamToNewFile(source: NodeJS.ReadableStream, file: string, maxBytes: number): Promise<number> {
  await fsp.mkdir(path.dirname(file), { recursive: true })
  let size = 0
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length
      done(size > maxBytes ? new UploadTooLargeError() : null, chunk)
    }
  })
  try {
    await pipeline(source, limit, createWriteStream(file, { flags: 'wx' }))
  } catch (error) {
    await fsp.rm(file, { force: true })
    throw error
  }
  return size
}

export interface DiskFiles extends FilesPort {
  /**
   * Streams an upload into a new object of the person's folder; past maxBytes it stops, deletes
   * what it wrote and throws UploadTooLargeError.
   */
  write(personId: string, source: NodeJS.ReadableStream, maxBytes: number): Promise<{ storageKey: string; size: number }>
  /** A stream of a stored object (the caller checked access), or null when it is missing. */
  open(storageKey: string): Promise<{ stream: ReadStream; size: number } | null>
}

/** The files port on a local folder; links are signed by `links` and expire after LINK_SECONDS. */
export function diskFiles(root: string, links: LinkSigner, now: () => Date = () => new Date()): DiskFiles {
  const fileOf = (key: string): string | null => (KEY_RE.test(key) ? path.join(root, ...key.split('/')) : null)
  /** Reads up to `length` bytes at `offset` of a stored object, with its size; null when missing. */
  async function readAt(key: string, offset: number, length: number): Promise<{ size: number; bytes: Buffer } | null> {
    const file = fileOf(key)
    if (!file) return null
    let handle: fsp.FileHandle
    try {
      handle = await fsp.open(file, 'r')
    } catch {
      return null
    }
    try {
      const { size } = await handle.stat()
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      if (bytes.length > 0) await handle.read(bytes, 0, bytes.length, offset)
      return { size, bytes }
    } finally {
      await handle.close()
    }
  }
  return {
    async write(personId, source, maxBytes) {
      const key = `uploads/${personId}/${newId()}`
      const file = fileOf(key)
      if (!file) throw new Error('bad person id for an upload folder')
      const size = await streamToNewFile(source, file, maxBytes)
      return { storageKey: key, size }
    },
    async open(key) {
      const file = fileOf(key)
      if (!file) return null
      try {
        const { size } = await fsp.stat(file)
        return { stream: createReadStream(file), size }
      } catch {
        return null
      }
    },
    async stat(key) {
      const file = fileOf(key)
      if (!file) return null
      try {
        return { size: (await fsp.stat(file)).size }
      } catch {
        return null
      }
    },
    async slice(key, offset, length) {
      return (await readAt(key, offset, length))?.bytes ?? null
    },
    async read(key, maxBytes) {
      return readAt(key, 0, maxBytes + 1)
    },
    async url(file) {
      return `/files/${file.id}?${links.sign(file.id, now())}`
    },
    async remove(key) {
      const file = fileOf(key)
      if (file) await fsp.rm(file, { force: true })
    }
  }
}
