import { Ct as require_react, H as localClock, K as refusalText, St as t, Tt as __toESM, U as useAction, c as fieldState, dt as SITE_IDS, it as CHANGE_FEED_PORT, l as checkCommand, nt as require_jsx_runtime, o as FieldError, ot as cleanText, q as tRich, r as browser, rt as sendCommand, s as FormError, ut as SITES } from "./theme-BvcuBw3J.js";
import { i as MetFields, n as KnownContact, r as PAGE_SESSION, t as ProfileHeader } from "./sidebar-C6xO2O6o.js";
// components/shared/use-change-feed.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var RECONNECT_MS = 500;
/**
* Calls `onChange` for every change the background announces. The port drops when the service
* worker stops; we reconnect (which wakes it) and refresh once, since changes may have been missed.
*/
function useChangeFeed(onChange) {
	const callback = (0, import_react.useRef)(onChange);
	(0, import_react.useEffect)(() => {
		callback.current = onChange;
	});
	(0, import_react.useEffect)(() => {
		let port = null;
		let timer;
		let closed = false;
		const connect = (afterDrop) => {
			port = browser.runtime.connect({ name: `${CHANGE_FEED_PORT}:${PAGE_SESSION}` });
			port.onMessage.addListener((notice) => callback.current(notice));
			port.onDisconnect.addListener(() => {
				if (!closed) timer = setTimeout(() => connect(true), RECONNECT_MS);
			});
			if (afterDrop) callback.current(null);
		};
		connect(false);
		return () => {
			closed = true;
			clearTimeout(timer);
			port?.disconnect();
		};
	}, []);
}
// components/sidebar/use-profile-view.ts
async function fetchView(ref, name) {
	const outcome = await sendCommand("getProfileView", {
		ref,
		name
	});
	return outcome.ok ? {
		status: "ready",
		view: outcome.value
	} : {
		status: "error",
		message: refusalText(outcome.refusal)
	};
}
/** The stored view of a profile, kept fresh by the background's change feed. */
function useProfileView(ref, name) {
	const [state, setState] = (0, import_react.useState)({ status: "loading" });
	const [version, setVersion] = (0, import_react.useState)(0);
	const { site, key, url } = ref;
	const reload = (0, import_react.useCallback)(() => setVersion((v) => v + 1), []);
	(0, import_react.useEffect)(() => {
		let current = true;
		let retry;
		fetchView({
			site,
			key,
			url
		}, name).then((next) => {
			if (!current) return;
			setState((shown) => {
				if (next.status !== "error" || shown.status !== "ready") return next;
				retry = setTimeout(reload, 1e3);
				return shown;
			});
		});
		return () => {
			current = false;
			clearTimeout(retry);
		};
	}, [
		site,
		key,
		url,
		name,
		version,
		reload
	]);
	useChangeFeed((notice) => {
		const shown = state.status === "ready" ? state.view.contact?.id : void 0;
		if (!notice || notice.everyone || !shown || notice.contactIds.includes(shown)) reload();
	});
	return {
		state,
		reload
	};
}
// components/sidebar/AddContactForm.tsx
var import_jsx_runtime = require_jsx_runtime();
/** "Add to Maille", with an optional where-we-met; asks for a name when the page gave none. */
function AddContactForm({ profileRef, identity, nameGuess }) {
	const [met, setMet] = (0, import_react.useState)({});
	const [name, setName] = (0, import_react.useState)(nameGuess ?? "");
	const [headline, setHeadline] = (0, import_react.useState)("");
	const [company, setCompany] = (0, import_react.useState)("");
	const { busy, refusal, refuse, run } = useAction();
	const manual = !identity;
	const submit = (event) => {
		event.preventDefault();
		const input = {
			...identity ?? {
				name,
				headline: headline.trim() || void 0,
				company: company.trim() || void 0
			},
			profile: profileRef,
			met: Object.values(met).some((v) => v?.trim()) ? met : void 0
		};
		const checked = checkCommand("addContact", input, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("addContact", input));
	};
	const text = (field, value, set) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				htmlFor: `add-${field}`,
				children: t(field)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				id: `add-${field}`,
				value,
				required: field === "name",
				onChange: (e) => {
					set(e.target.value);
					refuse(null);
				},
				...fieldState(refusal, field, `add-${field}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
				refusal,
				field,
				id: `add-${field}`
			})
		]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
		className: "card",
		onSubmit: submit,
		noValidate: true,
		children: [
			manual && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				text("name", name, setName),
				text("headline", headline, setHeadline),
				text("company", company, setCompany)
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				open: refusal?.code === "invalid" && refusal.field.startsWith("met."),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("whereWeMetOptional") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(MetFields, {
					value: met,
					onChange: setMet,
					today: localClock().today,
					refusal
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				className: "primary",
				type: "submit",
				disabled: busy,
				children: t("addToMaille")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
				refusal,
				fields: [
					"name",
					"headline",
					"company",
					"met"
				]
			})
		]
	});
}
// components/sidebar/LinkOffer.tsx
/** One person across sites: offer to attach this profile to a same-name contact. */
function LinkOffer({ profileRef, identity, candidates }) {
	const { busy, error, run } = useAction();
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small",
				children: t("linkHint", { site: SITES[profileRef.site].label })
			}),
			candidates.map((contact) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
				className: "primary",
				type: "button",
				disabled: busy,
				onClick: () => void run(() => sendCommand("linkProfile", {
					contactId: contact.id,
					ref: profileRef,
					identity
				})),
				children: [tRich("linkTo", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.name }) }), contact.company && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "button-detail",
					children: [" \u00b7 ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.company })]
				})]
			}, contact.id)),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/sidebar/SidebarBody.tsx
/** The sidebar for one profile page: a known contact, an unknown person, or an unreadable page. */
function SidebarBody({ frame }) {
	const identity = frame.status === "profile" ? frame.identity : void 0;
	const { state, reload } = useProfileView(frame.ref, identity?.name);
	if (state.status === "loading") return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "muted",
		role: "status",
		children: t("loading")
	});
	if (state.status === "error") return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		role: "alert",
		className: "card",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "error",
			children: state.message
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			onClick: reload,
			children: t("retry")
		})]
	});
	const { contact, interactions, introductions, linkCandidates } = state.view;
	if (contact) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ProfileHeader, {
		name: contact.name,
		headline: identity?.headline ?? contact.headline,
		company: contact.company,
		location: identity?.location ?? contact.location,
		photoUrl: identity?.photoUrl ?? contact.photoUrl,
		site: frame.ref.site
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(KnownContact, {
		contact,
		interactions,
		introductions
	}, contact.id)] });
	if (!identity) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "card",
		role: "alert",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: t("unreadableTitle") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "small",
			children: t("unreadableHelp")
		})]
	}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(AddContactForm, {
		profileRef: frame.ref,
		nameGuess: frame.status === "unreadable" ? frame.nameGuess : void 0
	}, frame.ref.key)] });
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ProfileHeader, {
			...identity,
			site: frame.ref.site
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: tRich("notInMaille", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: identity.name }) }) }),
		linkCandidates.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LinkOffer, {
			profileRef: frame.ref,
			identity,
			candidates: linkCandidates
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(AddContactForm, {
			profileRef: frame.ref,
			identity
		}, frame.ref.key)
	] });
}
// components/sidebar/Sidebar.tsx
/** The sidebar region: a header with the fold button, then the profile's body. */
function Sidebar({ frame, onCollapse }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "sidebar",
		"aria-label": t("appName"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
			className: "sidebar-header",
			children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
				className: "brand",
				children: t("appName")
			}), onCollapse && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				className: "icon",
				"aria-label": t("collapse"),
				title: t("collapse"),
				onClick: onCollapse,
				children: "\u27e9"
			})]
		}), frame ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SidebarBody, { frame }, frame.ref.key) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "muted",
			children: t("loading")
		})]
	});
}
// messaging/frame-state.ts
function asRef(value) {
	if (typeof value !== "object" || value === null) return null;
	const { site, key, url } = value;
	if (typeof site !== "string" || !SITE_IDS.includes(site)) return null;
	if (typeof key !== "string" || !key.startsWith(`${site}:`) || typeof url !== "string" || !/^https:\/\//.test(url)) return null;
	return {
		site,
		key,
		url
	};
}
function asIdentity(value) {
	if (typeof value !== "object" || value === null) return null;
	const v = value;
	const text = (x) => typeof x === "string" ? cleanText(x) : void 0;
	const name = text(v.name);
	if (!name) return null;
	const photoUrl = typeof v.photoUrl === "string" && /^https?:\/\//.test(v.photoUrl) ? v.photoUrl : void 0;
	return {
		name,
		headline: text(v.headline),
		company: text(v.company),
		title: text(v.title),
		location: text(v.location),
		photoUrl
	};
}
/** Reads a frame fragment back, checking every field: null when it is not a valid state. */
function decodeFrameState(fragment) {
	let data;
	try {
		data = JSON.parse(decodeURIComponent(fragment.replace(/^#/, "")));
	} catch {
		return null;
	}
	if (typeof data !== "object" || data === null) return null;
	const { status, ref, identity, nameGuess } = data;
	const validRef = asRef(ref);
	if (!validRef) return null;
	if (status === "profile") {
		const validIdentity = asIdentity(identity);
		return validIdentity ? {
			status,
			ref: validRef,
			identity: validIdentity
		} : null;
	}
	if (status === "unreadable") return {
		status,
		ref: validRef,
		nameGuess: typeof nameGuess === "string" ? cleanText(nameGuess) : void 0
	};
	return null;
}
export { Sidebar as n, decodeFrameState as t };
