// Bundles the TypeScript a bench needs (a list of `export … from './…'` lines, relative to the
// project root) into one CommonJS file under .temp/bench/ with esbuild, and requires it.
const path = require('path')

const ROOT = path.resolve(__dirname, '../..')

async function loadBundle(name, exportLines) {
  const outfile = path.join(ROOT, '.temp', 'bench', `${name}.js`)
  await require('esbuild').build({
    stdin: { contents: exportLines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    outfile,
    logLevel: 'error'
  })
  return require(outfile)
}

module.exports = { loadBundle }
