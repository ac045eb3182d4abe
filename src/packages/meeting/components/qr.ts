import { encode } from 'uqr'

// QR codes drawn as one SVG path (horizontal runs of dark modules), shown through an <Image> data
// URI: the same on weapp and H5, no canvas, and the encoder stays in this subpackage.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (the SVG is ASCII; weapp has no btoa). */
export function asciiBase64(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    out += i + 1 < text.length ? B64[(n >> 6) & 63] : '='
    out += i + 2 < text.length ? B64[n & 63] : '='
  }
  return out
}

/** The SVG of a QR code for the text, with a 2-module quiet zone. */
export function qrSvg(text: string): string {
  const { data } = encode(text, { ecc: 'M', border: 2 })
  const size = data.length
  let path = ''
  data.forEach((row, y) => {
    for (let x = 0; x < size;) {
      if (!row[x]) {
        x++
        continue
      }
      let run = 1
      while (x + run < size && row[x + run]) run++
      path += `M${x} ${y}h${run}v1h-${run}z`
      x += run
    }
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 8}" height="${size * 8}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  )
}

/** A data URI an <Image> can show. */
export function qrDataUri(text: string): string {
  return `data:image/svg+xml;base64,${asciiBase64(qrSvg(text))}`
}

/** What the code carries: on H5 the check-in page's URL (a phone camera opens it); on weapp the token for `scanCode`. */
export function checkInContent(token: string, checkInRoute: string): string {
  const t = encodeURIComponent(token)
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    return `${window.location.origin}${window.location.pathname}#${checkInRoute}?t=${t}`
  }
  return `theory-checkin?t=${t}`
}

/** The token inside scanned text or a page parameter (a full URL, `…?t=`, or the bare token). */
export function tokenFrom(text: string): string {
  const raw = /[?&]t=([^&#]+)/.exec(text)?.[1] ?? text
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return raw.trim()
  }
}
