import { AppError } from '../../../../src/core/contract'
import type {
  EvidenceItem,
  MethodRecord,
  Observation,
  PublicityItem,
  RecordOf,
  StudySession,
  SubjectType
} from '../../../../src/core/model'
import { MODE_LABELS } from '../../../../src/core/model'
import { evidenceProblem, type SubjectFacts } from '../../../../src/core/rules/models'
import { sessionScore } from '../../../../src/core/rules/observation'
import { dayOf, formatDayZh } from '../../../../src/core/time'
import type { ActionContext } from '../context'
import { headline } from '../methods/methods.views'

// Evidence for a nomination (先进典型): the subject's existing records, resolved to a short summary.
// One source per kind of record; a nomination's refs must be among its subject's candidates, so a
// ref that does not exist or is not the subject's is refused. A new kind of evidence (publicity
// items) is one more source in EVIDENCE_SOURCES and one more name in EVIDENCE_KINDS.

/** A subject with its name and what tells it apart. */
export interface Subject extends SubjectFacts {
  name: string
  detail: string | null
}

/** Lists the subject's records of one kind (or family) for the naming year and the year before. */
export type EvidenceSource = (ctx: ActionContext, subject: Subject, year: number) => Promise<EvidenceItem[]>

const yearsOf = (year: number) => [year - 1, year]

async function unitNameOf(ctx: ActionContext, unitId: string): Promise<string> {
  return (await ctx.repos.units.get(unitId))?.name ?? '（单位已删除）'
}

/** Notes, lectures, outreach, lead study and exchange (never 学习强国 reports: never compared). */
async function methodRecordSource(ctx: ActionContext, subject: Subject, year: number): Promise<EvidenceItem[]> {
  const records: MethodRecord[] = []
  if (subject.type === 'session') records.push(...(await ctx.repos.methodRecords.listBySourceMeeting(subject.id)))
  for (const y of subject.type === 'session' ? [] : yearsOf(year)) {
    records.push(
      ...(subject.type === 'person'
        ? await ctx.repos.methodRecords.listByPerson({ personId: subject.id, year: y })
        : await ctx.repos.methodRecords.listByUnit({ unitId: subject.id, year: y }))
    )
  }
  const kept = records.filter((r): r is Exclude<MethodRecord, RecordOf<'xuexi'>> => r.kind !== 'xuexi' && r.withdrawnAt === null)
  const people = new Map((await ctx.repos.people.listByIds([...new Set(kept.map((r) => r.personId))])).map((p) => [p.id, p.name]))
  return kept.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: headline(r, dayOf(ctx.now)).title,
    date: r.date,
    who: people.get(r.personId) ?? '',
    score: null,
    personIds: [r.personId],
    unitId: r.unitId,
    sessionId: r.sourceMeetingId
  }))
}

const sessionName = (s: StudySession) => s.topic

/** Held central-group sessions: a person's (listed or leading), a unit's, or the session itself. */
async function sessionSource(ctx: ActionContext, subject: Subject, year: number): Promise<EvidenceItem[]> {
  const repo = ctx.repos.studySessions
  const [first] = yearsOf(year)
  let sessions: StudySession[]
  if (subject.type === 'person') sessions = await repo.listInWindow({ memberId: subject.id }, `${first}-01-01`, `${year}-12-31`)
  else if (subject.type === 'unit')
    sessions = [...(await repo.listByUnit(subject.id, first)), ...(await repo.listByUnit(subject.id, year))]
  else sessions = [await repo.get(subject.id)].filter((s): s is StudySession => s !== null)
  const held = sessions.filter((s) => s.status === 'completed' && s.withdrawnAt === null)
  const names = new Map<string, string>()
  for (const unitId of new Set(held.map((s) => s.unitId))) names.set(unitId, await unitNameOf(ctx, unitId))
  return held.map((s) => ({
    kind: 'session' as const,
    id: s.id,
    title: sessionName(s),
    date: s.day,
    who: names.get(s.unitId) ?? '',
    score: null,
    personIds: [...new Set([...(s.leadId ? [s.leadId] : []), ...s.memberIds])],
    unitId: s.unitId,
    sessionId: s.id
  }))
}

