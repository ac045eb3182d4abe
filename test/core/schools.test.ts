import { SCHOOL_KINDS } from '../../src/core/model'
import { isTypedSchool, mergeProblem, schoolNameKey, typedSchoolId } from '../../src/core/rules/schools'

describe('typed schools', () => {
  it('gives one id per name, spaces (全角 too) aside, and different ids to different names', () => {
    expect(typedSchoolId('城关第三小学')).toBe(typedSchoolId(' 城关　第三 小学 '))
    expect(typedSchoolId('城关第三小学')).not.toBe(typedSchoolId('城关第二小学'))
    expect(typedSchoolId('城关第三小学')).toMatch(/^school\.typed\.[0-9a-f]{8}\.6$/)
    expect(schoolNameKey(' 城关　第三 小学 ')).toBe('城关第三小学')
  })

  it('offers the notice’s 中小学 kinds only (no 中职)', () => {
    expect(SCHOOL_KINDS).not.toContain('中职')
    expect(SCHOOL_KINDS).toEqual(expect.arrayContaining(['小学', '初中', '高中']))
  })

  it('merges only an open typed school into an active listed one', () => {
    const typed = { id: 't', kind: '待确认', active: true }
    const listed = { id: 'l', kind: '小学', active: true }
    expect(isTypedSchool(typed)).toBe(true)
    expect(mergeProblem(typed, listed)).toBeNull()
    expect(mergeProblem(null, listed)?.field).toBe('fromId')
    expect(mergeProblem(listed, listed)?.field).toBe('fromId')
    expect(mergeProblem({ ...typed, active: false }, listed)?.message).toBe('这所学校已经合并过了')
    expect(mergeProblem(typed, typed)?.field).toBe('intoId')
    expect(mergeProblem(typed, { ...listed, active: false })?.field).toBe('intoId')
    expect(mergeProblem(typed, null)?.field).toBe('intoId')
  })
})
