import { AppError } from '../../../src/core/contract'
import type { AttachmentView, FileView } from '../../../src/core/contract'
import type { Attachment, Person, StoredFile } from '../../../src/core/model'
import type { AttachmentOwner, AttachmentTarget } from '../../../src/core/rules/files'
import {
  FILE_TYPES,
  MAX_UPLOAD_BYTES,
  SNIFF_HEAD_BYTES,
  SNIFF_TAIL_BYTES,
  TOO_LARGE_MESSAGE,
  UNSUPPORTED_TYPE_MESSAGE,
  attachmentRef,
  cleanFileName,
  fileProblem,
  parseAttachmentRef,
  sniffType,
  type AcceptedMime
} from '../../../src/core/rules/files'
import { canReadFeedback } from '../../../src/core/rules/feedback'
import { canViewRecord } from '../../../src/core/rules/methods'
import { chargeUpload } from '../../../src/core/rules/upload-quota'
import { monthOf } from '../../../src/core/time'
import type { FilesPort } from '../ports/files.port'
import { readsDistrict } from './dashboard/dashboard.access'
import { DuplicateKeyError, type Repositories, type Store } from '../ports/store.port'
import { sha256 } from '../util/ids'
import type { ActionContext, HandlerTable } from './context'
import { callerOf } from './context'
import { canViewSheetFiles } from './observation/observation.access'

/** The files port, which the host must configure for any action touching files. */
export function filesOf(ctx: ActionContext): FilesPort {
  if (!ctx.deps.files) throw new AppError('INTERNAL', '文件存储未配置，请联系管理员')
  return ctx.deps.files
}

/** The folder a person's uploads go to; a fileID outside it is not theirs to register. */
export const uploadFolder = (personId: string): string => `uploads/${personId}/`

export function fileView(file: StoredFile): FileView {
  return { id: file.id, name: file.name, mime: file.mime, size: file.size, image: file.kind === 'image' }
}

/** Refuses an uploaded object: deletes it, so refused bytes do not linger, and says why. */
async function refuse(files: FilesPort, storageKey: string, message: string): Promise<never> {
  await files.remove(storageKey)
  throw new AppError('VALIDATION', message, { field: 'fileID' })
}

/**
 * Checks an uploaded object without holding it: its size from the storage metadata first (a
 * 300 MB object is refused before a byte of it is read), then its real type from its first bytes
 * and, for a zip, the central directory at its end. A refused object is deleted.
 */
export async function inspectUpload(files: FilesPort, storageKey: string): Promise<{ mime: AcceptedMime; size: number }> {
  const stat = await files.stat(storageKey)
  if (!stat) throw new AppError('NOT_FOUND', '找不到上传的文件，请重新上传', { field: 'fileID' })
  if (stat.size > MAX_UPLOAD_BYTES) return refuse(files, storageKey, TOO_LARGE_MESSAGE)
  const head = (await files.slice(storageKey, 0, SNIFF_HEAD_BYTES)) ?? new Uint8Array(0)
  const zip = head[0] === 0x50 && head[1] === 0x4b
  const tailFrom = Math.max(0, stat.size - SNIFF_TAIL_BYTES)
  const tail = zip ? ((await files.slice(storageKey, tailFrom, stat.size - tailFrom)) ?? head) : head
  const mime = sniffType(head, tail)
  const problem = fileProblem(mime, stat.size)
  if (problem || !mime) return refuse(files, storageKey, problem ?? UNSUPPORTED_TYPE_MESSAGE)
  return { mime, size: stat.size }
}

/** What registering writes through: the files, and one transaction for the file and the usage. */
export type RegistrationStore = Pick<Store, 'transaction'> & Pick<Repositories, 'files'>

/**
 * Checks an uploaded object and records it for its owner, counted against their upload quota
 * (rules/upload-quota). The storage reads run outside any transaction, so none is held open during
 * storage I/O; then one short transaction reads and replaces the person's usage of the month and
 * inserts the file (single-document operations, one after another). The file's id comes from the
 * storage key, so registering the same object again (a retry, or two at once) gives the same file
 * and counts once: two at once meet on the usage document (on CloudBase one conflicts and reruns,
 * then finds the other's file). An upload over the quota is deleted and nothing is written.
 */
export async function registerUpload(
  store: RegistrationStore,
  files: FilesPort,
  owner: Pick<Person, 'id'>,
  storageKey: string,
  name: string,
  now: Date
): Promise<StoredFile> {
  const id = sha256(storageKey).slice(0, 24)
  const mine = (file: StoredFile): StoredFile => {
    if (file.ownerId !== owner.id) throw new AppError('FORBIDDEN', '不能登记别人上传的文件')
    return file
  }
  const existing = await store.files.get(id)
  if (existing) return mine(existing)
  const { mime, size } = await inspectUpload(files, storageKey)
  const file: StoredFile = {
    id,
    ownerId: owner.id,
    name: cleanFileName(name, mime),
    mime,
    kind: FILE_TYPES[mime].image ? 'image' : 'document',
    size,
    storageKey,
    recordId: null,
    createdAt: now.toISOString()
  }
  let outcome: { file: StoredFile } | { refused: string }
  try {
    outcome = await store.transaction(async (tx) => {
      // The same object registered meanwhile: its file, not counted again.
      const winner = await tx.files.get(id)
      if (winner) return { file: winner }
      const charge = chargeUpload(await tx.uploadUsage.get(owner.id, monthOf(now)), owner.id, size, now)
      if (!charge.ok) return { refused: charge.message }
      await tx.uploadUsage.put(charge.usage)
      await tx.files.insert(file)
      return { file }
    })
  } catch (error) {
    // A concurrent registration of the same object won the insert: answer with its file.
    if (!(error instanceof DuplicateKeyError)) throw error
    const winner = await store.files.get(id)
    if (!winner) throw error
    return mine(winner)
  }
  if ('refused' in outcome) return refuse(files, storageKey, outcome.refused)
  return mine(outcome.file)
}

