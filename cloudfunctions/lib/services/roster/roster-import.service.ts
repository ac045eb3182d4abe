import type { ImportJobView } from '../../../../src/core/contract'
import { AppError } from '../../../../src/core/contract'
import type { ImportBatch, ImportJob, Person } from '../../../../src/core/model'
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  batchesOf,
  isOwnImportKey,
  validateRosterRows
} from '../../../../src/core/rules/roster-import'
import { newId } from '../../util/ids'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { filesOf } from '../files.service'
import { readSheet } from './roster-file'

// A roster import is a job (ARCHITECTURE rule 10), so a district's whole roster never has to fit in
// one call: the admin uploads the file to storage (6 MB caps a synchronous call's payload), `start`
// validates it whole and cuts the people into batches, each `step` bulk-inserts one batch hidden
// behind the job's marker, and the last step makes them all visible with one update. Until then
// nobody of the file can log in, be listed or counted; `discard` deletes the hidden people.

type ImportHandlers = Pick<
  HandlerTable,
  'roster.import.start' | 'roster.import.step' | 'roster.import.discard' | 'roster.import.status'
>

const TOO_LARGE = '文件太大，请拆分后导入（不超过5MB）'

function view(job: ImportJob): ImportJobView {
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    total: job.total,
    written: job.written,
    createdAt: job.createdAt
  }
}

/** The caller's own job (another admin's job is not theirs to drive). */
async function mustGetJob(ctx: ActionContext, jobId: string): Promise<ImportJob> {
  const job = await ctx.repos.importJobs.get(jobId)
  if (!job || job.createdBy !== callerOf(ctx).id) throw new AppError('NOT_FOUND', '找不到这次导入', { field: 'jobId' })
  return job
}

/** Reads the uploaded file and checks every row; any problem refuses the whole file, listed by row and column. */
async function validatedPeople(ctx: ActionContext, fileName: string, storageKey: string): Promise<Person[]> {
  const files = filesOf(ctx)
  const content = await files.read(storageKey, MAX_IMPORT_BYTES)
  if (!content) throw new AppError('NOT_FOUND', '找不到上传的文件，请重新上传', { field: 'storageKey' })
  if (content.size > MAX_IMPORT_BYTES) {
    await files.remove(storageKey)
    throw new AppError('VALIDATION', TOO_LARGE, { field: 'storageKey' })
  }
  const sheet = await readSheet(fileName, Buffer.from(content.bytes))
  if (sheet.length - 1 > MAX_IMPORT_ROWS) {
    await files.remove(storageKey)
    throw new AppError('VALIDATION', `一个文件最多${MAX_IMPORT_ROWS}人，请拆分后分批导入`, { field: 'storageKey' })
  }
  const units = (await ctx.repos.units.list()).filter((u) => u.active)
  const phones = sheet
    .slice(1)
    .flatMap((r) => r.map((c) => c.replace(/\s|-/g, '')))
    .filter((c) => /^1[3-9]\d{9}$/.test(c))
  // listByPhones sees the hidden people of unfinished imports too: a phone is never taken twice.
  const existing = await ctx.repos.people.listByPhones([...new Set(phones)])
  const { rows, errors } = validateRosterRows(sheet, units, new Map(existing.map((p) => [p.phone, p.name])))
  if (errors.length) {
    // The file is of no further use: the admin uploads the corrected one.
    await files.remove(storageKey)
    throw new AppError('ROSTER.IMPORT_INVALID', `文件中有${errors.length}处问题，未导入任何人员，请修改后重新导入`, {
      rows: errors
    })
  }
  const stamp = createdStamp(ctx)
  return rows.map((r) => ({
    id: newId(),
    name: r.name,
    phone: r.phone,
    unitId: r.unitId,
    position: r.position,
    roles: r.roles,
    openId: null,
    active: true,
    ...stamp
  }))
}

/** When a batch failed because someone took one of its phones after the job was made: a clear message. */
async function takenPhone(ctx: ActionContext, batch: ImportBatch): Promise<AppError | null> {
  const ours = new Set(batch.people.map((p) => p.id))
  const clash = (await ctx.repos.people.listByPhones(batch.people.map((p) => p.phone))).find((p) => !ours.has(p.id))
  if (!clash) return null
  return new AppError('CONFLICT', `手机号${clash.phone}在导入开始后已被“${clash.name}”使用，请放弃这次导入，修改文件后重新导入`, {
    field: 'jobId'
  })
}

