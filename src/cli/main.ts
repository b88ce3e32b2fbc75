import { readFileSync } from 'node:fs'
import { commands } from './commands'
import { runCli } from './run'
import { terminalIo } from './terminal'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

process.exitCode = await runCli(process.argv.slice(2), terminalIo(), commands, pkg.version)
