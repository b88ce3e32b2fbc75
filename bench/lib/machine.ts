import { cpus, platform, release, totalmem, arch } from 'node:os'

export interface MachineDescription {
  cpu: string
  cores: number
  memoryBytes: number
  node: string
  os: string
  date: string
}

/** What a reader needs to compare numbers between runs: the same code is slower on less. */
export function describeMachine(now: Date): MachineDescription {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
    date: now.toISOString(),
  }
}
