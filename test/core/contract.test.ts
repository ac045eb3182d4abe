import { AppError, actionNames, actions, parseInput } from '../../src/core/contract'

function problem(name: keyof typeof actions, input: unknown): { field?: string; message: string } {
  try {
    parseInput(actions[name].input, input)
  } catch (error) {
    if (error instanceof AppError) return { field: error.field, message: error.message }
    throw error
  }
  throw new Error('expected a validation error')
}

describe('action contract', () => {
  it('gives every action at least one role', () => {
    for (const name of actionNames) expect([name, actions[name].roles.length > 0]).toEqual([name, true])
  })

  it('names the date field in Chinese when a study date is malformed', () => {
    expect(problem('study.record', { title: '学习', studiedOn: '2026-02-30' })).toEqual({
      field: 'studiedOn',
      message: '学习日期格式不对，应为“年-月-日”，如 2026-11-30'
    })
  })

  it('asks for a speech or a title when neither is given', () => {
    expect(problem('study.record', { studiedOn: '2026-11-30' })).toEqual({
      field: 'title',
      message: '请从目录选择讲话，或填写讲话标题'
    })
  })

  it("says which field is missing rather than zod's English", () => {
    expect(problem('study.record', { title: '学习' })).toEqual({ field: 'studiedOn', message: '请选择学习日期' })
  })

  it('rejects minutes out of range with the unit in the message', () => {
    expect(problem('study.record', { title: '学习', studiedOn: '2026-11-30', minutes: 900 })).toEqual({
      field: 'minutes',
      message: '学习时长不能超过600分钟'
    })
  })

  it('rejects a malformed phone in the roster form', () => {
    expect(
      problem('roster.people.save', { name: '张三', phone: '12345', unitId: 'u1', position: '局长', roles: ['cadre'] })
    ).toEqual({
      field: 'phone',
      message: '手机号应为11位手机号码'
    })
  })

  it('rejects an unknown role in Chinese', () => {
    expect(
      problem('roster.people.save', { name: '张三', phone: '13800000009', unitId: 'u1', position: '局长', roles: ['boss'] })
    ).toEqual({
      field: 'roles.0',
      message: '角色无效'
    })
  })

  it('trims text and turns an empty optional note into null', () => {
    const parsed = parseInput(actions['study.record'].input, { title: '  学习  ', studiedOn: '2026-11-30', note: '' })
    expect(parsed).toMatchObject({ title: '学习', note: null, minutes: null })
  })

  it('never lets an English zod message through to a user', () => {
    const samples: [keyof typeof actions, unknown][] = [
      ['study.record', 'not an object'],
      ['roster.import.start', { fileName: 5 }],
      ['speech.save', { title: [], date: 1 }],
      ['study.month', { month: 7 }]
    ]
    for (const [name, input] of samples) expect(problem(name, input).message).toMatch(/[\u4e00-\u9fa5]/)
  })
})
