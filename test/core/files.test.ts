import { MAX_UPLOAD_BYTES, SNIFF_TAIL_BYTES, cleanFileName, fileProblem, sniffType } from '../../src/core/rules/files'
import { zipEntryNames } from '../../src/core/rules/zip'
import { DOCX, makeZip } from './zip-fixture'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const riff = (form: string) => Buffer.from(`RIFF\x24\x00\x00\x00${form}fmt `, 'latin1')

describe('what an upload really is (sniffType)', () => {
  it('takes a zip with word/document.xml at its root as a docx', () => {
    expect(sniffType(DOCX)).toBe(DOCX_MIME)
  })

  it('reads the docx central directory from the file’s tail when only head and tail were read', () => {
    const padding = 'x'.repeat(SNIFF_TAIL_BYTES)
    const big = makeZip({ 'word/media/image1.png': padding, 'word/document.xml': '<w:document/>' })
    expect(sniffType(big.subarray(0, 16), big.subarray(big.length - SNIFF_TAIL_BYTES))).toBe(DOCX_MIME)
  })

  it('refuses an xlsx (a zip without word/document.xml)', () => {
    const xlsx = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })
    expect(sniffType(xlsx)).toBeNull()
  })

  it('refuses a zip that only mentions word/document.xml in a file’s content or below the root', () => {
    expect(sniffType(makeZip({ 'notes.txt': 'see word/document.xml' }))).toBeNull()
    expect(sniffType(makeZip({ 'old/word/document.xml': '<w:document/>' }))).toBeNull()
  })

  it('refuses bytes that only look like a zip (no central directory)', () => {
    expect(sniffType(Buffer.from('PK\x03\x04....word/document.xml....', 'latin1'))).toBeNull()
  })

  it('finds the end record behind an archive comment', () => {
    const commented = makeZip({ 'word/document.xml': '<w:document/>' }, 'PK\x05\x06 looks like an end record')
    expect(zipEntryNames(commented)).toEqual(['word/document.xml'])
  })

  it('takes RIFF…WEBP as webp, but not a WAV or an AVI, nor WEBP without RIFF', () => {
    expect(sniffType(riff('WEBP'))).toBe('image/webp')
    expect(sniffType(riff('WAVE'))).toBeNull()
    expect(sniffType(riff('AVI '))).toBeNull()
    expect(sniffType(Buffer.from('RIFX\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBeNull()
  })
})

describe('size limits and names', () => {
  it('accepts an image of exactly 10 MB and refuses one byte more', () => {
    expect(fileProblem('image/jpeg', 10 * 1024 * 1024)).toBeNull()
    expect(fileProblem('image/jpeg', 10 * 1024 * 1024 + 1)).toBe('图片不能超过 10 MB')
  })

  it('accepts a document of exactly 20 MB, the largest upload', () => {
    expect(fileProblem(DOCX_MIME, MAX_UPLOAD_BYTES)).toBeNull()
    expect(fileProblem(DOCX_MIME, MAX_UPLOAD_BYTES + 1)).toBe('文档不能超过 20 MB')
  })

  it('trims spaces around a file name, and names a blank one by its type', () => {
    expect(cleanFileName('  学习心得.docx  ', DOCX_MIME)).toBe('学习心得.docx')
    expect(cleanFileName('   ', 'application/pdf')).toBe('附件.pdf')
  })

  it('drops folders, control characters and bidi overrides, so a name cannot pretend to another type', () => {
    expect(cleanFileName('C:\\tmp/报告\u202Efdp.docx', DOCX_MIME)).toBe('报告fdp.docx')
    expect(cleanFileName('学习\t心得\n.docx', DOCX_MIME)).toBe('学习心得.docx')
    expect(cleanFileName('a\u0000b\u2066c.pdf', 'application/pdf')).toBe('abc.pdf')
    expect(cleanFileName('长'.repeat(130), 'application/pdf')).toHaveLength(120)
  })
})
