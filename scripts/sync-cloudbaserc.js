#!/usr/bin/env node
/**
 * `npm run sync:cloudbaserc`: rewrites the database section of cloudbaserc.json from the CloudBase
 * adapter's COLLECTIONS and INDEXES (cloudfunctions/lib/adapters/cloudbase/collections.ts), so the
 * deployed indexes never drift from the ones the queries need. Descriptions already in the file
 * are kept; test/deploy/functions.test.ts fails until this has been run after a change.
 */
const fs = require('fs')
const path = require('path')
const { requireTs } = require('./lib/require-ts')

const ROOT = path.resolve(__dirname, '..')
const RC = path.join(ROOT, 'cloudbaserc.json')
const PLUGIN = '@cloudbase/framework-plugin-database'

/** The adapter's collection and index constants (TypeScript, bundled on the fly). */
const loadCollections = () => requireTs('cloudfunctions/lib/adapters/cloudbase/collections.ts')

async function main() {
  const { COLLECTIONS, INDEXES } = loadCollections()
  const rc = JSON.parse(fs.readFileSync(RC, 'utf8'))
  rc.framework = rc.framework ?? { name: 'theory-study', plugins: {} }
  const plugins = rc.framework.plugins
  const key = Object.keys(plugins).find((k) => plugins[k].use === PLUGIN) ?? 'database'
  const previous = new Map((plugins[key]?.inputs?.collections ?? []).map((c) => [c.collectionName, c]))
  const collections = Object.entries(COLLECTIONS).map(([key, name]) => {
    const entry = {
      collectionName: name,
      // The plugin requires a description; a new collection gets its name until someone writes one.
      description: previous.get(name)?.description ?? name,
      // Only the functions (admin SDK) touch the data; the mini-program never reads it directly.
      aclTag: previous.get(name)?.aclTag ?? 'ADMINONLY'
    }
    const indexes = INDEXES[name] ?? INDEXES[key] ?? []
    if (indexes.length) {
      entry.createIndexes = indexes.map((i) => ({
        name: i.name,
        unique: i.unique,
        keys: i.keys.map((k) => ({ name: k.field, direction: String(k.direction) }))
      }))
    }
    return entry
  })
  plugins[key] = { use: PLUGIN, inputs: { ...(plugins[key]?.inputs ?? {}), collections } }
  // Written the way `npm run format` would, so the lint's prettier check stays green.
  const prettier = require('prettier')
  const options = await prettier.resolveConfig(RC)
  fs.writeFileSync(RC, await prettier.format(JSON.stringify(rc), { ...options, parser: 'json' }))
  console.log(
    `cloudbaserc.json: ${collections.length} collections, ${collections.reduce((n, c) => n + (c.createIndexes?.length ?? 0), 0)} indexes`
  )
}

main().catch((error) => {
  console.error('sync-cloudbaserc failed:', error.message)
  process.exit(1)
})
