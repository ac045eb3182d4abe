// Just enough of the zip format (APPNOTE.TXT §4.3) to list the entry names of a file's central
// directory from its last bytes, so a .docx can be told from other zips without unpacking it.

const EOCD_SIG = 0x06054b50
const CENTRAL_SIG = 0x02014b50
/** The end-of-central-directory record without its comment. */
const EOCD_BYTES = 22
/** The longest zip comment, which sits after the end record. */
const MAX_COMMENT = 0xffff

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0

/**
 * The names in a zip's central directory, read from `tail` (the file's last bytes, or all of
 * it), or null when `tail` does not end with a whole central directory (not a zip, zip64, or a
 * directory larger than what was read).
 */
export function zipEntryNames(tail: Uint8Array): string[] | null {
  const lowest = Math.max(0, tail.length - EOCD_BYTES - MAX_COMMENT)
  for (let end = tail.length - EOCD_BYTES; end >= lowest; end--) {
    if (u32(tail, end) !== EOCD_SIG) continue
    // The comment length must reach exactly to the end of the file, or this was a false match.
    if (end + EOCD_BYTES + u16(tail, end + 20) !== tail.length) continue
    const count = u16(tail, end + 10)
    const size = u32(tail, end + 12)
    // The central directory sits right before the end record.
    const start = end - size
    if (start < 0) return null
    const names: string[] = []
    let at = start
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || u32(tail, at) !== CENTRAL_SIG) return null
      const nameLength = u16(tail, at + 28)
      const next = at + 46 + nameLength + u16(tail, at + 30) + u16(tail, at + 32)
      if (next > end) return null
      names.push(String.fromCharCode(...tail.subarray(at + 46, at + 46 + nameLength)))
      at = next
    }
    return names
  }
  return null
}
