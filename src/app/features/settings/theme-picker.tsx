import { useEffect, useState } from 'react'
import { applyTheme, readThemeChoice, saveThemeChoice, type ThemeChoice } from './theme.ts'

/** System, light or dark; the system choice follows the OS setting as it changes. */
export function ThemePicker() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice)
  useEffect(() => {
    applyTheme(choice)
    if (choice !== 'system') return
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const follow = () => applyTheme('system')
    media.addEventListener('change', follow)
    return () => media.removeEventListener('change', follow)
  }, [choice])
  return (
    <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
      Theme
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice
          saveThemeChoice(next)
          setChoice(next)
        }}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}
