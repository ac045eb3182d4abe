import { date, phrase, templateData, thing, time } from '../../../src/core/reminders/wechat-fields'

describe('subscribe-message fields', () => {
  it('keeps a thing of 20 characters and cuts a longer one to 20 with “…”', () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十'
    expect(thing(twenty)).toBe(twenty)
    expect(thing(`${twenty}多`)).toBe('一二三四五六七八九十一二三四五六七八九…')
    expect(Array.from(thing(`${twenty}多`))).toHaveLength(20)
  })

  it('counts a character outside the basic plane as one', () => {
    const value = thing('𠮷'.repeat(25))
    expect(Array.from(value)).toHaveLength(20)
    expect(value.endsWith('𠮷…')).toBe(true)
  })

  it('folds newlines and never sends an empty thing', () => {
    expect(thing(' 本月自学\n3/5 篇 ')).toBe('本月自学 3/5 篇')
    expect(thing('  ')).toBe('无')
  })

  it('keeps only Chinese characters in a phrase, at most 5, without an ellipsis', () => {
    expect(phrase('待办')).toBe('待办')
    expect(phrase('整改逾期提醒事项')).toBe('整改逾期提')
    expect(phrase('3/5 未达标')).toBe('未达标')
    expect(phrase('3/5')).toBe('待办')
  })

  it('writes times and dates in China time whatever the process zone', () => {
    const instant = new Date('2026-11-30T17:05:00Z')
    expect(time(instant)).toBe('2026年12月1日 01:05')
    expect(date(instant)).toBe('2026年12月1日')
  })

  it('formats a template’s data by each key’s kind', () => {
    expect(
      templateData({
        thing1: '您有 3 项待办：本月自学 3/5 篇；今年讲课 0/2 次',
        phrase2: '待处理',
        time3: new Date('2026-11-20T01:00:00Z'),
        date4: new Date('2026-11-20T01:00:00Z')
      })
    ).toEqual({
      thing1: { value: '您有 3 项待办：本月自学 3/5 篇…' },
      phrase2: { value: '待处理' },
      time3: { value: '2026年11月20日 09:00' },
      date4: { value: '2026年11月20日' }
    })
  })
})
