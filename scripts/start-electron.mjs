#!/usr/bin/env node
// `npm start`: runs Kith in Electron on a machine that can download Electron.
//
// better-sqlite3 is a native module. The copy in node_modules stays built for Node, because the
// tests and the `kith` CLI run under Node. Electron needs a build for its own ABI, so this script
// prepares one in `.electron-native/` (a separate copy of the package, never the one in
// node_modules) and hands its path to the app through KITH_SQLITE_BINDING, which main passes to
// better-sqlite3's `nativeBinding` option. `--prepare-only` stops after that step (used by
// `npm run dist`, which ships the same file as an extra resource).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const nativeDir = path.join(root, '.electron-native')
const prepareOnly = process.argv.includes('--prepare-only')

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  })
  return result.status === 0
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
}

/** Returns the path of a better_sqlite3.node built for this Electron, building it if needed. */
function prepareSqliteForElectron() {
  const version = electronVersion()
  const pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'))
  const sqliteVersion = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version
  const stamp = `electron-${version}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`
  const output = path.join(nativeDir, 'better_sqlite3.node')
  const stampFile = path.join(nativeDir, 'STAMP')
  if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return output
  }
  console.log(
    `Preparing better-sqlite3 ${sqliteVersion} for Electron ${version} in .electron-native/ …`,
  )
  const work = path.join(nativeDir, 'build-copy')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(pkgDir, work, {
    recursive: true,
    filter: (src) =>
      !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
  })
  // Prefer the published prebuilt binary for Electron; fall back to compiling against Electron's headers.
  const prebuilt = run(
    'npx',
    ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', version],
    { cwd: work },
  )
  if (!prebuilt) {
    const built = run(
      'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work },
    )
    if (!built) {
      console.error(
        'Could not prepare better-sqlite3 for Electron (no prebuilt binary and no compiler).',
      )
      process.exit(1)
    }
  }
  cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), output)
  writeFileSync(stampFile, stamp)
  rmSync(work, { recursive: true, force: true })
  return output
}

const binding = prepareSqliteForElectron()
if (prepareOnly) process.exit(0)

if (!run('npx', ['electron-vite', 'build'], { cwd: root })) process.exit(1)
const ok = run('npx', ['electron-vite', 'preview', '--skipBuild'], {
  cwd: root,
  env: { ...process.env, KITH_SQLITE_BINDING: binding },
})
process.exit(ok ? 0 : 1)
