import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { defaultDataDirectory } from '../core/paths'
import { startHarness } from './server'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const rendererRoot = path.join(repoRoot, 'out', 'renderer')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** Builds the renderer when it is missing or older than its sources. */
function buildIfNeeded(): void {
  const built = path.join(rendererRoot, 'index.html')
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs <
      Math.max(
        newestMtime(path.join(repoRoot, 'src', 'renderer')),
        newestMtime(path.join(repoRoot, 'src', 'shared')),
      )
  if (!stale) return
  console.error('Building the renderer (electron-vite build)…')
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      vault: { type: 'string' },
      data: { type: 'string' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(`Usage: npm run serve -- [--port N] [--vault PATH] [--data DIR] [--no-build]

Serves Kith's real renderer and core on 127.0.0.1 for a browser. Open the printed URL: it carries
a token for this run; requests without it are refused.`)
    return
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not "${values.port}"`)
    process.exit(1)
  }
  if (!values['no-build']) buildIfNeeded()
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  const harness = await startHarness({
    rendererRoot,
    port,
    env: {
      version: pkg.version,
      platform: process.platform,
      dataDirectory: path.resolve(values.data ?? defaultDataDirectory()),
      vaultPath: values.vault ? path.resolve(values.vault) : undefined,
      clock: () => new Date(),
      log: (line) => console.error(`[kith] ${line}`),
    },
  })
  console.log(`Kith is running at ${harness.url}`)
  console.log('Open that URL in a browser on this machine. Press Ctrl+C to stop.')
  const stop = () => {
    void harness.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
