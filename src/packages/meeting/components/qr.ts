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

/** The text with its percent-escapes decoded once, or as it was when an escape is broken. */
function decodedOnce(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    // Sent on as is: the server answers a broken code with “二维码无效”.
    return text
  }
}

/** The token inside scanned text or a page parameter (a full URL, `…?t=`, or the bare token). */
export function tokenFrom(text: string): string {
  return decodedOnce(/[?&]t=([^&#]+)/.exec(text)?.[1] ?? text).trim()
}

/** The token a check-in page was opened with: `t` from the code's URL, or `q` when WeChat opened a scanned link. */
export function tokenOfParams(params: Record<string, string | undefined>): string | null {
  if (params.t) return tokenFrom(`?t=${params.t}`)
  if (params.q) return tokenFrom(decodedOnce(params.q))
  return null
}
