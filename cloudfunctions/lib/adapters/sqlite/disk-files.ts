import { createReadStream, createWriteStream, promises as fsp, type ReadStream } from 'fs'
import path from 'path'
import { pipeline } from 'stream/promises'
import { Transform } from 'stream'
import type { FilesPort } from '../../ports/files.port'
import { newId } from '../../util/ids'

// Files on the local host: a folder under DATA_DIR (`files/uploads/<personId>/<id>`). Keys are
// made here and checked against one pattern, so no key can point outside the folder.

const KEY_RE = /^uploads\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{24}$/

/** Thrown when an upload runs past its size limit. */
export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large')
  }
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

/** The files port on a local folder. */
export function diskFiles(root: string): DiskFiles {
  const fileOf = (key: string): string | null => (KEY_RE.test(key) ? path.join(root, ...key.split('/')) : null)
  return {
    async write(personId, source, maxBytes) {
      const key = `uploads/${personId}/${newId()}`
      const file = fileOf(key)
      if (!file) throw new Error('bad person id for an upload folder')
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
    async read(key, maxBytes) {
      const file = fileOf(key)
      if (!file) return null
      try {
        const handle = await fsp.open(file, 'r')
        try {
          const { size } = await handle.stat()
          const bytes = Buffer.alloc(Math.min(size, maxBytes + 1))
          await handle.read(bytes, 0, bytes.length, 0)
          return { size, bytes }
        } finally {
          await handle.close()
        }
      } catch {
        return null
      }
    },
    async url(file) {
      return `/files/${file.id}`
    },
    async remove(key) {
      const file = fileOf(key)
      if (file) await fsp.rm(file, { force: true })
    }
  }
}
