import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { applyTheme, storedTheme } from './state/theme'
import { useUi } from './state/ui'
import './styles.css'

// The remembered theme applies before the first paint, so the lock screen never flashes.
useUi.getState().setTheme(storedTheme())
applyTheme(storedTheme())

const root = document.getElementById('root')
if (!root) throw new Error('Kith: #root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
