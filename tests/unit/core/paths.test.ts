import { describe, expect, it } from 'vitest'
import { defaultDataDirectory } from '../../../src/core/paths'

describe('defaultDataDirectory', () => {
  it('follows each OS convention', () => {
    expect(defaultDataDirectory('linux', {}, '/home/ana')).toBe('/home/ana/.config/Kith')
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(
      '/cfg/Kith',
    )
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe(
      '/home/ana/.config/Kith',
    )
    expect(defaultDataDirectory('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Kith',
    )
    expect(
      defaultDataDirectory(
        'win32',
        { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        'C:\\Users\\ana',
      ),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Kith')
  })
})