/** Whether a viewer may see the files attached to one thing (their uploader always may). */
export type FileAccessRule = (repos: Repositories, viewer: Person, ownerId: string, now: Date) => Promise<boolean>

/**
 * The one place that says who may see attached files, per kind of owner: a method record's
 * (its owner, that unit's secretary/leader, the admin) and a score sheet's (see canViewSheetFiles).
 */
export const FILE_ACCESS: Readonly<Record<AttachmentOwner, FileAccessRule>> = {
  async record(repos, viewer, id) {
    const record = await repos.methodRecords.get(id)
    return record !== null && canViewRecord({ ...viewer, readsDistrict: await readsDistrict(repos, viewer) }, record)
  },
  scoreSheet: canViewSheetFiles,
  // A feedback message's screenshots: its author and the admin, like the message itself.
  async feedback(repos, viewer, id) {
    const feedback = await repos.feedback.get(id)
    return feedback !== null && canReadFeedback(viewer, feedback)
  }
}

/** Whether a person may fetch a file: its uploader always; anyone else only through what it is attached to. */
export async function canViewFile(repos: Repositories, viewer: Person, file: StoredFile, now: Date): Promise<boolean> {
  if (file.ownerId === viewer.id) return true
  if (!file.recordId) return false
  const target = parseAttachmentRef(file.recordId)
  return FILE_ACCESS[target.owner](repos, viewer, target.id, now)
}

/** How attaching names its problems: the input field, and what the files are called in messages. */
export interface AttachOptions {
  field: string
  /** e.g. 现场照片; without it the messages say 文件. */
  label?: string
  imagesOnly: boolean
}

/**
 * Resolves the caller's file ids to files of one owner and marks them as attached to it; files
 * it no longer lists are detached (then only their uploader sees them).
 */
export async function attachFilesTo(
  ctx: ActionContext,
  target: AttachmentTarget,
  fileIds: readonly string[],
  previousIds: readonly string[],
  opts: AttachOptions
): Promise<StoredFile[]> {
  const person = callerOf(ctx)
  const ref = attachmentRef(target)
  const what = opts.label ?? '文件'
  const out: StoredFile[] = []
  for (const [i, fileId] of [...new Set(fileIds)].entries()) {
    const file = await ctx.repos.files.get(fileId)
    const field = `${opts.field}.${i}`
    if (!file || file.ownerId !== person.id) throw new AppError('NOT_FOUND', `找不到上传的${what}，请重新上传`, { field })
    if (file.recordId && file.recordId !== ref) throw new AppError('CONFLICT', `这个${what}已用在别的记录里`, { field })
    if (opts.imagesOnly && file.kind !== 'image') {
      throw new AppError('VALIDATION', opts.label ? `${opts.label}只能是 jpg、png、webp 图片` : '这里只能上传图片', { field })
    }
    const attached = file.recordId === ref ? file : { ...file, recordId: ref }
    if (attached !== file) await ctx.repos.files.update(attached)
    out.push(attached)
  }
  const kept = new Set(out.map((f) => f.id))
  for (const gone of previousIds.filter((id) => !kept.has(id))) {
    const file = await ctx.repos.files.get(gone)
    if (file && file.recordId === ref) await ctx.repos.files.update({ ...file, recordId: null })
  }
  return out
}

/** attachFilesTo for a method record, as the record's denormalised attachments. */
export async function attachFiles(
  ctx: ActionContext,
  recordId: string,
  fileIds: readonly string[],
  previous: readonly Attachment[],
  imagesOnly: boolean
): Promise<Attachment[]> {
  const previousIds = previous.map((a) => a.fileId)
  const files = await attachFilesTo(ctx, { owner: 'record', id: recordId }, fileIds, previousIds, {
    field: 'fileIds',
    imagesOnly
  })
  return files.map((f) => ({ fileId: f.id, name: f.name, mime: f.mime, size: f.size }))
}

/** Views of stored files with links, in the given order (missing files are skipped). */
export async function fileLinks(ctx: ActionContext, fileIds: readonly string[]): Promise<AttachmentView[]> {
  const out: AttachmentView[] = []
  for (const id of fileIds) {
    const file = await ctx.repos.files.get(id)
    if (!file || !ctx.deps.files) continue
    const { name, mime, size } = file
    out.push({ fileId: file.id, name, mime, size, image: file.kind === 'image', url: await ctx.deps.files.url(file) })
  }
  return out
}

export const fileHandlers: Pick<HandlerTable, 'file.register'> = {
  async 'file.register'(input, ctx) {
    const person = callerOf(ctx)
    // Only objects in the caller's own upload folder: another person's fileID is never theirs.
    if (!input.fileID.includes(`/${uploadFolder(person.id)}`) && !input.fileID.startsWith(uploadFolder(person.id))) {
      throw new AppError('FORBIDDEN', '只能登记自己上传的文件', { field: 'fileID' })
    }
    const store = { files: ctx.repos.files, transaction: ctx.transaction }
    const file = await registerUpload(store, filesOf(ctx), person, input.fileID, input.name, ctx.now)
    return fileView(file)
  }
}
