/** The editor's buttons, in both themes. Disabled ones are dimmed and say why in text nearby. */
const base = 'rounded-md text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60'

export const primaryButton = `${base} bg-indigo-600 px-4 py-2 text-white shadow-sm hover:bg-indigo-700 disabled:hover:bg-indigo-600 dark:bg-indigo-600 dark:text-white dark:hover:bg-indigo-700 dark:disabled:hover:bg-indigo-600`

export const secondaryButton = `${base} border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700`

export const dangerButton = `${base} border border-red-300 bg-white px-3 py-1.5 text-red-800 hover:bg-red-50 dark:border-red-700 dark:bg-slate-800 dark:text-red-200 dark:hover:bg-red-950`
