import type { StoredFile } from '../../../src/core/model'

// Where uploaded bytes live: a folder on the local host, or CloudBase cloud storage. The files
// table (StoredFile) says who may see them; this port only moves bytes and hands out links.

export interface FilesPort {
  /** The size of a stored object from its metadata (nothing is downloaded), or null when missing. */
  stat(storageKey: string): Promise<{ size: number } | null>
  /** Up to `length` bytes of an object from `offset` (fewer past its end), or null when missing. */
  slice(storageKey: string, offset: number, length: number): Promise<Uint8Array | null>
  /**
   * The content of a stored object, or null when missing. Past `maxBytes` only `maxBytes + 1`
   * bytes are read, so the caller sees it is too large without holding it all.
   */
  read(storageKey: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array } | null>
  /** A link the viewer can fetch the file from; the caller has already checked the viewer may. */
  url(file: StoredFile): Promise<string>
  /** Deletes an object that failed the checks (missing objects are fine). */
  remove(storageKey: string): Promise<void>
}
