import { z } from 'zod'

/** Record ids are 16 random bytes in lowercase hex: never sequential, nothing to learn from them. */
export const ID_PATTERN = /^[0-9a-f]{32}$/

export const idSchema = z.string().regex(ID_PATTERN, 'must be a 32-character lowercase hex id')

export const personIdSchema = idSchema.brand<'PersonId'>()
export const tieIdSchema = idSchema.brand<'TieId'>()
export const entryIdSchema = idSchema.brand<'EntryId'>()
export const introductionIdSchema = idSchema.brand<'IntroductionId'>()
export const clusterNameIdSchema = idSchema.brand<'ClusterNameId'>()
export const importBatchIdSchema = idSchema.brand<'ImportBatchId'>()

export type PersonId = z.infer<typeof personIdSchema>
export type TieId = z.infer<typeof tieIdSchema>
export type EntryId = z.infer<typeof entryIdSchema>
export type IntroductionId = z.infer<typeof introductionIdSchema>
export type ClusterNameId = z.infer<typeof clusterNameIdSchema>
export type ImportBatchId = z.infer<typeof importBatchIdSchema>
export type RecordId = string

/** A source of random bytes; injected in tests for determinism. */
export type RandomBytes = (n: number) => Uint8Array

export const cryptoRandomBytes: RandomBytes = (n) => {
  const out = new Uint8Array(n)
  globalThis.crypto.getRandomValues(out)
  return out
}

export function newId<T extends string = string>(random: RandomBytes = cryptoRandomBytes): T {
  let hex = ''
  for (const byte of random(16)) hex += byte.toString(16).padStart(2, '0')
  return hex as T
}
