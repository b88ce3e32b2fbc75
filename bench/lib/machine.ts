import { cpus, platform, release, totalmem, arch, loadavg } from 'node:os'

export interface MachineDescription {
  cpu: string
  cores: number
  memoryBytes: number
  node: string
  os: string
  date: string
  /** 1, 5 and 15-minute load averages when the run started: a shared machine's noise. */
  loadAverage: number[]
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
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  }
}
