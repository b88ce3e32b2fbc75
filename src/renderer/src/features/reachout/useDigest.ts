import { useEffect } from 'react'
import { digestContent, msUntilLocalTime } from '../../../../shared/reachOut/digest'
import { call } from '../../api/client'
import { useSnapshot } from '../../state/data'
import { useUi } from '../../state/ui'
import { browserTimeZone } from './timeZone'

/**
 * The daily digest in the renderer (browser harness and Electron alike): at the chosen local time,
 * a Web Notification with today's count; a click brings the window forward on Reach out. Only
 * mounted while the vault is unlocked, so a locked vault never produces one.
 */
export function useDigest(): void {
  const settings = useSnapshot()?.settings
  const enabled = settings?.digestEnabled === true
  const time = settings?.digestTime ?? '08:30'
  const showDetails = settings?.digestShowDetails === true
  useEffect(() => {
    if (!enabled || typeof Notification === 'undefined') return
    let timer: ReturnType<typeof setTimeout>
    const fire = async () => {
      schedule()
      if (Notification.permission !== 'granted') return
      const day = await call('reachOut.day', { timeZone: browserTimeZone() })
      const content = digestContent({
        items: [...day.sections.overdue, ...day.sections.today],
        locked: false,
        showDetails,
      })
      if (!content) return
      const notification = new Notification(content.title, {
        body: content.body,
        tag: 'kith-digest',
      })
      notification.onclick = () => {
        window.focus()
        useUi.getState().setView(content.view)
        notification.close()
      }
    }
    const schedule = () => {
      timer = setTimeout(() => void fire(), msUntilLocalTime(new Date(), time))
    }
    schedule()
    return () => clearTimeout(timer)
  }, [enabled, time, showDetails])
}
