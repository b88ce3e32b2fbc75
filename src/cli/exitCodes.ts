/** Exit codes are part of the `kith` interface: scripts depend on them. */
export const EXIT = {
  ok: 0,
  usage: 1,
  wrongPassphrase: 2,
  integrity: 3,
  notFound: 4,
  conflict: 5,
  badInput: 6,
  locked: 7,
  internal: 10,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** An error that ends a command with a specific exit code and a message for stderr. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message)
  }
}
