// The e2e list loads (every scenario it names is required) and holds named, distinct scenarios: a
// merge that drops a require otherwise surfaces only in the e2e run.
describe('the e2e scenario list', () => {
  it('loads, and every entry is a named async scenario, each name once', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { scenarios } = require('../e2e/scenarios') as { scenarios: Array<[string, unknown]> }
    expect(scenarios.length).toBeGreaterThan(20)
    for (const [name, run] of scenarios) {
      expect(typeof name).toBe('string')
      expect(typeof run).toBe('function')
    }
    const names = scenarios.map(([name]) => name)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })
})
