import { DemoButton } from './DemoButton'

/** "Try the demo vault": a made-up network of about 300 people in a vault of its own. */
export function DemoCard() {
  return (
    <section className="card card-quiet" aria-labelledby="demo-title">
      <h2 id="demo-title">Just looking?</h2>
      <p>
        Explore a demo vault with a made-up network of about 300 people, their ties, a journal and
        introductions. It is kept apart from your own vault.
      </p>
      <DemoButton small={false} />
    </section>
  )
}
