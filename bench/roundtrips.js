#!/usr/bin/env node
/**
 * `npm run bench:roundtrips`: for every action of the contract, the CloudBase round trips it
 * makes on the demo district: the router and services run on the CloudBase adapter over the
 * mingo fake of test/store, wrapped by bench/lib/counting-db.js (the fake itself is untouched).
 * Each action runs once as a demo person allowed to call it, with an input built from the seeded
 * data (or `{}`; the result column shows what it answered). Prints calls, the serial depth
 * (round trips in a row, measured with a simulated latency) and the budget from
 * bench/roundtrips.budget.json; exits 1 when an action exceeds its budget or has none. The total
 * and the worst ratio to budget print last.
 */
const path = require('path')
const esbuild = require('esbuild')
const { countingDatabase } = require('./lib/counting-db')
const BUDGET = require('./roundtrips.budget.json')

const ROOT = path.resolve(__dirname, '..')
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 20)

/** Bundles what the bench needs from the TypeScript sources into one CommonJS module, in memory. */
async function loadSources() {
  const out = await esbuild.build({
    stdin: {
      contents: `
        export { actions, actionNames } from './src/core/contract'
        export { FakeCloudbase } from './test/store/cloudbase-fake'
        export { createCloudbaseStore } from './cloudfunctions/lib/adapters/cloudbase/store'
        export { createRouter } from './cloudfunctions/lib/router/router'
        export { silentLogger } from './cloudfunctions/lib/ports/logger.port'
        export { seedDemoDistrict, seedPersonId } from './cloudfunctions/local/seed'
        export { dayOf, monthOf } from './src/core/time'
        export { DEMO_TEMPLATES } from './src/core/reminders/templates'
      `,
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    external: ['better-sqlite3', 'mingo', '@cloudbase/node-sdk', 'exceljs'],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error'
  })
  const module = { exports: {} }
  // eslint-disable-next-line no-new-func
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require)
  return module.exports
}

/** The demo accounts (cloudfunctions/local/seed-data.ts), in the order an action's caller is chosen. */
const DEMO = [
  { phone: '13800000001', roles: ['cadre'] },
  { phone: '13800000002', roles: ['cadre', 'districtLeader'] },
  { phone: '13800000003', roles: ['unitSecretary'] },
  { phone: '13800000004', roles: ['cadre', 'unitLeader'] },
  { phone: '13800000005', roles: ['observer'] },
  { phone: '13800000000', roles: ['admin'] }
]

