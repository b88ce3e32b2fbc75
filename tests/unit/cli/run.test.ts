import { describe, expect, it } from 'vitest'
import type { Command } from '../../../src/cli/command'
import { CliError, EXIT } from '../../../src/cli/exitCodes'
import { runCli } from '../../../src/cli/run'
import { fakeIo } from './fakeIo'

const echo: Command = {
  name: 'echo',
  summary: 'Prints its words',
  usage: 'kith echo WORDS... [--upper]',
  options: { upper: { type: 'boolean' } },
  run: (args, io) => {
    const text = args.positionals.join(' ')
    if (text === 'missing') throw new CliError(EXIT.notFound, 'no such person: missing')
    if (text === 'boom') throw new TypeError('Ana Silva secret')
    io.stdout(
      args.values.json ? JSON.stringify({ text }) : args.values.upper ? text.toUpperCase() : text,
    )
    return Promise.resolve(EXIT.ok)
  },
}

describe('runCli', () => {
  it('prints the version and the help', async () => {
    const io = fakeIo()
    expect(await runCli(['--version'], io, [echo], '1.2.3')).toBe(0)
    expect(io.out.join('')).toBe('kith 1.2.3\n')
    const help = fakeIo()
    expect(await runCli(['--help'], help, [echo], '1.2.3')).toBe(0)
    expect(help.out.join('')).toContain('echo  ')
    expect(help.out.join('')).toContain('Exit codes')
  })

  it('runs a command with its options and --json', async () => {
    const io = fakeIo()
    expect(await runCli(['echo', 'hi', 'there', '--upper'], io, [echo], '1')).toBe(0)
    expect(io.out.join('')).toBe('HI THERE')
    const json = fakeIo()
    await runCli(['echo', 'hi', '--json'], json, [echo], '1')
    expect(JSON.parse(json.out.join(''))).toEqual({ text: 'hi' })
  })

  it('exits 1 on unknown commands, unknown options and no command', async () => {
    expect(await runCli(['nope'], fakeIo(), [echo], '1')).toBe(EXIT.usage)
    const io = fakeIo()
    expect(await runCli(['echo', '--shout'], io, [echo], '1')).toBe(EXIT.usage)
    expect(io.err.join('')).toContain('Usage: kith echo')
    expect(await runCli([], fakeIo(), [echo], '1')).toBe(EXIT.usage)
  })

  it('maps CliError to its exit code and hides unknown error messages', async () => {
    const io = fakeIo()
    expect(await runCli(['echo', 'missing'], io, [echo], '1')).toBe(EXIT.notFound)
    expect(io.err.join('')).toContain('no such person: missing')
    const boom = fakeIo()
    expect(await runCli(['echo', 'boom'], boom, [echo], '1')).toBe(EXIT.internal)
    expect(boom.err.join('')).not.toContain('Ana')
  })
})
