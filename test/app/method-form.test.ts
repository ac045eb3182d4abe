import { actions } from '@/core/contract'
import { FORM_KINDS, blankValues, toWrite, valuesOf } from '@/packages/methods/pages/form/kinds'
import type { RecordDetailView } from '@/core/contract'

const today = '2026-11-30'
const photo = { id: 'f1', name: 'a.jpg', mime: 'image/jpeg', size: 10, image: true }

describe('method forms', () => {
  it('gives every blank form a valid shape for its action, failing only on the fields the person must fill', () => {
    for (const kind of FORM_KINDS) {
      const write = toWrite(kind, blankValues(kind, today), [], null)
      const parsed = actions[write.action].input.safeParse(write.input)
      // A blank form needs filling (a 学习强国 note too: it is its only content, no points, no screenshot).
      expect(parsed.success).toBe(false)
    }
  })

  it('sends a lecture with numbers, optional fields as null, the photos by id and the id when correcting', () => {
    const values = { ...blankValues('lecture', today), schoolId: 's1', classType: '党课', topic: ' 讲党史 ', audience: '120' }
    const write = toWrite('lecture', values, [photo], 'r1')
    expect(write).toEqual({
      action: 'lecture.save',
      input: {
        id: 'r1',
        schoolId: 's1',
        date: today,
        classType: '党课',
        topic: '讲党史',
        audience: 120,
        status: 'given',
        research: null,
        fileIds: ['f1']
      }
    })
    expect(actions['lecture.save'].input.safeParse(write.input).success).toBe(true)
  })

  it('sends the typed name of a school the list lacks, and no school id', () => {
    const values = { ...blankValues('lecture', today), schoolName: ' 城关第三小学 ', classType: '党课', topic: '讲党史' }
    const write = toWrite('lecture', values, [], null)
    expect(write.input).toMatchObject({ schoolName: '城关第三小学' })
    expect(write.input).not.toHaveProperty('schoolId')
    expect(actions['lecture.save'].input.safeParse(write.input).success).toBe(true)
  })

  it('fills the form back from a stored outreach record', () => {
    const detail = {
      item: { date: '2026-11-20' },
      body: {
        kind: 'outreach',
        details: {
          placeType: '社区',
          place: '幸福社区',
          topic: '宣讲',
          audience: null,
          faceToFace: true,
          lectureGroupMember: false
        }
      }
    } as unknown as RecordDetailView
    expect(valuesOf(detail)).toEqual({
      date: '2026-11-20',
      placeType: '社区',
      place: '幸福社区',
      topic: '宣讲',
      audience: '',
      faceToFace: true,
      lectureGroupMember: false
    })
  })
})
