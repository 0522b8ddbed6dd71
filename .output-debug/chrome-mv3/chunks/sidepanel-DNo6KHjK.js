import { Ct as require_react, St as t, Tt as __toESM, nt as require_jsx_runtime, r as browser, t as mountPage } from "./theme-BvcuBw3J.js";
import { t as PopupApp } from "./popup-CwNFXqYj.js";
import { n as Sidebar, t as decodeFrameState } from "./frame-state-ONpS9Bxw.js";
import { r as isPanelTell, t as PANEL_ASK } from "./display-mode-7wQh_M2c.js";
import "./sidebar-C6xO2O6o.js";
// entrypoints/sidepanel/PanelApp.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/**
* The browser's side panel (Chrome's `side_panel`, Firefox's `sidebar_action`): it follows the
* active tab of its window \u2014 the sidebar for the person on a profile of a site shown here, the
* due list everywhere else. The same React sidebar and popup as in the page and the toolbar.
*/
function PanelApp() {
	const [frame, setFrame] = (0, import_react.useState)(void 0);
	(0, import_react.useEffect)(() => {
		let windowId;
		let activeTab;
		let asked = 0;
		let stopped = false;
		const show = (encoded) => !stopped && setFrame(typeof encoded === "string" ? decodeFrameState(encoded) : null);
		const ask = async () => {
			const turn = ++asked;
			const [tab] = await browser.tabs.query({
				active: true,
				windowId
			});
			activeTab = tab?.id;
			let answer = null;
			if (activeTab !== void 0) answer = await browser.tabs.sendMessage(activeTab, { type: PANEL_ASK }).catch(() => null);
			if (turn === asked) show(answer);
		};
		const onActivated = (info) => info.windowId === windowId && void ask();
		const onUpdated = (tabId, change) => tabId === activeTab && change.status === "complete" && void ask();
		const onMessage = (message, sender) => {
			if (isPanelTell(message) && sender.tab?.id !== void 0 && sender.tab.id === activeTab) {
				asked++;
				show(message.state);
			}
			return false;
		};
		browser.tabs.onActivated.addListener(onActivated);
		browser.tabs.onUpdated.addListener(onUpdated);
		browser.runtime.onMessage.addListener(onMessage);
		browser.windows.getCurrent().then((window) => {
			windowId = window.id;
			return ask();
		});
		return () => {
			stopped = true;
			browser.tabs.onActivated.removeListener(onActivated);
			browser.tabs.onUpdated.removeListener(onUpdated);
			browser.runtime.onMessage.removeListener(onMessage);
		};
	}, []);
	if (frame === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "muted",
		role: "status",
		children: t("loading")
	});
	return frame ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Sidebar, { frame }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PopupApp, { inPanel: true });
}
// entrypoints/sidepanel/main.tsx
mountPage(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PanelApp, {}));
