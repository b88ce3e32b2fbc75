import { create } from 'zustand'

/** One action the command palette can run; features register theirs while mounted. */
export interface PaletteCommand {
  id: string
  label: string
  /** Heading it is listed under, e.g. 'Navigate', 'People', 'Vault'. */
  group: string
  /** Shown next to the label, e.g. 'N' or 'Ctrl+K'. */
  shortcut?: string
  /** Extra words the palette matches on. */
  keywords?: string[]
  run: () => void | Promise<void>
}

interface CommandRegistry {
  /** Registration order; a later registration of the same id wins. */
  registrations: { token: symbol; commands: readonly PaletteCommand[] }[]
}

const useRegistry = create<CommandRegistry>(() => ({ registrations: [] }))

/**
 * Adds commands to the palette; call the returned function to remove them (e.g. from a
 * `useEffect` cleanup). Registering an id that exists replaces it until the newer one is removed.
 */
export function registerCommands(commands: readonly PaletteCommand[]): () => void {
  const token = Symbol('commands')
  useRegistry.setState((state) => ({
    registrations: [...state.registrations, { token, commands }],
  }))
  return () => {
    useRegistry.setState((state) => ({
      registrations: state.registrations.filter((entry) => entry.token !== token),
    }))
  }
}

function flatten(registrations: CommandRegistry['registrations']): PaletteCommand[] {
  const byId = new Map<string, PaletteCommand>()
  for (const { commands } of registrations) {
    for (const command of commands) {
      byId.delete(command.id)
      byId.set(command.id, command)
    }
  }
  return [...byId.values()]
}

export function getCommands(): PaletteCommand[] {
  return flatten(useRegistry.getState().registrations)
}

let cachedFrom: CommandRegistry['registrations'] | null = null
let cached: PaletteCommand[] = []

function selectCommands(state: CommandRegistry): PaletteCommand[] {
  // A stable array per registry state, so the hook does not re-render in a loop.
  if (state.registrations !== cachedFrom) {
    cachedFrom = state.registrations
    cached = flatten(state.registrations)
  }
  return cached
}

/** Every registered command (for the palette), re-rendering when registrations change. */
export function useCommands(): PaletteCommand[] {
  return useRegistry(selectCommands)
}

/** Runs a registered command by id; false when none is registered under it. */
export function runCommand(id: string): boolean {
  const command = getCommands().find((candidate) => candidate.id === id)
  if (!command) return false
  void command.run()
  return true
}
