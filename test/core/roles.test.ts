import { actions } from '../../src/core/contract'
import { refusalFor } from '../../src/core/model/roles'

// Issue 13 item 5: a page refused for the role says who the page is for.

describe('a refusal names who the page is for', () => {
  it('lists the roles of the page action in role order', () => {
    expect(refusalFor(actions['unit.methodsOverview'].roles)).toBe(
      '此页面仅供单位记录员、单位主要负责同志、区委宣传部管理员使用。'
    )
    expect(refusalFor(['admin', 'unitSecretary'])).toBe('此页面仅供单位记录员、区委宣传部管理员使用。')
  })

  it('reads the same as the admin pages’ refusal for the admin alone', () => {
    expect(refusalFor(['admin'])).toBe('此页面仅供区委宣传部管理员使用。')
  })

  it('never names nobody', () => {
    expect(refusalFor([])).toBe('此页面暂不对任何角色开放。')
  })
})
