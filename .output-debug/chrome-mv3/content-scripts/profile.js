var profile = (function() {
	// node_modules/wxt/dist/utils/define-content-script.mjs
	function defineContentScript(definition) {
		return definition;
	}
	// core/limits.ts
	/**
	* The longest text Maille keeps in each field, in UTF-16 code units. Typed text beyond a limit is
	* refused with a word next to the field (forms count as you type); text from a page or an import is
	* cut at a grapheme boundary (`capText`). Notes have room for years of meetings: 100,000
	* characters is about 15,000 words.
	*/
	var LIMITS = {
		name: 200,
		/** Headline, company, title, location: one line each. */
		line: 200,
		eventName: 200,
		place: 200,
		topic: 1e3,
		notes: 1e5,
		summary: 2e3,
		tag: 40,
		tags: 30,
		email: 254,
		emails: 20,
		url: 2e3,
		id: 100,
		profileKey: 300,
		/** People one news walk goes through (one at a time). */
		newsRecipients: 1e3,
		/** Rows an import sends the background at once (each batch one transaction). */
		importBatch: 1e3,
		/** Contacts one bulk action changes at once. */
		bulk: 5e4
	};
	// core/text.ts
	var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
	var STRAY_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
	var STRAY_NON_JOINER = /(?<!\p{L})\u200c|\u200c(?!\p{L})/gu;
	var INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;
	var SEPARATORS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;
	var graphemes = new Intl.Segmenter(void 0, { granularity: "grapheme" });
	/**
	* `text` cut to at most `max` UTF-16 code units at a grapheme boundary (never inside an emoji or
	* an accented letter), ending with "\u2026" when it was cut.
	*/
	function capText(text, max) {
		if (text.length <= max) return text;
		let end = 0;
		for (const { segment } of graphemes.segment(text)) {
			if (end + segment.length > max - 1) break;
			end += segment.length;
		}
		return text.slice(0, end).trimEnd() + "\u2026";
	}
	/**
	* Host page or imported text made safe to store and show as one line: bidirectional controls and
	* invisible characters removed, control characters and runs of white space made one space,
	* trimmed, capped at a grapheme boundary. Returns undefined for an empty result.
	*/
	function cleanText(raw, max = LIMITS.line) {
		if (raw == null) return void 0;
		const text = raw.replace(BIDI_CONTROLS, "").replace(INVISIBLE, "").replace(STRAY_JOINER, "").replace(STRAY_NON_JOINER, "").replace(SEPARATORS, " ").trim();
		return text ? capText(text, max) : void 0;
	}
	/** A name folded for matching across sites: no accents, no case, letters and digits only. */
	function nameKey(name) {
		return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
	}
	/** The word tokens of a name or slug, folded as {@link nameKey}. */
	function nameTokens(text) {
		return nameKey(text).split(" ").filter(Boolean);
	}
	/**
	* A readable guess at a person's name from a URL slug, for pre-filling a form:
	* `jane-doe-4a5b6c` \u2192 `Jane Doe`, `jean.dupont` \u2192 `Jean Dupont`, `Jane_Doe2` \u2192 `Jane Doe`.
	*/
	function nameFromSlug(slug) {
		return slug.split(/[-._\s]+/).map((part) => {
			const letters = part.replace(/\d+$/, "");
			return letters !== part && letters.length < 3 ? "" : letters;
		}).filter((part) => part && !/\d/.test(part)).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(" ");
	}
	/** Whether a name shares a word with a slug: proof that the page shows the person the URL names. */
	function nameMatchesSlug(name, slug) {
		const slugTokens = new Set(nameTokens(slug.replace(/[_.]/g, " ").replace(/\d+/g, " ")));
		return nameTokens(name).some((token) => token.length > 1 && slugTokens.has(token));
	}
	// node_modules/@aklinker1/zero-serialize-error/dist/index.mjs
	var e = `string`;
	var t = `object`;
	function n(n) {
		return n != null && typeof n === t && typeof n.name === e && typeof n.message === e && typeof n.stack === e;
	}
	function r(e) {
		if (typeof e !== t || e == null) return e;
		if (e instanceof Error) return {
			name: e.name,
			message: e.message,
			stack: e.stack ?? ``,
			...e.cause ? { cause: r(e.cause) } : {},
			...r({ ...e })
		};
		if (Array.isArray(e)) {
			let t = [];
			for (let n of e) t.push(r(n));
			return t;
		}
		let n = Object.create(null);
		for (let [t, i] of Object.entries(e)) n[t] = r(i);
		return n;
	}
	function i(e) {
		if (n(e)) {
			let t = Error(e.message, e.cause ? { cause: i(e.cause) } : void 0);
			t.name = e.name, t.stack = e.stack;
			for (let [n, r] of Object.entries(e)) n !== `name` && n !== `message` && n !== `stack` && n !== `cause` && (t[n] = r);
			return t;
		}
		if (e == null || typeof e !== t) return e;
		if (Array.isArray(e)) {
			let t = [];
			for (let n of e) t.push(i(n));
			return t;
		}
		let r = Object.create(null);
		for (let [t, n] of Object.entries(e)) r[t] = i(n);
		return r;
	}
	// node_modules/@webext-core/messaging/dist/generic-67DrFc4U.mjs
	function defineGenericMessanging(config) {
		let removeRootListener;
		let perTypeListeners = {};
		function cleanupRootListener() {
			if (Object.entries(perTypeListeners).length === 0) {
				removeRootListener?.();
				removeRootListener = void 0;
			}
		}
		let idSeq = Math.floor(Math.random() * 1e4);
		function getNextId() {
			return idSeq++;
		}
		return {
			async sendMessage(type, data, ...args) {
				const _message = {
					id: getNextId(),
					type,
					data,
					timestamp: Date.now()
				};
				const message = await config.verifyMessageData?.(_message) ?? _message;
				config.logger?.debug(`[messaging] sendMessage {id=${message.id}} \u2500\u1405`, message, ...args);
				const { res, err } = await config.sendMessage(message, ...args) ?? { err: /* @__PURE__ */ new Error("No response") };
				config.logger?.debug(`[messaging] sendMessage {id=${message.id}} \u140a\u2500`, {
					res,
					err
				});
				if (err != null) throw i(err);
				return res;
			},
			onMessage(type, onReceived) {
				if (removeRootListener == null) {
					config.logger?.debug(`[messaging] "${type}" initialized the message listener for this context`);
					removeRootListener = config.addRootListener((message) => {
						if (typeof message.type != "string" || typeof message.timestamp !== "number") if (config.throwOnUnknownMessageFormat) {
							const err = Error(`[messaging] Unknown message format, must include the 'type' & 'timestamp' fields, received: ${JSON.stringify(message)}`);
							config.logger?.error(err);
							throw err;
						} else return;
						config?.logger?.debug("[messaging] Received message", message);
						const listener = perTypeListeners[message.type];
						if (listener == null) return;
						return (async () => {
							try {
								const raw = await listener(message);
								const res = config.verifyMessageData?.(raw) ?? raw;
								config?.logger?.debug(`[messaging] onMessage {id=${message.id}} \u2500\u1405`, { res });
								return { res };
							} catch (err) {
								config?.logger?.debug(`[messaging] onMessage {id=${message.id}} \u2500\u1405`, { err });
								return { err: r(err) };
							}
						})();
					});
				}
				if (perTypeListeners[type] != null) {
					const err = Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
					config.logger?.error(err);
					throw err;
				}
				perTypeListeners[type] = onReceived;
				config.logger?.log(`[messaging] Added listener for ${type}`);
				return () => {
					delete perTypeListeners[type];
					cleanupRootListener();
				};
			},
			removeAllListeners() {
				Object.keys(perTypeListeners).forEach((type) => {
					delete perTypeListeners[type];
				});
				cleanupRootListener();
			}
		};
	}
	// node_modules/@webext-core/messaging/dist/index.mjs
	/**
	* Returns an `ExtensionMessenger` that is backed by the `browser.runtime.sendMessage` and
	* `browser.tabs.sendMessage` APIs.
	*
	* It can be used to send messages to and from the background page/service worker.
	*/
	function defineExtensionMessaging(config) {
		return defineGenericMessanging({
			...config,
			sendMessage(message, arg) {
				if (arg == null) return new Promise((resolve, reject) => chrome.runtime.sendMessage(message, (response) => {
					if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
					else resolve(response);
				}));
				const options = typeof arg === "number" ? { tabId: arg } : arg;
				return new Promise((res) => chrome.tabs.sendMessage(options.tabId, message, options.frameId != null ? { frameId: options.frameId } : void 0, res));
			},
			addRootListener(processMessage) {
				const listener = (message, sender, sendResponse) => {
					const res = processMessage(typeof message === "object" ? {
						...message,
						sender
					} : message);
					if (res instanceof Promise) {
						res.then(sendResponse);
						return true;
					}
					return false;
				};
				chrome.runtime.onMessage.addListener(listener);
				return () => chrome.runtime.onMessage.removeListener(listener);
			}
		});
	}
	// messaging/protocol.ts
	var { sendMessage, onMessage } = defineExtensionMessaging();
	// core/profile.ts
	/** The key of a site's profile from its slug. */
	function profileKey(site, slug) {
		return `${site}:${slug}`;
	}
	/** The slug part of a profile's key (`linkedin:jane-doe` \u2192 `jane-doe`). */
	function profileSlug(ref) {
		return ref.key.slice(ref.site.length + 1);
	}
	// core/sites.ts
	/**
	* The sites Maille reads profiles on: the one list. A new site starts here (its id, its name,
	* the pages the content script runs on, its people search); the compiler then asks for its adapter in
	* `sites/registry.ts` and everything else (manifest matches, host checks, the protocol's
	* schemas, the test routes) follows from this list.
	*/
	var SITES = {
		linkedin: {
			label: "LinkedIn",
			matches: ["*://*.linkedin.com/*"],
			peopleSearch: "https://www.linkedin.com/search/results/people/?keywords="
		},
		viadeo: {
			label: "Viadeo",
			matches: ["*://*.viadeo.com/*", "*://viadeo.journaldunet.com/*"],
			peopleSearch: "https://www.viadeo.com/fr/search/?q="
		},
		xing: {
			label: "XING",
			matches: ["*://*.xing.com/*"],
			peopleSearch: "https://www.xing.com/search/members?keywords="
		}
	};
	var SITE_IDS = Object.keys(SITES);
	/** Every page of every site: the content script's matches (which pages are profiles is decided in code). */
	var SITE_MATCHES = SITE_IDS.flatMap((site) => SITES[site].matches);
	/** Whether a hostname is the site's: `*://*.x/*` covers x and its subdomains, `*://x/*` x alone. */
	function isHostOf(site, hostname) {
		return SITES[site].matches.some((pattern) => {
			const host = pattern.slice(4, -2);
			if (!host.startsWith("*.")) return hostname === host;
			const domain = host.slice(2);
			return hostname === domain || hostname.endsWith(`.${domain}`);
		});
	}
	// sites/url-parts.ts
	/** A URL of the site's pages over http(s), or null for anything else (another site, a bad URL). */
	function siteUrl(input, site) {
		let url;
		try {
			url = input instanceof URL ? input : new URL(input);
		} catch {
			return null;
		}
		return /^https?:$/.test(url.protocol) && isHostOf(site, url.hostname) ? url : null;
	}
	/** The path's segments, percent-decoded (a malformed one kept as it is). */
	function pathSegments(url) {
		return url.pathname.split("/").filter(Boolean).map(decodeSegment);
	}
	function decodeSegment(segment) {
		try {
			return decodeURIComponent(segment);
		} catch {
			return segment;
		}
	}
	// sites/linkedin/detect.ts
	var NOT_A_SLUG = /* @__PURE__ */ new Set([
		"",
		"me",
		"edit",
		"unavailable"
	]);
	/**
	* Legacy `/pub/name/a7/576/b50` URLs redirect to `/in/name-b50576a7`: the three id parts reversed.
	* Parts other than the first are zero-padded to three characters.
	*/
	function slugFromLegacyPub(parts) {
		const [name, a, b, c] = parts;
		if (!name || !a || !b || !c || ![
			a,
			b,
			c
		].every((p) => /^[0-9a-f]{1,3}$/i.test(p))) return null;
		return `${name}-${c.padStart(3, "0")}${b.padStart(3, "0")}${a}`;
	}
	/**
	* The LinkedIn profile a URL shows, with its canonical key `linkedin:<slug>`: lower-cased,
	* percent-decoded, whatever the locale subdomain, query, sub-page (`/details/\u2026`, `/overlay/\u2026`,
	* `/recent-activity/\u2026`) or trailing language segment (`/in/slug/fr`).
	*
	* Accepts: `https://www.linkedin.com/in/jane-doe-4a5b6c/`, `https://fr.linkedin.com/in/jane-doe?originalSubdomain=fr`,
	* `https://www.linkedin.com/in/jane-doe/details/experience/`, `https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/`,
	* `https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50`.
	*/
	function detectLinkedInProfile(input) {
		const url = siteUrl(input, "linkedin");
		if (!url) return null;
		const parts = pathSegments(url);
		let slug = null;
		if (parts[0] === "in" && parts[1] !== void 0) slug = parts[1];
		else if (parts[0] === "pub" && parts.length >= 5) slug = slugFromLegacyPub(parts.slice(1, 5));
		if (slug == null) return null;
		slug = slug.trim().toLowerCase();
		if (NOT_A_SLUG.has(slug) || /[\s/?#]/.test(slug)) return null;
		return {
			site: "linkedin",
			key: profileKey("linkedin", slug),
			url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`
		};
	}
	// core/headline.ts
	/**
	* Splits a headline such as "Head of Partnerships at Acme" into title and company
	* (English "at", French "chez", German "bei", "@"). Returns the headline as title otherwise.
	*/
	function splitHeadline(headline) {
		if (!headline) return {};
		const match = /^(.+?)\s+(?:at|chez|bei|@)\s+(.+)$/i.exec(headline) ?? /^(.+?)\s*@\s*(.+)$/.exec(headline);
		if (!match?.[1] || !match[2]) return { title: headline };
		const company = match[2].split(/\s+[|\u00b7\u2022]\s+|,\s+/)[0];
		return {
			title: match[1].trim(),
			company: company?.trim()
		};
	}
	// sites/dom-read.ts
	/** Cleaned text of the first element a selector finds. */
	function textAt(root, selector) {
		const el = root.querySelector(selector);
		return el ? cleanText(el.textContent) : void 0;
	}
	/** First non-empty cleaned text among several selectors, tried in order. */
	function firstText(root, selectors) {
		for (const selector of selectors) {
			const text = textAt(root, selector);
			if (text) return text;
		}
	}
	function metaContent(doc, nameOrProperty) {
		return cleanText(doc.querySelector(`meta[property="${nameOrProperty}"], meta[name="${nameOrProperty}"]`)?.getAttribute("content"));
	}
	/** An http(s) image URL from an attribute, or undefined (no data: or javascript: URLs). */
	function imageUrl(raw, base) {
		if (!raw) return void 0;
		try {
			const url = new URL(raw, base);
			return url.protocol === "https:" || url.protocol === "http:" ? url.href.slice(0, 2e3) : void 0;
		} catch {
			return;
		}
	}
	function imageAt(root, selectors, base) {
		for (const selector of selectors) {
			const src = imageUrl(root.querySelector(selector)?.getAttribute("src"), base);
			if (src) return src;
		}
	}
	/** The parts of `document.title` split on "|", without a "(3)" unread-count prefix. */
	function titleParts(doc) {
		return doc.title.replace(/^\(\d+\+?\)\s*/, "").split("|").map((part) => cleanText(part) ?? "").filter(Boolean);
	}
	function isObject(value) {
		return typeof value === "object" && value !== null && !Array.isArray(value);
	}
	function first(value) {
		return Array.isArray(value) ? value[0] : value;
	}
	function str(value) {
		const v = first(value);
		if (typeof v === "string") return cleanText(v);
		if (isObject(v)) return str(v.name ?? v.contentUrl ?? v.url);
	}
	/** The first schema.org Person in the page's JSON-LD (logged-out profile pages carry one). */
	function jsonLdPerson(doc) {
		for (const script of doc.querySelectorAll("script[type=\"application/ld+json\"]")) {
			let data;
			try {
				data = JSON.parse(script.textContent ?? "");
			} catch {
				continue;
			}
			const candidates = Array.isArray(data) ? data : [data];
			for (const item of [...candidates]) if (isObject(item) && Array.isArray(item["@graph"])) candidates.push(...item["@graph"]);
			const person = candidates.find((c) => isObject(c) && c["@type"] === "Person");
			if (!person) continue;
			const address = first(person.address);
			return {
				name: str(person.name),
				jobTitle: str(person.jobTitle),
				worksFor: str(person.worksFor),
				location: isObject(address) ? str(address.addressLocality) : str(address),
				image: str(person.image)
			};
		}
	}
	// sites/identity-checks.ts
	/**
	* Whether a name read from the page can belong to the profile the URL names. A slug made of a
	* first and last name must share a word with it; an opaque slug (`jd1984`) cannot say, so any
	* name passes. Used to discard stale text left by the previous profile after SPA navigation.
	*/
	function nameAgreesWithSlug(name, slug) {
		if (nameFromSlug(slug).split(" ").length < 2) return true;
		return nameMatchesSlug(name, slug);
	}
	/**
	* A page at a profile URL that shows a sign-in form is a wall, unless the person is plainly there:
	* a schema.org Person, or a name that shares a word with the slug. (Public profiles carry a hidden
	* sign-in form of their own; a wall's heading may look like a name to an opaque slug.)
	*/
	function isSignInWall(hasSignInForm, found, slug) {
		if (!hasSignInForm) return false;
		return !found || found[0] !== "json-ld" && !nameMatchesSlug(found[1], slug);
	}
	/**
	* The name in a page title's leading part, which may carry more than the name: "Claire Fontaine
	* Lumen Robotics", "Claire FONTAINE, Responsable\u2026", "Profil de Claire Fontaine". The page's own
	* heading wins when the title holds it; else, when the slug names the person, the shortest run of
	* the title's words holding the slug's name words (at least two); else the title part as it is
	* (an opaque slug cannot say more). Undefined when the title holds too few of the slug's words.
	*/
	function nameInTitle(titlePart, slug, heading) {
		if (heading && nameAgreesWithSlug(heading, slug) && ` ${nameKey(titlePart)} `.includes(` ${nameKey(heading)} `)) return heading;
		const wanted = new Set(nameTokens(nameFromSlug(slug)));
		if (wanted.size < 2) return titlePart;
		const words = titlePart.split(/\s+/).filter(Boolean);
		const tokensOf = words.map((word) => nameTokens(word).filter((token) => wanted.has(token)));
		const present = new Set(tokensOf.flat());
		if (present.size < 2) return void 0;
		const start = tokensOf.findIndex((tokens) => tokens.length > 0);
		const seen = /* @__PURE__ */ new Set();
		let end = start;
		for (; end < words.length && seen.size < present.size; end++) tokensOf[end].forEach((token) => seen.add(token));
		return words.slice(start, end).join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "") || void 0;
	}
	// sites/layered-extract.ts
	/**
	* The skeleton every site's reading follows: not a profile? \u2192 the first name layer that agrees
	* with the slug \u2192 a sign-in wall? \u2192 unreadable, or the person. Each site supplies its layers.
	*/
	function extractWith(steps) {
		if (steps.notProfile) return {
			status: "not-profile",
			reason: steps.notProfile
		};
		const found = steps.nameLayers.find((layer) => !!layer[1] && nameAgreesWithSlug(layer[1], steps.slug));
		if (isSignInWall(steps.hasSignInForm, found, steps.slug)) return {
			status: "not-profile",
			reason: "sign-in wall"
		};
		if (!found) return {
			status: "unreadable",
			tried: steps.nameLayers.map(([layer]) => layer)
		};
		const [strategy, name] = found;
		const refused = steps.refuseName?.(name);
		if (refused) return {
			status: "not-profile",
			reason: refused
		};
		return {
			status: "profile",
			identity: {
				name,
				...steps.readRest(name)
			},
			strategy
		};
	}
	/**
	* "Jean Dupont - Directeur commercial - Acme | Viadeo": the first dash-separated part, checked
	* against the page's heading and the slug when it carries more than the name.
	*/
	function nameFromTitle$1(doc, siteName, slug, heading) {
		const first = cleanText(titleParts(doc).filter((part) => part.toLowerCase() !== siteName.toLowerCase())[0]?.split(/\s[-\u2013\u2014:]\s/)[0]);
		return first && nameInTitle(first, slug, heading);
	}
	/**
	* Reading of a profile page for sites with plain markup (Viadeo, XING), layer after layer:
	* document.title \u2192 JSON-LD \u2192 meta \u2192 headings \u2192 class names.
	*/
	function extractLayered(doc, siteName, slug, sel) {
		const ld = jsonLdPerson(doc);
		const heading = firstText(doc, sel.name);
		return extractWith({
			slug,
			notProfile: sel.notProfile.some((s) => doc.querySelector(s)) ? "not a profile page" : void 0,
			nameLayers: [
				["document.title", nameFromTitle$1(doc, siteName, slug, heading)],
				["json-ld", ld?.name],
				["meta", cleanText(metaContent(doc, "og:title")?.split(/\s[-\u2013\u2014|]\s/)[0])],
				["headings", heading]
			],
			hasSignInForm: sel.signInForm.some((s) => doc.querySelector(s)),
			readRest: () => {
				const headline = firstText(doc, sel.headline) ?? ld?.jobTitle ?? metaContent(doc, "og:description");
				const split = splitHeadline(headline);
				return {
					headline,
					title: ld?.jobTitle ?? split.title,
					company: ld?.worksFor ?? firstText(doc, sel.company) ?? split.company,
					location: ld?.location ?? firstText(doc, sel.location),
					photoUrl: imageUrl(ld?.image, doc.URL) ?? imageAt(doc, sel.photo, doc.URL) ?? imageUrl(metaContent(doc, "og:image"), doc.URL)
				};
			}
		});
	}
	// sites/linkedin/selectors.ts
	/**
	* Every LinkedIn selector Maille relies on. Structure and ARIA come before class names: since
	* 2026 LinkedIn hashes its class names. Old variants stay beside new ones under a dated note,
	* `expires YYYY-MM: \u2026`, which fails the lint once past (tooling/eslint-rules.js).
	*/
	var linkedInSelectors = {
		/** A sign-in wall served at a profile URL: its forms and markers. */
		signInWall: [
			"form[action*=\"/uas/login\"]",
			"form[action*=\"/checkpoint/lg\"]",
			"#session_key",
			".authwall-join-form",
			"[data-test-id=\"authwall\"]",
			"input[type=\"password\"]"
		],
		/** Where the name heading may be: `main h1` (2023\u201326), a top-card `section h2`. */
		nameHeadings: "main h1, [role=\"main\"] h1, main section h2, [role=\"main\"] section h2",
		/** Labelled elements of the top card that may carry the name (photo alt, profile links). */
		labelled: "main section img[alt], main section a[aria-label], [role=\"main\"] img[alt]",
		/** "Current company: Acme. Click to skip to experience card" */
		companyAria: "[aria-label^=\"Current company:\"], [aria-label^=\"Entreprise actuelle\"]",
		contactInfoLink: "a[href*=\"/overlay/contact-info\"]",
		classNames: {
			name: [".text-heading-xlarge", ".top-card-layout__title"],
			headline: [
				".pv-text-details__left-panel .text-body-medium",
				".text-body-medium.break-words",
				".top-card-layout__headline"
			],
			company: [".pv-text-details__right-panel-item-text", ".top-card-link--current-company"],
			location: [".text-body-small.inline.t-black--light.break-words", ".top-card__subline-item"]
		},
		photo: [
			"main img[src*=\"profile-displayphoto\"]",
			"img.pv-top-card-profile-picture__image--show",
			"img.pv-top-card-profile-picture__image",
			"img.top-card__profile-image"
		]
	};
	/** Names LinkedIn shows for profiles the viewer may not see. */
	var PRIVATE_MEMBER_NAMES = [
		"LinkedIn Member",
		"Membre de LinkedIn",
		"LinkedIn-Mitglied"
	];
	// sites/linkedin/extract.ts
	var NOT_NAMES = /^(linkedin|sign up|sign in|log in|join linkedin|s'inscrire|s\u2019identifier|feed|fil d'actualit\u00e9)$/i;
	var SECTION_PAGES = /* @__PURE__ */ new Set(["details", "recent-activity"]);
	function isSectionPage(doc) {
		try {
			return SECTION_PAGES.has(new URL(doc.URL).pathname.split("/").filter(Boolean)[2] ?? "");
		} catch {
			return false;
		}
	}
	/**
	* "Jane Doe | LinkedIn", "(3) Jane Doe - Acme | LinkedIn", "Experience | Jane Doe | LinkedIn";
	* a part carrying more than the name is checked against the heading and the slug.
	*/
	function nameFromTitle(doc, slug, subPage, heading) {
		const names = titleParts(doc).filter((part) => !/^linkedin$/i.test(part)).map((part) => cleanText(part.split(/\s[-\u2013\u2014]\s/)[0])).filter((part) => !!part && !NOT_NAMES.test(part));
		const matching = names.find((name) => nameMatchesSlug(name, slug));
		if (matching) return nameInTitle(matching, slug, heading);
		return subPage || !names[0] ? void 0 : nameInTitle(names[0], slug, heading);
	}
	/** The line beside "Contact info" on the top card: the location, whatever the class names. */
	function locationBesideContactInfo(doc) {
		const link = doc.querySelector(linkedInSelectors.contactInfoLink);
		const row = link?.parentElement?.parentElement;
		if (!row) return void 0;
		for (const child of row.children) {
			if (child.contains(link)) break;
			const text = cleanText(child.textContent);
			if (text && !/^[\u00b7\u2022|]$/.test(text)) return text;
		}
	}
	function textMatchingSlug(texts, slug) {
		for (const raw of texts) {
			const text = cleanText(raw);
			if (text && nameMatchesSlug(text, slug)) return text;
		}
	}
	/** The block right after the heading's container: the headline, whatever the class names. */
	function headlineAfterName(nameHeading) {
		let depth = 0;
		for (let el = nameHeading; el && el.tagName !== "MAIN" && depth < 4; el = el.parentElement, depth++) {
			const text = cleanText(el.nextElementSibling?.textContent);
			if (text) return text;
		}
	}
	function companyFromAria(doc) {
		const label = doc.querySelector(linkedInSelectors.companyAria)?.getAttribute("aria-label");
		if (!label) return void 0;
		return cleanText(label.replace(/^[^:]+:\s*/, "").split(/\.\s/)[0]);
	}
	/**
	* Reads a LinkedIn profile page, most robust layer first: document.title \u2192 JSON-LD \u2192 meta \u2192
	* `main h1`, `section h2` and ARIA labels \u2192 class names. Returns "not-profile" for sign-in walls and private members.
	*/
	function extractLinkedIn(doc, ref) {
		const slug = profileSlug(ref);
		const subPage = isSectionPage(doc);
		const ld = jsonLdPerson(doc);
		const headings = subPage ? [] : [...doc.querySelectorAll(linkedInSelectors.nameHeadings)];
		const h1 = cleanText(headings.find((h) => h.tagName === "H1")?.textContent);
		return extractWith({
			slug,
			nameLayers: [
				["document.title", nameFromTitle(doc, slug, subPage, h1)],
				["json-ld", ld?.name],
				["meta", cleanText([metaContent(doc, "profile:first_name"), metaContent(doc, "profile:last_name")].join(" "))],
				["main h1", h1],
				["section h2", subPage ? void 0 : textMatchingSlug(headings.filter((h) => h.tagName === "H2").map((h) => h.textContent), slug)],
				["aria-label", subPage ? void 0 : textMatchingSlug([...doc.querySelectorAll(linkedInSelectors.labelled)].map((el) => el.getAttribute("aria-label") ?? el.getAttribute("alt")), slug)],
				["any h1", subPage ? void 0 : textMatchingSlug([...doc.querySelectorAll("h1")].map((h) => h.textContent), slug)],
				["class names", subPage ? void 0 : firstText(doc, linkedInSelectors.classNames.name)]
			],
			hasSignInForm: linkedInSelectors.signInWall.some((s) => doc.querySelector(s)),
			refuseName: (name) => PRIVATE_MEMBER_NAMES.includes(name) ? "private member" : void 0,
			readRest: (name) => {
				if (subPage) return {
					title: ld?.jobTitle,
					company: ld?.worksFor,
					location: ld?.location,
					photoUrl: imageUrl(ld?.image, doc.URL) ?? imageUrl(metaContent(doc, "og:image"), doc.URL)
				};
				const headline = headlineAfterName([...doc.querySelectorAll("h1, h2")].find((h) => cleanText(h.textContent) === name) ?? headings.find((h) => h.tagName === "H1") ?? null) ?? firstText(doc, linkedInSelectors.classNames.headline) ?? ld?.jobTitle;
				const split = splitHeadline(headline);
				return {
					headline,
					title: ld?.jobTitle ?? split.title,
					company: ld?.worksFor ?? companyFromAria(doc) ?? firstText(doc, linkedInSelectors.classNames.company) ?? split.company,
					location: ld?.location ?? locationBesideContactInfo(doc) ?? firstText(doc, linkedInSelectors.classNames.location),
					photoUrl: imageUrl(ld?.image, doc.URL) ?? imageAt(doc, linkedInSelectors.photo, doc.URL) ?? imageUrl(metaContent(doc, "og:image"), doc.URL)
				};
			}
		});
	}
	// sites/viadeo/detect.ts
	/**
	* The Viadeo profile a URL shows, key `viadeo:<id>` (lower-cased). Viadeo had three URL
	* generations, all accepted:
	* `https://fr.viadeo.com/fr/profile/jean.dupont`, `https://www.viadeo.com/p/0021abcdef12345`,
	* `https://viadeo.journaldunet.com/p/jean-dupont-1234567`.
	*/
	function detectViadeoProfile(input) {
		const url = siteUrl(input, "viadeo");
		if (!url) return null;
		const parts = pathSegments(url);
		if (parts[0] && /^[a-z]{2}$/.test(parts[0])) parts.shift();
		const [kind, id] = parts;
		if (kind !== "profile" && kind !== "p" || !id) return null;
		const clean = id.trim().toLowerCase();
		if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(clean)) return null;
		const journal = url.hostname === "viadeo.journaldunet.com";
		return {
			site: "viadeo",
			key: profileKey("viadeo", clean),
			url: journal ? `https://viadeo.journaldunet.com/p/${encodeURIComponent(clean)}` : kind === "p" ? `https://www.viadeo.com/p/${encodeURIComponent(clean)}` : `https://www.viadeo.com/fr/profile/${encodeURIComponent(clean)}`
		};
	}
	// sites/viadeo/selectors.ts
	/** Viadeo's markup across its three generations (fr.viadeo.com, www.viadeo.com/p, journaldunet). */
	var viadeoSelectors = {
		name: [
			"main h1",
			"h1.profile-name",
			".pro-name",
			"h1"
		],
		headline: [
			".profile-headline",
			".headline",
			"[itemprop=\"jobTitle\"]"
		],
		company: [
			".profile-company",
			"[itemprop=\"worksFor\"]",
			".company-name"
		],
		location: [
			".profile-location",
			"[itemprop=\"addressLocality\"]",
			".location"
		],
		photo: [
			"img.profile-picture",
			"img[itemprop=\"image\"]",
			"main img.avatar"
		],
		notProfile: [".member-removed"],
		signInForm: ["input[type=\"password\"]", "form#login-form"]
	};
	// sites/viadeo/extract.ts
	function extractViadeo(doc, ref) {
		return extractLayered(doc, "Viadeo", ref.key.slice(7), viadeoSelectors);
	}
	// sites/xing/detect.ts
	/**
	* The XING profile a URL shows, key `xing:<First_Last2>` (case kept: XING ids are
	* `Name_Name` with a number when taken). Sub-pages (`/cv`, `/portfolio`, `/web_profiles`) and
	* queries are dropped: `https://www.xing.com/profile/Jane_Doe2/cv?sc_o=x` \u2192 `xing:Jane_Doe2`.
	*/
	function detectXingProfile(input) {
		const url = siteUrl(input, "xing");
		if (!url) return null;
		const parts = pathSegments(url);
		if (parts[0] && /^[a-z]{2}$/.test(parts[0]) && parts[1] === "profile") parts.shift();
		const [kind, id] = parts;
		if (kind !== "profile" || !id) return null;
		if (!/^[\p{L}\p{N}]+(?:[_.-][\p{L}\p{N}]+)+$/u.test(id)) return null;
		return {
			site: "xing",
			key: profileKey("xing", id),
			url: `https://www.xing.com/profile/${encodeURIComponent(id)}`
		};
	}
	// sites/xing/selectors.ts
	/** XING's profile markup (xing.com/profile/First_Last). */
	var xingSelectors = {
		name: [
			"main h1",
			"[data-testid=\"profile-name\"]",
			"h1"
		],
		headline: [
			"[data-testid=\"profile-occupation\"]",
			".profile-headline",
			"main h1 + p"
		],
		company: ["[data-testid=\"profile-company\"]", ".profile-company"],
		location: ["[data-testid=\"profile-location\"]", ".profile-location"],
		photo: ["img[data-testid=\"profile-image\"]", "main img.profile-image"],
		notProfile: ["[data-testid=\"profile-not-found\"]"],
		signInForm: ["input[type=\"password\"]", "form[action*=\"/login\"]"]
	};
	// sites/xing/extract.ts
	function extractXing(doc, ref) {
		return extractLayered(doc, "XING", ref.key.slice(5), xingSelectors);
	}
	// sites/registry.ts
	/** One adapter per site of `core/sites.ts`: the type refuses a site without one. */
	var SITE_ADAPTERS = {
		linkedin: {
			detect: detectLinkedInProfile,
			extract: extractLinkedIn
		},
		viadeo: {
			detect: detectViadeoProfile,
			extract: extractViadeo
		},
		xing: {
			detect: detectXingProfile,
			extract: extractXing
		}
	};
	/** The adapter and profile a URL shows, or null for any page that is not a profile. */
	function detectProfile(url) {
		for (const site of SITE_IDS) {
			const adapter = SITE_ADAPTERS[site];
			const ref = adapter.detect(url);
			if (ref) return {
				adapter,
				ref
			};
		}
		return null;
	}
	// node_modules/wxt/dist/browser.mjs
	var browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// messaging/sidebar-fold.ts
	/**
	* Whether the sidebar is folded to its small tab, on every site and tab: a signal between the
	* sidebar frame (which folds it) and the content scripts (which show the tab), carried by
	* `browser.storage.local` and its change event. Plain storage rather than a WXT storage item:
	* the content script reads it on every page, and the storage library would triple its size.
	* (Not IndexedDB: nothing here belongs to the site's origin.)
	*/
	var KEY$1 = "sidebarCollapsed";
	async function getSidebarCollapsed() {
		return (await browser.storage.local.get(KEY$1))[KEY$1] === true;
	}
	function setSidebarCollapsed(collapsed) {
		return browser.storage.local.set({ [KEY$1]: collapsed });
	}
	/** Calls `onChange` when another page folds or unfolds the sidebar; returns the unsubscribe. */
	function watchSidebarCollapsed(onChange) {
		const listener = (changes, area) => {
			if (area === "local" && KEY$1 in changes) onChange(changes[KEY$1]?.newValue === true);
		};
		browser.storage.onChanged.addListener(listener);
		return () => browser.storage.onChanged.removeListener(listener);
	}
	/** Alt+Shift+M folds and unfolds the sidebar: on the page (content script) and inside the sidebar alike. */
	function isFoldShortcut(event) {
		return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyM";
	}
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
	var PANEL_TELL = "maille:panel";
	function isPanelAsk(message) {
		return typeof message === "object" && message !== null && message.type === "maille:panel?";
	}
	// entrypoints/profile.content/read-profile.ts
	/** How long a profile page may take to render its person before we say we cannot read it. */
	var READ_TIMEOUT_MS = 4e3;
	/** How long we keep watching after that, for a slow page: then we stop for good. */
	var GIVE_UP_MS = 3e4;
	var RETRY_EVERY_MS = 150;
	/**
	* Reads the person a profile page shows, retrying as the page renders (SPAs fill the DOM after
	* the URL changes). A name equal to the previous profile's is stale text and is not accepted.
	* Every observer and timer stops when `signal` aborts (the next navigation), on a final outcome,
	* or after {@link GIVE_UP_MS}.
	*/
	function readProfile(ctx, signal, adapter, ref, staleName, report) {
		let finished = false;
		let scheduled = false;
		let tried = [];
		const observer = new MutationObserver(() => schedule());
		const stop = () => {
			finished = true;
			observer.disconnect();
		};
		const attempt = () => {
			scheduled = false;
			if (finished || signal.aborted) return;
			const result = adapter.extract(document, ref);
			if (result.status === "unreadable") tried = result.tried;
			else if (result.status === "not-profile" || result.identity.name !== staleName) {
				stop();
				report(result.status === "profile" ? {
					status: "profile",
					identity: result.identity
				} : { status: "not-profile" });
			}
		};
		function schedule() {
			if (scheduled || finished) return;
			scheduled = true;
			ctx.setTimeout(attempt, RETRY_EVERY_MS);
		}
		signal.addEventListener("abort", stop);
		attempt();
		if (finished) return;
		observer.observe(document.documentElement, {
			childList: true,
			subtree: true,
			characterData: true
		});
		ctx.setTimeout(() => {
			if (!finished && !signal.aborted) report({
				status: "unreadable",
				tried
			});
		}, READ_TIMEOUT_MS);
		ctx.setTimeout(stop, GIVE_UP_MS);
	}
	// messaging/frame-state.ts
	function encodeFrameState(state) {
		return encodeURIComponent(JSON.stringify(state));
	}
	// entrypoints/profile.content/sidebar-frame.ts
	var SHADOW_CSS = `
  .panel { position: fixed; top: 0; right: 0; width: 360px; height: 100vh; border: 0;
    box-shadow: -2px 0 12px rgba(0,0,0,.18); background: #fff; color-scheme: light; }
  .tab { position: fixed; top: 40%; right: 0; padding: 12px 6px; writing-mode: vertical-rl;
    font: 600 13px/1 system-ui, sans-serif; letter-spacing: .04em; color: #fff; background: #5b3cc4;
    border: 0; border-radius: 8px 0 0 8px; cursor: pointer; box-shadow: -1px 1px 6px rgba(0,0,0,.25); }
  .tab:focus-visible { outline: 3px solid #f5b700; outline-offset: 2px; }
  [hidden] { display: none !important; }
`;
	/**
	* The sidebar as the host page holds it: an extension page in an iframe, inside a closed shadow
	* root on an element of our own, plus the small tab shown when it is folded. The page sees an
	* empty `<maille-sidebar>` element and nothing of what is inside.
	*/
	function createSidebarFrame(ctx, onExpandRequest) {
		let host = null;
		let frame = null;
		let tab = null;
		let collapsed = false;
		const baseUrl = browser.runtime.getURL("/sidebar.html");
		function build() {
			host = document.createElement("maille-sidebar");
			for (const [prop, value] of [
				["all", "initial"],
				["position", "fixed"],
				["top", "0"],
				["right", "0"],
				["z-index", "2147483647"],
				["display", "block"]
			]) host.style.setProperty(prop, value, "important");
			const shadow = host.attachShadow({ mode: "closed" });
			const style = document.createElement("style");
			style.textContent = SHADOW_CSS;
			frame = document.createElement("iframe");
			frame.className = "panel";
			frame.title = "Maille";
			frame.allow = "clipboard-write";
			tab = document.createElement("button");
			tab.className = "tab";
			tab.type = "button";
			tab.textContent = "Maille";
			tab.setAttribute("aria-label", browser.i18n.getMessage("openSidebar") || "Open Maille");
			tab.addEventListener("click", onExpandRequest, { signal: ctx.signal });
			shadow.append(style, frame, tab);
			document.documentElement.append(host);
			applyCollapsed();
		}
		function applyCollapsed() {
			if (!frame || !tab) return;
			frame.hidden = collapsed;
			tab.hidden = !collapsed;
		}
		function show(state) {
			if (!host?.isConnected) build();
			const src = `${baseUrl}#${encodeFrameState(state)}`;
			if (frame && frame.src !== src) frame.src = src;
		}
		function remove() {
			host?.remove();
			host = frame = tab = null;
		}
		function setCollapsed(value, moveFocus = false) {
			collapsed = value;
			applyCollapsed();
			if (moveFocus) (collapsed ? tab : frame)?.focus();
		}
		ctx.onInvalidated(remove);
		return {
			show,
			remove,
			setCollapsed,
			isShown: () => host?.isConnected === true
		};
	}
	// entrypoints/profile.content/view.ts
	/**
	* Where a profile read on this page goes: the injected sidebar, or \u2014 on a site the user moved to
	* the browser's side panel \u2014 the panel, which then puts nothing of Maille into the page at all.
	* The panel asks the active tab what it shows; a change is told to any open panel. A page that
	* is not a profile tells nothing, unless it told a profile before.
	*/
	function createView(ctx, sidebar, initialPanelSites) {
		let panelSites = initialPanelSites;
		let inPanel = null;
		function tellPanel(state) {
			const encoded = state && encodeFrameState(state);
			if (encoded === inPanel) return;
			inPanel = encoded;
			const message = {
				type: PANEL_TELL,
				state: encoded
			};
			browser.runtime.sendMessage(message).catch(() => void 0);
		}
		const answer = (message, _sender, respond) => {
			if (!isPanelAsk(message)) return false;
			respond(inPanel);
			return false;
		};
		browser.runtime.onMessage.addListener(answer);
		ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
		return {
			show(state) {
				if (panelSites.includes(state.ref.site)) {
					sidebar.remove();
					tellPanel(state);
				} else {
					tellPanel(null);
					sidebar.show(state);
				}
			},
			remove() {
				sidebar.remove();
				tellPanel(null);
			},
			setPanelSites(sites) {
				panelSites = sites;
			}
		};
	}
	// entrypoints/profile.content/index.ts
	/**
	* The key of the page's canonical address when it names another profile of the same site (a
	* member-id URL whose page says its vanity one). Only on the page as loaded: after an in-app
	* navigation the canonical link may still be the previous person's.
	*/
	function canonicalAlias(ref, firstHref) {
		if (location.href !== firstHref) return void 0;
		const href = document.querySelector("link[rel=\"canonical\"]")?.href;
		const alias = href ? detectProfile(href)?.ref : void 0;
		return alias && alias.site === ref.site && alias.key !== ref.key ? alias.key : void 0;
	}
	var profile_content_default = defineContentScript({
		matches: [...SITE_MATCHES],
		runAt: "document_idle",
		async main(ctx) {
			const sidebar = createSidebarFrame(ctx, () => void setSidebarCollapsed(false));
			const view = createView(ctx, sidebar, await getPanelSites());
			let visit = null;
			let currentKey = null;
			let shownName;
			let lastHref = "";
			const firstHref = location.href;
			const onLocation = () => {
				if (location.href === lastHref) return;
				lastHref = location.href;
				const found = detectProfile(location.href);
				if (found?.ref.key === currentKey) return;
				visit?.abort();
				visit = new AbortController();
				currentKey = found?.ref.key ?? null;
				if (!found) {
					view.remove();
					return;
				}
				const { adapter, ref } = found;
				readProfile(ctx, visit.signal, adapter, ref, shownName, (outcome) => {
					if (outcome.status === "not-profile") {
						view.remove();
						return;
					}
					if (outcome.status === "unreadable") {
						console.warn(`[Maille] ${ref.site}: no name found on ${ref.key}; tried ${outcome.tried.join(", ")}`);
						shownName = void 0;
						view.show({
							status: "unreadable",
							ref,
							nameGuess: nameFromSlug(profileSlug(ref)) || void 0
						});
						return;
					}
					shownName = outcome.identity.name;
					view.show({
						status: "profile",
						ref,
						identity: outcome.identity
					});
					sendMessage("profileSeen", {
						...ref,
						identity: outcome.identity,
						alsoKey: canonicalAlias(ref, firstHref)
					}).catch((error) => console.warn("[Maille] profileSeen not delivered", error));
				});
			};
			ctx.onInvalidated(() => visit?.abort());
			getSidebarCollapsed().then((collapsed) => sidebar.setCollapsed(collapsed));
			const unwatch = watchSidebarCollapsed((collapsed) => sidebar.setCollapsed(collapsed, document.hasFocus()));
			ctx.onInvalidated(unwatch);
			ctx.onInvalidated(watchPanelSites((sites) => {
				view.setPanelSites(sites);
				lastHref = "";
				currentKey = null;
				shownName = void 0;
				onLocation();
			}));
			ctx.addEventListener(window, "keydown", (event) => {
				if (!isFoldShortcut(event) || !sidebar.isShown()) return;
				event.preventDefault();
				getSidebarCollapsed().then((collapsed) => setSidebarCollapsed(!collapsed));
			}, { capture: true });
			ctx.addEventListener(window, "wxt:locationchange", onLocation);
			window.navigation?.addEventListener("navigatesuccess", onLocation, { signal: ctx.signal });
			onLocation();
		}
	});
	// node_modules/wxt/dist/utils/internal/logger.mjs
	var logger$1 = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	// node_modules/wxt/dist/utils/internal/custom-events.mjs
	var WxtLocationChangeEvent = class WxtLocationChangeEvent extends Event {
		constructor(newUrl, oldUrl) {
			super(WxtLocationChangeEvent.EVENT_NAME, {});
			this.newUrl = newUrl;
			this.oldUrl = oldUrl;
		}
		static EVENT_NAME = getUniqueEventName("wxt:locationchange");
	};
	function getUniqueEventName(eventName) {
		return `${browser?.runtime?.id}:profile:${eventName}`;
	}
	// node_modules/wxt/dist/utils/internal/location-watcher.mjs
	function createLocationWatcher(ctx) {
		let interval;
		let oldUrl;
		return { 
		/**
		* Ensure the location watcher is actively looking for URL changes. If it's already watching,
		* this is a noop.
		*/
run() {
			if (interval != null) return;
			oldUrl = new URL(location.href);
			interval = ctx.setInterval(() => {
				let newUrl = new URL(location.href);
				if (newUrl.href !== oldUrl.href) {
					window.dispatchEvent(new WxtLocationChangeEvent(newUrl, oldUrl));
					oldUrl = newUrl;
				}
			}, 1e3);
		} };
	}
	// node_modules/wxt/dist/utils/content-script-context.mjs
	var ContentScriptContext = class ContentScriptContext {
		constructor(contentScriptName, options) {
			this.contentScriptName = contentScriptName;
			this.options = options;
			this.abortController = new AbortController();
			if (this.isTopFrame) {
				this.listenForNewerScripts({ ignoreFirstEvent: true });
				this.stopOldScripts();
			} else this.listenForNewerScripts();
		}
		static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started");
		isTopFrame = window.self === window.top;
		abortController;
		locationWatcher = createLocationWatcher(this);
		receivedMessageIds = /* @__PURE__ */ new Set();
		get signal() {
			return this.abortController.signal;
		}
		abort(reason) {
			return this.abortController.abort(reason);
		}
		get isInvalid() {
			if (browser.runtime.id == null) this.notifyInvalidated();
			return this.signal.aborted;
		}
		get isValid() {
			return !this.isInvalid;
		}
		/**
		* Add a listener that is called when the content script's context is invalidated.
		*
		* @returns A function to remove the listener.
		*
		* @example
		* browser.runtime.onMessage.addListener(cb);
		* const removeInvalidatedListener = ctx.onInvalidated(() => {
		*   browser.runtime.onMessage.removeListener(cb);
		* })
		* // ...
		* removeInvalidatedListener();
		*/
		onInvalidated(cb) {
			this.signal.addEventListener("abort", cb);
			return () => this.signal.removeEventListener("abort", cb);
		}
		/**
		* Return a promise that never resolves. Useful if you have an async function that shouldn't run
		* after the context is expired.
		*
		* @example
		* const getValueFromStorage = async () => {
		*   if (ctx.isInvalid) return ctx.block();
		*
		*   // ...
		* }
		*/
		block() {
			return new Promise(() => {});
		}
		/**
		* Wrapper around `window.setInterval` that automatically clears the interval when invalidated.
		*
		* Intervals can be cleared by calling the normal `clearInterval` function.
		*/
		setInterval(handler, timeout) {
			const id = setInterval(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearInterval(id));
			return id;
		}
		/**
		* Wrapper around `window.setTimeout` that automatically clears the interval when invalidated.
		*
		* Timeouts can be cleared by calling the normal `setTimeout` function.
		*/
		setTimeout(handler, timeout) {
			const id = setTimeout(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearTimeout(id));
			return id;
		}
		/**
		* Wrapper around `window.requestAnimationFrame` that automatically cancels the request when
		* invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelAnimationFrame` function.
		*/
		requestAnimationFrame(callback) {
			const id = requestAnimationFrame((...args) => {
				if (this.isValid) callback(...args);
			});
			this.onInvalidated(() => cancelAnimationFrame(id));
			return id;
		}
		/**
		* Wrapper around `window.requestIdleCallback` that automatically cancels the request when
		* invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelIdleCallback` function.
		*/
		requestIdleCallback(callback, options) {
			const id = requestIdleCallback((...args) => {
				if (!this.signal.aborted) callback(...args);
			}, options);
			this.onInvalidated(() => cancelIdleCallback(id));
			return id;
		}
		addEventListener(target, type, handler, options) {
			if (type === "wxt:locationchange") {
				if (this.isValid) this.locationWatcher.run();
			}
			target.addEventListener?.(type.startsWith("wxt:") ? getUniqueEventName(type) : type, handler, {
				...options,
				signal: this.signal
			});
		}
		/**
		* @internal
		* Abort the abort controller and execute all `onInvalidated` listeners.
		*/
		notifyInvalidated() {
			this.abort("Content script context invalidated");
			logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
		}
		stopOldScripts() {
			window.postMessage({
				type: ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE,
				contentScriptName: this.contentScriptName,
				messageId: Math.random().toString(36).slice(2)
			}, "*");
		}
		verifyScriptStartedEvent(event) {
			const isScriptStartedEvent = event.data?.type === ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
			const isSameContentScript = event.data?.contentScriptName === this.contentScriptName;
			const isNotDuplicate = !this.receivedMessageIds.has(event.data?.messageId);
			return isScriptStartedEvent && isSameContentScript && isNotDuplicate;
		}
		listenForNewerScripts(options) {
			let isFirst = true;
			const cb = (event) => {
				if (this.verifyScriptStartedEvent(event)) {
					this.receivedMessageIds.add(event.data.messageId);
					const wasFirst = isFirst;
					isFirst = false;
					if (wasFirst && options?.ignoreFirstEvent) return;
					this.notifyInvalidated();
				}
			};
			addEventListener("message", cb);
			this.onInvalidated(() => removeEventListener("message", cb));
		}
	};
	// \0virtual:wxt-content-script-isolated-world-entrypoint?/work/main/entrypoints/profile.content/index.ts
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (async () => {
		try {
			const { main, ...options } = profile_content_default;
			return await main(new ContentScriptContext("profile", options));
		} catch (err) {
			logger.error(`The content script "profile" crashed on startup!`, err);
			throw err;
		}
	})();
})();
profile;