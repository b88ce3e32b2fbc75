import type { CliIo } from '../../../src/cli/command'

export interface FakeIo extends CliIo {
  out: string[]
  err: string[]
}

/** A CliIo that records output and answers secrets from a table (never a prompt). */
export function fakeIo(
  secrets: Record<string, string> = {},
  now = '2026-11-26T09:00:00.000Z',
): FakeIo {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    // The scratch config directory vitest sets, so marks never land in the real ~/.config/Kith.
    env: { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, ...secrets },
    clock: () => new Date(now),
    secret: (_prompt, envVar) => {
      const value = secrets[envVar]
      return value === undefined
        ? Promise.reject(new Error(`no ${envVar} in test`))
        : Promise.resolve(value)
    },
  }
}
