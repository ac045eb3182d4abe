import { encode } from 'uqr'
import { asciiBase64, qrDataUri, qrSvg, tokenFrom, tokenOfParams } from '../../src/packages/meeting/components/qr'

describe('the check-in QR code', () => {
  it('encodes ASCII to base64 exactly as Node does', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', '<svg viewBox="0 0 9 9"/>', 'M0 0h3v1h-3z'.repeat(7)]) {
      expect(asciiBase64(text)).toBe(Buffer.from(text, 'ascii').toString('base64'))
    }
  })

  it('draws every dark module of the code and nothing else', () => {
    const text = 'http://localhost/#/packages/meeting/pages/checkin/index?t=abc.tpb960.kB1V-VnWfrxqgUjf9-v32l'
    const svg = qrSvg(text)
    const { data } = encode(text, { ecc: 'M', border: 2 })
    const dark = data.flat().filter(Boolean).length
    const drawn = [...svg.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0)
    expect(drawn).toBe(dark)
    expect(svg).toContain(`viewBox="0 0 ${data.length} ${data.length}"`)
    expect(qrDataUri(text)).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/)
  })

  it('finds the token in a scanned URL, a weapp code or a bare token', () => {
    expect(tokenFrom('http://h/#/packages/meeting/pages/checkin/index?t=m1.tpb960.x-y_z')).toBe('m1.tpb960.x-y_z')
    expect(tokenFrom('theory-checkin?t=m1.tpb960.x-y_z')).toBe('m1.tpb960.x-y_z')
    expect(tokenFrom(' m1.tpb960.x-y_z ')).toBe('m1.tpb960.x-y_z')
  })

  it('opens the check-in page from a scanned WeChat link, even one with a broken escape', () => {
    const link = 'https://h/#/packages/meeting/pages/checkin/index?t=m1.tpb960.x-y_z'
    expect(tokenOfParams({ q: encodeURIComponent(link) })).toBe('m1.tpb960.x-y_z')
    expect(tokenOfParams({ t: 'm1.tpb960.x-y_z' })).toBe('m1.tpb960.x-y_z')
    // Passed on as it is, for the server to answer “二维码无效”, rather than a page that crashes.
    const broken = 'https%3A%2F%2Fh%2F%3Ft%3D%E0%A4%A'
    expect(tokenOfParams({ q: broken })).toBe(broken)
    expect(tokenOfParams({})).toBeNull()
  })
})
