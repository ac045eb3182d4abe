import { AppError, actionNames, actions, documentReviewSchema, parseInput } from '../../src/core/contract'

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

  describe('free text is stored without control and bidi characters', () => {
    // U+202E (right-to-left override) makes "…txt.exe" read as "…exe.txt"; U+0007 rings a terminal's bell.
    const RLO = '\u202e'
    const BELL = '\u0007'

    it('strips them from a study note, keeping its newlines and tabs', () => {
      const note = `第一段${RLO}反向${BELL}\n\t第二段\u0000\u001b[31m\u007f${'\u202a\u202b\u202c\u202d'}${'\u2066\u2067\u2068\u2069'}完`
      const parsed = parseInput(actions['study.record'].input, { title: `学习${BELL}`, studiedOn: '2026-11-30', note })
      expect(parsed).toMatchObject({ title: '学习', note: '第一段反向\n\t第二段[31m完' })
    })

    it('keeps ordinary Chinese, punctuation and emoji as typed', () => {
      const note = '学习《习近平谈治国理政》第四卷——体会：“两个确立”。👍 a-b_c (1/2) 100%'
      expect(parseInput(actions['study.record'].input, { title: '学习', studiedOn: '2026-11-30', note })).toMatchObject({ note })
    })

    it('fails a name made only of control characters as empty, naming the field', () => {
      expect(
        problem('roster.people.save', {
          name: `${RLO}${BELL}\u0000\u007f\u2066`,
          phone: '13800000009',
          unitId: 'u1',
          position: '局长',
          roles: ['cadre']
        })
      ).toEqual({ field: 'name', message: '请填写姓名' })
    })

    it('counts the length after stripping, and turns an optional note of control characters into null', () => {
      const title = `${'学'.repeat(120)}${RLO.repeat(10)}`
      expect(parseInput(actions['study.record'].input, { title, studiedOn: '2026-11-30', note: `${BELL}${RLO}` })).toMatchObject({
        title: '学'.repeat(120),
        note: null
      })
    })

    it('strips them from a file name, a link and the reviewed-documents note too', () => {
      expect(parseInput(actions['file.register'].input, { fileID: 'cloud://x/a.pdf', name: `报告${RLO}fdp.exe` })).toMatchObject({
        name: '报告fdp.exe'
      })
      expect(
        parseInput(actions['speech.save'].input, {
          title: '讲话',
          date: '2026-11-30',
          source: '人民日报',
          link: `https://a.cn/${BELL}x`
        })
      ).toMatchObject({ link: 'https://a.cn/x' })
      expect(
        documentReviewSchema.parse({ studyPlan: true, firstAgendaRecords: true, materials: true, note: `已查阅${RLO}` })
      ).toMatchObject({
        note: '已查阅'
      })
    })
  })
})
