/** The Chromium executable to use for end-to-end tests, or undefined when none is installed. */
export function findChromium(): string | undefined