/** Scored observations of a unit's sessions (or of the session), with the session score. */
async function observationSource(ctx: ActionContext, subject: Subject, year: number): Promise<EvidenceItem[]> {
  if (subject.type === 'person') return []
  const years = yearsOf(year)
  const observations = (await ctx.repos.observations.listByUnit(subject.unitId)).filter(
    (o: Observation) =>
      o.status === 'planned' && (subject.type === 'session' ? o.sessionId === subject.id : years.includes(o.year))
  )
  if (observations.length === 0) return []
  const sheets = await ctx.repos.scoreSheets.listByObservations(observations.map((o) => o.id))
  const unitName = await unitNameOf(ctx, subject.unitId)
  return observations.flatMap((o) => {
    const score = sessionScore(sheets.filter((s) => s.observationId === o.id).map((s) => s.total))
    if (score === null) return []
    return [
      {
        kind: 'observation' as const,
        id: o.id,
        title: `${MODE_LABELS[o.mode]}巡听旁听`,
        date: o.day,
        who: unitName,
        score,
        personIds: [],
        unitId: o.unitId,
        sessionId: o.sessionId
      }
    ]
  })
}

/** Published publicity items (宣传报道) of the person, the unit, or about the session. */
async function publicitySource(ctx: ActionContext, subject: Subject, year: number): Promise<EvidenceItem[]> {
  const items: PublicityItem[] = []
  if (subject.type === 'session') items.push(...(await ctx.repos.publicity.listBySubjects('session', [subject.id])))
  for (const y of subject.type === 'session' ? [] : yearsOf(year)) {
    const filter = subject.type === 'person' ? { personId: subject.id } : { unitId: subject.id }
    items.push(...(await ctx.repos.publicity.list({ ...filter, year: y, status: 'published' }, 0, PUBLICITY_LIMIT)).items)
  }
  const published = items.filter((p) => p.status === 'published' && p.withdrawnAt === null)
  const people = new Map(
    (await ctx.repos.people.listByIds([...new Set(published.flatMap((p) => (p.personId ? [p.personId] : [])))])).map((p) => [
      p.id,
      p.name
    ])
  )
  const units = new Map<string, string>()
  for (const unitId of new Set(published.filter((p) => !p.personId).map((p) => p.unitId)))
    units.set(unitId, await unitNameOf(ctx, unitId))
  return published.map((p) => ({
    kind: 'publicity' as const,
    id: p.id,
    title: `${p.title}（${p.outletName}）`,
    date: p.publishedOn ?? p.countedOn,
    who: p.personId ? (people.get(p.personId) ?? '') : (units.get(p.unitId) ?? ''),
    score: null,
    personIds: p.personId ? [p.personId] : [],
    unitId: p.unitId,
    sessionId: p.subject?.kind === 'session' ? p.subject.id : null
  }))
}

/** A year's published items listed as evidence at most (a page of the store's list). */
const PUBLICITY_LIMIT = 100

/** One source per kind of record; add one here for a new kind of evidence. */
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [methodRecordSource, sessionSource, observationSource, publicitySource]

/** Every record that may back the subject's nomination for the year, newest first. */
export async function evidenceCandidates(ctx: ActionContext, subject: Subject, year: number): Promise<EvidenceItem[]> {
  const out: EvidenceItem[] = []
  for (const source of EVIDENCE_SOURCES) out.push(...(await source(ctx, subject, year)))
  return out
    .filter((e) => evidenceProblem(subject, { ...e, withdrawn: false }) === null)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
}

/** The subject by type and id, with its unit; NOT_FOUND naming the field when it is not there. */
export async function subjectOf(ctx: ActionContext, type: SubjectType, id: string, field = 'subjectId'): Promise<Subject> {
  if (type === 'person') {
    const p = await ctx.repos.people.get(id)
    if (p && p.active) return { type, id, unitId: p.unitId, name: p.name, detail: p.position }
  } else if (type === 'unit') {
    const u = await ctx.repos.units.get(id)
    if (u && u.active) return { type, id, unitId: u.id, name: u.name, detail: null }
  } else {
    const s = await ctx.repos.studySessions.get(id)
    if (s && s.status === 'completed' && s.withdrawnAt === null) {
      const unitName = await unitNameOf(ctx, s.unitId)
      return { type, id, unitId: s.unitId, name: `${unitName}中心组学习：${s.topic}`, detail: formatDayZh(s.day, dayOf(ctx.now)) }
    }
  }
  throw new AppError('NOT_FOUND', '找不到推荐对象（人员、单位或已召开的中心组学习）', { field })
}
