import type { Strength } from './passphraseStrength'

/** Bar and words for a passphrase's estimated strength; the words are announced as they change. */
export function StrengthMeter({ strength, empty }: { strength: Strength; empty: boolean }) {
  return (
    <div className="strength" data-score={empty ? undefined : strength.score}>
      <div className="strength-bar" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={!empty && strength.score > i ? 'on' : ''} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite" data-testid="strength-label">
        {empty ? (
          'Five unrelated words make a strong passphrase you can remember.'
        ) : (
          <>
            <strong>{strength.label}</strong>
            {strength.suggestions[0] ? <> · {strength.suggestions[0]}</> : null}
          </>
        )}
      </p>
    </div>
  )
}
