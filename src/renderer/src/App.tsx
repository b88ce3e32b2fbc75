import { AboutPanel } from './features/about/AboutPanel'

export function App() {
  return (
    <main className="app">
      <AboutPanel />
    </main>
  )
}
