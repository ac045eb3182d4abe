import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { STATUS_TONES } from '../../src/core/status'

// Issue 13 item 11, for older eyes: secondary grey and status tags readable (4.5:1, WCAG 2 AA 1.4.3,
// https://www.w3.org/TR/WCAG21/#contrast-minimum), text at least 15 px and tap targets at least
// 44 px — in design px of a 750-wide page (config/index.ts designWidth), 30px and 88px.

const SRC = join(__dirname, '../../src')
const read = (file: string) => readFileSync(join(SRC, file), 'utf8')

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const APP = read('app.scss')

/** The value of a custom property set on page/body in app.scss. */
function token(name: string): string {
  const match = new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(APP)
  if (!match) throw new Error(`app.scss sets no --${name}`)
  return match[1]
}

/** A colour as a stylesheet writes it: a literal or one of the app.scss tokens. */
const resolve = (value: string) => value.replace(/var\(--([\w-]+)\)/, (_, name: string) => token(name))

/** The declarations of the first rule whose selector line ends with the given text. */
function rule(scss: string, selector: string): Record<string, string> {
  const at = scss.indexOf(`${selector} {`)
  if (at < 0) throw new Error(`no rule ${selector}`)
  const body = scss.slice(at + selector.length + 2, scss.indexOf('}', at))
  return Object.fromEntries([...body.matchAll(/^\s*([\w-]+): ([^;]+);/gm)].map((m) => [m[1], resolve(m[2].trim())]))
}

function scssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? scssFiles(path) : name.endsWith('.scss') ? [path] : []
  })
}

// Every background grey text sits on: card, page, input, pressed button or grey tag, disabled button.
const BACKGROUNDS = ['#ffffff', '#f5f6f8', '#fafbfc', '#f2f3f5', '#e5e6eb']

describe('styles for older eyes', () => {
  it('the contrast check itself: black on white is 21:1, the old grey #8f959e fails', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#8f959e', '#ffffff')).toBeLessThan(4.5)
  })

  it('the secondary grey and the body text reach 4.5:1 on every background they sit on', () => {
    for (const background of BACKGROUNDS) {
      expect(contrast(token('text-secondary'), background)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(token('text'), background)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('every status tone of src/core/status.ts has a tag style whose text reaches 4.5:1 on its background', () => {
    const tag = read('components/Tag/index.scss')
    const tones = [...new Set(Object.values(STATUS_TONES))]
    expect(tones.length).toBeGreaterThan(3)
    for (const tone of ['', ...tones.map((t) => `-${t}`)]) {
      const { color, background } = rule(tag, `.tag${tone}`)
      expect([tone, contrast(color, background) >= 4.5]).toEqual([tone, true])
    }
  })

  it('no stylesheet writes a light grey as text colour: greys come from the one token', () => {
    const light = scssFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?<![-\w])color: (#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b/g)]
        .map((m) => (m[1].length === 4 ? `#${[...m[1].slice(1)].map((c) => c + c).join('')}` : m[1]).toLowerCase())
        // White text sits on a coloured button or badge; the arrows in #c9cdd4 are decorative
        // chevrons or a switched-off month arrow (WCAG exempts inactive controls).
        .filter((hex) => hex !== '#ffffff' && hex !== '#c9cdd4' && contrast(hex, '#ffffff') < 4.5)
        .map((hex) => `${file.slice(SRC.length + 1)} ${hex}`)
    )
    expect(light).toEqual([])
  })

  it('all text, shared, component and page, is at least 30 design px (15 px)', () => {
    const small = [join(SRC, 'app.scss'), ...scssFiles(SRC)].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font-size: (\d+)px/g)]
        .filter((m) => Number(m[1]) < 30)
        .map((m) => `${file.slice(SRC.length + 1)} ${m[0]}`)
    )
    expect(small).toEqual([])
  })

  it('buttons, small buttons, chips and text links are at least 88 design px (44 px) tall', () => {
    expect(parseInt(rule(APP, '.btn').height, 10)).toBeGreaterThanOrEqual(88)
    expect(parseInt(rule(APP, '&.btn-small').height, 10)).toBeGreaterThanOrEqual(88)
    expect(parseInt(rule(APP, '.chip')['min-height'], 10)).toBeGreaterThanOrEqual(88)
    expect(parseInt(rule(APP, '.link-action')['min-height'], 10)).toBeGreaterThanOrEqual(88)
  })

  it('the H5 page lets people zoom', () => {
    const viewport = /<meta content="([^"]*)" name="viewport"/.exec(read('index.html'))
    expect(viewport?.[1]).toBe('width=device-width,initial-scale=1')
  })
})
