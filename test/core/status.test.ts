import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { RECTIFICATION_LABELS } from '../../src/core/rules/observation'
import { toneOfStatus, toneOfTarget } from '../../src/core/status'

// Issue 13 item 8: one status palette — done green, waiting blue, needs action orange, refused/overdue red.

describe('the status palette', () => {
  it('no longer shows 未投稿 like 已投稿 or 已讲授', () => {
    expect(toneOfStatus('未投稿')).toBe('action')
    expect(toneOfStatus('已投稿')).toBe('waiting')
    expect(toneOfStatus('已讲授')).toBe('done')
    expect(toneOfStatus('已刊发')).toBe('done')
  })

  it('reads planned as waiting, missing records as action and overdue or non-compliant as alert', () => {
    expect(toneOfStatus('计划')).toBe('waiting')
    expect(toneOfStatus('计划召开')).toBe('waiting')
    expect(toneOfStatus('待记录')).toBe('action')
    expect(toneOfStatus('逾期未记录')).toBe('alert')
    expect(toneOfStatus('已逾期')).toBe('alert')
    expect(toneOfStatus('第一议题不合规')).toBe('alert')
    expect(toneOfStatus('已撤回')).toBe('inactive')
  })

  it('gives every rectification state a tone, with only 已整改 done', () => {
    const tones = Object.values(RECTIFICATION_LABELS).map((label) => [label, toneOfStatus(label)])
    expect(tones).toEqual([
      ['待整改', 'action'],
      ['待核验', 'waiting'],
      ['已退回', 'action'],
      ['已整改', 'done']
    ])
  })

  it('treats any other text as a plain label', () => {
    expect(toneOfStatus('党委')).toBeNull()
    expect(toneOfStatus('toString')).toBeNull()
  })

  it('reads a figure short of its target as needing action', () => {
    expect(toneOfTarget(true)).toBe('done')
    expect(toneOfTarget(false)).toBe('action')
  })
})

describe('every status tag uses the palette', () => {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (path.endsWith('.tsx')) files.push(path)
    }
  }
  walk(join(__dirname, '../../src'))

  it('gives a fixed tag text without a tone a place in the palette (a category says tone="label")', () => {
    const unknown: string[] = []
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<Tag\s+text="([^"]+)"([^>]*)>/g)) {
        if (!/\btone=/.test(m[2]) && toneOfStatus(m[1]) === null) unknown.push(`${file}: ${m[1]}`)
      }
    }
    expect(unknown).toEqual([])
  })
})
