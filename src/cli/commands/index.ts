import type { Command } from '../command'
import { analysisCommands } from './analysis'
import { demoCommand } from './demo'
import { introductionCommands } from './introductions'
import { ioCommands } from './io'
import { journalCommands } from './journal'
import { likelyCommands } from './likely'
import { peopleCommands } from './people'
import { reachOutCommands } from './reachOut'
import { vaultCommands } from './vault'

/** Every `kith` subcommand, in the order `kith --help` lists them. */
export const commands: Command[] = [
  ...vaultCommands,
  demoCommand,
  ...peopleCommands,
  ...journalCommands,
  ...reachOutCommands,
  ...introductionCommands,
  ...analysisCommands,
  ...likelyCommands,
  ...ioCommands,
]
