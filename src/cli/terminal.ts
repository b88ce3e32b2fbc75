import { createInterface } from 'node:readline'
import { CliError, EXIT } from './exitCodes'
import type { CliIo } from './command'

/** Prompts on the terminal without echoing what is typed. */
export function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!process.stdin.isTTY) {
      reject(
        new CliError(
          EXIT.usage,
          `${prompt.replace(/:\s*$/, '')} needed: set it in the environment or run in a terminal.`,
        ),
      )
      return
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
    const output = rl as unknown as { _writeToOutput: (text: string) => void }
    let prompted = false
    // WARNING: readline has no public "no echo" mode; muting its writer is the common workaround.
    output._writeToOutput = (text: string) => {
      if (!prompted) {
        process.stderr.write(text)
        prompted = true
      }
    }
    rl.question(prompt, (answer) => {
      rl.close()
      process.stderr.write('\n')
      resolve(answer)
    })
    rl.on('SIGINT', () => {
      rl.close()
      reject(new CliError(EXIT.usage, 'cancelled'))
    })
  })
}

export function terminalIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    clock: () => new Date(),
    secret: async (prompt, envVar) => {
      const fromEnv = process.env[envVar]
      if (fromEnv !== undefined && fromEnv !== '') return fromEnv
      try {
        return await promptHidden(prompt)
      } catch (error) {
        if (error instanceof CliError && error.exitCode === EXIT.usage) {
          throw new CliError(
            EXIT.usage,
            `${envVar} is not set and there is no terminal to ask for it.`,
          )
        }
        throw error
      }
    },
  }
}
