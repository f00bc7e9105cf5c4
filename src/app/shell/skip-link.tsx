/**
 * The first Tab stop: straight to the view's content. It moves focus itself instead of changing the
 * fragment, which holds the route.
 */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      onClick={(event) => {
        event.preventDefault()
        document.getElementById('main-content')?.focus()
      }}
      className="sr-only z-50 rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Skip to main content
    </a>
  )
}
