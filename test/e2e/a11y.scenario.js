// e2e for issue 13 item 11: an axe-core scan (WCAG 2 A and AA rules) of every page each demo role
// can open without an id, one browser context per role. Fails on any serious or critical finding,
// naming the rule, the page and the element. A11Y_SHOTS=<dir> also saves a 390×844 screenshot of
// each page for a person to look at.
const path = require('path')
const { phoneOf } = require('./helpers')

// Evaluated, not added as a <script>: the host's Content-Security-Policy refuses inline scripts.
const AXE = require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

// Routes as in src/services/routes.ts; pages needing an id (detail, form, session…) are left out.
const EVERYONE = [
  '/pages/home/index',
  '/pages/me/index',
  '/pages/inbox/index',
  '/packages/feedback/pages/mine/index',
  '/packages/feedback/pages/new/index',
  '/packages/models/pages/showcase/index'
]

const ROLES = [
  [
    '13800000000',
    '管理员',
    [
      '/packages/admin/pages/index/index',
      '/packages/admin/pages/areas/index',
      '/packages/admin/pages/units/index',
      '/packages/admin/pages/people/index',
      '/packages/admin/pages/import/index',
      '/packages/admin/pages/speeches/index',
      '/packages/admin/pages/reminders/index',
      '/packages/admin/pages/study-plan/index',
      '/packages/admin/pages/methods/index',
      '/packages/admin/pages/observe-groups/index',
      '/packages/admin/pages/observe-plans/index',
      '/packages/admin/pages/observe-rubric/index',
      '/packages/admin/pages/observe-figures/index',
      '/packages/admin/pages/rectify-list/index',
      '/packages/admin/pages/group-upcoming/index',
      '/packages/admin/pages/export/index',
      '/packages/feedback/pages/admin/index',
      '/packages/publicity/pages/counts/index',
      '/packages/models/pages/list/index',
      '/packages/meeting/pages/district/index',
      '/packages/meeting/pages/classics/index',
      '/packages/dashboard/pages/district/index'
    ]
  ],
  [
    '13800000001',
    '干部',
    [
      '/pages/study/record/index',
      '/packages/study/pages/plan/index',
      '/packages/methods/pages/new/index',
      '/packages/methods/pages/records/index'
    ]
  ],
  ['13800000002', '区领导', ['/packages/dashboard/pages/district/index', '/packages/meeting/pages/district/index']],
  [
    '13800000003',
    '单位记录员',
    [
      '/packages/meeting/pages/list/index',
      '/packages/meeting/pages/edit/index',
      '/packages/meeting/pages/coverage/index',
      '/packages/group/pages/list/index',
      '/packages/group/pages/edit/index',
      '/packages/group/pages/members/index',
      '/packages/group/pages/plan/index',
      '/packages/unit/pages/methods/index',
      '/packages/unit/pages/rectify/index',
      '/packages/publicity/pages/list/index',
      '/packages/publicity/pages/form/index',
      '/packages/models/pages/nominate/index'
    ]
  ],
  [
    '13800000004',
    '单位负责同志',
    ['/packages/dashboard/pages/unit/index', '/packages/admin/pages/export/index', '/packages/unit/pages/methods/index']
  ],
  ['13800000005', '巡听旁听', ['/packages/observe/pages/list/index', '/packages/admin/pages/observe-plans/index']]
]

/** Waits until the visible page has left its loading state (or 5 s have passed). */
async function settled(page) {
  await page.waitForTimeout(300)
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('.state-loading')].some((el) => el.getClientRects().length > 0),
      undefined,
      { timeout: 5000 }
    )
    .catch(() => undefined)
  await page.waitForTimeout(200)
}

/** Scans the page now shown: the serious and critical findings as readable lines. */
async function scan(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    // Only the page on top: Taro keeps earlier pages in the DOM, hidden (axe skips hidden nodes anyway).
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        count: v.nodes.length,
        summary: v.nodes[0] && v.nodes[0].failureSummary
      }))
  })
  return violations.map(
    (v) =>
      `${label} · ${v.id} (${v.impact}, ${v.count} 处): ${v.targets.join(' | ')}\n      ${(v.summary || '').split('\n').slice(1, 2).join('')}`
  )
}

function a11yScenario() {
  return [
    'every page of every role passes an axe scan (WCAG 2 A/AA): no serious or critical finding',
    async (page, baseUrl) => {
      const findings = []
      for (const [phone, role, routes] of ROLES) {
        const phoneCtx = await phoneOf(page, baseUrl, phone)
        try {
          const p = phoneCtx.page
          await p.waitForFunction(() => location.hash.includes('pages/home'))
          for (const route of [...EVERYONE, ...routes]) {
            await p.goto(`${baseUrl}/#${route}`)
            await settled(p)
            findings.push(...(await scan(p, `${role} ${route}`)))
            if (process.env.A11Y_SHOTS) {
              const name = `${phone.slice(-2)}${route.replace(/\/index$/, '').replace(/\W+/g, '-')}.png`
              await p.screenshot({ path: path.join(process.env.A11Y_SHOTS, name) })
            }
          }
        } finally {
          await phoneCtx.close()
        }
      }
      if (findings.length) throw new Error(`无障碍扫描发现 ${findings.length} 个严重问题:\n  ${findings.join('\n  ')}`)
    }
  ]
}

module.exports = { a11yScenario }
