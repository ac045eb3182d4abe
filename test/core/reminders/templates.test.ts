import {
  DEMO_TEMPLATES,
  TemplatesConfigError,
  fieldLabels,
  messageData,
  pageOf,
  parseSubscribeTemplates,
  purposeOf,
  templateFor,
  templatesToAsk
} from '../../../src/core/reminders/templates'

const valid = {
  reminder: { templateId: 'T-REMIND', fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
  digest: { templateId: 'T-DIGEST', longTerm: true, fields: { body: 'thing5', count: 'thing4' } }
}

function errorOf(raw: string): TemplatesConfigError {
  try {
    parseSubscribeTemplates(raw)
  } catch (error) {
    if (error instanceof TemplatesConfigError) return error
    throw error
  }
  throw new Error('expected a TemplatesConfigError')
}

describe('WX_SUBSCRIBE_TEMPLATES', () => {
  it('is no WeChat at all when unset or blank', () => {
    expect(parseSubscribeTemplates(undefined)).toBeNull()
    expect(parseSubscribeTemplates('  ')).toBeNull()
  })

  it('reads the templates, one-time unless longTerm says otherwise', () => {
    const t = parseSubscribeTemplates(JSON.stringify(valid))
    expect(t?.reminder).toEqual({ templateId: 'T-REMIND', longTerm: false, fields: valid.reminder.fields })
    expect(t?.digest?.longTerm).toBe(true)
  })

  it('names the env var when the JSON is broken', () => {
    const e = errorOf('{"reminder": ')
    expect(e.field).toBe('WX_SUBSCRIBE_TEMPLATES')
    expect(e.message).toBe('WX_SUBSCRIBE_TEMPLATES 不是有效的 JSON，请检查引号和括号')
  })

  it('names the field that is missing or wrong, in Chinese', () => {
    expect(errorOf(JSON.stringify({ reminder: { fields: { title: 'thing1' } } })).message).toBe(
      'WX_SUBSCRIBE_TEMPLATES.reminder.templateId：缺少模板 ID'
    )
    const badKey = errorOf(JSON.stringify({ reminder: { templateId: 'T', fields: { title: 'name1' } } }))
    expect(badKey.field).toBe('WX_SUBSCRIBE_TEMPLATES.reminder.fields.title')
    expect(badKey.message).toContain('应为模板字段名')
    expect(errorOf(JSON.stringify({ reminder: { templateId: 'T', fields: {} } })).message).toContain('至少要对应一个字段')
    expect(errorOf(JSON.stringify({ ...valid, extra: 1 })).message).toBe('WX_SUBSCRIBE_TEMPLATES：不认识的设置：extra')
    expect(errorOf(JSON.stringify({ reminder: { templateId: 'T', longTerm: 'yes', fields: { title: 'thing1' } } })).field).toBe(
      'WX_SUBSCRIBE_TEMPLATES.reminder.longTerm'
    )
  })
})

describe('choosing and filling a template', () => {
  const t = parseSubscribeTemplates(JSON.stringify(valid))!

  it("uses the digest template for a unit leader's digest push only, and the reminder one otherwise", () => {
    expect(purposeOf({ keys: ['p1|studyLastMonth|2026-10|digest'] })).toBe('digest')
    expect(purposeOf({ keys: ['p1|studyLastMonth|2026-10|digest', 'p1|rectificationOverdue|r1|week-1'] })).toBe('reminder')
    expect(purposeOf({ keys: ['p1|studyThisMonth|2026-11|from-day'] })).toBe('reminder')
    expect(templateFor(t, 'digest').templateId).toBe('T-DIGEST')
    expect(templateFor({ reminder: t.reminder }, 'digest').templateId).toBe('T-REMIND')
  })

  it('asks unit leaders for both templates and everyone else for the reminder one', () => {
    expect(templatesToAsk(t, false).map((x) => x.template.templateId)).toEqual(['T-REMIND'])
    expect(templatesToAsk(t, true).map((x) => x.template.templateId)).toEqual(['T-REMIND', 'T-DIGEST'])
  })

  it('puts each part under its key, within the field rules', () => {
    const body = '您有 3 项待办：本月自学 3/5 篇；整改逾期 1 项；会议未记录 1 次'
    const data = messageData(t.reminder, { title: '您有 3 项待办', body, at: new Date('2026-11-20T01:05:00Z'), count: 3 })
    expect(data).toEqual({
      thing1: { value: '您有 3 项待办' },
      thing2: { value: `${Array.from(body).slice(0, 19).join('')}…` },
      time3: { value: '2026年11月20日 09:05' }
    })
    expect(messageData(t.digest!, { title: 'x', body: '上月自学未达标 2 人', at: new Date(), count: 2 })).toEqual({
      thing5: { value: '上月自学未达标 2 人' },
      thing4: { value: '2 项待办' }
    })
    expect(fieldLabels(t.reminder)).toEqual({ thing1: '事项', thing2: '内容', time3: '时间' })
  })

  it('turns a route and its query into the page a message opens', () => {
    expect(pageOf('/pages/home/index', {})).toBe('pages/home/index')
    expect(pageOf('/pages/study/record/index', { month: '2026-11', a: 'x y' })).toBe(
      'pages/study/record/index?month=2026-11&a=x%20y'
    )
  })

  it('ships demo templates that pass its own schema', () => {
    expect(parseSubscribeTemplates(JSON.stringify(DEMO_TEMPLATES))).toEqual(DEMO_TEMPLATES)
  })
})
