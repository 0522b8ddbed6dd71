import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SITE_READERS } from '@/sites/readers';
import { offerReaders } from './profile/readers';

/**
 * The page readers, a content script of their own: injected with the page on profile addresses
 * (PROFILE_MATCHES, listed in the manifest by wxt.config.ts), or imported by `profile.js` when an
 * in-app navigation reaches a profile. See entrypoints/profile/readers.ts.
 */
export default defineUnlistedScript(() => offerReaders(SITE_READERS));
