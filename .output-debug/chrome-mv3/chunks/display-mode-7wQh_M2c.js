import { r as browser } from "./theme-BvcuBw3J.js";
// messaging/display-mode.ts
/**
* Where Maille shows on each site: in the page (the injected sidebar, the default) or in the
* browser's own side panel, which puts nothing at all into the site's page. Read by the content
* script on every page, so plain `browser.storage.local` like the fold state (no storage library).
* A display preference of this browser: not part of backups.
*/
var KEY = "panelSites";
/** The sites shown in the side panel rather than in the page. */
async function getPanelSites() {
	const value = (await browser.storage.local.get(KEY))[KEY];
	return Array.isArray(value) ? value.filter((site) => typeof site === "string") : [];
}
function setPanelSites(sites) {
	return browser.storage.local.set({ [KEY]: [...new Set(sites)] });
}
/** Calls `onChange` when the choice changes (from the dashboard); returns the unsubscribe. */
function watchPanelSites(onChange) {
	const listener = (changes, area) => {
		if (area === "local" && KEY in changes) {
			const value = changes[KEY]?.newValue;
			onChange(Array.isArray(value) ? value : []);
		}
	};
	browser.storage.onChanged.addListener(listener);
	return () => browser.storage.onChanged.removeListener(listener);
}
/**
* Between a tab's content script and the side panel, directly (the background takes no part):
* the panel asks the active tab what its page shows, and the content script tells any open panel
* when that changes. `state` is an encoded `FrameState` (checked by the panel as the sidebar
* frame checks its fragment), or null when the page shows no profile. The background's protocol
* listener ignores these: they carry no timestamp.
*/
var PANEL_ASK = "maille:panel?";
function isPanelTell(message) {
	if (typeof message !== "object" || message === null) return false;
	const { type, state } = message;
	return type === "maille:panel" && (state === null || typeof state === "string");
}
export { watchPanelSites as a, setPanelSites as i, getPanelSites as n, isPanelTell as r, PANEL_ASK as t };
