/** Viadeo's markup across its three generations (fr.viadeo.com, www.viadeo.com/p, journaldunet). */
export const viadeoSelectors = {
  name: ['main h1', 'h1.profile-name', '.pro-name', 'h1'],
  headline: ['.profile-headline', '.headline', '[itemprop="jobTitle"]'],
  company: ['.profile-company', '[itemprop="worksFor"]', '.company-name'],
  location: ['.profile-location', '[itemprop="addressLocality"]', '.location'],
  photo: ['img.profile-picture', 'img[itemprop="image"]', 'main img.avatar'],
  notProfile: ['.member-removed'],
  signInForm: ['input[type="password"]', 'form#login-form'],
} as const;
