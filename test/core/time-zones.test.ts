import { execFileSync } from 'child_process'
import path from 'path'

// Periods must not depend on the host's zone: run the period tests again in two other zones.
describe.each(['UTC', 'America/Los_Angeles'])('the rules under TZ=%s', (tz) => {
  it('give the same months and days as in China', () => {
    const jest = path.join(__dirname, '../../node_modules/jest/bin/jest.js')
    const out = execFileSync(
      process.execPath,
      [
        jest,
        '--runTestsByPath',
        'test/core/time.test.ts',
        'test/core/quota.test.ts',
        'test/core/methods.test.ts',
        'test/core/observation.test.ts',
        'test/core/agenda.test.ts',
        'test/core/upload-quota.test.ts',
        'test/core/study-plan.test.ts',
        ...[
          'study-this-month',
          'study-this-month-digest',
          'study-last-month',
          'store-counts',
          'lectures',
          'unit-duties',
          'plan',
          'wechat-fields',
          'templates'
        ].map((f) => `test/core/reminders/${f}.test.ts`),
        '--silent'
      ],
      { cwd: path.join(__dirname, '../..'), env: { ...process.env, TZ: tz }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    )
    expect(out).toBeDefined()
  })
})
