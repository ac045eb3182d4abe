import type {
  EVIDENCE_PAGES,
  EvidenceView,
  NominationDetailView,
  NominationItemView,
  ShowcaseItemView
} from '../../../../src/core/contract'
import type { EvidenceItem, ModelNomination, Person } from '../../../../src/core/model'
import { EVIDENCE_KIND_LABELS, MODEL_KIND_LABELS, NOMINATION_STATE_LABELS, SUBJECT_TYPE_LABELS } from '../../../../src/core/model'
import { defaultTitle, mayOpenEvidence } from '../../../../src/core/rules/models'
import { dayOf } from '../../../../src/core/time'

// Stored nominations → list lines, detail pages and showcase entries.

type EvidencePage = (typeof EVIDENCE_PAGES)[number]

const pageOf = (kind: EvidenceItem['kind']): EvidencePage =>
  kind === 'session' ? 'session' : kind === 'observation' ? 'observation' : 'record'

/** A linked record as the viewer sees it: the summary always, the link where they may open it. */
export function evidenceView(e: EvidenceItem, viewer: Person): EvidenceView {
  return {
    kind: e.kind,
    kindLabel: EVIDENCE_KIND_LABELS[e.kind],
    id: e.id,
    title: e.title,
    date: e.date,
    who: e.who,
    score: e.score,
    // A published item is public: its summary (title, outlet, day) is all there is to show.
    link:
      e.kind !== 'publicity' && mayOpenEvidence(viewer, { ...e, withdrawn: false }) ? { page: pageOf(e.kind), id: e.id } : null
  }
}

/** A nomination as a list line. */
export function nominationItemView(n: ModelNomination, unitName: string): NominationItemView {
  return {
    id: n.id,
    kind: n.kind,
    kindLabel: MODEL_KIND_LABELS[n.kind],
    year: n.year,
    subjectType: n.subjectType,
    subjectName: n.subjectName,
    unitName,
    nominatorName: n.nominatorName,
    via: n.via,
    filedOn: dayOf(new Date(n.createdAt)),
    state: n.state,
    stateLabel: NOMINATION_STATE_LABELS[n.state],
    title: n.title,
    evidenceCount: n.evidence.length
  }
}

/** A nomination with its evidence and what the viewer may do. */
export function nominationDetailView(n: ModelNomination, unitName: string, viewer: Person): NominationDetailView {
  const admin = viewer.roles.includes('admin')
  return {
    ...nominationItemView(n, unitName),
    reason: n.reason,
    evidence: n.evidence.map((e) => evidenceView(e, viewer)),
    namedOn: n.namedOn,
    rejectReason: n.rejectReason,
    revokeReason: n.revokeReason,
    revokedOn: n.revokedAt ? dayOf(new Date(n.revokedAt)) : null,
    defaultTitle: defaultTitle(n.kind, n.year),
    canReview: admin && n.state === 'nominated',
    canRevoke: admin && n.state === 'named'
  }
}

/** A named model on the showcase. */
export function showcaseItemView(n: ModelNomination, unitName: string, viewer: Person): ShowcaseItemView {
  return {
    id: n.id,
    title: n.title ?? defaultTitle(n.kind, n.year),
    subjectName: n.subjectName,
    subjectTypeLabel: SUBJECT_TYPE_LABELS[n.subjectType],
    unitName,
    reason: n.reason,
    namedOn: n.namedOn,
    evidence: n.evidence.map((e) => evidenceView(e, viewer))
  }
}
