// What may be uploaded (SPEC §2 notes and photos): the real type is read from the content's first
// bytes, never from the name, so a script renamed to .jpg is refused.

import { cleanText } from '../text'
import { zipEntryNames } from './zip'

/** The types we accept, with their size caps in bytes. */
export const FILE_TYPES = {
  'image/jpeg': { ext: 'jpg', image: true, maxBytes: 10 * 1024 * 1024 },
  'image/png': { ext: 'png', image: true, maxBytes: 10 * 1024 * 1024 },
  'image/webp': { ext: 'webp', image: true, maxBytes: 10 * 1024 * 1024 },
  'application/pdf': { ext: 'pdf', image: false, maxBytes: 20 * 1024 * 1024 },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    ext: 'docx',
    image: false,
    maxBytes: 20 * 1024 * 1024
  }
} as const

export type AcceptedMime = keyof typeof FILE_TYPES

/** The largest file of any accepted type: an upload is cut off past it. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** Bytes the sniffer needs from the start of a file. */
export const SNIFF_HEAD_BYTES = 16

/**
 * Bytes the sniffer reads from the end of a zip to find its central directory: the end record
 * (22 bytes), a comment of up to 64 KB and the directory itself (a docx lists a few dozen entries,
 * well under 1 KB each).
 */
export const SNIFF_TAIL_BYTES = 256 * 1024

/** The entry every Word document has at the root of its zip (ECMA-376 part 1, §11.3.10). */
const DOCX_MAIN_PART = 'word/document.xml'

/** Said of an upload past the largest size of any type. */
export const TOO_LARGE_MESSAGE = '文件太大：图片不能超过 10 MB，文档不能超过 20 MB'

export const UNSUPPORTED_TYPE_MESSAGE = '只能上传 jpg、png、webp 图片（10 MB 以内）或 pdf、docx 文档（20 MB 以内）'

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))

/**
 * The accepted type of a file's content, or null. `head` is the file's first bytes (at least
 * SNIFF_HEAD_BYTES), `tail` its last SNIFF_TAIL_BYTES (or the whole file; the default is `head`,
 * for a file read whole). A docx is a real zip whose central directory lists `word/document.xml`
 * at its root; other zips (an xlsx, a zip holding a docx) are refused.
 */
export function sniffType(head: Uint8Array, tail: Uint8Array = head): AcceptedMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  // RIFF is also WAV and AVI: only the WEBP form type at offset 8 makes it an image.
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && zipEntryNames(tail)?.includes(DOCX_MAIN_PART)) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  }
  return null
}

/** Why a file of this content type and size is refused, or null when it is fine. */
export function fileProblem(mime: AcceptedMime | null, size: number): string | null {
  if (size === 0) return '文件是空的，请重新选择'
  if (!mime) return UNSUPPORTED_TYPE_MESSAGE
  const spec = FILE_TYPES[mime]
  if (size > spec.maxBytes) return spec.image ? '图片不能超过 10 MB' : '文档不能超过 20 MB'
  return null
}

/** A display name safe to store: no folders, no control characters, at most 120 characters. */
export function cleanFileName(name: string, mime: AcceptedMime): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // Bidi overrides too: "报告\u202Efdp.exe" must not read as a PDF in the list.
  const cleaned = cleanText(base)
    .replace(/[\t\n]/g, '')
    .trim()
    .slice(0, 120)
  return cleaned || `附件.${FILE_TYPES[mime].ext}`
}

/** What a file can be attached to: a method record (note, lecture…), an observer's score sheet, or a feedback message's screenshots. */
export const ATTACHMENT_OWNERS = ['record', 'scoreSheet', 'feedback'] as const
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number]

/** One thing files are attached to. */
export interface AttachmentTarget {
  owner: AttachmentOwner
  id: string
}

/**
 * How `StoredFile.recordId` names what a file is attached to. Method records keep their bare id
 * (files were stored that way before other owners existed); other owners carry a prefix.
 */
export function attachmentRef(target: AttachmentTarget): string {
  return target.owner === 'record' ? target.id : `${target.owner}:${target.id}`
}

/** The owner a stored reference names (a bare id is a method record). */
export function parseAttachmentRef(ref: string): AttachmentTarget {
  const at = ref.indexOf(':')
  const prefix = ref.slice(0, at)
  const owner = ATTACHMENT_OWNERS.find((o) => o !== 'record' && o === prefix)
  return at > 0 && owner ? { owner, id: ref.slice(at + 1) } : { owner: 'record', id: ref }
}

/** An upload attached to nothing this long after it was registered is deleted (a form never sent). */
export const UNATTACHED_FILE_MS = 24 * 60 * 60 * 1000

/** The registration time (ISO) before which a file still attached to nothing is abandoned at `now`. */
export function abandonedBefore(now: Date): string {
  return new Date(now.getTime() - UNATTACHED_FILE_MS).toISOString()
}

/** Whether a file is abandoned: attached to nothing and registered before the cutoff of abandonedBefore. */
export function isAbandoned(file: { recordId: string | null; createdAt: string }, cutoff: string): boolean {
  return file.recordId === null && file.createdAt < cutoff
}
