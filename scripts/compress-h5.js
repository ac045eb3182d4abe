#!/usr/bin/env node
/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text asset of the H5 build, once,
 * at build time; the local host (cloudfunctions/local/static.ts) sends the smallest one the
 * browser accepts. `node scripts/compress-h5.js [dir]` (default dist/h5); run by `npm run build:h5`
 * and by `npm start` after it builds.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const ROOT = path.resolve(__dirname, '..')
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt'])
// Below this, compression headers cost about what they save.
const MIN_BYTES = 1024

function* filesUnder(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else if (entry.isFile()) yield full
  }
}

/** Compresses the text assets under dir; returns { files, bytes, br, gz } (sizes in bytes). */
function compressH5(dir = path.join(ROOT, 'dist/h5')) {
  const totals = { files: 0, bytes: 0, br: 0, gz: 0 }
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue
    const data = fs.readFileSync(file)
    if (data.length < MIN_BYTES) continue
    const br = zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
      }
    })
    const gz = zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION })
    fs.writeFileSync(`${file}.br`, br)
    fs.writeFileSync(`${file}.gz`, gz)
    totals.files++
    totals.bytes += data.length
    totals.br += br.length
    totals.gz += gz.length
  }
  return totals
}

module.exports = { compressH5 }

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(ROOT, 'dist/h5'))
  if (!fs.existsSync(dir)) {
    console.error(`没有网页版构建 / no H5 build in ${dir}`)
    process.exit(1)
  }
  const t = compressH5(dir)
  const kb = (n) => `${Math.round(n / 1024)} KB`
  console.log(`  ✓ 预压缩 / precompressed ${t.files} files: ${kb(t.bytes)} → br ${kb(t.br)}, gzip ${kb(t.gz)}`)
}
