import type { StoredFile } from '../../../src/core/model'

// Where uploaded bytes live: a folder on the local host, or CloudBase cloud storage. The files
// table (StoredFile) says who may see them; this port only moves bytes and hands out links.

export interface FilesPort {
  /** The whole content of a stored object (at most `maxBytes + 1` bytes are read), or null when missing. */
  read(storageKey: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array } | null>
  /** A link the viewer can fetch the file from; the caller has already checked the viewer may. */
  url(file: StoredFile): Promise<string>
  /** Deletes an object that failed the checks (missing objects are fine). */
  remove(storageKey: string): Promise<void>
}
