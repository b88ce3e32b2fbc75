import os from 'node:os'
import path from 'node:path'

/**
 * Where Kith keeps its vaults on each OS: the same folder Electron's `app.getPath('userData')`
 * gives for an app named "Kith", so the CLI, the browser harness and the app agree.
 */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Kith')
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Kith')
  }
  const config =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.join(home, '.config')
  return path.join(config, 'Kith')
}

export const DEFAULT_VAULT_FILE = 'vault.kith'

/**
 * Where this device keeps each vault's high-water mark (newest epoch and commit id seen), by vault
 * id: in the app's config directory, apart from any vault file, so putting an older copy of a
 * vault (or of a folder of vaults chosen with `--data`/`--vault`) back in place is noticed.
 */
export function defaultMarkDirectory(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = os.homedir(),
): string {
  return path.join(defaultDataDirectory(platform, env, home), 'marks')
}
