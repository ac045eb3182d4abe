import type { AreaView, PersonView, SpeechView, StudyView, UnitView } from '../../../src/core/contract'
import type { Area, Person, Speech, StudyRecord, Unit } from '../../../src/core/model'
import { canWithdrawStudy } from '../../../src/core/rules/quota'
import type { DayKey } from '../../../src/core/time'

/** Stored records → what the client sees (no OPENIDs, no hashes). */

export function areaView(area: Area, unitCount: number): AreaView {
  return { id: area.id, name: area.name, unitCount }
}

export function unitView(unit: Unit, areaName: string, peopleCount: number): UnitView {
  return {
    id: unit.id,
    name: unit.name,
    areaId: unit.areaId,
    areaName,
    kind: unit.kind,
    active: unit.active,
    peopleCount
  }
}

export function personView(person: Person, unitName: string): PersonView {
  return {
    id: person.id,
    name: person.name,
    phone: person.phone,
    unitId: person.unitId,
    unitName,
    position: person.position,
    roles: person.roles,
    bound: person.openId !== null,
    active: person.active
  }
}

export function speechView(speech: Speech): SpeechView {
  return {
    id: speech.id,
    title: speech.title,
    date: speech.date,
    source: speech.source,
    link: speech.link,
    archived: speech.archived
  }
}

export function studyView(record: StudyRecord, today: DayKey): StudyView {
  return {
    id: record.id,
    speechId: record.speechId,
    title: record.title,
    studiedOn: record.studiedOn,
    minutes: record.minutes,
    note: record.note,
    createdAt: record.createdAt,
    canWithdraw: canWithdrawStudy(record, today)
  }
}
