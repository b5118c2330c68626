/**
 * Site rules, in one place: which sites Maxim runs on, the known email and CRM sites and their
 * kind, how hostnames and match patterns are read and matched, the host permissions a site needs
 * and a page's site state. Pure functions; the service worker does the browser's part (permissions,
 * registrations) with them.
 */
export { KNOWN_HOSTNAMES, KNOWN_HOST_MATCHES, KNOWN_SITES } from './known';
export type { KnownSite, SiteKind } from './known';
export {
  hostMatchesPattern,
  hostOfPattern,
  matchPatternCovers,
  normalizeHostname,
  parseMatchPattern,
  siteEntryCovers,
  webUrl,
} from './hosts';
export type { MatchPattern } from './hosts';
export {
  isKnownHost,
  isSiteEnabled,
  knownSiteFor,
  siteListsAfter,
  siteStatus,
  subdomainsTurnedOff,
  turnedOnHosts,
  withSiteOff,
  withSiteOn,
} from './rules';
export type { SiteLists, SiteReason, SiteSettings, SiteStatus } from './rules';
export {
  pagePermissionPattern,
  sitePermissionPatterns,
  siteStateFrom,
  unavailableSite,
} from './state';
export type { SiteState } from './state';
