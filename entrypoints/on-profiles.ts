import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerStart } from './profile/handover';
import { startOnProfiles } from './profile/on-profiles';

/**
 * Maille's work on profiles, a content script of its own: injected with the page on profile
 * addresses (PROFILE_MATCHES, listed in the manifest by wxt.config.ts), or imported by
 * `profile.js` when an in-app navigation reaches a profile. See entrypoints/profile/handover.ts.
 */
export default defineUnlistedScript(() => offerStart(startOnProfiles));
