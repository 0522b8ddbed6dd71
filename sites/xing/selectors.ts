/** XING's profile markup (xing.com/profile/First_Last). */
export const xingSelectors = {
  name: ['main h1', '[data-testid="profile-name"]', 'h1'],
  headline: ['[data-testid="profile-occupation"]', '.profile-headline', 'main h1 + p'],
  company: ['[data-testid="profile-company"]', '.profile-company'],
  location: ['[data-testid="profile-location"]', '.profile-location'],
  photo: ['img[data-testid="profile-image"]', 'main img.profile-image'],
  notProfile: ['[data-testid="profile-not-found"]'],
  signInForm: ['input[type="password"]', 'form[action*="/login"]'],
} as const;
