import { z } from 'zod'
import { CLASS_TYPES, LECTURE_STATUSES, OCCASIONS, PLACE_TYPES } from '../model/methods'
import { ROLES, STUDYING_ROLES } from '../model/roles'
import { action } from './action'
import { day, id, month, optionalInt, optionalLink, optionalText, text } from './fields'
import { fileView, recordDetailView } from './methods.views'

// The forms of the study methods (SPEC §2). Every save takes an optional id: without it the
// record is created, with it the owner's record is corrected (while its period is open).

/** Attached files (ids from an upload), at most `max`. */
function fileIds(max: number, label = '附件') {
  return z
    .array(id(label), { invalid_type_error: `${label}无效` })
    .max(max, `${label}最多${max}个`)
    .default([])
}

/** One of a fixed list, with a Chinese message naming the field. */
function choice<T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { errorMap: () => ({ message: `请选择${label}` }) })
}

const yesNo = (label: string) => z.boolean({ invalid_type_error: `${label}应为是或否` }).default(false)

const recordId = (label: string) => id(label).optional()

/**
 * Set once the cadre has seen that a meeting already recorded this kind for them that day and
 * confirms this is another occasion (rules/duplicate-records); without it such a save is refused.
 */
const anotherOccasion = () => yesNo('确认另一次会议')

export const methodsActions = {
  'note.save': action({
    summary: 'Writes or corrects a reflection note (title, body, linked speeches/studies, up to 9 attachments)',
    input: z.object({
      id: recordId('心得'),
      date: day('写作日期'),
      title: text('标题', 60),
      body: text('正文', 20000),
      speechIds: z.array(id('讲话')).max(10, '关联讲话最多10篇').default([]),
      studyIds: z.array(id('学习记录')).max(20, '关联学习记录最多20条').default([]),
      fileIds: fileIds(9)
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'note.submit': action({
    summary: 'Records that a note was submitted to an outlet (投稿): the publicity item of the note and the outlet',
    input: z.object({ id: id('心得'), outletId: id('投稿平台'), submittedOn: day('投稿日期') }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'note.publish': action({
    summary: 'Records that a submitted note was published (刊发日期, link, 版面期次) in its publicity item',
    input: z.object({
      id: id('心得'),
      publishedOn: day('刊发日期'),
      link: optionalLink('刊发链接'),
      pageIssue: optionalText('版面期次', 40),
      /** Which outlet published it, when the note was submitted to several. */
      outletId: id('投稿平台').optional()
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'lecture.save': action({
    summary: 'Registers or corrects a school lecture, planned or given (only given ones count)',
    input: z
      .object({
        id: recordId('讲课记录'),
        // A listed school, or the name of one the list lacks (kept as typed until the admin merges it).
        schoolId: id('学校').optional(),
        schoolName: optionalText('学校名称', 40),
        date: day('讲课日期'),
        classType: choice(CLASS_TYPES, '课程类型'),
        topic: text('讲课主题', 60),
        audience: optionalInt('听课人数', 1, 5000, '人'),
        status: choice(LECTURE_STATUSES, '状态'),
        research: optionalText('调研情况', 2000),
        fileIds: fileIds(9, '照片')
      })
      .superRefine((v, ctx) => {
        if (!v.schoolId && !v.schoolName) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['schoolId'], message: '请选择学校，名单中没有的请填写学校名称' })
        }
      }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'lecture.confirm': action({
    summary: 'Confirms a planned lecture as given, on the day it was given',
    input: z.object({ id: id('讲课记录'), date: day('讲课日期'), audience: optionalInt('听课人数', 1, 5000, '人') }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'outreach.save': action({
    summary: 'Records or corrects a grassroots outreach talk (沉到基层宣讲)',
    input: z.object({
      id: recordId('宣讲记录'),
      date: day('宣讲日期'),
      placeType: choice(PLACE_TYPES, '宣讲场所类型'),
      place: text('宣讲地点', 60),
      topic: text('宣讲主题', 60),
      audience: optionalInt('听众人数', 1, 100000, '人'),
      faceToFace: yesNo('面对面宣讲'),
      lectureGroupMember: yesNo('理论宣讲团成员'),
      fileIds: fileIds(9, '照片')
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'leadStudy.save': action({
    summary: 'Records or corrects leading the study at a meeting (以会代训领学)',
    input: z.object({
      id: recordId('领学记录'),
      date: day('会议日期'),
      meeting: text('会议名称', 60),
      content: text('学习内容', 1000),
      tiedToWork: optionalText('结合部署工作', 1000),
      anotherOccasion: anotherOccasion()
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'exchange.save': action({
    summary: 'Records or corrects an exchange-learning occasion (在交流中互学)',
    input: z.object({
      id: recordId('交流记录'),
      date: day('交流日期'),
      occasion: choice(OCCASIONS, '交流场合'),
      content: text('交流内容', 1000),
      anotherOccasion: anotherOccasion()
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'xuexi.report': action({
    summary: "Keeps a cadre's optional note of a month's 学习强国 use (no points, no screenshot); one per month, never counted",
    input: z.object({
      month: month('月份'),
      note: text('学习强国使用情况', 500)
    }),
    output: recordDetailView,
    roles: STUDYING_ROLES,
    write: true
  }),
  'file.register': action({
    summary:
      "Checks and records a file the mini-program uploaded to cloud storage (real type by content), counted against the uploader's quota",
    input: z.object({
      fileID: z
        .string({ required_error: '缺少文件', invalid_type_error: '文件无效' })
        .trim()
        .min(1, '缺少文件')
        .max(500, '文件无效'),
      name: text('文件名', 120)
    }),
    output: fileView,
    roles: ROLES,
    // Not a router write: the file's id comes from its storage key, so a retry gets the same file
    // and is not counted twice without an idempotency entry; the storage reads run first, outside
    // any transaction, then the service writes the file and the usage in one short transaction.
    write: false
  })
}
