import type { TIE_TYPES } from '../../shared/domain'

export type {
  AnyRecord,
  Clock,
  Entry,
  ImportBatch,
  ImportBatchId,
  LabelledValue,
  Person,
  PersonId,
  RandomBytes,
  Tie,
  TieId,
} from '../../shared/domain'
export type TieType = (typeof TIE_TYPES)[number]