async function main() {
  const src = await loadSources()
  const { db, counter } = countingDatabase(new src.FakeCloudbase(), { latencyMs: LATENCY_MS })
  const store = src.createCloudbaseStore(db)
  // A fixed day inside the reminders' sending hours (10:00 in China on the 20th), so every action,
  // the reminders' run included, makes the same round trips whenever the bench runs.
  const now = new Date(process.env.BENCH_NOW || '2026-12-20T02:00:00Z')
  await src.seedDemoDistrict(store, now, { demo: true })
  const handle = src.createRouter({
    store,
    clock: { now: () => now },
    log: src.silentLogger,
    demoMode: true,
    subscribe: src.DEMO_TEMPLATES,
    // The assessment export stores its workbook here: storage is not the database, so it is not counted.
    reports: { publish: async (key) => ({ url: `mem://${key}`, expiresAt: now.toISOString() }) }
  })
  const idOf = (phone) => ({ kind: 'person', personId: src.seedPersonId(phone) })
  const who = {
    cadre: idOf('13800000001'),
    secretary: idOf('13800000003'),
    observer: idOf('13800000005'),
    admin: idOf('13800000000')
  }
  let seq = 0
  const call = (identity, action, input) => handle({ action, input, idempotencyKey: `bench-roundtrips-${++seq}` }, identity)
  const data = async (identity, action, input) => {
    const r = await call(identity, action, input)
    return r.ok ? r.data : null
  }
  const today = src.dayOf(now)
  const month = src.monthOf(now)

  // Ids the inputs need, read before counting starts.
  const records = (await data(who.cadre, 'record.list', {}))?.items ?? []
  const meetings = (await data(who.secretary, 'meeting.list', {}))?.items ?? []
  const mine = (await data(who.observer, 'observe.mine', {}))?.items ?? []
  const fresh = await data(who.cadre, 'study.record', { title: '撤回用的学习记录', studiedOn: today })
  const speeches = (await data(who.cadre, 'speech.search', {}))?.items ?? []
  const planItems = [{ speechId: speeches[0]?.id }, { speechId: speeches[1]?.id }, { title: '自拟篇目' }]
  const sessions = (await data(who.secretary, 'centralGroup.session.list', {}))?.items ?? []
  const heldSession = {
    day: today,
    time: '09:00',
    topic: '压测中心组学习',
    status: 'completed',
    materials: [{ contentType: 'originalWork', title: '《习近平谈治国理政》第四卷' }],
    leadId: src.seedPersonId('13800000004'),
    leadMode: 'lead',
    speakers: [{ personId: src.seedPersonId('13812340101'), points: '交流要点' }]
  }
  const areas = (await data(who.admin, 'roster.areas.list', {}))?.items ?? []
  const units = (await data(who.admin, 'roster.units.list', {}))?.items ?? []
  const toWithdraw = await data(who.secretary, 'centralGroup.session.save', { ...heldSession, topic: '撤销用的学习' })
  const publicityInput = {
    ownerType: 'person',
    kind: 'article',
    title: '压测文章',
    outletId: 'seed-outlet-5',
    submittedOn: today
  }
  const toAnswer = await data(who.cadre, 'publicity.record', { ...publicityInput, title: '待刊发的文章' })
  const toRetract = await data(who.cadre, 'publicity.record', { ...publicityInput, title: '撤回用的文章' })

  const year = Number(today.slice(0, 4))
  const namedModel = `model.${year}.fiveMethods.person.${src.seedPersonId('13812340101')}`
  const waitingModel = `model.${year}.demoSession.session.seed-session-czj-past`

  const INPUTS = {
    'subscribe.grant': { results: { 'demo-reminder': 'accept', 'demo-digest': 'reject', errMsg: 'requestSubscribeMessage:ok' } },
    'speech.search': { q: '讲话' },
    'speech.save': { title: '压测讲话', date: today, source: '《求是》' },
    'study.record': { title: '压测学习', studiedOn: today, minutes: 30 },
    'study.month': {},
    'study.withdraw': { id: fresh?.id },
    'record.get': { id: records[0]?.id },
    'record.derivedOn': { kind: 'leadStudy', date: today },
    'unit.personRecords': { personId: src.seedPersonId('13800000001') },
    'meeting.get': { id: meetings[0]?.id },
    'meeting.roster': {},
    'observe.session': { id: mine[0]?.id },
    'observe.review': { id: mine[0]?.id },
    'outlet.save': { name: '压测平台' },
    'school.save': { name: '压测学校', kind: '小学' },
    'school.merge': { fromId: 'none', intoId: 'none' },
    'quota.save': { year: Number(today.slice(0, 4)), speechesPerMonth: 5, lecturesPerYear: 2 },
    'classic.save': { title: '压测原著' },
    'roster.areas.save': { name: '压测片区' },
    'dashboard.access.save': { leadersMayView: false },
    'dashboard.district': { period: 'year' },
    'roster.areas.move': { id: areas[areas.length - 1]?.id, direction: 'up' },
    'roster.units.move': { id: units[units.length - 1]?.id, direction: 'up' },
    'roster.codes.issue': { personId: src.seedPersonId('13800000001') },
    'roster.codes.status': { personId: src.seedPersonId('13800000001') },
    'exchange.save': { date: today, occasion: '压测交流', content: '交流内容' },
    'xuexi.report': { month, note: '本月学习了全会精神专题' },
    'studyPlan.save': { month, items: planItems },
    'centralGroup.members.save': { memberIds: ['13800000004', '13812340101', '13812340102'].map(src.seedPersonId) },
    'centralGroup.plan.save': {
      year: Number(today.slice(0, 4)),
      items: [{ period: `${today.slice(0, 4)}-Q1`, topic: '压测专题' }]
    },
    'centralGroup.session.get': { id: sessions[0]?.id },
    'centralGroup.session.save': heldSession,
    'centralGroup.session.withdraw': { id: toWithdraw?.item.id, reason: '压测撤销' },
    'studyPlan.suggestion.save': { month, items: planItems },
    // The demo's open message (cloudfunctions/local/seed-feedback.ts): answered, then closed.
    'feedback.send': { message: '压测意见反馈' },
    'feedback.answer': { id: 'seed-feedback-1', answer: '压测回复' },
    'feedback.close': { id: 'seed-feedback-1' },
    'publicity.record': publicityInput,
    'publicity.answer': { id: toAnswer?.id, status: 'published', day: today, link: 'https://example.cn/a', pageIssue: '第1版' },
    'publicity.withdraw': { id: toRetract?.id, reason: '压测撤回' },
    'publicity.list': { scope: 'mine' },
    'publicity.counts': { period: 'month' },
    // The demo's named model and its waiting 示范课 (cloudfunctions/local/seed-models.ts).
    'models.nominate': {
      kind: 'fiveMethods',
      year: Number(today.slice(0, 4)),
      subjectType: 'person',
      subjectId: src.seedPersonId('13800000004'),
      reason: '压测推荐',
      evidence: [
        { kind: 'leadStudy', id: 'seed-rec-5' },
        { kind: 'exchange', id: 'seed-rec-6' }
      ]
    },
    'models.list': { scope: 'unit' },
    'models.get': { id: namedModel },
    'models.review': { id: waitingModel, decision: 'approve' },
    'models.revoke': { id: namedModel, reason: '压测撤销' },
    'models.candidates': {
      kind: 'fiveMethods',
      year: Number(today.slice(0, 4)),
      subjectType: 'person',
      subjectId: src.seedPersonId('13800000004')
    }
  }

  const CALLER = {
    'dashboard.district': '13800000000',
    'dashboard.unit': '13800000004',
    'dashboard.unitYear': '13800000004',
    // Open to district leaders only once the admin lets them read the district: measure the secretary.
    'unit.personRecords': '13800000003'
  }
  const rows = []
  let failed = false
  for (const name of src.actionNames) {
    const def = src.actions[name]
    // Observation actions open to every role (a 相互 partner may be anyone) are measured as the observer.
    const asObserver = name.startsWith('observe.') && def.roles.includes('observer')
    // The dashboards refuse district leaders until the admin lets them in: measure the admin and the unit leader.
    const person = CALLER[name]
      ? DEMO.find((p) => p.phone === CALLER[name])
      : DEMO.find((p) => (asObserver ? p.roles.includes('observer') : p.roles.some((r) => def.roles.includes(r))))
    counter.calls = 0
    counter.on = true
    const started = process.hrtime.bigint()
    const result = await call(idOf(person.phone), name, INPUTS[name] ?? {})
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    counter.on = false
    const budget = BUDGET[name]
    const over = budget === undefined || counter.calls > budget
    if (over) failed = true
    rows.push({
      name,
      result: result.ok ? 'ok' : result.code,
      calls: counter.calls,
      serial: LATENCY_MS > 0 ? Math.round(ms / LATENCY_MS) : '-',
      budget: budget ?? '—',
      flag: over ? (budget === undefined ? '  ✗ no budget' : '  ✗ over budget') : ''
    })
  }

  const pad = (v, n) => String(v).padEnd(n)
  const lpad = (v, n) => String(v).padStart(n)
  console.log(`CloudBase round trips per action on the demo district (simulated latency ${LATENCY_MS} ms per round trip)`)
  console.log(`${pad('action', 26)}${pad('result', 18)}${lpad('calls', 6)}${lpad('serial', 8)}${lpad('budget', 8)}`)
  for (const r of rows) {
    console.log(`${pad(r.name, 26)}${pad(r.result, 18)}${lpad(r.calls, 6)}${lpad(r.serial, 8)}${lpad(r.budget, 8)}${r.flag}`)
  }
  const unknown = Object.keys(BUDGET).filter((n) => !src.actionNames.includes(n))
  if (unknown.length) console.log(`budget lines for actions that no longer exist: ${unknown.join(', ')}`)
  const home = rows.find((r) => r.name === 'home.get')
  const worst = rows
    .filter((r) => typeof r.budget === 'number' && r.budget > 0)
    .reduce((w, r) => (!w || r.calls / r.budget > w.calls / w.budget ? r : w), null)
  console.log(`home.get: ${home.calls} round trips, ${home.serial} in a row`)
  console.log(`total: ${rows.reduce((s, r) => s + r.calls, 0)} round trips over ${rows.length} actions`)
  if (worst)
    console.log(
      `worst ratio to budget: ${(worst.calls / worst.budget).toFixed(2)} (${worst.name}, ${worst.calls}/${worst.budget})`
    )
  if (failed) process.exit(1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
