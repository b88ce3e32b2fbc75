import type { reachOutMethods } from '../../shared/ipc'
import { reachOutFromStore, snoozeReachOutItem } from '../services'
import { sessionOf } from '../session/kithSession'
import type { HandlerGroup } from './types'

type ReachOutMethod = keyof typeof reachOutMethods

export const reachOutHandlers: HandlerGroup<ReachOutMethod> = {
  'reachOut.day': (input, env) => {
    const session = sessionOf(env)
    return reachOutFromStore(session.require(), session.deps, { timeZone: input.timeZone })
  },
  'reachOut.snooze': async (input, env) => {
    const session = sessionOf(env)
    await snoozeReachOutItem(
      session.require(),
      session.deps,
      input.key,
      input.until,
      input.timeZone,
    )
    return {}
  },
}
