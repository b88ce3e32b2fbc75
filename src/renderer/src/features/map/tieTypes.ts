import { TIE_TYPES } from '../../../../shared/domain'

export type TieType = (typeof TIE_TYPES)[number]
export { TIE_TYPES }
