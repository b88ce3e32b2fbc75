import type { AnyRecord, PersonId, RecordKind } from '../../shared/domain'
import type { RecordStore } from '../store/recordStore'
import { generateDemoNetwork, type DemoCircle, type DemoOptions } from './generateDemoNetwork'

export interface FillDemoOptions extends Omit<DemoOptions, 'ownerId'> {
  /** Records per commit: large networks land in several transactions, not one giant one. */
  chunkSize?: number
  onProgress?: (written: number, total: number) => void
}

export interface FillDemoResult {
  ownerId: PersonId
  counts: Partial<Record<RecordKind, number>>
  circles: DemoCircle[]
}

export class DemoVaultNotEmptyError extends Error {
  readonly code = 'DemoVaultNotEmpty'
  constructor() {
    super('The demo network goes into a new, empty vault; this one already has people in it.')
  }
}

/**
 * Fills a fresh vault with a demo network. The vault's own owner and settings are kept: the
 * network is generated around the existing owner, and records that already exist are skipped.
 */
export async function fillDemoVault(
  store: RecordStore,
  options: FillDemoOptions,
): Promise<FillDemoResult> {
  const people = store.list('person').filter((p) => !p.deletedAt)
  if (people.some((p) => !p.isMe)) throw new DemoVaultNotEmptyError()
  const owner = people.find((p) => p.isMe)
  const network = generateDemoNetwork({
    ...options,
    ...(owner ? { ownerId: owner.id, ownerName: owner.name } : {}),
  })
  const fresh = network.records.filter((r) => store.get(r.kind, r.id) === undefined)
  const chunkSize = Math.max(1, options.chunkSize ?? 5000)
  const counts: Partial<Record<RecordKind, number>> = {}
  for (let start = 0; start < fresh.length; start += chunkSize) {
    const chunk: AnyRecord[] = fresh.slice(start, start + chunkSize)
    await store.commit({ put: chunk })
    for (const r of chunk) counts[r.kind] = (counts[r.kind] ?? 0) + 1
    options.onProgress?.(Math.min(fresh.length, start + chunkSize), fresh.length)
  }
  return { ownerId: network.ownerId, counts, circles: network.circles }
}
