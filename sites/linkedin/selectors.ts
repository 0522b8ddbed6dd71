/**
 * Every LinkedIn selector Maille relies on. Structure and ARIA come before class names: since
 * 2026 LinkedIn hashes its class names. Old variants stay beside new ones under a dated note,
 * `expires YYYY-MM: …`, which fails the lint once past (tooling/eslint-rules.js).
 */
export const linkedInSelectors = {
  /** A sign-in wall served at a profile URL: its forms and markers. */
  signInWall: ['form[action*="/uas/login"]', 'form[action*="/checkpoint/lg"]', '#session_key', '.authwall-join-form', '[data-test-id="authwall"]', 'input[type="password"]'],
  /** Where the name heading may be: `main h1` (2023–26), a top-card `section h2`. */
  nameHeadings: 'main h1, [role="main"] h1, main section h2, [role="main"] section h2',
  /** Labelled elements of the top card that may carry the name (photo alt, profile links). */
  labelled: 'main section img[alt], main section a[aria-label], [role="main"] img[alt]',
  /** "Current company: Acme. Click to skip to experience card" */
  companyAria: '[aria-label^="Current company:"], [aria-label^="Entreprise actuelle"]',
  contactInfoLink: 'a[href*="/overlay/contact-info"]',
  // expires 2027-06: 2023–25 signed-in and logged-out class names; remove when no page shows them.
  classNames: {
    name: ['.text-heading-xlarge', '.top-card-layout__title'],
    headline: ['.pv-text-details__left-panel .text-body-medium', '.text-body-medium.break-words', '.top-card-layout__headline'],
    company: ['.pv-text-details__right-panel-item-text', '.top-card-link--current-company'],
    location: ['.text-body-small.inline.t-black--light.break-words', '.top-card__subline-item'],
  },
  photo: [
    'main img[src*="profile-displayphoto"]',
    // expires 2027-06: 2023–25 class names.
    'img.pv-top-card-profile-picture__image--show',
    'img.pv-top-card-profile-picture__image',
    'img.top-card__profile-image',
  ],
} as const;

/** Names LinkedIn shows for profiles the viewer may not see. */
export const PRIVATE_MEMBER_NAMES = ['LinkedIn Member', 'Membre de LinkedIn', 'LinkedIn-Mitglied'];
