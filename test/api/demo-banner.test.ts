import { boxed, demoBanner } from '../../cloudfunctions/local/server'

describe('the demo-mode startup banner', () => {
  it('names the code and warns against the internet, in a box whose lines line up', () => {
    const banner = demoBanner(true)
    expect(banner).toMatch(/演示模式已开启/)
    expect(banner).toMatch(/123456/)
    expect(banner).toMatch(/互联网/)
    const lines = banner.split('\n')
    expect(lines[0]).toMatch(/^╔═+╗$/)
    expect(lines[lines.length - 1]).toMatch(/^╚═+╝$/)
    expect(lines.slice(1, -1).every((l) => l.startsWith('║') && l.endsWith('║'))).toBe(true)
  })

  it('says the code works for nobody when the database is not a demo database', () => {
    expect(demoBanner(false)).toMatch(/对任何人都无效/)
  })

  it('pads CJK text by its terminal width', () => {
    expect(boxed(['中文', 'abcd'])).toBe(['╔════════╗', '║  中文  ║', '║  abcd  ║', '╚════════╝'].join('\n'))
  })
})
