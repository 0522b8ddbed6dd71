/**
 * Maille's colours: the one source. `assets/theme.css` declares the same values as CSS variables
 * for the pages (a test keeps the two equal); the content script's first look and folded tab, the
 * toolbar badge and the charts take them from here.
 */
export const LIGHT = {
  accent: '#5b3cc4',
  'accent-dark': '#432b96',
  text: '#1d1b26',
  muted: '#5f5a6e',
  line: '#e3e0ea',
  bg: '#fbfaff',
  error: '#b3261e',
  focus: '#f5b700',
  surface: '#fff',
  page: '#f6f4fb',
  'field-line': '#cfcadb',
  soft: '#ece7fb',
  'soft-2': '#faf9fd',
  head: '#f2f0f8',
  'avatar-bg': '#ddd6f3',
  'on-accent': '#fff',
} as const;

/** The system's dark mode: the same roles, contrasts kept (axe checks them in tests/e2e). */
export const DARK = {
  accent: '#a993f5',
  'accent-dark': '#c9bbff',
  text: '#ece9f3',
  muted: '#b6b0c4',
  line: '#3b3748',
  bg: '#1c1a25',
  error: '#ff8f86',
  surface: '#25222f',
  page: '#16141d',
  'field-line': '#555066',
  soft: '#372f55',
  'soft-2': '#211e2b',
  head: '#2c2939',
  'avatar-bg': '#3d3557',
  'on-accent': '#15121d',
} as const satisfies Partial<Record<keyof typeof LIGHT, string>>;

/** The health charts' series (drawn on a light or dark page alike: mid-tones). */
export const CHART = {
  fresh: '#2e7d4f',
  due: '#c98a00',
  losingTouch: LIGHT.error,
  noCadence: '#8d8799',
  never: LIGHT['field-line'],
  inPerson: LIGHT.accent,
  other: '#b7a8ea',
} as const;
