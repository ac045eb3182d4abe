/**
 * Starts the built local host (.temp/local/server.js) as a child process on a free loopback
 * port with a throw-away data folder, for benchmarks. The host runs in its own process so the
 * load generator never shares its event loop.
 */
const { spawn } = require('child_process')
const fs = require('fs')
const net = require('net')
const os = require('os')
const path = require('path')
const { buildFunctions } = require('../../scripts/build-functions')

const ROOT = path.resolve(__dirname, '../..')

/** A port the OS says is free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`本机服务已退出 / host exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return
    } catch {
      // Not listening yet (it is still seeding).
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('本机服务启动超时 / host did not become healthy in time')
}

/**
 * Builds the host if stale, starts it with `extraCadres` generated cadres (serving the H5 build
 * in `h5Dir` when given; `nodeArgs` such as --cpu-prof go to its node), and resolves once
 * /healthz answers. Returns { url, seedMs, stop() }.
 */
async function startBenchHost({ extraCadres = 5000, h5Dir = null, nodeArgs = [], log = () => undefined } = {}) {
  await buildFunctions({ names: ['local'], onlyStale: true, log })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-bench-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, '.temp/local/server.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      SEED_EXTRA_CADRES: String(extraCadres),
      H5_DIR: h5Dir ?? path.join(dataDir, 'no-h5')
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitHealthy(url, child, 180000)
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n${output}`)
  }
  return { url, seedMs: Date.now() - started, stop, output: () => output }
}

module.exports = { startBenchHost, freePort }