/** Ends a job that wrote everything: its people become visible at once. */
async function commit(ctx: ActionContext, job: ImportJob): Promise<ImportJob> {
  await ctx.repos.people.commitImport(job.id)
  await ctx.repos.importJobs.removeBatches(job.id)
  await filesOf(ctx).remove(job.storageKey)
  await audit(ctx, 'roster', 'import', 'import', { jobId: job.id, fileName: job.fileName, created: job.total })
  return { ...job, status: 'committed' }
}

export const rosterImportHandlers: ImportHandlers = {
  async 'roster.import.start'(input, ctx) {
    const caller = callerOf(ctx)
    if (!isOwnImportKey(input.storageKey, caller.id)) {
      throw new AppError('FORBIDDEN', '只能导入您自己上传的文件', { field: 'storageKey' })
    }
    const open = await ctx.repos.importJobs.openBy(caller.id)
    if (open) {
      throw new AppError('CONFLICT', `还有一次未完成的导入（${open.fileName}），请先继续或放弃它`, { field: 'storageKey' })
    }
    const people = await validatedPeople(ctx, input.fileName, input.storageKey)
    const batches = batchesOf(people)
    const job: ImportJob = {
      id: newId(),
      fileName: input.fileName,
      storageKey: input.storageKey,
      status: 'writing',
      total: people.length,
      written: 0,
      batches: batches.length,
      nextBatch: 0,
      ...createdStamp(ctx)
    }
    await ctx.repos.importJobs.insert(job)
    // One document per batch, written one after another (never in parallel inside a transaction).
    for (const [index, list] of batches.entries()) await ctx.repos.importJobs.putBatch({ jobId: job.id, index, people: list })
    await audit(ctx, 'importJob', job.id, 'create', view(job))
    return view(job)
  },

  async 'roster.import.step'(input, ctx) {
    let job = await mustGetJob(ctx, input.jobId)
    if (job.status !== 'writing') return view(job)
    if (job.nextBatch < job.batches) {
      const batch = await ctx.repos.importJobs.getBatch(job.id, job.nextBatch)
      if (!batch) throw new AppError('CONFLICT', '这次导入的数据已清除，请放弃后重新导入', { field: 'jobId' })
      try {
        await ctx.repos.people.insertPending(job.id, batch.index, batch.people)
      } catch (error) {
        throw (await takenPhone(ctx, batch)) ?? error
      }
      job = { ...job, written: job.written + batch.people.length, nextBatch: job.nextBatch + 1 }
    }
    if (job.nextBatch >= job.batches) job = await commit(ctx, job)
    job = updatedStamp(job, ctx)
    await ctx.repos.importJobs.update(job)
    return view(job)
  },

  async 'roster.import.discard'(input, ctx) {
    const job = await mustGetJob(ctx, input.jobId)
    if (job.status === 'discarded') return view(job)
    if (job.status === 'committed') throw new AppError('CONFLICT', '这次导入已完成，不能放弃', { field: 'jobId' })
    // Every batch is in: what is left is making them visible, which may already have begun.
    if (job.nextBatch >= job.batches) {
      throw new AppError('CONFLICT', '这次导入已全部写入，请点“继续”完成', { field: 'jobId' })
    }
    await ctx.repos.people.discardImport(job.id)
    await ctx.repos.importJobs.removeBatches(job.id)
    await filesOf(ctx).remove(job.storageKey)
    const discarded = updatedStamp<ImportJob>({ ...job, status: 'discarded' }, ctx)
    await ctx.repos.importJobs.update(discarded)
    await audit(ctx, 'importJob', job.id, 'discard', view(discarded))
    return view(discarded)
  },

  async 'roster.import.status'(input, ctx) {
    const job = input.jobId ? await mustGetJob(ctx, input.jobId) : await ctx.repos.importJobs.openBy(callerOf(ctx).id)
    return { job: job ? view(job) : null }
  }
}
