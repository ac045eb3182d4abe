// Preloaded with `node -r`: fills process.env from .env.production; the real environment wins.
const path = require('path')
const { readEnvFile } = require('./lib/env-file')

const values = readEnvFile(path.join(__dirname, '..', '.env.production'))
for (const [key, value] of Object.entries(values)) if (process.env[key] === undefined) process.env[key] = value
