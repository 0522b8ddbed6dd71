import { Ct as require_react, Tt as __toESM, nt as require_jsx_runtime, r as browser, t as mountPage } from "./theme-BvcuBw3J.js";
import { n as Sidebar, t as decodeFrameState } from "./frame-state-ONpS9Bxw.js";
import "./sidebar-C6xO2O6o.js";
// node_modules/zustand/esm/vanilla.mjs
var createStoreImpl = (createState) => {
	let state;
	const listeners = /* @__PURE__ */ new Set();
	const setState = (partial, replace) => {
		const nextState = typeof partial === "function" ? partial(state) : partial;
		if (!Object.is(nextState, state)) {
			const previousState = state;
			state = (replace != null ? replace : typeof nextState !== "object" || nextState === null) ? nextState : Object.assign({}, state, nextState);
			listeners.forEach((listener) => listener(state, previousState));
		}
	};
	const getState = () => state;
	const getInitialState = () => initialState;
	const subscribe = (listener) => {
		listeners.add(listener);
		return () => listeners.delete(listener);
	};
	const api = {
		setState,
		getState,
		getInitialState,
		subscribe
	};
	const initialState = state = createState(setState, getState, api);
	return api;
};
var createStore = ((createState) => createState ? createStoreImpl(createState) : createStoreImpl);
// node_modules/zustand/esm/react.mjs
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var identity = (arg) => arg;
function useStore(api, selector = identity) {
	const slice = import_react.useSyncExternalStore(api.subscribe, import_react.useCallback(() => selector(api.getState()), [api, selector]), () => selector(api.getInitialState()));
	import_react.useDebugValue(slice);
	return slice;
}
var createImpl = (createState) => {
	const api = createStore(createState);
	const useBoundStore = (selector) => useStore(api, selector);
	Object.assign(useBoundStore, api);
	return useBoundStore;
};
var create = ((createState) => createState ? createImpl(createState) : createImpl);
// entrypoints/sidebar/frame-store.ts
/** UI state of the sidebar frame only; persistent data lives in the background's Dexie. */
var useFrameStore = create((set) => ({
	frame: null,
	readFromLocation: (hash) => set({ frame: decodeFrameState(hash) })
}));
// messaging/sidebar-fold.ts
/**
* Whether the sidebar is folded to its small tab, on every site and tab: a signal between the
* sidebar frame (which folds it) and the content scripts (which show the tab), carried by
* `browser.storage.local` and its change event. Plain storage rather than a WXT storage item:
* the content script reads it on every page, and the storage library would triple its size.
* (Not IndexedDB: nothing here belongs to the site's origin.)
*/
var KEY = "sidebarCollapsed";
function setSidebarCollapsed(collapsed) {
	return browser.storage.local.set({ [KEY]: collapsed });
}
/** Alt+Shift+M folds and unfolds the sidebar: on the page (content script) and inside the sidebar alike. */
function isFoldShortcut(event) {
	return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyM";
}
// entrypoints/sidebar/App.tsx
var import_jsx_runtime = require_jsx_runtime();
var collapse = () => void setSidebarCollapsed(true);
/** The sidebar page: the profile comes from our URL fragment, set by the content script. */
function App() {
	const frame = useFrameStore((s) => s.frame);
	const readFromLocation = useFrameStore((s) => s.readFromLocation);
	(0, import_react.useEffect)(() => {
		const read = () => readFromLocation(location.hash);
		read();
		window.addEventListener("hashchange", read);
		return () => window.removeEventListener("hashchange", read);
	}, [readFromLocation]);
	(0, import_react.useEffect)(() => {
		const onKey = (event) => {
			if (isFoldShortcut(event)) {
				event.preventDefault();
				collapse();
			}
		};
		window.addEventListener("keydown", onKey);
		return () => window.removeEventListener("keydown", onKey);
	}, []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Sidebar, {
		frame,
		onCollapse: collapse
	});
}
// entrypoints/sidebar/main.tsx
mountPage(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(App, {}));
