import type { Audited, ModelKind, ModelNomination, NominatedVia, SubjectType } from '../../src/core/model'
import { nominationIdOf } from '../../src/core/model'
import { defaultTitle } from '../../src/core/rules/models'
import { dayOf, yearOf } from '../../src/core/time'
import type { Repositories } from '../lib/ports/store.port'
import { evidenceCandidates, subjectOf } from '../lib/services/models/models.evidence'
import type { SeedIds } from './seed-observation'
import { seedContext } from './seed-sessions'

// The demo's model examples (先进典型, issue 11): one named — a 区发改局 cadre as a model of the five
// study methods, with her reflection note and the central-group session she spoke at — and one
// waiting for review since 8 days (the observation group's 示范课 nomination of the 区财政局 session
// it scored), so the admin's review list and the reminder have something to show. Evidence comes
// from the seeded records through the service's own sources (on the CloudBase store, whose queries
// inside the seed's transaction read committed data only, a first seeding may link fewer). Fixed
// ids: seeding twice changes nothing.

const DAY_MS = 24 * 3600 * 1000

interface DemoNomination {
  kind: ModelKind
  subjectType: SubjectType
  subjectId: string
  evidenceIds: string[]
  reason: string
  by: string
  via: NominatedVia
  observationId: string | null
  daysAgo: number
  /** Named this many days ago; null: still waiting. */
  namedDaysAgo: number | null
}

const stamp = (at: Date, by: string): Audited => ({
  createdAt: at.toISOString(),
  createdBy: by,
  updatedAt: at.toISOString(),
  updatedBy: by
})

/** Seeds the demo nominations inside the seed's transaction. */
export async function seedModelsDemo(tx: Repositories, now: Date, ids: Pick<SeedIds, 'unit' | 'person'>): Promise<void> {
  const admin = ids.person('13800000000')
  const demos: DemoNomination[] = [
    {
      kind: 'fiveMethods',
      subjectType: 'person',
      subjectId: ids.person('13812340101'),
      evidenceIds: ['seed-rec-1', 'seed-session-fgj-1'],
      reason: '坚持每月反复研读重要讲话，撰写心得在《城区要闻》投稿，在中心组学习中结合重大项目谋划作研讨发言。',
      by: ids.person('13800000003'),
      via: 'unit',
      observationId: null,
      daysAgo: 10,
      namedDaysAgo: 2
    },
    {
      kind: 'demoSession',
      subjectType: 'session',
      subjectId: 'seed-session-czj-past',
      evidenceIds: ['seed-obs-past', 'seed-session-czj-past'],
      reason: '领学准备充分，研讨紧扣财政工作实际，资料齐全，巡听旁听评分良好以上。',
      by: ids.person('13800000005'),
      via: 'group',
      observationId: 'seed-obs-past',
      daysAgo: 8,
      namedDaysAgo: null
    }
  ]
  for (const d of demos) {
    const filedAt = new Date(now.getTime() - d.daysAgo * DAY_MS)
    const nominator = await tx.people.get(d.by)
    const ctx = seedContext(tx, nominator, filedAt)
    const year = yearOf(filedAt)
    const id = nominationIdOf(year, d.kind, d.subjectType, d.subjectId)
    if (!nominator || (await tx.nominations.get(id))) continue
    const subject = await subjectOf(ctx, d.subjectType, d.subjectId).catch(() => null)
    if (!subject) continue
    const evidence = (await evidenceCandidates(ctx, subject, year)).filter((e) => d.evidenceIds.includes(e.id))
    const namedAt = d.namedDaysAgo === null ? null : new Date(now.getTime() - d.namedDaysAgo * DAY_MS)
    const nomination: ModelNomination = {
      id,
      kind: d.kind,
      year,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectName: subject.name,
      unitId: subject.unitId,
      reason: d.reason,
      evidence,
      nominatedBy: nominator.id,
      nominatorName: nominator.name,
      via: d.via,
      observationId: d.observationId,
      state: namedAt ? 'named' : 'nominated',
      title: namedAt ? defaultTitle(d.kind, year) : null,
      namedOn: namedAt ? dayOf(namedAt) : null,
      reviewedBy: namedAt ? admin : null,
      reviewedAt: namedAt ? namedAt.toISOString() : null,
      rejectReason: null,
      revokedBy: null,
      revokedAt: null,
      revokeReason: null,
      ...stamp(filedAt, nominator.id),
      ...(namedAt ? { updatedAt: namedAt.toISOString(), updatedBy: admin } : {})
    }
    await tx.nominations.insert(nomination)
  }
}
