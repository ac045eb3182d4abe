import { AppError } from '../../../src/core/contract'
import type { FileView } from '../../../src/core/contract'
import type { Attachment, Person, StoredFile } from '../../../src/core/model'
import { FILE_TYPES, MAX_UPLOAD_BYTES, cleanFileName, fileProblem, sniffType } from '../../../src/core/rules/files'
import { canViewRecord } from '../../../src/core/rules/methods'
import type { FilesPort } from '../ports/files.port'
import type { Repositories } from '../ports/store.port'
import { sha256 } from '../util/ids'
import type { ActionContext, HandlerTable } from './context'
import { callerOf } from './context'

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

/**
 * Checks an uploaded object by its content and records it for its owner. The id is derived from
 * the storage key, so registering the same object twice gives the same file. The object is
 * removed when refused, so refused bytes do not linger.
 */
export async function registerUpload(
  repos: Repositories,
  files: FilesPort,
  owner: Pick<Person, 'id'>,
  storageKey: string,
  name: string,
  now: Date
): Promise<StoredFile> {
  const id = sha256(storageKey).slice(0, 24)
  const existing = await repos.files.get(id)
  if (existing) {
    if (existing.ownerId !== owner.id) throw new AppError('FORBIDDEN', '不能登记别人上传的文件')
    return existing
  }
  const content = await files.read(storageKey, MAX_UPLOAD_BYTES)
  if (!content) throw new AppError('NOT_FOUND', '找不到上传的文件，请重新上传', { field: 'fileID' })
  const mime = sniffType(content.bytes)
  const problem = fileProblem(mime, content.size)
  if (problem || !mime) {
    await files.remove(storageKey)
    throw new AppError('VALIDATION', problem ?? '文件类型不支持', { field: 'fileID' })
  }
  const file: StoredFile = {
    id,
    ownerId: owner.id,
    name: cleanFileName(name, mime),
    mime,
    kind: FILE_TYPES[mime].image ? 'image' : 'document',
    size: content.size,
    storageKey,
    recordId: null,
    createdAt: now.toISOString()
  }
  await repos.files.insert(file)
  return file
}

/**
 * Whether a person may fetch a file: its uploader always; anyone else only through the record it
 * is attached to (owner, that unit's secretary/leader, the admin).
 */
export async function canViewFile(repos: Repositories, viewer: Person, file: StoredFile): Promise<boolean> {
  if (file.ownerId === viewer.id) return true
  if (!file.recordId) return false
  const record = await repos.methodRecords.get(file.recordId)
  return record !== null && canViewRecord(viewer, record)
}

/**
 * Resolves the caller's file ids to attachments of a record and marks them as attached to it;
 * files the record no longer lists are detached (then only their uploader sees them).
 */
export async function attachFiles(
  ctx: ActionContext,
  recordId: string,
  fileIds: readonly string[],
  previous: readonly Attachment[],
  imagesOnly: boolean
): Promise<Attachment[]> {
  const person = callerOf(ctx)
  const out: Attachment[] = []
  for (const [i, fileId] of [...new Set(fileIds)].entries()) {
    const file = await ctx.repos.files.get(fileId)
    const field = `fileIds.${i}`
    if (!file || file.ownerId !== person.id) throw new AppError('NOT_FOUND', '找不到上传的文件，请重新上传', { field })
    if (file.recordId && file.recordId !== recordId) throw new AppError('CONFLICT', '这个文件已用在别的记录里', { field })
    if (imagesOnly && file.kind !== 'image') throw new AppError('VALIDATION', '这里只能上传图片', { field })
    if (file.recordId !== recordId) await ctx.repos.files.update({ ...file, recordId })
    out.push({ fileId: file.id, name: file.name, mime: file.mime, size: file.size })
  }
  const kept = new Set(out.map((a) => a.fileId))
  for (const gone of previous.filter((a) => !kept.has(a.fileId))) {
    const file = await ctx.repos.files.get(gone.fileId)
    if (file && file.recordId === recordId) await ctx.repos.files.update({ ...file, recordId: null })
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
    const file = await registerUpload(ctx.repos, filesOf(ctx), person, input.fileID, input.name, ctx.now)
    return fileView(file)
  }
}
