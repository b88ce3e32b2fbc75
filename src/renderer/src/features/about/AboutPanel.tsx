import { useAppInfo } from './useAppInfo'

/** Shows what Kith is running on; the first thing the API answers, end to end. */
export function AboutPanel() {
  const { info, error } = useAppInfo()
  if (error) {
    return (
      <p role="alert" className="error" data-testid="app-info-error">
        {error}
      </p>
    )
  }
  if (!info) return <p aria-busy="true">Connecting to Kith…</p>
  return (
    <section aria-labelledby="about-title" className="about" data-testid="app-info">
      <h2 id="about-title">About Kith</h2>
      <dl>
        <dt>Version</dt>
        <dd data-testid="app-version">{info.version}</dd>
        <dt>Running in</dt>
        <dd data-testid="app-runtime">{info.runtime}</dd>
        <dt>Platform</dt>
        <dd>{info.platform}</dd>
        <dt>Data folder</dt>
        <dd>
          <code>{info.dataDirectory}</code>
        </dd>
      </dl>
    </section>
  )
}
