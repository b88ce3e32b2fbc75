import type { Command } from '../command'

/** Every `kith` subcommand, in the order `kith --help` lists them. */
export const commands: Command[] = []
