var background = (function() {
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	// node_modules/wxt/dist/utils/define-background.mjs
	function defineBackground(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// node_modules/@wxt-dev/browser/src/index.mjs
	var browser$1 = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// node_modules/wxt/dist/browser.mjs
	var browser = browser$1;
	// node_modules/@aklinker1/zero-serialize-error/dist/index.mjs
	var e = `string`;
	var t$1 = `object`;
	function n(n) {
		return n != null && typeof n === t$1 && typeof n.name === e && typeof n.message === e && typeof n.stack === e;
	}
	function r(e) {
		if (typeof e !== t$1 || e == null) return e;
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
		if (e == null || typeof e !== t$1) return e;
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
	/** Name of the runtime port over which the background announces changes to open pages. */
	var CHANGE_FEED_PORT = "maille:changes";
	// entrypoints/background/change-feed.ts
	var ports = /* @__PURE__ */ new Set();
	/**
	* Keeps a page's change-feed port until the page goes away. The port's name carries the page's
	* session (`maille:changes:<session>`): `onSession` hears it open and close, so that the drafts
	* of a page that closed get saved.
	*/
	function acceptChangeFeedPort(port, onSession) {
		if (port.name !== "maille:changes" && !port.name.startsWith(`maille:changes:`)) return;
		const session = port.name.slice(CHANGE_FEED_PORT.length + 1);
		ports.add(port);
		if (session) onSession?.opened(session);
		port.onDisconnect.addListener(() => {
			ports.delete(port);
			if (session) onSession?.closed(session);
		});
	}
	/** Tells every open page (sidebars in any tab, dashboard) what changed. */
	function publishChange(notice) {
		for (const port of ports) try {
			port.postMessage(notice);
		} catch {
			ports.delete(port);
		}
	}
	// node_modules/node-diff3/dist/diff3.mjs
	function LCS(buffer1, buffer2) {
		let equivalenceClasses = Object.create(null);
		for (let j = 0; j < buffer2.length; j++) {
			const item = buffer2[j];
			if (equivalenceClasses[item]) equivalenceClasses[item].push(j);
			else equivalenceClasses[item] = [j];
		}
		let candidates = [{
			buffer1index: -1,
			buffer2index: -1,
			chain: null
		}];
		for (let i = 0; i < buffer1.length; i++) {
			const buffer2indices = equivalenceClasses[buffer1[i]] || [];
			let r = 0;
			let c = candidates[0];
			for (const j of buffer2indices) {
				let s;
				for (s = r; s < candidates.length; s++) if (candidates[s].buffer2index < j && (s === candidates.length - 1 || candidates[s + 1].buffer2index > j)) break;
				if (s < candidates.length) {
					const newCandidate = {
						buffer1index: i,
						buffer2index: j,
						chain: candidates[s]
					};
					if (r === candidates.length) candidates.push(c);
					else candidates[r] = c;
					r = s + 1;
					c = newCandidate;
					if (r === candidates.length) break;
				}
			}
			candidates[r] = c;
		}
		return candidates[candidates.length - 1];
	}
	function diffIndices(buffer1, buffer2) {
		const lcs = LCS(buffer1, buffer2);
		let result = [];
		let tail1 = buffer1.length;
		let tail2 = buffer2.length;
		for (let candidate = lcs; candidate !== null; candidate = candidate.chain) {
			const mismatchLength1 = tail1 - candidate.buffer1index - 1;
			const mismatchLength2 = tail2 - candidate.buffer2index - 1;
			tail1 = candidate.buffer1index;
			tail2 = candidate.buffer2index;
			if (mismatchLength1 || mismatchLength2) result.push({
				buffer1: [tail1 + 1, mismatchLength1],
				buffer1Content: buffer1.slice(tail1 + 1, tail1 + 1 + mismatchLength1),
				buffer2: [tail2 + 1, mismatchLength2],
				buffer2Content: buffer2.slice(tail2 + 1, tail2 + 1 + mismatchLength2)
			});
		}
		result.reverse();
		return result;
	}
	function diff3MergeRegions(a, o, b) {
		let hunks = [];
		function addHunk(h, ab) {
			hunks.push({
				ab,
				oStart: h.buffer1[0],
				oLength: h.buffer1[1],
				abStart: h.buffer2[0],
				abLength: h.buffer2[1]
			});
		}
		diffIndices(o, a).forEach((item) => addHunk(item, "a"));
		diffIndices(o, b).forEach((item) => addHunk(item, "b"));
		hunks.sort((x, y) => x.oStart - y.oStart);
		let results = [];
		let currOffset = 0;
		function advanceTo(endOffset) {
			if (endOffset > currOffset) {
				results.push({
					stable: true,
					buffer: "o",
					bufferStart: currOffset,
					bufferLength: endOffset - currOffset,
					bufferContent: o.slice(currOffset, endOffset)
				});
				currOffset = endOffset;
			}
		}
		while (hunks.length) {
			let hunk = hunks.shift();
			let regionStart = hunk.oStart;
			let regionEnd = hunk.oStart + hunk.oLength;
			let regionHunks = [hunk];
			advanceTo(regionStart);
			while (hunks.length) {
				const nextHunk = hunks[0];
				const nextHunkStart = nextHunk.oStart;
				if (nextHunkStart > regionEnd) break;
				regionEnd = Math.max(regionEnd, nextHunkStart + nextHunk.oLength);
				regionHunks.push(hunks.shift());
			}
			if (regionHunks.length === 1) {
				if (hunk.abLength > 0) {
					const buffer = hunk.ab === "a" ? a : b;
					results.push({
						stable: true,
						buffer: hunk.ab,
						bufferStart: hunk.abStart,
						bufferLength: hunk.abLength,
						bufferContent: buffer.slice(hunk.abStart, hunk.abStart + hunk.abLength)
					});
				}
			} else {
				let bounds = {
					a: [
						a.length,
						-1,
						o.length,
						-1
					],
					b: [
						b.length,
						-1,
						o.length,
						-1
					]
				};
				while (regionHunks.length) {
					hunk = regionHunks.shift();
					const oStart = hunk.oStart;
					const oEnd = oStart + hunk.oLength;
					const abStart = hunk.abStart;
					const abEnd = abStart + hunk.abLength;
					let b2 = bounds[hunk.ab];
					b2[0] = Math.min(abStart, b2[0]);
					b2[1] = Math.max(abEnd, b2[1]);
					b2[2] = Math.min(oStart, b2[2]);
					b2[3] = Math.max(oEnd, b2[3]);
				}
				const aStart = bounds.a[0] + (regionStart - bounds.a[2]);
				const aEnd = bounds.a[1] + (regionEnd - bounds.a[3]);
				const bStart = bounds.b[0] + (regionStart - bounds.b[2]);
				const bEnd = bounds.b[1] + (regionEnd - bounds.b[3]);
				let result = {
					stable: false,
					aStart,
					aLength: aEnd - aStart,
					aContent: a.slice(aStart, aEnd),
					oStart: regionStart,
					oLength: regionEnd - regionStart,
					oContent: o.slice(regionStart, regionEnd),
					bStart,
					bLength: bEnd - bStart,
					bContent: b.slice(bStart, bEnd)
				};
				results.push(result);
			}
			currOffset = regionEnd;
		}
		advanceTo(o.length);
		return results;
	}
	function diff3Merge(a, o, b, options) {
		options = Object.assign({
			excludeFalseConflicts: true,
			stringSeparator: /\s+/
		}, options);
		if (typeof a === "string") a = a.split(options.stringSeparator);
		if (typeof o === "string") o = o.split(options.stringSeparator);
		if (typeof b === "string") b = b.split(options.stringSeparator);
		let results = [];
		const regions = diff3MergeRegions(a, o, b);
		let okBuffer = [];
		function flushOk() {
			if (okBuffer.length) results.push({ ok: okBuffer });
			okBuffer = [];
		}
		function isFalseConflict(a2, b2) {
			if (a2.length !== b2.length) return false;
			for (let i = 0; i < a2.length; i++) if (a2[i] !== b2[i]) return false;
			return true;
		}
		regions.forEach((region) => {
			if (region.stable) okBuffer.push(...region.bufferContent);
			else if (options.excludeFalseConflicts && isFalseConflict(region.aContent, region.bContent)) okBuffer.push(...region.aContent);
			else {
				flushOk();
				results.push({ conflict: {
					a: region.aContent,
					aIndex: region.aStart,
					o: region.oContent,
					oIndex: region.oStart,
					b: region.bContent,
					bIndex: region.bStart
				} });
			}
		});
		flushOk();
		return results;
	}
	// core/text-merge.ts
	/** Words and the white space between them: edits in different words of one line merge. */
	function tokens(text) {
		return text.split(/(\s+)/).filter(Boolean);
	}
	/**
	* Three-way merge of a text edited in two places from the same `base`: `theirs` (stored
	* meanwhile) and `mine` (this page's). Clean when the two edits touch different words, or make the
	* same change; otherwise not, and the person chooses.
	*/
	function mergeText(base, theirs, mine) {
		if (theirs === base || theirs === mine) return {
			clean: true,
			text: mine
		};
		if (mine === base) return {
			clean: true,
			text: theirs
		};
		const regions = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
		if (regions.some((region) => region.conflict)) return { clean: false };
		return {
			clean: true,
			text: regions.flatMap((region) => region.ok ?? []).join("")
		};
	}
	/**
	* Both texts, nothing lost: what a person gets when two edits of the same words cannot be
	* merged and they choose "Keep both" (or when a tab closed before they could choose).
	*/
	function keepBoth(theirs, mine) {
		if (!theirs.trim()) return mine;
		if (!mine.trim()) return theirs;
		return `${mine.trimEnd()}\n\n${theirs.trimStart()}`;
	}
	crypto.randomUUID();
	/** A stored value read back as a draft, checked field by field (storage is shared by all pages). */
	function asDraft(value) {
		if (typeof value !== "object" || value === null) return null;
		const { contactId, session, base, text, at } = value;
		if (typeof contactId !== "string" || typeof session !== "string" || typeof base !== "string" || typeof text !== "string") return null;
		if (typeof at !== "number" || !Number.isFinite(at)) return null;
		return {
			contactId,
			session,
			base,
			text,
			at
		};
	}
	// node_modules/valibot/dist/index.mjs
	var store$4;
	var DEFAULT_CONFIG = {
		lang: void 0,
		message: void 0,
		abortEarly: void 0,
		abortPipeEarly: void 0
	};
	/**
	* Returns the global configuration.
	*
	* @param config The config to merge.
	*
	* @returns The configuration.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getGlobalConfig(config$1) {
		if (!config$1 && !store$4) return DEFAULT_CONFIG;
		return {
			lang: config$1?.lang ?? store$4?.lang,
			message: config$1?.message,
			abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
			abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
		};
	}
	var store$3;
	/**
	* Returns a global error message.
	*
	* @param lang The language of the message.
	*
	* @returns The error message.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getGlobalMessage(lang) {
		return store$3?.get(lang);
	}
	var store$2;
	/**
	* Returns a schema error message.
	*
	* @param lang The language of the message.
	*
	* @returns The error message.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getSchemaMessage(lang) {
		return store$2?.get(lang);
	}
	var store$1;
	/**
	* Returns a specific error message.
	*
	* @param reference The identifier reference.
	* @param lang The language of the message.
	*
	* @returns The error message.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getSpecificMessage(reference, lang) {
		return store$1?.get(reference)?.get(lang);
	}
	/**
	* Stringifies an unknown input to a literal or type string.
	*
	* @param input The unknown input.
	*
	* @returns A literal or type string.
	*
	* @internal
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function _stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
		if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
		return type;
	}
	/**
	* Adds an issue to the dataset.
	*
	* @param context The issue context.
	* @param label The issue label.
	* @param dataset The input dataset.
	* @param config The configuration.
	* @param other The optional props.
	*
	* @internal
	*/
	function _addIssue(context, label, dataset, config$1, other) {
		const input = other && "input" in other ? other.input : dataset.value;
		const expected = other?.expected ?? context.expects ?? null;
		const received = other?.received ?? /* @__PURE__ */ _stringify(input);
		const issue = {
			kind: context.kind,
			type: context.type,
			input,
			expected,
			received,
			message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
			requirement: context.requirement,
			path: other?.path,
			issues: other?.issues,
			lang: config$1.lang,
			abortEarly: config$1.abortEarly,
			abortPipeEarly: config$1.abortPipeEarly
		};
		const isSchema = context.kind === "schema";
		const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
		if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
		if (isSchema) dataset.typed = false;
		if (dataset.issues) dataset.issues.push(issue);
		else dataset.issues = [issue];
	}
	/**
	* Compares two values using the SameValueZero algorithm, which treats `NaN`
	* as equal to itself unlike `===`.
	*
	* @param value1 The first value.
	* @param value2 The second value.
	*
	* @returns Whether the values are equal.
	*
	* @internal
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function _isSameValueZero(value1, value2) {
		return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
	}
	/**
	* Disallows inherited object properties and prevents object prototype
	* pollution by disallowing certain keys.
	*
	* @param object The object to check.
	* @param key The key to check.
	*
	* @returns Whether the key is allowed.
	*
	* @internal
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function _isValidObjectKey(object$1, key) {
		return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
	}
	/**
	* Joins multiple `expects` values with the given separator.
	*
	* @param values The `expects` values.
	* @param separator The separator.
	*
	* @returns The joined `expects` property.
	*
	* @internal
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function _joinExpects(values$1, separator) {
		const list = [...new Set(values$1)];
		if (list.length > 1) return `(${list.join(` ${separator} `)})`;
		return list[0] ?? "never";
	}
	/**
	* Eagerly creates and attaches the Standard Schema properties of a schema.
	*
	* Hint: The contextual `this` type includes the standard properties that are
	* attached before the schema is returned.
	*
	* @param schema The schema to attach standard properties to.
	*
	* @returns The schema with standard properties attached.
	*
	* @internal
	*/
	function _standardSchema(schema) {
		schema["~standard"] = {
			version: 1,
			vendor: "valibot",
			validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
		};
		return schema;
	}
	/* @__NO_SIDE_EFFECTS__ */
	function getDotPath(issue) {
		if (issue.path) {
			let key = "";
			for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
			else key += item.key;
			else return null;
			return key;
		}
		return null;
	}
	/* @__NO_SIDE_EFFECTS__ */
	function check$2(requirement, message$1) {
		return {
			kind: "validation",
			type: "check",
			reference: check$2,
			async: false,
			expects: null,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function finite(message$1) {
		return {
			kind: "validation",
			type: "finite",
			reference: finite,
			async: false,
			expects: null,
			requirement: Number.isFinite,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function integer(message$1) {
		return {
			kind: "validation",
			type: "integer",
			reference: integer,
			async: false,
			expects: null,
			requirement: Number.isInteger,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function maxLength(requirement, message$1) {
		return {
			kind: "validation",
			type: "max_length",
			reference: maxLength,
			async: false,
			expects: `<=${requirement}`,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function maxValue(requirement, message$1) {
		return {
			kind: "validation",
			type: "max_value",
			reference: maxValue,
			async: false,
			expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function minLength(requirement, message$1) {
		return {
			kind: "validation",
			type: "min_length",
			reference: minLength,
			async: false,
			expects: `>=${requirement}`,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function minValue(requirement, message$1) {
		return {
			kind: "validation",
			type: "min_value",
			reference: minValue,
			async: false,
			expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function nonEmpty(message$1) {
		return {
			kind: "validation",
			type: "non_empty",
			reference: nonEmpty,
			async: false,
			expects: "!0",
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
				return dataset;
			}
		};
	}
	/**
	* Creates a raw check validation action.
	*
	* @param action The validation action.
	*
	* @returns A raw check action.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function rawCheck(action) {
		return {
			kind: "validation",
			type: "raw_check",
			reference: rawCheck,
			async: false,
			expects: null,
			"~run"(dataset, config$1) {
				action({
					dataset,
					config: config$1,
					addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
				});
				return dataset;
			}
		};
	}
	/* @__NO_SIDE_EFFECTS__ */
	function regex(requirement, message$1) {
		return {
			kind: "validation",
			type: "regex",
			reference: regex,
			async: false,
			expects: `${requirement}`,
			requirement,
			message: message$1,
			"~run"(dataset, config$1) {
				if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
				return dataset;
			}
		};
	}
	/**
	* Creates a trim transformation action.
	*
	* @returns A trim action.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function trim() {
		return {
			kind: "transformation",
			type: "trim",
			reference: trim,
			async: false,
			"~run"(dataset) {
				dataset.value = dataset.value.trim();
				return dataset;
			}
		};
	}
	var ABORT_EARLY_CONFIG = { abortEarly: true };
	/**
	* Returns the fallback value of the schema.
	*
	* @param schema The schema to get it from.
	* @param dataset The output dataset if available.
	* @param config The config if available.
	*
	* @returns The fallback value.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getFallback(schema, dataset, config$1) {
		return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
	}
	/**
	* Returns the default value of the schema.
	*
	* @param schema The schema to get it from.
	* @param dataset The input dataset if available.
	* @param config The config if available.
	*
	* @returns The default value.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function getDefault(schema, dataset, config$1) {
		return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
	}
	/* @__NO_SIDE_EFFECTS__ */
	function array(item, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "array",
			reference: array,
			expects: "Array",
			async: false,
			item,
			message: message$1,
			"~run"(dataset, config$1) {
				const input = dataset.value;
				if (Array.isArray(input)) {
					dataset.typed = true;
					dataset.value = [];
					for (let key = 0; key < input.length; key++) {
						const value$1 = input[key];
						const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
						if (itemDataset.issues) {
							const pathItem = {
								type: "array",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of itemDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = itemDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!itemDataset.typed) dataset.typed = false;
						dataset.value.push(itemDataset.value);
					}
				} else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function boolean(message$1) {
		return _standardSchema({
			kind: "schema",
			type: "boolean",
			reference: boolean,
			expects: "boolean",
			async: false,
			message: message$1,
			"~run"(dataset, config$1) {
				if (typeof dataset.value === "boolean") dataset.typed = true;
				else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function literal(literal_, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "literal",
			reference: literal,
			expects: /* @__PURE__ */ _stringify(literal_),
			async: false,
			literal: literal_,
			message: message$1,
			"~run"(dataset, config$1) {
				if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
				else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function nullable(wrapped, default_) {
		return _standardSchema({
			kind: "schema",
			type: "nullable",
			reference: nullable,
			expects: `(${wrapped.expects} | null)`,
			async: false,
			wrapped,
			default: default_,
			"~run"(dataset, config$1) {
				if (dataset.value === null) {
					if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
					if (dataset.value === null) {
						dataset.typed = true;
						return dataset;
					}
				}
				return this.wrapped["~run"](dataset, config$1);
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function number(message$1) {
		return _standardSchema({
			kind: "schema",
			type: "number",
			reference: number,
			expects: "number",
			async: false,
			message: message$1,
			"~run"(dataset, config$1) {
				if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
				else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function object(entries$1, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "object",
			reference: object,
			expects: "Object",
			async: false,
			entries: entries$1,
			message: message$1,
			"~run"(dataset, config$1) {
				const input = dataset.value;
				if (input && typeof input === "object") {
					dataset.typed = true;
					dataset.value = {};
					for (const key in this.entries) {
						const valueSchema = this.entries[key];
						if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
							const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
							const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
							if (valueDataset.issues) {
								const pathItem = {
									type: "object",
									origin: "value",
									input,
									key,
									value: value$1
								};
								for (const issue of valueDataset.issues) {
									if (issue.path) issue.path.unshift(pathItem);
									else issue.path = [pathItem];
									dataset.issues?.push(issue);
								}
								if (!dataset.issues) dataset.issues = valueDataset.issues;
								if (config$1.abortEarly) {
									dataset.typed = false;
									break;
								}
							}
							if (!valueDataset.typed) dataset.typed = false;
							dataset.value[key] = valueDataset.value;
						} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
						else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
							_addIssue(this, "key", dataset, config$1, {
								input: void 0,
								expected: `"${key}"`,
								path: [{
									type: "object",
									origin: "key",
									input,
									key,
									value: input[key]
								}]
							});
							if (config$1.abortEarly) break;
						}
					}
				} else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function optional(wrapped, default_) {
		return _standardSchema({
			kind: "schema",
			type: "optional",
			reference: optional,
			expects: `(${wrapped.expects} | undefined)`,
			async: false,
			wrapped,
			default: default_,
			"~run"(dataset, config$1) {
				if (dataset.value === void 0) {
					if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
					if (dataset.value === void 0) {
						dataset.typed = true;
						return dataset;
					}
				}
				return this.wrapped["~run"](dataset, config$1);
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function picklist(options, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "picklist",
			reference: picklist,
			expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
			async: false,
			options,
			message: message$1,
			"~run"(dataset, config$1) {
				if (this.options.includes(dataset.value)) dataset.typed = true;
				else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function record(key, value$1, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "record",
			reference: record,
			expects: "Object",
			async: false,
			key,
			value: value$1,
			message: message$1,
			"~run"(dataset, config$1) {
				const input = dataset.value;
				if (input && typeof input === "object") {
					dataset.typed = true;
					dataset.value = {};
					for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
						const entryValue = input[entryKey];
						const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
						if (keyDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "key",
								input,
								key: entryKey,
								value: entryValue
							};
							for (const issue of keyDataset.issues) {
								issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = keyDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key: entryKey,
								value: entryValue
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
						if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
					}
				} else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function string(message$1) {
		return _standardSchema({
			kind: "schema",
			type: "string",
			reference: string,
			expects: "string",
			async: false,
			message: message$1,
			"~run"(dataset, config$1) {
				if (typeof dataset.value === "string") dataset.typed = true;
				else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/**
	* Returns the sub issues of the provided datasets for the union issue.
	*
	* @param datasets The datasets.
	*
	* @returns The sub issues.
	*
	* @internal
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function _subIssues(datasets) {
		let issues;
		if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
		else issues = dataset.issues;
		return issues;
	}
	/* @__NO_SIDE_EFFECTS__ */
	function union(options, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "union",
			reference: union,
			expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
			async: false,
			options,
			message: message$1,
			"~run"(dataset, config$1) {
				let validDataset;
				let typedDatasets;
				let untypedDatasets;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
					if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
					else typedDatasets = [optionDataset];
					else {
						validDataset = optionDataset;
						break;
					}
					else if (untypedDatasets) untypedDatasets.push(optionDataset);
					else untypedDatasets = [optionDataset];
				}
				if (validDataset) return validDataset;
				if (typedDatasets) {
					if (typedDatasets.length === 1) return typedDatasets[0];
					_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
					dataset.typed = true;
				} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
				else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
				return dataset;
			}
		});
	}
	/**
	* Creates a unknown schema.
	*
	* @returns A unknown schema.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function unknown() {
		return _standardSchema({
			kind: "schema",
			type: "unknown",
			reference: unknown,
			expects: "unknown",
			async: false,
			"~run"(dataset) {
				dataset.typed = true;
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function variant(key, options, message$1) {
		return _standardSchema({
			kind: "schema",
			type: "variant",
			reference: variant,
			expects: "Object",
			async: false,
			key,
			options,
			message: message$1,
			"~run"(dataset, config$1) {
				const input = dataset.value;
				if (input && typeof input === "object") {
					let outputDataset;
					let maxDiscriminatorPriority = 0;
					let invalidDiscriminatorKey = this.key;
					let expectedDiscriminators = [];
					const parseOptions = (variant$1, allKeys) => {
						for (const schema of variant$1.options) {
							if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
							else {
								let keysAreValid = true;
								let currentPriority = 0;
								for (const currentKey of allKeys) {
									const discriminatorSchema = schema.entries[currentKey];
									if (currentKey in input ? discriminatorSchema["~run"]({
										typed: false,
										value: input[currentKey]
									}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
										keysAreValid = false;
										if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
											maxDiscriminatorPriority = currentPriority;
											invalidDiscriminatorKey = currentKey;
											expectedDiscriminators = [];
										}
										if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
										break;
									}
									currentPriority++;
								}
								if (keysAreValid) {
									const optionDataset = schema["~run"]({ value: input }, config$1);
									if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
								}
							}
							if (outputDataset && !outputDataset.issues) break;
						}
					};
					parseOptions(this, /* @__PURE__ */ new Set([this.key]));
					if (outputDataset) return outputDataset;
					_addIssue(this, "type", dataset, config$1, {
						input: input[invalidDiscriminatorKey],
						expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
						path: [{
							type: "object",
							origin: "value",
							input,
							key: invalidDiscriminatorKey,
							value: input[invalidDiscriminatorKey]
						}]
					});
				} else _addIssue(this, "type", dataset, config$1);
				return dataset;
			}
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function partial(schema, keys) {
		const entries$1 = {};
		for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
		return _standardSchema({
			...schema,
			entries: entries$1
		});
	}
	/* @__NO_SIDE_EFFECTS__ */
	function pipe(...pipe$1) {
		return _standardSchema({
			...pipe$1[0],
			pipe: pipe$1,
			"~run"(dataset, config$1) {
				for (const item of pipe$1) if (item.kind !== "metadata") {
					if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
						dataset.typed = false;
						break;
					}
					if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
				}
				return dataset;
			}
		});
	}
	/**
	* Parses an unknown input based on a schema.
	*
	* @param schema The schema to be used.
	* @param input The input to be parsed.
	* @param config The parse configuration.
	*
	* @returns The parse result.
	*/
	/* @__NO_SIDE_EFFECTS__ */
	function safeParse(schema, input, config$1) {
		const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
		return {
			typed: dataset.typed,
			success: !dataset.issues,
			output: dataset.value,
			issues: dataset.issues
		};
	}
	// node_modules/@date-fns/tz/tzName/index.js
	/**
	* Time zone name format.
	*/
	/**
	* The function returns the time zone name for the given date in the specified
	* time zone.
	*
	* It uses the `Intl.DateTimeFormat` API and by default outputs the time zone
	* name in a long format, e.g. "Pacific Standard Time" or
	* "Singapore Standard Time".
	*
	* It is possible to specify the format as the third argument using one of the following options
	*
	* - "short": e.g. "EDT" or "GMT+8".
	* - "long": e.g. "Eastern Daylight Time".
	* - "shortGeneric": e.g. "ET" or "Singapore Time".
	* - "longGeneric": e.g. "Eastern Time" or "Singapore Standard Time".
	*
	* These options correspond to TR35 tokens `z..zzz`, `zzzz`, `v`, and `vvvv` respectively: https://www.unicode.org/reports/tr35/tr35-dates.html#dfst-zone
	*
	* @param timeZone - Time zone name (IANA or UTC offset)
	* @param date - Date object to get the time zone name for
	* @param format - Optional format of the time zone name. Defaults to "long". Can be "short", "long", "shortGeneric", or "longGeneric".
	*
	* @returns Time zone name (e.g. "Singapore Standard Time")
	*/
	function tzName(timeZone, date, format = "long") {
		return new Intl.DateTimeFormat("en-US", {
			hour: "numeric",
			timeZone,
			timeZoneName: format
		}).format(date).split(/\s/g).slice(2).join(" ");
	}
	// node_modules/@date-fns/tz/tzOffset/index.js
	var offsetFormatCache = {};
	var offsetCache = {};
	/**
	* The function returns UTC offset in minutes for the given date in specified
	* time zone.
	*
	* Unlike `Date.prototype.getTimezoneOffset`, this function returns the value
	* mirrored to the sign of the offset in the time zone. For Asia/Singapore
	* (UTC+8), `tzOffset` returns `480`, while `getTimezoneOffset` returns `-480`.
	*
	* It uses `Intl.DateTimeFormat` internally to access otherwise unavailable
	* runtime's time zone data, and falls back to basic manual parsing if Intl API
	* is not supported (e.g., older Node.js versions, React Native's Hermes, etc.).
	*
	* @param timeZone - Time zone name (IANA or UTC offset).
	* @param date - Date to check the offset for.
	*
	* @returns UTC offset in minutes (e.g., `480` for date in UTC+8).
	*/
	function tzOffset(timeZone, date) {
		try {
			const offsetStr = (offsetFormatCache[timeZone] ||= new Intl.DateTimeFormat("en-US", {
				timeZone,
				timeZoneName: "longOffset"
			}).format)(date).split("GMT")[1];
			if (offsetStr in offsetCache) return offsetCache[offsetStr];
			return calcOffset(offsetStr, offsetStr.split(":"));
		} catch {
			if (timeZone in offsetCache) return offsetCache[timeZone];
			const captures = timeZone?.match(offsetRe);
			if (captures) return calcOffset(timeZone, captures.slice(1));
			return NaN;
		}
	}
	var offsetRe = /([+-]\d\d):?(\d\d)?/;
	function calcOffset(cacheStr, values) {
		const hours = +(values[0] || 0);
		const minutes = +(values[1] || 0);
		const seconds = +(values[2] || 0) / 60;
		return offsetCache[cacheStr] = hours * 60 + minutes > 0 ? hours * 60 + minutes + seconds : hours * 60 - minutes - seconds;
	}
	// node_modules/@date-fns/tz/date/mini.js
	var TZDateMini = class TZDateMini extends Date {
		constructor(...args) {
			super();
			if (args.length > 1 && typeof args[args.length - 1] === "string") this.timeZone = args.pop();
			this.internal = /* @__PURE__ */ new Date();
			if (isNaN(tzOffset(this.timeZone, this))) this.setTime(NaN);
			else if (!args.length) this.setTime(Date.now());
			else if (typeof args[0] === "number" && (args.length === 1 || args.length === 2 && typeof args[1] !== "number")) this.setTime(args[0]);
			else if (typeof args[0] === "string") this.setTime(+new Date(args[0]));
			else if (args[0] instanceof Date) this.setTime(+args[0]);
			else {
				this.setTime(+new Date(...args));
				adjustToSystemTZ(this, args);
			}
		}
		static tz(tz, ...args) {
			return args.length ? new TZDateMini(...args, tz) : new TZDateMini(Date.now(), tz);
		}
		withTimeZone(timeZone) {
			return new TZDateMini(+this, timeZone);
		}
		getTimezoneOffset() {
			const offset = -tzOffset(this.timeZone, this);
			return offset > 0 ? Math.floor(offset) : Math.ceil(offset);
		}
		setTime(_time) {
			Date.prototype.setTime.apply(this, arguments);
			syncToInternal(this);
			return +this;
		}
		[Symbol.for("constructDateFrom")](date) {
			return new TZDateMini(+new Date(date), this.timeZone);
		}
	};
	var re = /^(get|set)(?!UTC)/;
	Object.getOwnPropertyNames(Date.prototype).forEach((method) => {
		if (!re.test(method)) return;
		const utcMethod = method.replace(re, "$1UTC");
		if (!TZDateMini.prototype[utcMethod]) return;
		if (method.startsWith("get")) TZDateMini.prototype[method] = function() {
			return this.internal[utcMethod]();
		};
		else {
			TZDateMini.prototype[method] = function() {
				Date.prototype[utcMethod].apply(this.internal, arguments);
				syncFromInternal(this);
				return +this;
			};
			TZDateMini.prototype[utcMethod] = function() {
				Date.prototype[utcMethod].apply(this, arguments);
				syncToInternal(this);
				return +this;
			};
		}
	});
	/**
	* @internal
	* Function syncs time to internal date, applying the current time zone offset.
	*
	* @param {Date} date - `Date` to sync
	*/
	function syncToInternal(date) {
		date.internal.setTime(+date);
		date.internal.setUTCSeconds(date.internal.getUTCSeconds() - Math.round(-tzOffset(date.timeZone, date) * 60));
	}
	/**
	* @internal
	* Function syncs internal wall-clock fields into the external date.
	*
	* @param {Date} date - The date to sync
	*/
	function syncFromInternal(date) {
		Date.prototype.setFullYear.call(date, date.internal.getUTCFullYear(), date.internal.getUTCMonth(), date.internal.getUTCDate());
		Date.prototype.setHours.call(date, date.internal.getUTCHours(), date.internal.getUTCMinutes(), date.internal.getUTCSeconds(), date.internal.getUTCMilliseconds());
		adjustToSystemTZ(date);
	}
	/**
	* @internal
	* Function adjusts the date to the system time zone. It uses the time zone
	* differences to calculate the offset and adjust the date.
	*
	* We use it when constructing `TZDate` and syncing the external date from
	* the internal one.
	*
	* @param {TZDate} date - `TZDate` to adjust.
	*/
	function adjustToSystemTZ(date, constructorArgs) {
		const expectedInternalTime = Array.isArray(constructorArgs) ? constructorArgsToInternalTime(constructorArgs) : +date.internal;
		const offsetWithSeconds = tzOffset(date.timeZone, date);
		const offset = offsetWithSeconds > 0 ? Math.floor(offsetWithSeconds) : Math.ceil(offsetWithSeconds);
		const prevHour = /* @__PURE__ */ new Date(+date);
		prevHour.setUTCHours(prevHour.getUTCHours() - 1);
		const systemOffset = -(/* @__PURE__ */ new Date(+date)).getTimezoneOffset();
		const prevHourSystemOffset = -(/* @__PURE__ */ new Date(+prevHour)).getTimezoneOffset();
		const systemDSTChange = systemOffset - prevHourSystemOffset;
		let systemOffsetForDiff = systemOffset;
		if (systemDSTChange && systemOffset !== offset) {
			if (Date.prototype.getHours.apply(date) !== (Array.isArray(constructorArgs) ? constructorArgs[3] || 0 : date.internal.getUTCHours())) {
				const testDate = /* @__PURE__ */ new Date(+date);
				const testOffsetDiff = systemOffset - offset;
				if (testOffsetDiff) testDate.setUTCMinutes(testDate.getUTCMinutes() + testOffsetDiff);
				const testOffsetWithSeconds = tzOffset(date.timeZone, testDate);
				if ((testOffsetWithSeconds > 0 ? Math.floor(testOffsetWithSeconds) : Math.ceil(testOffsetWithSeconds)) === offset) systemOffsetForDiff = prevHourSystemOffset;
			}
		}
		const offsetDiff = systemOffsetForDiff - offset;
		if (offsetDiff) Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + offsetDiff);
		const systemDate = /* @__PURE__ */ new Date(+date);
		systemDate.setUTCSeconds(0);
		const systemSecondsOffset = systemOffset > 0 ? systemDate.getSeconds() : (systemDate.getSeconds() - 60) % 60;
		const secondsOffset = Math.round(-(tzOffset(date.timeZone, date) * 60)) % 60;
		if (secondsOffset || systemSecondsOffset) Date.prototype.setUTCSeconds.call(date, Date.prototype.getUTCSeconds.call(date) + secondsOffset + systemSecondsOffset);
		const postOffsetWithSeconds = tzOffset(date.timeZone, date);
		const postOffset = postOffsetWithSeconds > 0 ? Math.floor(postOffsetWithSeconds) : Math.ceil(postOffsetWithSeconds);
		const postOffsetDiff = -(/* @__PURE__ */ new Date(+date)).getTimezoneOffset() - postOffset;
		const offsetChanged = postOffset !== offset;
		const postDiff = postOffsetDiff - offsetDiff;
		const targetDSTShift = postOffset - offset;
		const postOffsetCandidate = expectedInternalTime - postOffset * 60 * 1e3;
		const normalizedTargetDSTGap = targetDSTShift > 0 && targetInternalTime(date) - expectedInternalTime === targetDSTShift * 60 * 1e3 && targetInternalTime(date, postOffsetCandidate) !== expectedInternalTime;
		if (offsetChanged && postDiff && !normalizedTargetDSTGap) {
			Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + postDiff);
			const newOffsetWithSeconds = tzOffset(date.timeZone, date);
			const offsetChange = postOffset - (newOffsetWithSeconds > 0 ? Math.floor(newOffsetWithSeconds) : Math.ceil(newOffsetWithSeconds));
			if (offsetChange && postDiff < 0) Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + offsetChange);
		}
		syncToInternal(date);
		const drift = (constructorArgs ? expectedInternalTime : expectedInternalTime + secondsOffset * 1e3) - +date.internal;
		if (drift && Math.abs(drift) < 18e5) {
			Date.prototype.setTime.call(date, +date + drift);
			syncToInternal(date);
		}
	}
	function constructorArgsToInternalTime(args) {
		return Date.UTC(args[0], args.length > 1 ? args[1] : 0, args.length > 2 ? args[2] : 1, ...args.slice(3));
	}
	function targetInternalTime(date, time) {
		const internal = new Date(time ?? +date);
		internal.setUTCSeconds(internal.getUTCSeconds() - Math.round(-tzOffset(date.timeZone, internal) * 60));
		return +internal;
	}
	// node_modules/@date-fns/tz/date/index.js
	var TZDate = class TZDate extends TZDateMini {
		static tz(tz, ...args) {
			return args.length ? new TZDate(...args, tz) : new TZDate(Date.now(), tz);
		}
		toISOString() {
			const [sign, hours, minutes] = this.tzComponents();
			const tz = `${sign}${hours}:${minutes}`;
			return this.internal.toISOString().slice(0, -1) + tz;
		}
		toString() {
			return `${this.toDateString()} ${this.toTimeString()}`;
		}
		toDateString() {
			const [day, date, month, year] = this.internal.toUTCString().split(" ");
			return `${day?.slice(0, -1)} ${month} ${date} ${year}`;
		}
		toTimeString() {
			const time = this.internal.toUTCString().split(" ")[4];
			const [sign, hours, minutes] = this.tzComponents();
			return `${time} GMT${sign}${hours}${minutes} (${tzName(this.timeZone, this)})`;
		}
		toLocaleString(locales, options) {
			return Date.prototype.toLocaleString.call(this, locales, {
				...options,
				timeZone: options?.timeZone || this.timeZone
			});
		}
		toLocaleDateString(locales, options) {
			return Date.prototype.toLocaleDateString.call(this, locales, {
				...options,
				timeZone: options?.timeZone || this.timeZone
			});
		}
		toLocaleTimeString(locales, options) {
			return Date.prototype.toLocaleTimeString.call(this, locales, {
				...options,
				timeZone: options?.timeZone || this.timeZone
			});
		}
		tzComponents() {
			const offset = this.getTimezoneOffset();
			return [
				offset > 0 ? "-" : "+",
				String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0"),
				String(Math.abs(offset) % 60).padStart(2, "0")
			];
		}
		withTimeZone(timeZone) {
			return new TZDate(+this, timeZone);
		}
		[Symbol.for("constructDateFrom")](date) {
			return new TZDate(+new Date(date), this.timeZone);
		}
	};
	-(Math.pow(10, 8) * 24 * 60 * 60 * 1e3);
	/**
	* @constant
	* @name millisecondsInDay
	* @summary Milliseconds in 1 day.
	*/
	var millisecondsInDay = 864e5;
	/**
	* @constant
	* @name constructFromSymbol
	* @summary Symbol enabling Date extensions to inherit properties from the reference date.
	*
	* The symbol is used to enable the `constructFrom` function to construct a date
	* using a reference date and a value. It allows to transfer extra properties
	* from the reference date to the new date. It's useful for extensions like
	* [`TZDate`](https://github.com/date-fns/tz) that accept a time zone as
	* a constructor argument.
	*/
	var constructFromSymbol = Symbol.for("constructDateFrom");
	// node_modules/date-fns/constructFrom.js
	/**
	* @name constructFrom
	* @category Generic Helpers
	* @summary Constructs a date using the reference date and the value
	*
	* @description
	* The function constructs a new date using the constructor from the reference
	* date and the given value. It helps to build generic functions that accept
	* date extensions.
	*
	* It defaults to `Date` if the passed reference date is a number or a string.
	*
	* Starting from v3.7.0, it allows to construct a date using `[Symbol.for("constructDateFrom")]`
	* enabling to transfer extra properties from the reference date to the new date.
	* It's useful for extensions like [`TZDate`](https://github.com/date-fns/tz)
	* that accept a time zone as a constructor argument.
	*
	* @typeParam DateType - The `Date` type, the function operates on. Gets inferred from passed arguments. Allows to use extensions like [`UTCDate`](https://github.com/date-fns/utc).
	*
	* @param date - The reference date to take constructor from
	* @param value - The value to create the date
	*
	* @returns Date initialized using the given date and value
	*
	* @example
	* import { constructFrom } from "./constructFrom/date-fns";
	*
	* // A function that clones a date preserving the original type
	* function cloneDate<DateType extends Date>(date: DateType): DateType {
	*   return constructFrom(
	*     date, // Use constructor from the given date
	*     date.getTime() // Use the date value to create a new date
	*   );
	* }
	*/
	function constructFrom(date, value) {
		if (typeof date === "function") return date(value);
		if (date && typeof date === "object" && constructFromSymbol in date) return date[constructFromSymbol](value);
		if (date instanceof Date) return new date.constructor(value);
		return new Date(value);
	}
	// node_modules/date-fns/toDate.js
	/**
	* @name toDate
	* @category Common Helpers
	* @summary Convert the given argument to an instance of Date.
	*
	* @description
	* Convert the given argument to an instance of Date.
	*
	* If the argument is an instance of Date, the function returns its clone.
	*
	* If the argument is a number, it is treated as a timestamp.
	*
	* If the argument is none of the above, the function returns Invalid Date.
	*
	* Starting from v3.7.0, it clones a date using `[Symbol.for("constructDateFrom")]`
	* enabling to transfer extra properties from the reference date to the new date.
	* It's useful for extensions like [`TZDate`](https://github.com/date-fns/tz)
	* that accept a time zone as a constructor argument.
	*
	* **Note**: *all* Date arguments passed to any *date-fns* function is processed by `toDate`.
	*
	* @typeParam DateType - The `Date` type, the function operates on. Gets inferred from passed arguments. Allows to use extensions like [`UTCDate`](https://github.com/date-fns/utc).
	* @typeParam ResultDate - The result `Date` type, it is the type returned from the context function if it is passed, or inferred from the arguments.
	*
	* @param argument - The value to convert
	*
	* @returns The parsed date in the local time zone
	*
	* @example
	* // Clone the date:
	* const result = toDate(new Date(2014, 1, 11, 11, 30, 30))
	* //=> Tue Feb 11 2014 11:30:30
	*
	* @example
	* // Convert the timestamp to date:
	* const result = toDate(1392098430000)
	* //=> Tue Feb 11 2014 11:30:30
	*/
	function toDate(argument, context) {
		return constructFrom(context || argument, argument);
	}
	// node_modules/date-fns/addDays.js
	/**
	* The {@link addDays} function options.
	*/
	/**
	* @name addDays
	* @category Day Helpers
	* @summary Add the specified number of days to the given date.
	*
	* @description
	* Add the specified number of days to the given date.
	*
	* **You don't need date-fns\***:
	*
	* Temporal has a built-in `add` method on all its classes:
	*
	* - [`Temporal.Instant.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/Instant/add)
	* - [`Temporal.PlainDate.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/PlainDate/add)
	* - [`Temporal.PlainDateTime.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/PlainDateTime/add)
	* - [`Temporal.PlainTime.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/PlainTime/add)
	* - [`Temporal.PlainYearMonth.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/PlainYearMonth/add)
	* - [`Temporal.ZonedDateTime.prototype.add()`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Temporal/ZonedDateTime/add)
	*
	* \* **Not really**, see: https://date-fns.org/you-dont-need-date-fns
	*
	* @typeParam DateType - The `Date` type, the function operates on. Gets inferred from passed arguments. Allows to use extensions like [`UTCDate`](https://github.com/date-fns/utc).
	* @typeParam ResultDate - The result `Date` type, it is the type returned from the context function if it is passed, or inferred from the arguments.
	*
	* @param date - The date to be changed
	* @param amount - The amount of days to be added.
	* @param options - An object with options
	*
	* @returns The new date with the days added
	*
	* @example
	* // Add 10 days to 1 September 2014:
	* const result = addDays(new Date(2014, 8, 1), 10)
	* //=> Thu Sep 11 2014 00:00:00
	*
	* @example
	* // Using Temporal:
	* // Add 10 days to 1 September 2014:
	* Temporal.PlainDate.from("2014-09-01").add({ days: 10 }).toString();
	* //=> "2014-09-11"
	*/
	function addDays(date, amount, options) {
		const _date = toDate(date, options?.in);
		if (isNaN(amount)) return constructFrom(options?.in || date, NaN);
		if (!amount) return _date;
		_date.setDate(_date.getDate() + amount);
		return _date;
	}
	// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js
	/**
	* Google Chrome as of 67.0.3396.87 introduced timezones with offset that includes seconds.
	* They usually appear for dates that denote time before the timezones were introduced
	* (e.g. for 'Europe/Prague' timezone the offset is GMT+00:57:44 before 1 October 1891
	* and GMT+01:00:00 after that date)
	*
	* Date#getTimezoneOffset returns the offset in minutes and would return 57 for the example above,
	* which would lead to incorrect calculations.
	*
	* This function returns the timezone offset in milliseconds that takes seconds in account.
	*/
	function getTimezoneOffsetInMilliseconds(date) {
		const _date = toDate(date);
		const utcDate = new Date(Date.UTC(_date.getFullYear(), _date.getMonth(), _date.getDate(), _date.getHours(), _date.getMinutes(), _date.getSeconds(), _date.getMilliseconds()));
		utcDate.setUTCFullYear(_date.getFullYear());
		return +date - +utcDate;
	}
	// node_modules/date-fns/_lib/normalizeDates.js
	function normalizeDates(context, ...dates) {
		const normalize = constructFrom.bind(null, context || dates.find((date) => typeof date === "object"));
		return dates.map(normalize);
	}
	// node_modules/date-fns/startOfDay.js
	/**
	* The {@link startOfDay} function options.
	*/
	/**
	* @name startOfDay
	* @category Day Helpers
	* @summary Return the start of a day for the given date.
	*
	* @description
	* Return the start of a day for the given date.
	* The result will be in the local timezone.
	*
	* @typeParam DateType - The `Date` type, the function operates on. Gets inferred from passed arguments. Allows to use extensions like [`UTCDate`](https://github.com/date-fns/utc).
	* @typeParam ResultDate - The result `Date` type, it is the type returned from the context function if it is passed, or inferred from the arguments.
	*
	* @param date - The original date
	* @param options - The options
	*
	* @returns The start of a day
	*
	* @example
	* // The start of a day for 2 September 2014 11:55:00:
	* const result = startOfDay(new Date(2014, 8, 2, 11, 55, 0))
	* //=> Tue Sep 02 2014 00:00:00
	*/
	function startOfDay(date, options) {
		const _date = toDate(date, options?.in);
		_date.setHours(0, 0, 0, 0);
		return _date;
	}
	// node_modules/date-fns/differenceInCalendarDays.js
	/**
	* The {@link differenceInCalendarDays} function options.
	*/
	/**
	* @name differenceInCalendarDays
	* @category Day Helpers
	* @summary Get the number of calendar days between the given dates.
	*
	* @description
	* Get the number of calendar days between the given dates. This means that the times are removed
	* from the dates and then the difference in days is calculated.
	*
	* @param laterDate - The later date
	* @param earlierDate - The earlier date
	* @param options - The options object
	*
	* @returns The number of calendar days
	*
	* @example
	* // How many calendar days are between
	* // 2 July 2011 23:00:00 and 2 July 2012 00:00:00?
	* const result = differenceInCalendarDays(
	*   new Date(2012, 6, 2, 0, 0),
	*   new Date(2011, 6, 2, 23, 0)
	* )
	* //=> 366
	* // How many calendar days are between
	* // 2 July 2011 23:59:00 and 3 July 2011 00:01:00?
	* const result = differenceInCalendarDays(
	*   new Date(2011, 6, 3, 0, 1),
	*   new Date(2011, 6, 2, 23, 59)
	* )
	* //=> 1
	*/
	function differenceInCalendarDays(laterDate, earlierDate, options) {
		const [laterDate_, earlierDate_] = normalizeDates(options?.in, laterDate, earlierDate);
		const laterStartOfDay = startOfDay(laterDate_);
		const earlierStartOfDay = startOfDay(earlierDate_);
		const laterTimestamp = +laterStartOfDay - getTimezoneOffsetInMilliseconds(laterStartOfDay);
		const earlierTimestamp = +earlierStartOfDay - getTimezoneOffsetInMilliseconds(earlierStartOfDay);
		return Math.round((laterTimestamp - earlierTimestamp) / millisecondsInDay);
	}
	var DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
	/** The time zone of this browser (IANA name). */
	function systemTimeZone() {
		return Intl.DateTimeFormat().resolvedOptions().timeZone;
	}
	/** The calendar day of an instant, `YYYY-MM-DD`: in `timeZone`, or the browser's own zone. */
	function toLocalDay(at, timeZone) {
		const d = timeZone ? new TZDate(+at, timeZone) : new Date(at);
		const pad = (n, width = 2) => String(n).padStart(width, "0");
		return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	}
	/** Noon, in the browser's zone, of a `YYYY-MM-DD` day: an instant that stays on that day across DST shifts. */
	function fromLocalDay(day) {
		const m = DAY_PATTERN.exec(day);
		if (!m) return void 0;
		const date = new Date(2e3, 0, 1, 12);
		date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
		return Number.isNaN(date.getTime()) || toLocalDay(date) !== day ? void 0 : date.getTime();
	}
	/** Local midnight, in `timeZone`, starting the day a `YYYY-MM-DD` string names; undefined when it is not a day. */
	function dayStart(day, timeZone) {
		const m = DAY_PATTERN.exec(day);
		if (!m) return void 0;
		const date = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), timeZone);
		return date.getFullYear() === Number(m[1]) && date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date.getTime() : void 0;
	}
	/** Local midnight `days` calendar days after the day of `at` (0: the start of that day). */
	function midnightAfter(at, days, timeZone) {
		return addDays(startOfDay(new TZDate(at, timeZone)), days).getTime();
	}
	/** How many calendar days from the day of `from` to the day of `to`, in `timeZone`. */
	function daysBetween(from, to, timeZone) {
		return differenceInCalendarDays(new TZDate(to, timeZone), new TZDate(from, timeZone));
	}
	/** The instant of local time `minutes` after midnight on the day of `at`, in `timeZone`. */
	function atMinutesOfDay(at, minutes, timeZone) {
		const day = new TZDate(at, timeZone);
		return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
	}
	/** Minutes since local midnight of an instant, in `timeZone`. */
	function minutesOfDay(at, timeZone) {
		const local = new TZDate(at, timeZone);
		return local.getHours() * 60 + local.getMinutes();
	}
	/**
	* Checks a `YYYY-MM-DD` day of the past: a real calendar day, not after `today`, not before
	* {@link EARLIEST_DAY}. Returns null when the day is fine.
	*/
	function checkPastDay(day, today) {
		if (fromLocalDay(day) === void 0) return "badDate";
		if (day > today) return "future";
		if (day < "1900-01-01") return "tooOld";
		return null;
	}
	/** A minute of slack for an instant "now" taken in a page and checked in the background. */
	var CLOCK_SLACK_MS = 6e4;
	/** Checks the instant of something that happened: finite, not in the future, not before 1900. */
	function checkPastInstant(at, now) {
		if (!Number.isFinite(at)) return "badDate";
		if (at > now + CLOCK_SLACK_MS) return "future";
		if (at < fromLocalDay("1900-01-01") - 864e5) return "tooOld";
		return null;
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
	/** Longest keep-in-touch cadence, in days (ten years). */
	var MAX_CADENCE_DAYS = 3650;
	/** Furthest a snooze reaches, in days. */
	var MAX_SNOOZE_DAYS = 1830;
	// core/records.ts
	/** The languages Maille writes in (its interface and the drafts). */
	var LANGUAGES = ["en", "fr"];
	/** How to address someone: first name and "tu", or full name and "vous" (formal English). */
	var REGISTERS = ["informal", "formal"];
	var INTERACTION_KINDS = [
		"email",
		"message",
		"call",
		"meeting",
		"lunch",
		"event",
		"introduction",
		"news"
	];
	/** Kinds that count as seeing the person in person (habit 5). */
	var IN_PERSON_KINDS = /* @__PURE__ */ new Set([
		"meeting",
		"lunch",
		"event"
	]);
	/** An introduction's way: proposed \u2192 asked (each person, separately) \u2192 introduced, or declined. */
	var INTRODUCTION_STATUSES = [
		"proposed",
		"asked",
		"introduced",
		"declined"
	];
	/** The latest `at` among records, or undefined when there are none. */
	function latestAt(records) {
		return records.reduce((max, r) => max === void 0 || r.at > max ? r.at : max, void 0);
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
	SITE_IDS.flatMap((site) => SITES[site].matches);
	/** Whether a hostname is the site's: `*://*.x/*` covers x and its subdomains, `*://x/*` x alone. */
	function isHostOf(site, hostname) {
		return SITES[site].matches.some((pattern) => {
			const host = pattern.slice(4, -2);
			if (!host.startsWith("*.")) return hostname === host;
			const domain = host.slice(2);
			return hostname === domain || hostname.endsWith(`.${domain}`);
		});
	}
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
	/**
	* An email address as Maille accepts it: something@somewhere.tld, one address \u2014 no spaces, and
	* none of the characters that separate or quote addresses (so a `mailto:` holds one recipient).
	*/
	var EMAIL_PATTERN = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;
	/** Email addresses trimmed, lower-cased, without duplicates or non-addresses, capped in count. */
	function normaliseEmails(emails) {
		return [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => EMAIL_PATTERN.test(e)))].slice(0, LIMITS.emails);
	}
	/** Tags trimmed, without duplicates (ignoring case), capped in count and length. */
	function normaliseTags(tags) {
		const seen = /* @__PURE__ */ new Set();
		const result = [];
		for (const raw of tags) {
			const tag = cleanText(raw, LIMITS.tag);
			if (!tag || seen.has(tag.toLowerCase())) continue;
			seen.add(tag.toLowerCase());
			result.push(tag);
		}
		return result.slice(0, LIMITS.tags);
	}
	// core/commands.ts
	var text = (max) => /* @__PURE__ */ pipe(/* @__PURE__ */ string("type"), /* @__PURE__ */ maxLength(max, "tooLong"));
	var optionalText = (max) => /* @__PURE__ */ optional(text(max));
	var id = text(LIMITS.id);
	var httpUrl = /* @__PURE__ */ pipe(text(LIMITS.url), /* @__PURE__ */ regex(/^https?:\/\//, "type"));
	function pastDay(clock) {
		return /* @__PURE__ */ pipe(/* @__PURE__ */ string("type"), /* @__PURE__ */ rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const problem = checkPastDay(dataset.value, clock.today);
			if (problem) addIssue({ message: problem });
		}));
	}
	function pastInstant(clock) {
		return /* @__PURE__ */ pipe(/* @__PURE__ */ number("type"), /* @__PURE__ */ rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const problem = checkPastInstant(dataset.value, clock.now);
			if (problem) addIssue({ message: problem });
		}));
	}
	var profileRefEntries = {
		site: /* @__PURE__ */ picklist(SITE_IDS, "type"),
		key: text(LIMITS.profileKey),
		url: /* @__PURE__ */ pipe(text(LIMITS.url), /* @__PURE__ */ regex(/^https:\/\//, "type"))
	};
	/** A profile key names its own site: `linkedin:\u2026` on LinkedIn. */
	function keyOfItsSite() {
		return /* @__PURE__ */ check$2((ref) => ref.key.startsWith(`${ref.site}:`), "type");
	}
	var profileRef$1 = /* @__PURE__ */ pipe(/* @__PURE__ */ object(profileRefEntries, "type"), keyOfItsSite());
	var identityFields = {
		headline: optionalText(LIMITS.line),
		company: optionalText(LIMITS.line),
		title: optionalText(LIMITS.line),
		location: optionalText(LIMITS.line),
		photoUrl: /* @__PURE__ */ optional(httpUrl)
	};
	var name = /* @__PURE__ */ pipe(text(LIMITS.name), /* @__PURE__ */ trim(), /* @__PURE__ */ nonEmpty("required"));
	var cadenceDays = /* @__PURE__ */ nullable(/* @__PURE__ */ pipe(/* @__PURE__ */ number("type"), /* @__PURE__ */ integer("range"), /* @__PURE__ */ minValue(1, "range"), /* @__PURE__ */ maxValue(MAX_CADENCE_DAYS, "range")));
	var tags = /* @__PURE__ */ pipe(/* @__PURE__ */ array(text(LIMITS.tag), "type"), /* @__PURE__ */ maxLength(LIMITS.tags, "tooMany"));
	var emails = /* @__PURE__ */ pipe(/* @__PURE__ */ array(/* @__PURE__ */ pipe(text(LIMITS.email), /* @__PURE__ */ trim(), /* @__PURE__ */ regex(EMAIL_PATTERN, "email")), "type"), /* @__PURE__ */ maxLength(LIMITS.emails, "tooMany"));
	var notes = text(LIMITS.notes);
	/** An event's day: any real day since 1900 (an event may be to come); empty means none. */
	var eventDay = /* @__PURE__ */ optional(/* @__PURE__ */ union([/* @__PURE__ */ literal(""), /* @__PURE__ */ pipe(/* @__PURE__ */ string("type"), /* @__PURE__ */ check$2((day) => fromLocalDay(day) !== void 0 && day >= "1900-01-01", "badDate"))], "badDate"));
	var eventFields = {
		series: optionalText(LIMITS.eventName),
		date: eventDay,
		place: optionalText(LIMITS.place),
		notes: /* @__PURE__ */ optional(text(LIMITS.notes))
	};
	function metInput(clock) {
		return /* @__PURE__ */ object({
			eventName: optionalText(LIMITS.eventName),
			place: optionalText(LIMITS.place),
			date: /* @__PURE__ */ optional(/* @__PURE__ */ union([/* @__PURE__ */ literal(""), pastDay(clock)], "badDate")),
			topic: optionalText(LIMITS.topic)
		}, "type");
	}
	/** Every command's input schema, for the rules of `clock`. */
	function commandSchemas(clock) {
		const met = metInput(clock);
		const contactPatch = /* @__PURE__ */ object({
			name: /* @__PURE__ */ optional(name),
			notes: /* @__PURE__ */ optional(notes),
			tags: /* @__PURE__ */ optional(tags),
			cadenceDays: /* @__PURE__ */ optional(cadenceDays),
			met: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(met)),
			emails: /* @__PURE__ */ optional(emails),
			/** null: write to them in the interface's language / the language's usual register. */
			language: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ picklist(LANGUAGES, "type"))),
			register: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ picklist(REGISTERS, "type")))
		}, "type");
		return {
			profileSeen: /* @__PURE__ */ pipe(/* @__PURE__ */ object({
				...profileRefEntries,
				identity: /* @__PURE__ */ object({
					name,
					...identityFields
				}, "type"),
				alsoKey: optionalText(LIMITS.profileKey)
			}, "type"), keyOfItsSite(), /* @__PURE__ */ check$2((seen) => seen.alsoKey === void 0 || seen.alsoKey.startsWith(`${seen.site}:`) && seen.alsoKey !== seen.key, "type")),
			getProfileView: /* @__PURE__ */ object({
				ref: profileRef$1,
				name: /* @__PURE__ */ optional(text(LIMITS.name))
			}, "type"),
			getContactView: /* @__PURE__ */ object({ id }, "type"),
			addContact: /* @__PURE__ */ object({
				name,
				...identityFields,
				profile: /* @__PURE__ */ optional(profileRef$1),
				met: /* @__PURE__ */ optional(met),
				cadenceDays: /* @__PURE__ */ optional(cadenceDays),
				notes: /* @__PURE__ */ optional(notes),
				tags: /* @__PURE__ */ optional(tags),
				emails: /* @__PURE__ */ optional(emails)
			}, "type"),
			linkProfile: /* @__PURE__ */ object({
				contactId: id,
				ref: profileRef$1,
				identity: /* @__PURE__ */ object({
					name: /* @__PURE__ */ optional(text(LIMITS.name)),
					...identityFields
				}, "type")
			}, "type"),
			updateContact: /* @__PURE__ */ pipe(/* @__PURE__ */ object({
				id,
				patch: contactPatch,
				base: /* @__PURE__ */ record(/* @__PURE__ */ string(), /* @__PURE__ */ unknown(), "type")
			}, "type"), /* @__PURE__ */ check$2((input) => Object.keys(input.patch).every((field) => field in input.base), "required")),
			snoozeContact: /* @__PURE__ */ object({
				id,
				until: /* @__PURE__ */ pipe(/* @__PURE__ */ number("type"), /* @__PURE__ */ finite("type"), /* @__PURE__ */ maxValue(clock.now + MAX_SNOOZE_DAYS * 864e5, "range"))
			}, "type"),
			logInteraction: /* @__PURE__ */ object({
				contactId: id,
				kind: /* @__PURE__ */ picklist(INTERACTION_KINDS, "type"),
				at: pastInstant(clock),
				summary: optionalText(LIMITS.summary),
				nextStep: optionalText(LIMITS.summary)
			}, "type"),
			deleteInteraction: /* @__PURE__ */ object({ id }, "type"),
			findEvents: /* @__PURE__ */ object({ query: text(LIMITS.eventName) }, "type"),
			findContacts: /* @__PURE__ */ object({ query: text(LIMITS.name) }, "type"),
			createNews: /* @__PURE__ */ object({
				text: /* @__PURE__ */ pipe(text(LIMITS.summary), /* @__PURE__ */ trim(), /* @__PURE__ */ nonEmpty("required")),
				contactIds: /* @__PURE__ */ pipe(/* @__PURE__ */ array(id, "type"), /* @__PURE__ */ minLength(1, "required"), /* @__PURE__ */ maxLength(LIMITS.newsRecipients, "tooMany"))
			}, "type"),
			restoreBackup: /* @__PURE__ */ object({ backup: /* @__PURE__ */ unknown() }, "type"),
			deleteContact: /* @__PURE__ */ object({ id }, "type"),
			mergeContacts: /* @__PURE__ */ object({
				keepId: id,
				otherId: id
			}, "type"),
			undoMerge: /* @__PURE__ */ object({ keepId: id }, "type"),
			undoDeleteContact: /* @__PURE__ */ object({ id }, "type"),
			unlinkProfile: /* @__PURE__ */ object({
				contactId: id,
				key: text(LIMITS.profileKey)
			}, "type"),
			bulkEdit: /* @__PURE__ */ object({
				ids: /* @__PURE__ */ pipe(/* @__PURE__ */ array(id, "type"), /* @__PURE__ */ minLength(1, "required"), /* @__PURE__ */ maxLength(LIMITS.bulk, "tooMany")),
				addTag: /* @__PURE__ */ optional(/* @__PURE__ */ pipe(text(LIMITS.tag), /* @__PURE__ */ trim(), /* @__PURE__ */ nonEmpty("required"))),
				removeTag: /* @__PURE__ */ optional(text(LIMITS.tag)),
				cadenceDays: /* @__PURE__ */ optional(cadenceDays)
			}, "type"),
			importConnections: /* @__PURE__ */ object({ rows: /* @__PURE__ */ pipe(/* @__PURE__ */ array(/* @__PURE__ */ object({
				line: /* @__PURE__ */ pipe(/* @__PURE__ */ number("type"), /* @__PURE__ */ integer("type")),
				name: /* @__PURE__ */ pipe(text(LIMITS.name), /* @__PURE__ */ nonEmpty("required")),
				url: optionalText(LIMITS.url),
				email: optionalText(LIMITS.email),
				company: optionalText(LIMITS.line),
				position: optionalText(LIMITS.line),
				connectedOn: /* @__PURE__ */ optional(/* @__PURE__ */ pipe(/* @__PURE__ */ string("type"), /* @__PURE__ */ regex(/^\d{4}-\d{2}-\d{2}$/, "badDate")))
			}, "type"), "type"), /* @__PURE__ */ maxLength(LIMITS.importBatch, "tooMany")) }, "type"),
			importCards: /* @__PURE__ */ object({ cards: /* @__PURE__ */ pipe(/* @__PURE__ */ array(/* @__PURE__ */ object({
				line: /* @__PURE__ */ pipe(/* @__PURE__ */ number("type"), /* @__PURE__ */ integer("type")),
				name: /* @__PURE__ */ pipe(text(LIMITS.name), /* @__PURE__ */ nonEmpty("required")),
				emails: /* @__PURE__ */ pipe(/* @__PURE__ */ array(text(LIMITS.email), "type"), /* @__PURE__ */ maxLength(LIMITS.emails, "tooMany")),
				company: optionalText(LIMITS.line),
				title: optionalText(LIMITS.line),
				note: optionalText(LIMITS.notes),
				urls: /* @__PURE__ */ pipe(/* @__PURE__ */ array(text(LIMITS.url), "type"), /* @__PURE__ */ maxLength(LIMITS.emails, "tooMany"))
			}, "type"), "type"), /* @__PURE__ */ maxLength(LIMITS.importBatch, "tooMany")) }, "type"),
			deleteAllData: /* @__PURE__ */ object({ confirm: /* @__PURE__ */ literal(true, "required") }, "type"),
			newsStep: /* @__PURE__ */ object({
				id,
				contactId: id,
				state: /* @__PURE__ */ picklist(["sent", "skipped"], "type"),
				summary: optionalText(LIMITS.summary)
			}, "type"),
			proposeIntroduction: /* @__PURE__ */ object({
				aId: id,
				bId: id,
				note: optionalText(LIMITS.summary)
			}, "type"),
			introductionStep: /* @__PURE__ */ object({
				id,
				change: /* @__PURE__ */ variant("step", [
					/* @__PURE__ */ object({
						step: /* @__PURE__ */ literal("asked"),
						side: /* @__PURE__ */ picklist(["a", "b"], "type")
					}),
					/* @__PURE__ */ object({
						step: /* @__PURE__ */ literal("answered"),
						side: /* @__PURE__ */ picklist(["a", "b"], "type"),
						answer: /* @__PURE__ */ picklist(["yes", "no"], "type")
					}),
					/* @__PURE__ */ object({ step: /* @__PURE__ */ literal("introduced") })
				], "type"),
				summary: optionalText(LIMITS.summary)
			}, "type"),
			describeIntroduction: /* @__PURE__ */ object({
				id,
				note: optionalText(LIMITS.summary),
				outcome: optionalText(LIMITS.summary)
			}, "type"),
			addEvent: /* @__PURE__ */ object({
				name: /* @__PURE__ */ pipe(text(LIMITS.eventName), /* @__PURE__ */ trim(), /* @__PURE__ */ nonEmpty("required")),
				...eventFields
			}, "type"),
			updateEvent: /* @__PURE__ */ object({
				id,
				patch: /* @__PURE__ */ object({
					name: /* @__PURE__ */ optional(/* @__PURE__ */ pipe(text(LIMITS.eventName), /* @__PURE__ */ trim(), /* @__PURE__ */ nonEmpty("required"))),
					...eventFields
				}, "type")
			}, "type")
		};
	}
	/**
	* Checks a command's input: its checked value, or the refusal naming the first field at fault
	* (`met.date`, `tags.3`\u2026) and the rule it breaks.
	*/
	function checkCommand(type, input, clock) {
		const schema = commandSchemas(clock)[type];
		const result = /* @__PURE__ */ safeParse(schema, input, { abortPipeEarly: true });
		if (result.success) return {
			ok: true,
			value: result.output
		};
		const issue = result.issues[0];
		const field = /* @__PURE__ */ getDotPath(issue) ?? "";
		const rule = isRule(issue.message) ? issue.message : "type";
		const max = rule === "tooLong" || rule === "tooMany" ? Number(issue.requirement) : void 0;
		return {
			ok: false,
			refusal: {
				code: "invalid",
				field,
				rule,
				...Number.isFinite(max) ? { max } : {}
			}
		};
	}
	var RULES = [
		"type",
		"required",
		"tooLong",
		"tooMany",
		"badDate",
		"future",
		"tooOld",
		"range",
		"email",
		"duplicate"
	];
	function isRule(message) {
		return RULES.includes(message);
	}
	/** A refusal raised inside a write (a missing contact, a taken profile, a conflict): the handler answers it as such. */
	var RefusalError = class extends Error {
		refusal;
		constructor(refusal, message = refusal.code) {
			super(message);
			this.refusal = refusal;
			this.name = "RefusalError";
		}
	};
	// core/events.ts
	/**
	* Events as the user names them: "Mobile Monday Lyon", "mobile monday lyon" and "Mobile Mondy
	* Lyon" are one event. Matching is on the folded name (accents, case and punctuation aside), and
	* a name within a typo or two of an existing one is offered before a new event is made.
	*/
	/**
	* Edit distance between two short strings (insertions, deletions, substitutions, and two letters
	* swapped counting as one), capped at `max + 1`.
	*/
	function editDistance(a, b, max = 3) {
		if (Math.abs(a.length - b.length) > max) return max + 1;
		let before = [];
		let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
		for (let i = 1; i <= a.length; i++) {
			const row = [i];
			let best = i;
			for (let j = 1; j <= b.length; j++) {
				let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
				if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
				row[j] = d;
				best = Math.min(best, d);
			}
			if (best > max) return max + 1;
			before = previous;
			previous = row;
		}
		return Math.min(previous[b.length], max + 1);
	}
	/** How many typos a name of this length may hold and still be the same event. */
	function typoAllowance(key) {
		return key.length < 6 ? 0 : key.length < 12 ? 1 : 2;
	}
	/** Whether two event names are the same event, a typo or a case apart. */
	function sameEventName(a, b) {
		const [x, y] = [nameKey(a), nameKey(b)];
		if (x === y) return true;
		const digits = (key) => key.replace(/\D+/g, " ").trim();
		return digits(x) === digits(y) && editDistance(x, y, 2) <= Math.min(typoAllowance(x), typoAllowance(y));
	}
	/**
	* Events to offer as the user types `query`, best first: the same name, then names that start
	* with it, hold it, or are within a typo of it; newest first within each kind. At most `limit`.
	*/
	function matchEvents(query, events, limit = 8) {
		const q = nameKey(query);
		const rank = (event) => {
			const key = nameKey(event.name);
			if (!q) return 5;
			if (key === q) return 0;
			if (key.startsWith(q)) return 1;
			const words = key.split(" ");
			if (words.some((word) => word.startsWith(q))) return 2;
			if (key.includes(q)) return 3;
			const typo = (text) => [
				q.length - 1,
				q.length,
				q.length + 1
			].some((n) => editDistance(text.slice(0, n), q, 1) <= 1);
			if (q.length >= 4 && (typo(key) || words.some(typo))) return 4;
			if (sameEventName(key, q)) return 4;
			return -1;
		};
		return events.map((event) => ({
			event,
			rank: rank(event)
		})).filter(({ rank }) => rank >= 0).sort((a, b) => a.rank - b.rank || (b.event.date ?? "").localeCompare(a.event.date ?? "") || a.event.name.localeCompare(b.event.name)).slice(0, limit).map(({ event }) => event);
	}
	// core/contact-merge.ts
	/** The four fields a person edits of where we met, blanks as absent, for comparing. */
	function metFields(met) {
		const field = (value) => value?.trim() || null;
		if (!met) return JSON.stringify(null);
		const fields = [
			field(met.eventName),
			field(met.date),
			field(met.place),
			field(met.topic)
		];
		return JSON.stringify(fields.every((f) => f === null) ? null : fields);
	}
	function comparable(field, value) {
		return field === "met" ? metFields(value) : JSON.stringify(value ?? null);
	}
	/** A set edited in two places: what this page added and removed, applied to what is stored now. */
	function mergeSet(base, stored, mine) {
		const before = new Set(Array.isArray(base) ? base.filter((x) => typeof x === "string") : stored);
		const removed = new Set([...before].filter((x) => !mine.includes(x)));
		const added = mine.filter((x) => !before.has(x));
		return [.../* @__PURE__ */ new Set([...stored.filter((x) => !removed.has(x)), ...added])];
	}
	/**
	* Rebases a page's edit of a contact onto what is stored now. `base` holds each edited field as
	* the page last saw it stored. Notes merge as text (three-way), tags and emails as sets; a name,
	* a cadence or where-we-met changed both here and elsewhere (to different values) is a conflict,
	* never decided by whichever save came last.
	*/
	function mergePatch(stored, base, patch) {
		const merged = { ...patch };
		const conflicts = [];
		for (const field of Object.keys(patch)) if (field === "notes") {
			const result = mergeText(typeof base.notes === "string" ? base.notes : "", stored.notes, patch.notes);
			if (result.clean) merged.notes = result.text;
			else conflicts.push(field);
		} else if (field === "tags" || field === "emails") merged[field] = mergeSet(base[field], stored[field], patch[field]);
		else {
			const now = comparable(field, stored[field]);
			if (now !== comparable(field, base[field]) && now !== comparable(field, patch[field])) conflicts.push(field);
		}
		return conflicts.length ? {
			ok: false,
			fields: conflicts
		} : {
			ok: true,
			patch: merged
		};
	}
	// node_modules/dexie/import-wrapper.mjs
	var import_dexie = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
		(function(global, factory) {
			typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, global.Dexie = factory());
		})(this$1, (function() {
			"use strict";
			var extendStatics = function(d, b) {
				extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d, b) {
					d.__proto__ = b;
				} || function(d, b) {
					for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
				};
				return extendStatics(d, b);
			};
			function __extends(d, b) {
				if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
				extendStatics(d, b);
				function __() {
					this.constructor = d;
				}
				d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
			}
			var __assign = function() {
				__assign = Object.assign || function __assign(t) {
					for (var s, i = 1, n = arguments.length; i < n; i++) {
						s = arguments[i];
						for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
					}
					return t;
				};
				return __assign.apply(this, arguments);
			};
			function __spreadArray(to, from, pack) {
				if (pack || arguments.length === 2) {
					for (var i = 0, l = from.length, ar; i < l; i++) if (ar || !(i in from)) {
						if (!ar) ar = Array.prototype.slice.call(from, 0, i);
						ar[i] = from[i];
					}
				}
				return to.concat(ar || Array.prototype.slice.call(from));
			}
			var _global = typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : global;
			var keys = Object.keys;
			var isArray = Array.isArray;
			if (typeof Promise !== "undefined" && !_global.Promise) _global.Promise = Promise;
			function extend(obj, extension) {
				if (typeof extension !== "object") return obj;
				keys(extension).forEach(function(key) {
					obj[key] = extension[key];
				});
				return obj;
			}
			var getProto = Object.getPrototypeOf;
			var _hasOwn = {}.hasOwnProperty;
			function hasOwn(obj, prop) {
				return _hasOwn.call(obj, prop);
			}
			function props(proto, extension) {
				if (typeof extension === "function") extension = extension(getProto(proto));
				(typeof Reflect === "undefined" ? keys : Reflect.ownKeys)(extension).forEach(function(key) {
					setProp(proto, key, extension[key]);
				});
			}
			var defineProperty = Object.defineProperty;
			function setProp(obj, prop, functionOrGetSet, options) {
				defineProperty(obj, prop, extend(functionOrGetSet && hasOwn(functionOrGetSet, "get") && typeof functionOrGetSet.get === "function" ? {
					get: functionOrGetSet.get,
					set: functionOrGetSet.set,
					configurable: true
				} : {
					value: functionOrGetSet,
					configurable: true,
					writable: true
				}, options));
			}
			function derive(Child) {
				return { from: function(Parent) {
					Child.prototype = Object.create(Parent.prototype);
					setProp(Child.prototype, "constructor", Child);
					return { extend: props.bind(null, Child.prototype) };
				} };
			}
			var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
			function getPropertyDescriptor(obj, prop) {
				var pd = getOwnPropertyDescriptor(obj, prop);
				var proto;
				return pd || (proto = getProto(obj)) && getPropertyDescriptor(proto, prop);
			}
			var _slice = [].slice;
			function slice(args, start, end) {
				return _slice.call(args, start, end);
			}
			function override(origFunc, overridedFactory) {
				return overridedFactory(origFunc);
			}
			function assert(b) {
				if (!b) throw new Error("Assertion Failed");
			}
			function asap$1(fn) {
				if (_global.setImmediate) setImmediate(fn);
				else setTimeout(fn, 0);
			}
			function arrayToObject(array, extractor) {
				return array.reduce(function(result, item, i) {
					var nameAndValue = extractor(item, i);
					if (nameAndValue) result[nameAndValue[0]] = nameAndValue[1];
					return result;
				}, {});
			}
			function getByKeyPath(obj, keyPath) {
				if (typeof keyPath === "string" && hasOwn(obj, keyPath)) return obj[keyPath];
				if (!keyPath) return obj;
				if (typeof keyPath !== "string") {
					var rv = [];
					for (var i = 0, l = keyPath.length; i < l; ++i) {
						var val = getByKeyPath(obj, keyPath[i]);
						rv.push(val);
					}
					return rv;
				}
				var period = keyPath.indexOf(".");
				if (period !== -1) {
					var innerObj = obj[keyPath.substr(0, period)];
					return innerObj == null ? void 0 : getByKeyPath(innerObj, keyPath.substr(period + 1));
				}
			}
			function setByKeyPath(obj, keyPath, value) {
				if (!obj || keyPath === void 0) return;
				if ("isFrozen" in Object && Object.isFrozen(obj)) return;
				if (typeof keyPath !== "string" && "length" in keyPath) {
					assert(typeof value !== "string" && "length" in value);
					for (var i = 0, l = keyPath.length; i < l; ++i) setByKeyPath(obj, keyPath[i], value[i]);
				} else {
					var period = keyPath.indexOf(".");
					if (period !== -1) {
						var currentKeyPath = keyPath.substr(0, period);
						var remainingKeyPath = keyPath.substr(period + 1);
						if (remainingKeyPath === "") if (value === void 0) {
							if (isArray(obj) && !isNaN(parseInt(currentKeyPath))) obj.splice(currentKeyPath, 1);
							else delete obj[currentKeyPath];
						} else obj[currentKeyPath] = value;
						else {
							var innerObj = obj[currentKeyPath];
							if (!innerObj || !hasOwn(obj, currentKeyPath)) {
								if (value === void 0) return;
								innerObj = obj[currentKeyPath] = {};
							}
							setByKeyPath(innerObj, remainingKeyPath, value);
						}
					} else if (value === void 0) {
						if (isArray(obj) && !isNaN(parseInt(keyPath))) obj.splice(keyPath, 1);
						else delete obj[keyPath];
					} else obj[keyPath] = value;
				}
			}
			function delByKeyPath(obj, keyPath) {
				if (typeof keyPath === "string") setByKeyPath(obj, keyPath, void 0);
				else if ("length" in keyPath) [].map.call(keyPath, function(kp) {
					setByKeyPath(obj, kp, void 0);
				});
			}
			function shallowClone(obj) {
				var rv = {};
				for (var m in obj) if (hasOwn(obj, m)) rv[m] = obj[m];
				return rv;
			}
			var concat = [].concat;
			function flatten(a) {
				return concat.apply([], a);
			}
			var intrinsicTypeNames = "BigUint64Array,BigInt64Array,Array,Boolean,String,Date,RegExp,Blob,File,FileList,FileSystemFileHandle,FileSystemDirectoryHandle,ArrayBuffer,DataView,Uint8ClampedArray,ImageBitmap,ImageData,Map,Set,CryptoKey".split(",").concat(flatten([
				8,
				16,
				32,
				64
			].map(function(num) {
				return [
					"Int",
					"Uint",
					"Float"
				].map(function(t) {
					return t + num + "Array";
				});
			}))).filter(function(t) {
				return _global[t];
			});
			var intrinsicTypes = new Set(intrinsicTypeNames.map(function(t) {
				return _global[t];
			}));
			function cloneSimpleObjectTree(o) {
				var rv = {};
				for (var k in o) if (hasOwn(o, k)) {
					var v = o[k];
					rv[k] = !v || typeof v !== "object" || intrinsicTypes.has(v.constructor) ? v : cloneSimpleObjectTree(v);
				}
				return rv;
			}
			var circularRefs = null;
			function deepClone(any) {
				circularRefs = /* @__PURE__ */ new WeakMap();
				var rv = innerDeepClone(any);
				circularRefs = null;
				return rv;
			}
			function innerDeepClone(x) {
				if (!x || typeof x !== "object") return x;
				var rv = circularRefs.get(x);
				if (rv) return rv;
				if (isArray(x)) {
					rv = [];
					circularRefs.set(x, rv);
					for (var i = 0, l = x.length; i < l; ++i) rv.push(innerDeepClone(x[i]));
				} else if (intrinsicTypes.has(x.constructor)) rv = x;
				else {
					var proto = getProto(x);
					rv = proto === Object.prototype ? {} : Object.create(proto);
					circularRefs.set(x, rv);
					for (var prop in x) if (hasOwn(x, prop)) rv[prop] = innerDeepClone(x[prop]);
				}
				return rv;
			}
			var toString = {}.toString;
			function toStringTag(o) {
				return toString.call(o).slice(8, -1);
			}
			var iteratorSymbol = typeof Symbol !== "undefined" ? Symbol.iterator : "@@iterator";
			var getIteratorOf = typeof iteratorSymbol === "symbol" ? function(x) {
				var i;
				return x != null && (i = x[iteratorSymbol]) && i.apply(x);
			} : function() {
				return null;
			};
			function delArrayItem(a, x) {
				var i = a.indexOf(x);
				if (i >= 0) a.splice(i, 1);
				return i >= 0;
			}
			var NO_CHAR_ARRAY = {};
			function getArrayOf(arrayLike) {
				var i, a, x, it;
				if (arguments.length === 1) {
					if (isArray(arrayLike)) return arrayLike.slice();
					if (this === NO_CHAR_ARRAY && typeof arrayLike === "string") return [arrayLike];
					if (it = getIteratorOf(arrayLike)) {
						a = [];
						while (x = it.next(), !x.done) a.push(x.value);
						return a;
					}
					if (arrayLike == null) return [arrayLike];
					i = arrayLike.length;
					if (typeof i === "number") {
						a = new Array(i);
						while (i--) a[i] = arrayLike[i];
						return a;
					}
					return [arrayLike];
				}
				i = arguments.length;
				a = new Array(i);
				while (i--) a[i] = arguments[i];
				return a;
			}
			var isAsyncFunction = typeof Symbol !== "undefined" ? function(fn) {
				return fn[Symbol.toStringTag] === "AsyncFunction";
			} : function() {
				return false;
			};
			var dexieErrorNames = [
				"Modify",
				"Bulk",
				"OpenFailed",
				"VersionChange",
				"Schema",
				"Upgrade",
				"InvalidTable",
				"MissingAPI",
				"NoSuchDatabase",
				"InvalidArgument",
				"SubTransaction",
				"Unsupported",
				"Internal",
				"DatabaseClosed",
				"PrematureCommit",
				"ForeignAwait"
			];
			var idbDomErrorNames = [
				"Unknown",
				"Constraint",
				"Data",
				"TransactionInactive",
				"ReadOnly",
				"Version",
				"NotFound",
				"InvalidState",
				"InvalidAccess",
				"Abort",
				"Timeout",
				"QuotaExceeded",
				"Syntax",
				"DataClone"
			];
			var errorList = dexieErrorNames.concat(idbDomErrorNames);
			var defaultTexts = {
				VersionChanged: "Database version changed by other database connection",
				DatabaseClosed: "Database has been closed",
				Abort: "Transaction aborted",
				TransactionInactive: "Transaction has already completed or failed",
				MissingAPI: "IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb"
			};
			function DexieError(name, msg) {
				this.name = name;
				this.message = msg;
			}
			derive(DexieError).from(Error).extend({ toString: function() {
				return this.name + ": " + this.message;
			} });
			function getMultiErrorMessage(msg, failures) {
				return msg + ". Errors: " + Object.keys(failures).map(function(key) {
					return failures[key].toString();
				}).filter(function(v, i, s) {
					return s.indexOf(v) === i;
				}).join("\n");
			}
			function ModifyError(msg, failures, successCount, failedKeys) {
				this.failures = failures;
				this.failedKeys = failedKeys;
				this.successCount = successCount;
				this.message = getMultiErrorMessage(msg, failures);
			}
			derive(ModifyError).from(DexieError);
			function BulkError(msg, failures) {
				this.name = "BulkError";
				this.failures = Object.keys(failures).map(function(pos) {
					return failures[pos];
				});
				this.failuresByPos = failures;
				this.message = getMultiErrorMessage(msg, this.failures);
			}
			derive(BulkError).from(DexieError);
			var errnames = errorList.reduce(function(obj, name) {
				return obj[name] = name + "Error", obj;
			}, {});
			var BaseException = DexieError;
			var exceptions = errorList.reduce(function(obj, name) {
				var fullName = name + "Error";
				function DexieError(msgOrInner, inner) {
					this.name = fullName;
					if (!msgOrInner) {
						this.message = defaultTexts[name] || fullName;
						this.inner = null;
					} else if (typeof msgOrInner === "string") {
						this.message = "".concat(msgOrInner).concat(!inner ? "" : "\n " + inner);
						this.inner = inner || null;
					} else if (typeof msgOrInner === "object") {
						this.message = "".concat(msgOrInner.name, " ").concat(msgOrInner.message);
						this.inner = msgOrInner;
					}
				}
				derive(DexieError).from(BaseException);
				obj[name] = DexieError;
				return obj;
			}, {});
			exceptions.Syntax = SyntaxError;
			exceptions.Type = TypeError;
			exceptions.Range = RangeError;
			var exceptionMap = idbDomErrorNames.reduce(function(obj, name) {
				obj[name + "Error"] = exceptions[name];
				return obj;
			}, {});
			function mapError(domError, message) {
				if (!domError || domError instanceof DexieError || domError instanceof TypeError || domError instanceof SyntaxError || !domError.name || !exceptionMap[domError.name]) return domError;
				var rv = new exceptionMap[domError.name](message || domError.message, domError);
				if ("stack" in domError) setProp(rv, "stack", { get: function() {
					return this.inner.stack;
				} });
				return rv;
			}
			var fullNameExceptions = errorList.reduce(function(obj, name) {
				if ([
					"Syntax",
					"Type",
					"Range"
				].indexOf(name) === -1) obj[name + "Error"] = exceptions[name];
				return obj;
			}, {});
			fullNameExceptions.ModifyError = ModifyError;
			fullNameExceptions.DexieError = DexieError;
			fullNameExceptions.BulkError = BulkError;
			function nop() {}
			function mirror(val) {
				return val;
			}
			function pureFunctionChain(f1, f2) {
				if (f1 == null || f1 === mirror) return f2;
				return function(val) {
					return f2(f1(val));
				};
			}
			function callBoth(on1, on2) {
				return function() {
					on1.apply(this, arguments);
					on2.apply(this, arguments);
				};
			}
			function hookCreatingChain(f1, f2) {
				if (f1 === nop) return f2;
				return function() {
					var res = f1.apply(this, arguments);
					if (res !== void 0) arguments[0] = res;
					var onsuccess = this.onsuccess, onerror = this.onerror;
					this.onsuccess = null;
					this.onerror = null;
					var res2 = f2.apply(this, arguments);
					if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
					if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
					return res2 !== void 0 ? res2 : res;
				};
			}
			function hookDeletingChain(f1, f2) {
				if (f1 === nop) return f2;
				return function() {
					f1.apply(this, arguments);
					var onsuccess = this.onsuccess, onerror = this.onerror;
					this.onsuccess = this.onerror = null;
					f2.apply(this, arguments);
					if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
					if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
				};
			}
			function hookUpdatingChain(f1, f2) {
				if (f1 === nop) return f2;
				return function() {
					var res = f1.apply(this, arguments);
					var modifications = arguments[0];
					extend(modifications, res);
					var onsuccess = this.onsuccess, onerror = this.onerror;
					this.onsuccess = null;
					this.onerror = null;
					var res2 = f2.apply(this, arguments);
					if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
					if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
					return res === void 0 ? res2 === void 0 ? void 0 : res2 : extend(res, res2);
				};
			}
			function reverseStoppableEventChain(f1, f2) {
				if (f1 === nop) return f2;
				return function() {
					if (f2.apply(this, arguments) === false) return false;
					return f1.apply(this, arguments);
				};
			}
			function promisableChain(f1, f2) {
				if (f1 === nop) return f2;
				return function() {
					var res = f1.apply(this, arguments);
					if (res && typeof res.then === "function") {
						var thiz = this, i = arguments.length, args = new Array(i);
						while (i--) args[i] = arguments[i];
						return res.then(function() {
							return f2.apply(thiz, args);
						});
					}
					return f2.apply(this, arguments);
				};
			}
			var debug = typeof location !== "undefined" && /^(http|https):\/\/(localhost|127\.0\.0\.1)/.test(location.href);
			function setDebug(value, filter) {
				debug = value;
			}
			var INTERNAL = {};
			var ZONE_ECHO_LIMIT = 100, _a$1 = typeof Promise === "undefined" ? [] : (function() {
				var globalP = Promise.resolve();
				if (typeof crypto === "undefined" || !crypto.subtle) return [
					globalP,
					getProto(globalP),
					globalP
				];
				var nativeP = crypto.subtle.digest("SHA-512", new Uint8Array([0]));
				return [
					nativeP,
					getProto(nativeP),
					globalP
				];
			})(), resolvedNativePromise = _a$1[0], nativePromiseProto = _a$1[1], resolvedGlobalPromise = _a$1[2], nativePromiseThen = nativePromiseProto && nativePromiseProto.then;
			var NativePromise = resolvedNativePromise && resolvedNativePromise.constructor;
			var patchGlobalPromise = !!resolvedGlobalPromise;
			function schedulePhysicalTick() {
				queueMicrotask(physicalTick);
			}
			var asap = function(callback, args) {
				microtickQueue.push([callback, args]);
				if (needsNewPhysicalTick) {
					schedulePhysicalTick();
					needsNewPhysicalTick = false;
				}
			};
			var isOutsideMicroTick = true, needsNewPhysicalTick = true, unhandledErrors = [], rejectingErrors = [], rejectionMapper = mirror;
			var globalPSD = {
				id: "global",
				global: true,
				ref: 0,
				unhandleds: [],
				onunhandled: nop,
				pgp: false,
				env: {},
				finalize: nop
			};
			var PSD = globalPSD;
			var microtickQueue = [];
			var numScheduledCalls = 0;
			var tickFinalizers = [];
			function DexiePromise(fn) {
				if (typeof this !== "object") throw new TypeError("Promises must be constructed via new");
				this._listeners = [];
				this._lib = false;
				var psd = this._PSD = PSD;
				if (typeof fn !== "function") {
					if (fn !== INTERNAL) throw new TypeError("Not a function");
					this._state = arguments[1];
					this._value = arguments[2];
					if (this._state === false) handleRejection(this, this._value);
					return;
				}
				this._state = null;
				this._value = null;
				++psd.ref;
				executePromiseTask(this, fn);
			}
			var thenProp = {
				get: function() {
					var psd = PSD, microTaskId = totalEchoes;
					function then(onFulfilled, onRejected) {
						var _this = this;
						var possibleAwait = !psd.global && (psd !== PSD || microTaskId !== totalEchoes);
						var cleanup = possibleAwait && !decrementExpectedAwaits();
						var rv = new DexiePromise(function(resolve, reject) {
							propagateToListener(_this, new Listener(nativeAwaitCompatibleWrap(onFulfilled, psd, possibleAwait, cleanup), nativeAwaitCompatibleWrap(onRejected, psd, possibleAwait, cleanup), resolve, reject, psd));
						});
						if (this._consoleTask) rv._consoleTask = this._consoleTask;
						return rv;
					}
					then.prototype = INTERNAL;
					return then;
				},
				set: function(value) {
					setProp(this, "then", value && value.prototype === INTERNAL ? thenProp : {
						get: function() {
							return value;
						},
						set: thenProp.set
					});
				}
			};
			props(DexiePromise.prototype, {
				then: thenProp,
				_then: function(onFulfilled, onRejected) {
					propagateToListener(this, new Listener(null, null, onFulfilled, onRejected, PSD));
				},
				catch: function(onRejected) {
					if (arguments.length === 1) return this.then(null, onRejected);
					var type = arguments[0], handler = arguments[1];
					return typeof type === "function" ? this.then(null, function(err) {
						return err instanceof type ? handler(err) : PromiseReject(err);
					}) : this.then(null, function(err) {
						return err && err.name === type ? handler(err) : PromiseReject(err);
					});
				},
				finally: function(onFinally) {
					return this.then(function(value) {
						return DexiePromise.resolve(onFinally()).then(function() {
							return value;
						});
					}, function(err) {
						return DexiePromise.resolve(onFinally()).then(function() {
							return PromiseReject(err);
						});
					});
				},
				timeout: function(ms, msg) {
					var _this = this;
					return ms < Infinity ? new DexiePromise(function(resolve, reject) {
						var handle = setTimeout(function() {
							return reject(new exceptions.Timeout(msg));
						}, ms);
						_this.then(resolve, reject).finally(clearTimeout.bind(null, handle));
					}) : this;
				}
			});
			if (typeof Symbol !== "undefined" && Symbol.toStringTag) setProp(DexiePromise.prototype, Symbol.toStringTag, "Dexie.Promise");
			globalPSD.env = snapShot();
			function Listener(onFulfilled, onRejected, resolve, reject, zone) {
				this.onFulfilled = typeof onFulfilled === "function" ? onFulfilled : null;
				this.onRejected = typeof onRejected === "function" ? onRejected : null;
				this.resolve = resolve;
				this.reject = reject;
				this.psd = zone;
			}
			props(DexiePromise, {
				all: function() {
					var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
					return new DexiePromise(function(resolve, reject) {
						if (values.length === 0) resolve([]);
						var remaining = values.length;
						values.forEach(function(a, i) {
							return DexiePromise.resolve(a).then(function(x) {
								values[i] = x;
								if (!--remaining) resolve(values);
							}, reject);
						});
					});
				},
				resolve: function(value) {
					if (value instanceof DexiePromise) return value;
					if (value && typeof value.then === "function") return new DexiePromise(function(resolve, reject) {
						value.then(resolve, reject);
					});
					return new DexiePromise(INTERNAL, true, value);
				},
				reject: PromiseReject,
				race: function() {
					var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
					return new DexiePromise(function(resolve, reject) {
						values.map(function(value) {
							return DexiePromise.resolve(value).then(resolve, reject);
						});
					});
				},
				PSD: {
					get: function() {
						return PSD;
					},
					set: function(value) {
						return PSD = value;
					}
				},
				totalEchoes: { get: function() {
					return totalEchoes;
				} },
				newPSD: newScope,
				usePSD,
				scheduler: {
					get: function() {
						return asap;
					},
					set: function(value) {
						asap = value;
					}
				},
				rejectionMapper: {
					get: function() {
						return rejectionMapper;
					},
					set: function(value) {
						rejectionMapper = value;
					}
				},
				follow: function(fn, zoneProps) {
					return new DexiePromise(function(resolve, reject) {
						return newScope(function(resolve, reject) {
							var psd = PSD;
							psd.unhandleds = [];
							psd.onunhandled = reject;
							psd.finalize = callBoth(function() {
								var _this = this;
								run_at_end_of_this_or_next_physical_tick(function() {
									_this.unhandleds.length === 0 ? resolve() : reject(_this.unhandleds[0]);
								});
							}, psd.finalize);
							fn();
						}, zoneProps, resolve, reject);
					});
				}
			});
			if (NativePromise) {
				if (NativePromise.allSettled) setProp(DexiePromise, "allSettled", function() {
					var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
					return new DexiePromise(function(resolve) {
						if (possiblePromises.length === 0) resolve([]);
						var remaining = possiblePromises.length;
						var results = new Array(remaining);
						possiblePromises.forEach(function(p, i) {
							return DexiePromise.resolve(p).then(function(value) {
								return results[i] = {
									status: "fulfilled",
									value
								};
							}, function(reason) {
								return results[i] = {
									status: "rejected",
									reason
								};
							}).then(function() {
								return --remaining || resolve(results);
							});
						});
					});
				});
				if (NativePromise.any && typeof AggregateError !== "undefined") setProp(DexiePromise, "any", function() {
					var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
					return new DexiePromise(function(resolve, reject) {
						if (possiblePromises.length === 0) reject(/* @__PURE__ */ new AggregateError([]));
						var remaining = possiblePromises.length;
						var failures = new Array(remaining);
						possiblePromises.forEach(function(p, i) {
							return DexiePromise.resolve(p).then(function(value) {
								return resolve(value);
							}, function(failure) {
								failures[i] = failure;
								if (!--remaining) reject(new AggregateError(failures));
							});
						});
					});
				});
				if (NativePromise.withResolvers) DexiePromise.withResolvers = NativePromise.withResolvers;
			}
			function executePromiseTask(promise, fn) {
				try {
					fn(function(value) {
						if (promise._state !== null) return;
						if (value === promise) throw new TypeError("A promise cannot be resolved with itself.");
						var shouldExecuteTick = promise._lib && beginMicroTickScope();
						if (value && typeof value.then === "function") executePromiseTask(promise, function(resolve, reject) {
							value instanceof DexiePromise ? value._then(resolve, reject) : value.then(resolve, reject);
						});
						else {
							promise._state = true;
							promise._value = value;
							propagateAllListeners(promise);
						}
						if (shouldExecuteTick) endMicroTickScope();
					}, handleRejection.bind(null, promise));
				} catch (ex) {
					handleRejection(promise, ex);
				}
			}
			function handleRejection(promise, reason) {
				rejectingErrors.push(reason);
				if (promise._state !== null) return;
				var shouldExecuteTick = promise._lib && beginMicroTickScope();
				reason = rejectionMapper(reason);
				promise._state = false;
				promise._value = reason;
				addPossiblyUnhandledError(promise);
				propagateAllListeners(promise);
				if (shouldExecuteTick) endMicroTickScope();
			}
			function propagateAllListeners(promise) {
				var listeners = promise._listeners;
				promise._listeners = [];
				for (var i = 0, len = listeners.length; i < len; ++i) propagateToListener(promise, listeners[i]);
				var psd = promise._PSD;
				--psd.ref || psd.finalize();
				if (numScheduledCalls === 0) {
					++numScheduledCalls;
					asap(function() {
						if (--numScheduledCalls === 0) finalizePhysicalTick();
					}, []);
				}
			}
			function propagateToListener(promise, listener) {
				if (promise._state === null) {
					promise._listeners.push(listener);
					return;
				}
				var cb = promise._state ? listener.onFulfilled : listener.onRejected;
				if (cb === null) return (promise._state ? listener.resolve : listener.reject)(promise._value);
				++listener.psd.ref;
				++numScheduledCalls;
				asap(callListener, [
					cb,
					promise,
					listener
				]);
			}
			function callListener(cb, promise, listener) {
				try {
					var ret, value = promise._value;
					if (!promise._state && rejectingErrors.length) rejectingErrors = [];
					ret = debug && promise._consoleTask ? promise._consoleTask.run(function() {
						return cb(value);
					}) : cb(value);
					if (!promise._state && rejectingErrors.indexOf(value) === -1) markErrorAsHandled(promise);
					listener.resolve(ret);
				} catch (e) {
					listener.reject(e);
				} finally {
					if (--numScheduledCalls === 0) finalizePhysicalTick();
					--listener.psd.ref || listener.psd.finalize();
				}
			}
			function physicalTick() {
				usePSD(globalPSD, function() {
					beginMicroTickScope() && endMicroTickScope();
				});
			}
			function beginMicroTickScope() {
				var wasRootExec = isOutsideMicroTick;
				isOutsideMicroTick = false;
				needsNewPhysicalTick = false;
				return wasRootExec;
			}
			function endMicroTickScope() {
				var callbacks, i, l;
				do
					while (microtickQueue.length > 0) {
						callbacks = microtickQueue;
						microtickQueue = [];
						l = callbacks.length;
						for (i = 0; i < l; ++i) {
							var item = callbacks[i];
							item[0].apply(null, item[1]);
						}
					}
				while (microtickQueue.length > 0);
				isOutsideMicroTick = true;
				needsNewPhysicalTick = true;
			}
			function finalizePhysicalTick() {
				var unhandledErrs = unhandledErrors;
				unhandledErrors = [];
				unhandledErrs.forEach(function(p) {
					p._PSD.onunhandled.call(null, p._value, p);
				});
				var finalizers = tickFinalizers.slice(0);
				var i = finalizers.length;
				while (i) finalizers[--i]();
			}
			function run_at_end_of_this_or_next_physical_tick(fn) {
				function finalizer() {
					fn();
					tickFinalizers.splice(tickFinalizers.indexOf(finalizer), 1);
				}
				tickFinalizers.push(finalizer);
				++numScheduledCalls;
				asap(function() {
					if (--numScheduledCalls === 0) finalizePhysicalTick();
				}, []);
			}
			function addPossiblyUnhandledError(promise) {
				if (!unhandledErrors.some(function(p) {
					return p._value === promise._value;
				})) unhandledErrors.push(promise);
			}
			function markErrorAsHandled(promise) {
				var i = unhandledErrors.length;
				while (i) if (unhandledErrors[--i]._value === promise._value) {
					unhandledErrors.splice(i, 1);
					return;
				}
			}
			function PromiseReject(reason) {
				return new DexiePromise(INTERNAL, false, reason);
			}
			function wrap(fn, errorCatcher) {
				var psd = PSD;
				return function() {
					var wasRootExec = beginMicroTickScope(), outerScope = PSD;
					try {
						switchToZone(psd, true);
						return fn.apply(this, arguments);
					} catch (e) {
						errorCatcher && errorCatcher(e);
					} finally {
						switchToZone(outerScope, false);
						if (wasRootExec) endMicroTickScope();
					}
				};
			}
			var task = {
				awaits: 0,
				echoes: 0,
				id: 0
			};
			var taskCounter = 0;
			var zoneStack = [];
			var zoneEchoes = 0;
			var totalEchoes = 0;
			var zone_id_counter = 0;
			function newScope(fn, props, a1, a2) {
				var parent = PSD, psd = Object.create(parent);
				psd.parent = parent;
				psd.ref = 0;
				psd.global = false;
				psd.id = ++zone_id_counter;
				globalPSD.env;
				psd.env = patchGlobalPromise ? {
					Promise: DexiePromise,
					PromiseProp: {
						value: DexiePromise,
						configurable: true,
						writable: true
					},
					all: DexiePromise.all,
					race: DexiePromise.race,
					allSettled: DexiePromise.allSettled,
					any: DexiePromise.any,
					resolve: DexiePromise.resolve,
					reject: DexiePromise.reject
				} : {};
				if (props) extend(psd, props);
				++parent.ref;
				psd.finalize = function() {
					--this.parent.ref || this.parent.finalize();
				};
				var rv = usePSD(psd, fn, a1, a2);
				if (psd.ref === 0) psd.finalize();
				return rv;
			}
			function incrementExpectedAwaits() {
				if (!task.id) task.id = ++taskCounter;
				++task.awaits;
				task.echoes += ZONE_ECHO_LIMIT;
				return task.id;
			}
			function decrementExpectedAwaits() {
				if (!task.awaits) return false;
				if (--task.awaits === 0) task.id = 0;
				task.echoes = task.awaits * ZONE_ECHO_LIMIT;
				return true;
			}
			if (("" + nativePromiseThen).indexOf("[native code]") === -1) incrementExpectedAwaits = decrementExpectedAwaits = nop;
			function onPossibleParallellAsync(possiblePromise) {
				if (task.echoes && possiblePromise && possiblePromise.constructor === NativePromise) {
					incrementExpectedAwaits();
					return possiblePromise.then(function(x) {
						decrementExpectedAwaits();
						return x;
					}, function(e) {
						decrementExpectedAwaits();
						return rejection(e);
					});
				}
				return possiblePromise;
			}
			function zoneEnterEcho(targetZone) {
				++totalEchoes;
				if (!task.echoes || --task.echoes === 0) task.echoes = task.awaits = task.id = 0;
				zoneStack.push(PSD);
				switchToZone(targetZone, true);
			}
			function zoneLeaveEcho() {
				var zone = zoneStack[zoneStack.length - 1];
				zoneStack.pop();
				switchToZone(zone, false);
			}
			function switchToZone(targetZone, bEnteringZone) {
				var currentZone = PSD;
				if (bEnteringZone ? task.echoes && (!zoneEchoes++ || targetZone !== PSD) : zoneEchoes && (!--zoneEchoes || targetZone !== PSD)) queueMicrotask(bEnteringZone ? zoneEnterEcho.bind(null, targetZone) : zoneLeaveEcho);
				if (targetZone === PSD) return;
				PSD = targetZone;
				if (currentZone === globalPSD) globalPSD.env = snapShot();
				if (patchGlobalPromise) {
					var GlobalPromise = globalPSD.env.Promise;
					var targetEnv = targetZone.env;
					if (currentZone.global || targetZone.global) {
						Object.defineProperty(_global, "Promise", targetEnv.PromiseProp);
						GlobalPromise.all = targetEnv.all;
						GlobalPromise.race = targetEnv.race;
						GlobalPromise.resolve = targetEnv.resolve;
						GlobalPromise.reject = targetEnv.reject;
						if (targetEnv.allSettled) GlobalPromise.allSettled = targetEnv.allSettled;
						if (targetEnv.any) GlobalPromise.any = targetEnv.any;
					}
				}
			}
			function snapShot() {
				var GlobalPromise = _global.Promise;
				return patchGlobalPromise ? {
					Promise: GlobalPromise,
					PromiseProp: Object.getOwnPropertyDescriptor(_global, "Promise"),
					all: GlobalPromise.all,
					race: GlobalPromise.race,
					allSettled: GlobalPromise.allSettled,
					any: GlobalPromise.any,
					resolve: GlobalPromise.resolve,
					reject: GlobalPromise.reject
				} : {};
			}
			function usePSD(psd, fn, a1, a2, a3) {
				var outerScope = PSD;
				try {
					switchToZone(psd, true);
					return fn(a1, a2, a3);
				} finally {
					switchToZone(outerScope, false);
				}
			}
			function nativeAwaitCompatibleWrap(fn, zone, possibleAwait, cleanup) {
				return typeof fn !== "function" ? fn : function() {
					var outerZone = PSD;
					if (possibleAwait) incrementExpectedAwaits();
					switchToZone(zone, true);
					try {
						return fn.apply(this, arguments);
					} finally {
						switchToZone(outerZone, false);
						if (cleanup) queueMicrotask(decrementExpectedAwaits);
					}
				};
			}
			function execInGlobalContext(cb) {
				if (Promise === NativePromise && task.echoes === 0) {
					if (zoneEchoes === 0) cb();
					else enqueueNativeMicroTask(cb);
				} else setTimeout(cb, 0);
			}
			var rejection = DexiePromise.reject;
			function tempTransaction(db, mode, storeNames, fn) {
				if (!db.idbdb || !db._state.openComplete && !PSD.letThrough && !db._vip) {
					if (db._state.openComplete) return rejection(new exceptions.DatabaseClosed(db._state.dbOpenError));
					if (!db._state.isBeingOpened) {
						if (!db._state.autoOpen) return rejection(new exceptions.DatabaseClosed());
						db.open().catch(nop);
					}
					return db._state.dbReadyPromise.then(function() {
						return tempTransaction(db, mode, storeNames, fn);
					});
				} else {
					var trans = db._createTransaction(mode, storeNames, db._dbSchema);
					try {
						trans.create();
						db._state.PR1398_maxLoop = 3;
					} catch (ex) {
						if (ex.name === errnames.InvalidState && db.isOpen() && --db._state.PR1398_maxLoop > 0) {
							console.warn("Dexie: Need to reopen db");
							db.close({ disableAutoOpen: false });
							return db.open().then(function() {
								return tempTransaction(db, mode, storeNames, fn);
							});
						}
						return rejection(ex);
					}
					return trans._promise(mode, function(resolve, reject) {
						return newScope(function() {
							PSD.trans = trans;
							return fn(resolve, reject, trans);
						});
					}).then(function(result) {
						if (mode === "readwrite") try {
							trans.idbtrans.commit();
						} catch (_a) {}
						return mode === "readonly" ? result : trans._completion.then(function() {
							return result;
						});
					});
				}
			}
			var DEXIE_VERSION = "4.4.7";
			var maxString = String.fromCharCode(65535);
			var minKey = -Infinity;
			var INVALID_KEY_ARGUMENT = "Invalid key provided. Keys must be of type string, number, Date or Array<string | number | Date>.";
			var STRING_EXPECTED = "String expected.";
			var DEFAULT_MAX_CONNECTIONS = 1e3;
			var DBNAMES_DB = "__dbnames";
			var READONLY = "readonly";
			var READWRITE = "readwrite";
			function combine(filter1, filter2) {
				return filter1 ? filter2 ? function() {
					return filter1.apply(this, arguments) && filter2.apply(this, arguments);
				} : filter1 : filter2;
			}
			var AnyRange = {
				type: 3,
				lower: -Infinity,
				lowerOpen: false,
				upper: [[]],
				upperOpen: false
			};
			function workaroundForUndefinedPrimKey(keyPath) {
				return typeof keyPath === "string" && !/\./.test(keyPath) ? function(obj) {
					if (obj[keyPath] === void 0 && keyPath in obj) {
						obj = deepClone(obj);
						delete obj[keyPath];
					}
					return obj;
				} : function(obj) {
					return obj;
				};
			}
			function Entity() {
				throw exceptions.Type("Entity instances must never be new:ed. Instances are generated by the framework bypassing the constructor.");
			}
			function cmp(a, b) {
				try {
					var ta = type(a);
					var tb = type(b);
					if (ta !== tb) {
						if (ta === "Array") return 1;
						if (tb === "Array") return -1;
						if (ta === "binary") return 1;
						if (tb === "binary") return -1;
						if (ta === "string") return 1;
						if (tb === "string") return -1;
						if (ta === "Date") return 1;
						if (tb !== "Date") return NaN;
						return -1;
					}
					switch (ta) {
						case "number":
						case "Date":
						case "string": return a > b ? 1 : a < b ? -1 : 0;
						case "binary": return compareUint8Arrays(getUint8Array(a), getUint8Array(b));
						case "Array": return compareArrays(a, b);
					}
				} catch (_a) {}
				return NaN;
			}
			function compareArrays(a, b) {
				var al = a.length;
				var bl = b.length;
				var l = al < bl ? al : bl;
				for (var i = 0; i < l; ++i) {
					var res = cmp(a[i], b[i]);
					if (res !== 0) return res;
				}
				return al === bl ? 0 : al < bl ? -1 : 1;
			}
			function compareUint8Arrays(a, b) {
				var al = a.length;
				var bl = b.length;
				var l = al < bl ? al : bl;
				for (var i = 0; i < l; ++i) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
				return al === bl ? 0 : al < bl ? -1 : 1;
			}
			function type(x) {
				var t = typeof x;
				if (t !== "object") return t;
				if (ArrayBuffer.isView(x)) return "binary";
				var tsTag = toStringTag(x);
				return tsTag === "ArrayBuffer" ? "binary" : tsTag;
			}
			function getUint8Array(a) {
				if (a instanceof Uint8Array) return a;
				if (ArrayBuffer.isView(a)) return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
				return new Uint8Array(a);
			}
			function builtInDeletionTrigger(table, keys, res) {
				var yProps = table.schema.yProps;
				if (!yProps) return res;
				if (keys && res.numFailures > 0) keys = keys.filter(function(_, i) {
					return !res.failures[i];
				});
				return Promise.all(yProps.map(function(_a) {
					var updatesTable = _a.updatesTable;
					return keys ? table.db.table(updatesTable).where("k").anyOf(keys).delete() : table.db.table(updatesTable).clear();
				})).then(function() {
					return res;
				});
			}
			var PropModification = function() {
				function PropModification(spec) {
					this["@@propmod"] = spec;
				}
				PropModification.prototype.execute = function(value) {
					var _a;
					var spec = this["@@propmod"];
					if (spec.add !== void 0) {
						var term = spec.add;
						if (isArray(term)) return __spreadArray(__spreadArray([], isArray(value) ? value : [], true), term, true).sort();
						if (typeof term === "number") return (Number(value) || 0) + term;
						if (typeof term === "bigint") try {
							return BigInt(value) + term;
						} catch (_b) {
							return BigInt(0) + term;
						}
						throw new TypeError("Invalid term ".concat(term));
					}
					if (spec.remove !== void 0) {
						var subtrahend_1 = spec.remove;
						if (isArray(subtrahend_1)) return isArray(value) ? value.filter(function(item) {
							return !subtrahend_1.includes(item);
						}).sort() : [];
						if (typeof subtrahend_1 === "number") return Number(value) - subtrahend_1;
						if (typeof subtrahend_1 === "bigint") try {
							return BigInt(value) - subtrahend_1;
						} catch (_c) {
							return BigInt(0) - subtrahend_1;
						}
						throw new TypeError("Invalid subtrahend ".concat(subtrahend_1));
					}
					var prefixToReplace = (_a = spec.replacePrefix) === null || _a === void 0 ? void 0 : _a[0];
					if (prefixToReplace && typeof value === "string" && value.startsWith(prefixToReplace)) return spec.replacePrefix[1] + value.substring(prefixToReplace.length);
					return value;
				};
				return PropModification;
			}();
			function applyUpdateSpec(obj, changes) {
				var keyPaths = keys(changes);
				var numKeys = keyPaths.length;
				var anythingModified = false;
				for (var i = 0; i < numKeys; ++i) {
					var keyPath = keyPaths[i];
					var value = changes[keyPath];
					var origValue = getByKeyPath(obj, keyPath);
					if (value instanceof PropModification) {
						setByKeyPath(obj, keyPath, value.execute(origValue));
						anythingModified = true;
					} else if (origValue !== value) {
						setByKeyPath(obj, keyPath, value);
						anythingModified = true;
					}
				}
				return anythingModified;
			}
			var Table = function() {
				function Table() {}
				Table.prototype._trans = function(mode, fn, writeLocked) {
					var trans = this._tx || PSD.trans;
					var tableName = this.name;
					var task = debug && typeof console !== "undefined" && console.createTask && console.createTask("Dexie: ".concat(mode === "readonly" ? "read" : "write", " ").concat(this.name));
					function checkTableInTransaction(resolve, reject, trans) {
						if (!trans.schema[tableName]) throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
						return fn(trans.idbtrans, trans);
					}
					var wasRootExec = beginMicroTickScope();
					try {
						var p = trans && trans.db._novip === this.db._novip ? trans === PSD.trans ? trans._promise(mode, checkTableInTransaction, writeLocked) : newScope(function() {
							return trans._promise(mode, checkTableInTransaction, writeLocked);
						}, {
							trans,
							transless: PSD.transless || PSD
						}) : tempTransaction(this.db, mode, [this.name], checkTableInTransaction);
						if (task) {
							p._consoleTask = task;
							p = p.catch(function(err) {
								console.trace(err);
								return rejection(err);
							});
						}
						return p;
					} finally {
						if (wasRootExec) endMicroTickScope();
					}
				};
				Table.prototype.get = function(keyOrCrit, cb) {
					var _this = this;
					if (keyOrCrit && keyOrCrit.constructor === Object) return this.where(keyOrCrit).first(cb);
					if (keyOrCrit == null) return rejection(new exceptions.Type("Invalid argument to Table.get()"));
					return this._trans("readonly", function(trans) {
						return _this.core.get({
							trans,
							key: keyOrCrit
						}).then(function(res) {
							return _this.hook.reading.fire(res);
						});
					}).then(cb);
				};
				Table.prototype.where = function(indexOrCrit) {
					if (typeof indexOrCrit === "string") return new this.db.WhereClause(this, indexOrCrit);
					if (isArray(indexOrCrit)) return new this.db.WhereClause(this, "[".concat(indexOrCrit.join("+"), "]"));
					var keyPaths = keys(indexOrCrit);
					if (keyPaths.length === 1) return this.where(keyPaths[0]).equals(indexOrCrit[keyPaths[0]]);
					var compoundIndex = this.schema.indexes.concat(this.schema.primKey).filter(function(ix) {
						if (ix.compound && keyPaths.every(function(keyPath) {
							return ix.keyPath.indexOf(keyPath) >= 0;
						})) {
							for (var i = 0; i < keyPaths.length; ++i) if (keyPaths.indexOf(ix.keyPath[i]) === -1) return false;
							return true;
						}
						return false;
					}).sort(function(a, b) {
						return a.keyPath.length - b.keyPath.length;
					})[0];
					if (compoundIndex && this.db._maxKey !== maxString) {
						var keyPathsInValidOrder = compoundIndex.keyPath.slice(0, keyPaths.length);
						return this.where(keyPathsInValidOrder).equals(keyPathsInValidOrder.map(function(kp) {
							return indexOrCrit[kp];
						}));
					}
					if (!compoundIndex && debug) console.warn("The query ".concat(JSON.stringify(indexOrCrit), " on ").concat(this.name, " would benefit from a ") + "compound index [".concat(keyPaths.join("+"), "]"));
					var idxByName = this.schema.idxByName;
					function equals(a, b) {
						return cmp(a, b) === 0;
					}
					var _a = keyPaths.reduce(function(_a, keyPath) {
						var prevIndex = _a[0], prevFilterFn = _a[1];
						var index = idxByName[keyPath];
						var value = indexOrCrit[keyPath];
						return [prevIndex || index, prevIndex || !index ? combine(prevFilterFn, index && index.multi ? function(x) {
							var prop = getByKeyPath(x, keyPath);
							return isArray(prop) && prop.some(function(item) {
								return equals(value, item);
							});
						} : function(x) {
							return equals(value, getByKeyPath(x, keyPath));
						}) : prevFilterFn];
					}, [null, null]), idx = _a[0], filterFunction = _a[1];
					return idx ? this.where(idx.name).equals(indexOrCrit[idx.keyPath]).filter(filterFunction) : compoundIndex ? this.filter(filterFunction) : this.where(keyPaths).equals("");
				};
				Table.prototype.filter = function(filterFunction) {
					return this.toCollection().and(filterFunction);
				};
				Table.prototype.count = function(thenShortcut) {
					return this.toCollection().count(thenShortcut);
				};
				Table.prototype.offset = function(offset) {
					return this.toCollection().offset(offset);
				};
				Table.prototype.limit = function(numRows) {
					return this.toCollection().limit(numRows);
				};
				Table.prototype.each = function(callback) {
					return this.toCollection().each(callback);
				};
				Table.prototype.toArray = function(thenShortcut) {
					return this.toCollection().toArray(thenShortcut);
				};
				Table.prototype.toCollection = function() {
					return new this.db.Collection(new this.db.WhereClause(this));
				};
				Table.prototype.orderBy = function(index) {
					return new this.db.Collection(new this.db.WhereClause(this, isArray(index) ? "[".concat(index.join("+"), "]") : index));
				};
				Table.prototype.reverse = function() {
					return this.toCollection().reverse();
				};
				Table.prototype.mapToClass = function(constructor) {
					var _a = this, db = _a.db, tableName = _a.name;
					this.schema.mappedClass = constructor;
					if (constructor.prototype instanceof Entity) constructor = function(_super) {
						__extends(class_1, _super);
						function class_1() {
							return _super !== null && _super.apply(this, arguments) || this;
						}
						Object.defineProperty(class_1.prototype, "db", {
							get: function() {
								return db;
							},
							enumerable: false,
							configurable: true
						});
						class_1.prototype.table = function() {
							return tableName;
						};
						return class_1;
					}(constructor);
					var inheritedProps = /* @__PURE__ */ new Set();
					for (var proto = constructor.prototype; proto; proto = getProto(proto)) Object.getOwnPropertyNames(proto).forEach(function(propName) {
						return inheritedProps.add(propName);
					});
					var readHook = function(obj) {
						if (!obj) return obj;
						var res = Object.create(constructor.prototype);
						for (var m in obj) if (!inheritedProps.has(m)) try {
							res[m] = obj[m];
						} catch (_) {}
						return res;
					};
					if (this.schema.readHook) this.hook.reading.unsubscribe(this.schema.readHook);
					this.schema.readHook = readHook;
					this.hook("reading", readHook);
					return constructor;
				};
				Table.prototype.defineClass = function() {
					function Class(content) {
						extend(this, content);
					}
					return this.mapToClass(Class);
				};
				Table.prototype.add = function(obj, key) {
					var _this = this;
					var _a = this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
					var objToAdd = obj;
					if (keyPath && auto) objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
					return this._trans("readwrite", function(trans) {
						return _this.core.mutate({
							trans,
							type: "add",
							keys: key != null ? [key] : null,
							values: [objToAdd]
						});
					}).then(function(res) {
						return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
					}).then(function(lastResult) {
						if (keyPath) try {
							setByKeyPath(obj, keyPath, lastResult);
						} catch (_) {}
						return lastResult;
					});
				};
				Table.prototype.upsert = function(key, modifications) {
					var _this = this;
					var keyPath = this.schema.primKey.keyPath;
					return this._trans("readwrite", function(trans) {
						return _this.core.get({
							trans,
							key
						}).then(function(existing) {
							var obj = existing !== null && existing !== void 0 ? existing : {};
							applyUpdateSpec(obj, modifications);
							if (keyPath) setByKeyPath(obj, keyPath, key);
							return _this.core.mutate({
								trans,
								type: "put",
								values: [obj],
								keys: [key],
								upsert: true,
								updates: {
									keys: [key],
									changeSpecs: [modifications]
								}
							}).then(function(res) {
								return res.numFailures ? DexiePromise.reject(res.failures[0]) : !!existing;
							});
						});
					});
				};
				Table.prototype.update = function(keyOrObject, modifications) {
					if (typeof keyOrObject === "object" && !isArray(keyOrObject)) {
						var key = getByKeyPath(keyOrObject, this.schema.primKey.keyPath);
						if (key === void 0) return rejection(new exceptions.InvalidArgument("Given object does not contain its primary key"));
						return this.where(":id").equals(key).modify(modifications);
					} else return this.where(":id").equals(keyOrObject).modify(modifications);
				};
				Table.prototype.put = function(obj, key) {
					var _this = this;
					var _a = this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
					var objToAdd = obj;
					if (keyPath && auto) objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
					return this._trans("readwrite", function(trans) {
						return _this.core.mutate({
							trans,
							type: "put",
							values: [objToAdd],
							keys: key != null ? [key] : null
						});
					}).then(function(res) {
						return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
					}).then(function(lastResult) {
						if (keyPath) try {
							setByKeyPath(obj, keyPath, lastResult);
						} catch (_) {}
						return lastResult;
					});
				};
				Table.prototype.delete = function(key) {
					var _this = this;
					return this._trans("readwrite", function(trans) {
						return _this.core.mutate({
							trans,
							type: "delete",
							keys: [key]
						}).then(function(res) {
							return builtInDeletionTrigger(_this, [key], res);
						}).then(function(res) {
							return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
						});
					});
				};
				Table.prototype.clear = function() {
					var _this = this;
					return this._trans("readwrite", function(trans) {
						return _this.core.mutate({
							trans,
							type: "deleteRange",
							range: AnyRange
						}).then(function(res) {
							return builtInDeletionTrigger(_this, null, res);
						});
					}).then(function(res) {
						return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
					});
				};
				Table.prototype.bulkGet = function(keys) {
					var _this = this;
					return this._trans("readonly", function(trans) {
						return _this.core.getMany({
							keys,
							trans
						}).then(function(result) {
							return result.map(function(res) {
								return _this.hook.reading.fire(res);
							});
						});
					});
				};
				Table.prototype.bulkAdd = function(objects, keysOrOptions, options) {
					var _this = this;
					var keys = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
					options = options || (keys ? void 0 : keysOrOptions);
					var wantResults = options ? options.allKeys : void 0;
					return this._trans("readwrite", function(trans) {
						var _a = _this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
						if (keyPath && keys) throw new exceptions.InvalidArgument("bulkAdd(): keys argument invalid on tables with inbound keys");
						if (keys && keys.length !== objects.length) throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
						var numObjects = objects.length;
						var objectsToAdd = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
						return _this.core.mutate({
							trans,
							type: "add",
							keys,
							values: objectsToAdd,
							wantResults
						}).then(function(_a) {
							var numFailures = _a.numFailures, results = _a.results, lastResult = _a.lastResult, failures = _a.failures;
							var result = wantResults ? results : lastResult;
							if (numFailures === 0) return result;
							throw new BulkError("".concat(_this.name, ".bulkAdd(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
						});
					});
				};
				Table.prototype.bulkPut = function(objects, keysOrOptions, options) {
					var _this = this;
					var keys = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
					options = options || (keys ? void 0 : keysOrOptions);
					var wantResults = options ? options.allKeys : void 0;
					return this._trans("readwrite", function(trans) {
						var _a = _this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
						if (keyPath && keys) throw new exceptions.InvalidArgument("bulkPut(): keys argument invalid on tables with inbound keys");
						if (keys && keys.length !== objects.length) throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
						var numObjects = objects.length;
						var objectsToPut = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
						return _this.core.mutate({
							trans,
							type: "put",
							keys,
							values: objectsToPut,
							wantResults
						}).then(function(_a) {
							var numFailures = _a.numFailures, results = _a.results, lastResult = _a.lastResult, failures = _a.failures;
							var result = wantResults ? results : lastResult;
							if (numFailures === 0) return result;
							throw new BulkError("".concat(_this.name, ".bulkPut(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
						});
					});
				};
				Table.prototype.bulkUpdate = function(keysAndChanges) {
					var _this = this;
					var keys = keysAndChanges.map(function(entry) {
						return entry.key;
					});
					var changeSpecs = keysAndChanges.map(function(entry) {
						return entry.changes;
					});
					var offsetMap = [];
					return this._trans("readwrite", function(trans) {
						var coreTable = _this.core;
						return coreTable.getMany({
							trans,
							keys,
							cache: "clone"
						}).then(function(objs) {
							var _a = coreTable.schema.primaryKey, outbound = _a.outbound, extractKey = _a.extractKey;
							var resultKeys = [];
							var resultObjs = [];
							keysAndChanges.forEach(function(_a, idx) {
								var key = _a.key, changes = _a.changes;
								var obj = objs[idx];
								if (obj) {
									for (var _i = 0, _b = Object.keys(changes); _i < _b.length; _i++) {
										var keyPath = _b[_i];
										setByKeyPath(obj, keyPath, changes[keyPath]);
									}
									if (!outbound && cmp(extractKey(obj), key) !== 0) throw new exceptions.Constraint("Cannot update primary key in bulkUpdate()");
									offsetMap.push(idx);
									resultKeys.push(key);
									resultObjs.push(obj);
								}
							});
							var numEntries = resultKeys.length;
							return coreTable.mutate({
								trans,
								type: "put",
								keys: resultKeys,
								values: resultObjs,
								updates: {
									keys,
									changeSpecs
								}
							}).then(function(_a) {
								var numFailures = _a.numFailures, failures = _a.failures;
								if (numFailures === 0) return numEntries;
								for (var _i = 0, _b = Object.keys(failures); _i < _b.length; _i++) {
									var offset = _b[_i];
									var mappedOffset = offsetMap[Number(offset)];
									if (mappedOffset != null) {
										var failure = failures[offset];
										delete failures[offset];
										failures[mappedOffset] = failure;
									}
								}
								throw new BulkError("".concat(_this.name, ".bulkUpdate(): ").concat(numFailures, " of ").concat(numEntries, " operations failed"), failures);
							});
						});
					});
				};
				Table.prototype.bulkDelete = function(keys) {
					var _this = this;
					var numKeys = keys.length;
					return this._trans("readwrite", function(trans) {
						return _this.core.mutate({
							trans,
							type: "delete",
							keys
						}).then(function(res) {
							return builtInDeletionTrigger(_this, keys, res);
						});
					}).then(function(_a) {
						var numFailures = _a.numFailures, lastResult = _a.lastResult, failures = _a.failures;
						if (numFailures === 0) return lastResult;
						throw new BulkError("".concat(_this.name, ".bulkDelete(): ").concat(numFailures, " of ").concat(numKeys, " operations failed"), failures);
					});
				};
				return Table;
			}();
			function Events(ctx) {
				var evs = {};
				var rv = function(eventName, subscriber) {
					if (subscriber) {
						var i = arguments.length, args = new Array(i - 1);
						while (--i) args[i - 1] = arguments[i];
						evs[eventName].subscribe.apply(null, args);
						return ctx;
					} else if (typeof eventName === "string") return evs[eventName];
				};
				rv.addEventType = add;
				for (var i = 1, l = arguments.length; i < l; ++i) add(arguments[i]);
				return rv;
				function add(eventName, chainFunction, defaultFunction) {
					if (typeof eventName === "object") return addConfiguredEvents(eventName);
					if (!chainFunction) chainFunction = reverseStoppableEventChain;
					if (!defaultFunction) defaultFunction = nop;
					var context = {
						subscribers: [],
						fire: defaultFunction,
						subscribe: function(cb) {
							if (context.subscribers.indexOf(cb) === -1) {
								context.subscribers.push(cb);
								context.fire = chainFunction(context.fire, cb);
							}
						},
						unsubscribe: function(cb) {
							context.subscribers = context.subscribers.filter(function(fn) {
								return fn !== cb;
							});
							context.fire = context.subscribers.reduce(chainFunction, defaultFunction);
						}
					};
					evs[eventName] = rv[eventName] = context;
					return context;
				}
				function addConfiguredEvents(cfg) {
					keys(cfg).forEach(function(eventName) {
						var args = cfg[eventName];
						if (isArray(args)) add(eventName, cfg[eventName][0], cfg[eventName][1]);
						else if (args === "asap") var context = add(eventName, mirror, function fire() {
							var i = arguments.length, args = new Array(i);
							while (i--) args[i] = arguments[i];
							context.subscribers.forEach(function(fn) {
								asap$1(function fireEvent() {
									fn.apply(null, args);
								});
							});
						});
						else throw new exceptions.InvalidArgument("Invalid event config");
					});
				}
			}
			function makeClassConstructor(prototype, constructor) {
				derive(constructor).from({ prototype });
				return constructor;
			}
			function createTableConstructor(db) {
				return makeClassConstructor(Table.prototype, function Table(name, tableSchema, trans) {
					this.db = db;
					this._tx = trans;
					this.name = name;
					this.schema = tableSchema;
					this.hook = db._allTables[name] ? db._allTables[name].hook : Events(null, {
						creating: [hookCreatingChain, nop],
						reading: [pureFunctionChain, mirror],
						updating: [hookUpdatingChain, nop],
						deleting: [hookDeletingChain, nop]
					});
				});
			}
			function isPlainKeyRange(ctx, ignoreLimitFilter) {
				return !(ctx.filter || ctx.algorithm || ctx.or) && (ignoreLimitFilter ? ctx.justLimit : !ctx.replayFilter);
			}
			function addFilter(ctx, fn) {
				ctx.filter = combine(ctx.filter, fn);
			}
			function addReplayFilter(ctx, factory, isLimitFilter) {
				var curr = ctx.replayFilter;
				ctx.replayFilter = curr ? function() {
					return combine(curr(), factory());
				} : factory;
				ctx.justLimit = isLimitFilter && !curr;
			}
			function addMatchFilter(ctx, fn) {
				ctx.isMatch = combine(ctx.isMatch, fn);
			}
			function getIndexOrStore(ctx, coreSchema) {
				if (ctx.isPrimKey) return coreSchema.primaryKey;
				var index = coreSchema.getIndexByKeyPath(ctx.index);
				if (!index) throw new exceptions.Schema("KeyPath " + ctx.index + " on object store " + coreSchema.name + " is not indexed");
				return index;
			}
			function openCursor(ctx, coreTable, trans) {
				var index = getIndexOrStore(ctx, coreTable.schema);
				return coreTable.openCursor({
					trans,
					values: !ctx.keysOnly,
					reverse: ctx.dir === "prev",
					unique: !!ctx.unique,
					query: {
						index,
						range: ctx.range
					}
				});
			}
			function iter(ctx, fn, coreTrans, coreTable) {
				var filter = ctx.replayFilter ? combine(ctx.filter, ctx.replayFilter()) : ctx.filter;
				if (!ctx.or) return iterate(openCursor(ctx, coreTable, coreTrans), combine(ctx.algorithm, filter), fn, !ctx.keysOnly && ctx.valueMapper);
				else {
					var set_1 = {};
					var union = function(item, cursor, advance) {
						if (!filter || filter(cursor, advance, function(result) {
							return cursor.stop(result);
						}, function(err) {
							return cursor.fail(err);
						})) {
							var primaryKey = cursor.primaryKey;
							var key = "" + primaryKey;
							if (key === "[object ArrayBuffer]") key = "" + new Uint8Array(primaryKey);
							if (!hasOwn(set_1, key)) {
								set_1[key] = true;
								fn(item, cursor, advance);
							}
						}
					};
					return Promise.all([ctx.or._iterate(union, coreTrans), iterate(openCursor(ctx, coreTable, coreTrans), ctx.algorithm, union, !ctx.keysOnly && ctx.valueMapper)]);
				}
			}
			function iterate(cursorPromise, filter, fn, valueMapper) {
				var wrappedFn = wrap(valueMapper ? function(x, c, a) {
					return fn(valueMapper(x), c, a);
				} : fn);
				return cursorPromise.then(function(cursor) {
					if (cursor) return cursor.start(function() {
						var c = function() {
							return cursor.continue();
						};
						if (!filter || filter(cursor, function(advancer) {
							return c = advancer;
						}, function(val) {
							cursor.stop(val);
							c = nop;
						}, function(e) {
							cursor.fail(e);
							c = nop;
						})) wrappedFn(cursor.value, cursor, function(advancer) {
							return c = advancer;
						});
						c();
					});
				});
			}
			var Collection = function() {
				function Collection() {}
				Collection.prototype._read = function(fn, cb) {
					var ctx = this._ctx;
					return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readonly", fn).then(cb);
				};
				Collection.prototype._write = function(fn) {
					var ctx = this._ctx;
					return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readwrite", fn, "locked");
				};
				Collection.prototype._addAlgorithm = function(fn) {
					var ctx = this._ctx;
					ctx.algorithm = combine(ctx.algorithm, fn);
				};
				Collection.prototype._iterate = function(fn, coreTrans) {
					return iter(this._ctx, fn, coreTrans, this._ctx.table.core);
				};
				Collection.prototype.clone = function(props) {
					var rv = Object.create(this.constructor.prototype), ctx = Object.create(this._ctx);
					if (props) extend(ctx, props);
					rv._ctx = ctx;
					return rv;
				};
				Collection.prototype.raw = function() {
					this._ctx.valueMapper = null;
					return this;
				};
				Collection.prototype.each = function(fn) {
					var ctx = this._ctx;
					return this._read(function(trans) {
						return iter(ctx, fn, trans, ctx.table.core);
					});
				};
				Collection.prototype.count = function(cb) {
					var _this = this;
					return this._read(function(trans) {
						var ctx = _this._ctx;
						var coreTable = ctx.table.core;
						if (isPlainKeyRange(ctx, true)) return coreTable.count({
							trans,
							query: {
								index: getIndexOrStore(ctx, coreTable.schema),
								range: ctx.range
							}
						}).then(function(count) {
							return Math.min(count, ctx.limit);
						});
						else {
							var count = 0;
							return iter(ctx, function() {
								++count;
								return false;
							}, trans, coreTable).then(function() {
								return count;
							});
						}
					}).then(cb);
				};
				Collection.prototype.sortBy = function(keyPath, cb) {
					var parts = keyPath.split(".").reverse(), lastPart = parts[0], lastIndex = parts.length - 1;
					function getval(obj, i) {
						if (i) return getval(obj[parts[i]], i - 1);
						return obj[lastPart];
					}
					var order = this._ctx.dir === "next" ? 1 : -1;
					function sorter(a, b) {
						return cmp(getval(a, lastIndex), getval(b, lastIndex)) * order;
					}
					return this.toArray(function(a) {
						return a.slice().sort(sorter);
					}).then(cb);
				};
				Collection.prototype.toArray = function(cb) {
					var _this = this;
					return this._read(function(trans) {
						var ctx = _this._ctx;
						if (isPlainKeyRange(ctx, true) && ctx.limit > 0) {
							var valueMapper_1 = ctx.valueMapper;
							var index = getIndexOrStore(ctx, ctx.table.core.schema);
							return ctx.table.core.query({
								trans,
								limit: ctx.limit,
								values: true,
								direction: ctx.dir === "prev" ? "prev" : void 0,
								query: {
									index,
									range: ctx.range
								}
							}).then(function(_a) {
								var result = _a.result;
								return valueMapper_1 ? result.map(valueMapper_1) : result;
							});
						} else {
							var a_1 = [];
							return iter(ctx, function(item) {
								return a_1.push(item);
							}, trans, ctx.table.core).then(function() {
								return a_1;
							});
						}
					}, cb);
				};
				Collection.prototype.offset = function(offset) {
					var ctx = this._ctx;
					if (offset <= 0) return this;
					ctx.offset += offset;
					if (isPlainKeyRange(ctx)) addReplayFilter(ctx, function() {
						var offsetLeft = offset;
						return function(cursor, advance) {
							if (offsetLeft === 0) return true;
							if (offsetLeft === 1) {
								--offsetLeft;
								return false;
							}
							advance(function() {
								cursor.advance(offsetLeft);
								offsetLeft = 0;
							});
							return false;
						};
					});
					else addReplayFilter(ctx, function() {
						var offsetLeft = offset;
						return function() {
							return --offsetLeft < 0;
						};
					});
					return this;
				};
				Collection.prototype.limit = function(numRows) {
					this._ctx.limit = Math.min(this._ctx.limit, numRows);
					addReplayFilter(this._ctx, function() {
						var rowsLeft = numRows;
						return function(cursor, advance, resolve) {
							if (--rowsLeft <= 0) advance(resolve);
							return rowsLeft >= 0;
						};
					}, true);
					return this;
				};
				Collection.prototype.until = function(filterFunction, bIncludeStopEntry) {
					addFilter(this._ctx, function(cursor, advance, resolve) {
						if (filterFunction(cursor.value)) {
							advance(resolve);
							return bIncludeStopEntry;
						} else return true;
					});
					return this;
				};
				Collection.prototype.first = function(cb) {
					return this.limit(1).toArray(function(a) {
						return a[0];
					}).then(cb);
				};
				Collection.prototype.last = function(cb) {
					return this.reverse().first(cb);
				};
				Collection.prototype.filter = function(filterFunction) {
					addFilter(this._ctx, function(cursor) {
						return filterFunction(cursor.value);
					});
					addMatchFilter(this._ctx, filterFunction);
					return this;
				};
				Collection.prototype.and = function(filter) {
					return this.filter(filter);
				};
				Collection.prototype.or = function(indexName) {
					return new this.db.WhereClause(this._ctx.table, indexName, this);
				};
				Collection.prototype.reverse = function() {
					this._ctx.dir = this._ctx.dir === "prev" ? "next" : "prev";
					if (this._ondirectionchange) this._ondirectionchange(this._ctx.dir);
					return this;
				};
				Collection.prototype.desc = function() {
					return this.reverse();
				};
				Collection.prototype.eachKey = function(cb) {
					var ctx = this._ctx;
					ctx.keysOnly = !ctx.isMatch;
					return this.each(function(val, cursor) {
						cb(cursor.key, cursor);
					});
				};
				Collection.prototype.eachUniqueKey = function(cb) {
					this._ctx.unique = "unique";
					return this.eachKey(cb);
				};
				Collection.prototype.eachPrimaryKey = function(cb) {
					var ctx = this._ctx;
					ctx.keysOnly = !ctx.isMatch;
					return this.each(function(val, cursor) {
						cb(cursor.primaryKey, cursor);
					});
				};
				Collection.prototype.keys = function(cb) {
					var ctx = this._ctx;
					ctx.keysOnly = !ctx.isMatch;
					var a = [];
					return this.each(function(item, cursor) {
						a.push(cursor.key);
					}).then(function() {
						return a;
					}).then(cb);
				};
				Collection.prototype.primaryKeys = function(cb) {
					var ctx = this._ctx;
					if (isPlainKeyRange(ctx, true) && ctx.limit > 0) return this._read(function(trans) {
						var index = getIndexOrStore(ctx, ctx.table.core.schema);
						return ctx.table.core.query({
							trans,
							values: false,
							limit: ctx.limit,
							direction: ctx.dir === "prev" ? "prev" : void 0,
							query: {
								index,
								range: ctx.range
							}
						});
					}).then(function(_a) {
						return _a.result;
					}).then(cb);
					ctx.keysOnly = !ctx.isMatch;
					var a = [];
					return this.each(function(item, cursor) {
						a.push(cursor.primaryKey);
					}).then(function() {
						return a;
					}).then(cb);
				};
				Collection.prototype.uniqueKeys = function(cb) {
					this._ctx.unique = "unique";
					return this.keys(cb);
				};
				Collection.prototype.firstKey = function(cb) {
					return this.limit(1).keys(function(a) {
						return a[0];
					}).then(cb);
				};
				Collection.prototype.lastKey = function(cb) {
					return this.reverse().firstKey(cb);
				};
				Collection.prototype.distinct = function() {
					var ctx = this._ctx, idx = ctx.index && ctx.table.schema.idxByName[ctx.index];
					if (!idx || !idx.multi) return this;
					var set = {};
					addFilter(this._ctx, function(cursor) {
						var strKey = cursor.primaryKey.toString();
						var found = hasOwn(set, strKey);
						set[strKey] = true;
						return !found;
					});
					return this;
				};
				Collection.prototype.modify = function(changes) {
					var _this = this;
					var ctx = this._ctx;
					return this._write(function(trans) {
						var modifyer;
						if (typeof changes === "function") modifyer = changes;
						else modifyer = function(item) {
							return applyUpdateSpec(item, changes);
						};
						var coreTable = ctx.table.core;
						var _a = coreTable.schema.primaryKey, outbound = _a.outbound, extractKey = _a.extractKey;
						var limit = 200;
						var modifyChunkSize = _this.db._options.modifyChunkSize;
						if (modifyChunkSize) {
							if (typeof modifyChunkSize == "object") limit = modifyChunkSize[coreTable.name] || modifyChunkSize["*"] || 200;
							else limit = modifyChunkSize;
						}
						var totalFailures = [];
						var successCount = 0;
						var failedKeys = [];
						var applyMutateResult = function(expectedCount, res) {
							var failures = res.failures, numFailures = res.numFailures;
							successCount += expectedCount - numFailures;
							for (var _i = 0, _a = keys(failures); _i < _a.length; _i++) {
								var pos = _a[_i];
								totalFailures.push(failures[pos]);
							}
						};
						var isUnconditionalDelete = changes === deleteCallback;
						return _this.clone().primaryKeys().then(function(keys) {
							var criteria = isPlainKeyRange(ctx) && ctx.limit === Infinity && (typeof changes !== "function" || isUnconditionalDelete) && {
								index: ctx.index,
								range: ctx.range
							};
							var nextChunk = function(offset) {
								var count = Math.min(limit, keys.length - offset);
								var keysInChunk = keys.slice(offset, offset + count);
								return (isUnconditionalDelete ? Promise.resolve([]) : coreTable.getMany({
									trans,
									keys: keysInChunk,
									cache: "immutable"
								})).then(function(values) {
									var addValues = [];
									var putValues = [];
									var putKeys = outbound ? [] : null;
									var deleteKeys = isUnconditionalDelete ? keysInChunk : [];
									if (!isUnconditionalDelete) for (var i = 0; i < count; ++i) {
										var origValue = values[i];
										var ctx_1 = {
											value: deepClone(origValue),
											primKey: keys[offset + i]
										};
										if (modifyer.call(ctx_1, ctx_1.value, ctx_1) !== false) {
											if (ctx_1.value == null) deleteKeys.push(keys[offset + i]);
											else if (!outbound && cmp(extractKey(origValue), extractKey(ctx_1.value)) !== 0) {
												deleteKeys.push(keys[offset + i]);
												addValues.push(ctx_1.value);
											} else {
												putValues.push(ctx_1.value);
												if (outbound) putKeys.push(keys[offset + i]);
											}
										}
									}
									return Promise.resolve(addValues.length > 0 && coreTable.mutate({
										trans,
										type: "add",
										values: addValues
									}).then(function(res) {
										for (var pos in res.failures) deleteKeys.splice(parseInt(pos), 1);
										applyMutateResult(addValues.length, res);
									})).then(function() {
										return (putValues.length > 0 || criteria && typeof changes === "object") && coreTable.mutate({
											trans,
											type: "put",
											keys: putKeys,
											values: putValues,
											criteria,
											changeSpec: typeof changes !== "function" && changes,
											isAdditionalChunk: offset > 0
										}).then(function(res) {
											return applyMutateResult(putValues.length, res);
										});
									}).then(function() {
										return (deleteKeys.length > 0 || criteria && isUnconditionalDelete) && coreTable.mutate({
											trans,
											type: "delete",
											keys: deleteKeys,
											criteria,
											isAdditionalChunk: offset > 0
										}).then(function(res) {
											return builtInDeletionTrigger(ctx.table, deleteKeys, res);
										}).then(function(res) {
											return applyMutateResult(deleteKeys.length, res);
										});
									}).then(function() {
										return keys.length > offset + count && nextChunk(offset + limit);
									});
								});
							};
							return nextChunk(0).then(function() {
								if (totalFailures.length > 0) throw new ModifyError("Error modifying one or more objects", totalFailures, successCount, failedKeys);
								return keys.length;
							});
						});
					});
				};
				Collection.prototype.delete = function() {
					var ctx = this._ctx, range = ctx.range;
					if (isPlainKeyRange(ctx) && !ctx.table.schema.yProps && (ctx.isPrimKey || range.type === 3)) return this._write(function(trans) {
						var primaryKey = ctx.table.core.schema.primaryKey;
						var coreRange = range;
						return ctx.table.core.count({
							trans,
							query: {
								index: primaryKey,
								range: coreRange
							}
						}).then(function(count) {
							return ctx.table.core.mutate({
								trans,
								type: "deleteRange",
								range: coreRange
							}).then(function(_a) {
								var failures = _a.failures, numFailures = _a.numFailures;
								if (numFailures) throw new ModifyError("Could not delete some values", Object.keys(failures).map(function(pos) {
									return failures[pos];
								}), count - numFailures);
								return count - numFailures;
							});
						});
					});
					return this.modify(deleteCallback);
				};
				return Collection;
			}();
			var deleteCallback = function(value, ctx) {
				return ctx.value = null;
			};
			function createCollectionConstructor(db) {
				return makeClassConstructor(Collection.prototype, function Collection(whereClause, keyRangeGenerator) {
					this.db = db;
					var keyRange = AnyRange, error = null;
					if (keyRangeGenerator) try {
						keyRange = keyRangeGenerator();
					} catch (ex) {
						error = ex;
					}
					var whereCtx = whereClause._ctx;
					var table = whereCtx.table;
					var readingHook = table.hook.reading.fire;
					this._ctx = {
						table,
						index: whereCtx.index,
						isPrimKey: !whereCtx.index || table.schema.primKey.keyPath && whereCtx.index === table.schema.primKey.name,
						range: keyRange,
						keysOnly: false,
						dir: "next",
						unique: "",
						algorithm: null,
						filter: null,
						replayFilter: null,
						justLimit: true,
						isMatch: null,
						offset: 0,
						limit: Infinity,
						error,
						or: whereCtx.or,
						valueMapper: readingHook !== mirror ? readingHook : null
					};
				});
			}
			function simpleCompare(a, b) {
				return a < b ? -1 : a === b ? 0 : 1;
			}
			function simpleCompareReverse(a, b) {
				return a > b ? -1 : a === b ? 0 : 1;
			}
			function fail(collectionOrWhereClause, err, T) {
				var collection = collectionOrWhereClause instanceof WhereClause ? new collectionOrWhereClause.Collection(collectionOrWhereClause) : collectionOrWhereClause;
				collection._ctx.error = T ? new T(err) : new TypeError(err);
				return collection;
			}
			function emptyCollection(whereClause) {
				var collection = new whereClause.Collection(whereClause, function() {
					return rangeEqual("");
				});
				collection._addAlgorithm(function() {
					return false;
				});
				return collection;
			}
			function upperFactory(dir) {
				return dir === "next" ? function(s) {
					return s.toUpperCase();
				} : function(s) {
					return s.toLowerCase();
				};
			}
			function lowerFactory(dir) {
				return dir === "next" ? function(s) {
					return s.toLowerCase();
				} : function(s) {
					return s.toUpperCase();
				};
			}
			function nextCasing(key, lowerKey, upperNeedle, lowerNeedle, cmp, dir) {
				var length = Math.min(key.length, lowerNeedle.length);
				var llp = -1;
				for (var i = 0; i < length; ++i) {
					var lwrKeyChar = lowerKey[i];
					if (lwrKeyChar !== lowerNeedle[i]) {
						if (cmp(key[i], upperNeedle[i]) < 0) return key.substr(0, i) + upperNeedle[i] + upperNeedle.substr(i + 1);
						if (cmp(key[i], lowerNeedle[i]) < 0) return key.substr(0, i) + lowerNeedle[i] + upperNeedle.substr(i + 1);
						if (llp >= 0) return key.substr(0, llp) + lowerKey[llp] + upperNeedle.substr(llp + 1);
						return null;
					}
					if (cmp(key[i], lwrKeyChar) < 0) llp = i;
				}
				if (length < lowerNeedle.length && dir === "next") return key + upperNeedle.substr(key.length);
				if (length < key.length && dir === "prev") return key.substr(0, upperNeedle.length);
				return llp < 0 ? null : key.substr(0, llp) + lowerNeedle[llp] + upperNeedle.substr(llp + 1);
			}
			function addIgnoreCaseAlgorithm(whereClause, match, needles, suffix) {
				var upper, lower, compare, upperNeedles, lowerNeedles, direction, nextKeySuffix, needlesLen = needles.length;
				if (!needles.every(function(s) {
					return typeof s === "string";
				})) return fail(whereClause, STRING_EXPECTED);
				function initDirection(dir) {
					upper = upperFactory(dir);
					lower = lowerFactory(dir);
					compare = dir === "next" ? simpleCompare : simpleCompareReverse;
					var needleBounds = needles.map(function(needle) {
						return {
							lower: lower(needle),
							upper: upper(needle)
						};
					}).sort(function(a, b) {
						return compare(a.lower, b.lower);
					});
					upperNeedles = needleBounds.map(function(nb) {
						return nb.upper;
					});
					lowerNeedles = needleBounds.map(function(nb) {
						return nb.lower;
					});
					direction = dir;
					nextKeySuffix = dir === "next" ? "" : suffix;
				}
				initDirection("next");
				var c = new whereClause.Collection(whereClause, function() {
					return createRange(upperNeedles[0], lowerNeedles[needlesLen - 1] + suffix);
				});
				c._ondirectionchange = function(direction) {
					initDirection(direction);
				};
				var firstPossibleNeedle = 0;
				c._addAlgorithm(function(cursor, advance, resolve) {
					var key = cursor.key;
					if (typeof key !== "string") return false;
					var lowerKey = lower(key);
					if (match(lowerKey, lowerNeedles, firstPossibleNeedle)) return true;
					else {
						var lowestPossibleCasing = null;
						for (var i = firstPossibleNeedle; i < needlesLen; ++i) {
							var casing = nextCasing(key, lowerKey, upperNeedles[i], lowerNeedles[i], compare, direction);
							if (casing === null && lowestPossibleCasing === null) firstPossibleNeedle = i + 1;
							else if (lowestPossibleCasing === null || compare(lowestPossibleCasing, casing) > 0) lowestPossibleCasing = casing;
						}
						if (lowestPossibleCasing !== null) advance(function() {
							cursor.continue(lowestPossibleCasing + nextKeySuffix);
						});
						else advance(resolve);
						return false;
					}
				});
				return c;
			}
			function createRange(lower, upper, lowerOpen, upperOpen) {
				return {
					type: 2,
					lower,
					upper,
					lowerOpen,
					upperOpen
				};
			}
			function rangeEqual(value) {
				return {
					type: 1,
					lower: value,
					upper: value
				};
			}
			var WhereClause = function() {
				function WhereClause() {}
				Object.defineProperty(WhereClause.prototype, "Collection", {
					get: function() {
						return this._ctx.table.db.Collection;
					},
					enumerable: false,
					configurable: true
				});
				WhereClause.prototype.between = function(lower, upper, includeLower, includeUpper) {
					includeLower = includeLower !== false;
					includeUpper = includeUpper === true;
					try {
						if (this._cmp(lower, upper) > 0 || this._cmp(lower, upper) === 0 && (includeLower || includeUpper) && !(includeLower && includeUpper)) return emptyCollection(this);
						return new this.Collection(this, function() {
							return createRange(lower, upper, !includeLower, !includeUpper);
						});
					} catch (e) {
						return fail(this, INVALID_KEY_ARGUMENT);
					}
				};
				WhereClause.prototype.equals = function(value) {
					if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
					return new this.Collection(this, function() {
						return rangeEqual(value);
					});
				};
				WhereClause.prototype.above = function(value) {
					if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
					return new this.Collection(this, function() {
						return createRange(value, void 0, true);
					});
				};
				WhereClause.prototype.aboveOrEqual = function(value) {
					if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
					return new this.Collection(this, function() {
						return createRange(value, void 0, false);
					});
				};
				WhereClause.prototype.below = function(value) {
					if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
					return new this.Collection(this, function() {
						return createRange(void 0, value, false, true);
					});
				};
				WhereClause.prototype.belowOrEqual = function(value) {
					if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
					return new this.Collection(this, function() {
						return createRange(void 0, value);
					});
				};
				WhereClause.prototype.startsWith = function(str) {
					if (typeof str !== "string") return fail(this, STRING_EXPECTED);
					return this.between(str, str + maxString, true, true);
				};
				WhereClause.prototype.startsWithIgnoreCase = function(str) {
					if (str === "") return this.startsWith(str);
					return addIgnoreCaseAlgorithm(this, function(x, a) {
						return x.indexOf(a[0]) === 0;
					}, [str], maxString);
				};
				WhereClause.prototype.equalsIgnoreCase = function(str) {
					return addIgnoreCaseAlgorithm(this, function(x, a) {
						return x === a[0];
					}, [str], "");
				};
				WhereClause.prototype.anyOfIgnoreCase = function() {
					var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
					if (set.length === 0) return emptyCollection(this);
					return addIgnoreCaseAlgorithm(this, function(x, a) {
						return a.indexOf(x) !== -1;
					}, set, "");
				};
				WhereClause.prototype.startsWithAnyOfIgnoreCase = function() {
					var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
					if (set.length === 0) return emptyCollection(this);
					return addIgnoreCaseAlgorithm(this, function(x, a) {
						return a.some(function(n) {
							return x.indexOf(n) === 0;
						});
					}, set, maxString);
				};
				WhereClause.prototype.anyOf = function() {
					var _this = this;
					var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
					var compare = this._cmp;
					try {
						set.sort(compare);
					} catch (e) {
						return fail(this, INVALID_KEY_ARGUMENT);
					}
					if (set.length === 0) return emptyCollection(this);
					var c = new this.Collection(this, function() {
						return createRange(set[0], set[set.length - 1]);
					});
					c._ondirectionchange = function(direction) {
						compare = direction === "next" ? _this._ascending : _this._descending;
						set.sort(compare);
					};
					var i = 0;
					c._addAlgorithm(function(cursor, advance, resolve) {
						var key = cursor.key;
						while (compare(key, set[i]) > 0) {
							++i;
							if (i === set.length) {
								advance(resolve);
								return false;
							}
						}
						if (compare(key, set[i]) === 0) return true;
						else {
							advance(function() {
								cursor.continue(set[i]);
							});
							return false;
						}
					});
					return c;
				};
				WhereClause.prototype.notEqual = function(value) {
					return this.inAnyRange([[minKey, value], [value, this.db._maxKey]], {
						includeLowers: false,
						includeUppers: false
					});
				};
				WhereClause.prototype.noneOf = function() {
					var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
					if (set.length === 0) return new this.Collection(this);
					try {
						set.sort(this._ascending);
					} catch (e) {
						return fail(this, INVALID_KEY_ARGUMENT);
					}
					var ranges = set.reduce(function(res, val) {
						return res ? res.concat([[res[res.length - 1][1], val]]) : [[minKey, val]];
					}, null);
					ranges.push([set[set.length - 1], this.db._maxKey]);
					return this.inAnyRange(ranges, {
						includeLowers: false,
						includeUppers: false
					});
				};
				WhereClause.prototype.inAnyRange = function(ranges, options) {
					var _this = this;
					var cmp = this._cmp, ascending = this._ascending, descending = this._descending, min = this._min, max = this._max;
					if (ranges.length === 0) return emptyCollection(this);
					if (!ranges.every(function(range) {
						return range[0] !== void 0 && range[1] !== void 0 && ascending(range[0], range[1]) <= 0;
					})) return fail(this, "First argument to inAnyRange() must be an Array of two-value Arrays [lower,upper] where upper must not be lower than lower", exceptions.InvalidArgument);
					var includeLowers = !options || options.includeLowers !== false;
					var includeUppers = options && options.includeUppers === true;
					function addRange(ranges, newRange) {
						var i = 0, l = ranges.length;
						for (; i < l; ++i) {
							var range = ranges[i];
							if (cmp(newRange[0], range[1]) < 0 && cmp(newRange[1], range[0]) > 0) {
								range[0] = min(range[0], newRange[0]);
								range[1] = max(range[1], newRange[1]);
								break;
							}
						}
						if (i === l) ranges.push(newRange);
						return ranges;
					}
					var sortDirection = ascending;
					function rangeSorter(a, b) {
						return sortDirection(a[0], b[0]);
					}
					var set;
					try {
						set = ranges.reduce(addRange, []);
						set.sort(rangeSorter);
					} catch (ex) {
						return fail(this, INVALID_KEY_ARGUMENT);
					}
					var rangePos = 0;
					var keyIsBeyondCurrentEntry = includeUppers ? function(key) {
						return ascending(key, set[rangePos][1]) > 0;
					} : function(key) {
						return ascending(key, set[rangePos][1]) >= 0;
					};
					var keyIsBeforeCurrentEntry = includeLowers ? function(key) {
						return descending(key, set[rangePos][0]) > 0;
					} : function(key) {
						return descending(key, set[rangePos][0]) >= 0;
					};
					function keyWithinCurrentRange(key) {
						return !keyIsBeyondCurrentEntry(key) && !keyIsBeforeCurrentEntry(key);
					}
					var checkKey = keyIsBeyondCurrentEntry;
					var c = new this.Collection(this, function() {
						return createRange(set[0][0], set[set.length - 1][1], !includeLowers, !includeUppers);
					});
					c._ondirectionchange = function(direction) {
						if (direction === "next") {
							checkKey = keyIsBeyondCurrentEntry;
							sortDirection = ascending;
						} else {
							checkKey = keyIsBeforeCurrentEntry;
							sortDirection = descending;
						}
						set.sort(rangeSorter);
					};
					c._addAlgorithm(function(cursor, advance, resolve) {
						var key = cursor.key;
						while (checkKey(key)) {
							++rangePos;
							if (rangePos === set.length) {
								advance(resolve);
								return false;
							}
						}
						if (keyWithinCurrentRange(key)) return true;
						else if (_this._cmp(key, set[rangePos][1]) === 0 || _this._cmp(key, set[rangePos][0]) === 0) return false;
						else {
							advance(function() {
								if (sortDirection === ascending) cursor.continue(set[rangePos][0]);
								else cursor.continue(set[rangePos][1]);
							});
							return false;
						}
					});
					return c;
				};
				WhereClause.prototype.startsWithAnyOf = function() {
					var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
					if (!set.every(function(s) {
						return typeof s === "string";
					})) return fail(this, "startsWithAnyOf() only works with strings");
					if (set.length === 0) return emptyCollection(this);
					return this.inAnyRange(set.map(function(str) {
						return [str, str + maxString];
					}));
				};
				return WhereClause;
			}();
			function createWhereClauseConstructor(db) {
				return makeClassConstructor(WhereClause.prototype, function WhereClause(table, index, orCollection) {
					this.db = db;
					this._ctx = {
						table,
						index: index === ":id" ? null : index,
						or: orCollection
					};
					this._cmp = this._ascending = cmp;
					this._descending = function(a, b) {
						return cmp(b, a);
					};
					this._max = function(a, b) {
						return cmp(a, b) > 0 ? a : b;
					};
					this._min = function(a, b) {
						return cmp(a, b) < 0 ? a : b;
					};
					this._IDBKeyRange = db._deps.IDBKeyRange;
					if (!this._IDBKeyRange) throw new exceptions.MissingAPI();
				});
			}
			function eventRejectHandler(reject) {
				return wrap(function(event) {
					preventDefault(event);
					reject(event.target.error);
					return false;
				});
			}
			function preventDefault(event) {
				if (event.stopPropagation) event.stopPropagation();
				if (event.preventDefault) event.preventDefault();
			}
			var DEXIE_STORAGE_MUTATED_EVENT_NAME = "storagemutated";
			var STORAGE_MUTATED_DOM_EVENT_NAME = "x-storagemutated-1";
			var globalEvents = Events(null, DEXIE_STORAGE_MUTATED_EVENT_NAME);
			var Transaction = function() {
				function Transaction() {}
				Transaction.prototype._lock = function() {
					assert(!PSD.global);
					++this._reculock;
					if (this._reculock === 1 && !PSD.global) PSD.lockOwnerFor = this;
					return this;
				};
				Transaction.prototype._unlock = function() {
					assert(!PSD.global);
					if (--this._reculock === 0) {
						if (!PSD.global) PSD.lockOwnerFor = null;
						while (this._blockedFuncs.length > 0 && !this._locked()) {
							var fnAndPSD = this._blockedFuncs.shift();
							try {
								usePSD(fnAndPSD[1], fnAndPSD[0]);
							} catch (e) {}
						}
					}
					return this;
				};
				Transaction.prototype._locked = function() {
					return this._reculock && PSD.lockOwnerFor !== this;
				};
				Transaction.prototype.create = function(idbtrans) {
					var _this = this;
					if (!this.mode) return this;
					var idbdb = this.db.idbdb;
					var dbOpenError = this.db._state.dbOpenError;
					assert(!this.idbtrans);
					if (!idbtrans && !idbdb) switch (dbOpenError && dbOpenError.name) {
						case "DatabaseClosedError": throw new exceptions.DatabaseClosed(dbOpenError);
						case "MissingAPIError": throw new exceptions.MissingAPI(dbOpenError.message, dbOpenError);
						default: throw new exceptions.OpenFailed(dbOpenError);
					}
					if (!this.active) throw new exceptions.TransactionInactive();
					assert(this._completion._state === null);
					idbtrans = this.idbtrans = idbtrans || (this.db.core ? this.db.core.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }) : idbdb.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }));
					idbtrans.onerror = wrap(function(ev) {
						preventDefault(ev);
						_this._reject(idbtrans.error);
					});
					idbtrans.onabort = wrap(function(ev) {
						preventDefault(ev);
						_this.active && _this._reject(new exceptions.Abort(idbtrans.error));
						_this.active = false;
						_this.on("abort").fire(ev);
					});
					idbtrans.oncomplete = wrap(function() {
						_this.active = false;
						_this._resolve();
						if ("mutatedParts" in idbtrans) globalEvents.storagemutated.fire(idbtrans["mutatedParts"]);
					});
					return this;
				};
				Transaction.prototype._promise = function(mode, fn, bWriteLock) {
					var _this = this;
					if (mode === "readwrite" && this.mode !== "readwrite") return rejection(new exceptions.ReadOnly("Transaction is readonly"));
					if (!this.active) return rejection(new exceptions.TransactionInactive());
					if (this._locked()) return new DexiePromise(function(resolve, reject) {
						_this._blockedFuncs.push([function() {
							_this._promise(mode, fn, bWriteLock).then(resolve, reject);
						}, PSD]);
					});
					else if (bWriteLock) return newScope(function() {
						var p = new DexiePromise(function(resolve, reject) {
							_this._lock();
							var rv = fn(resolve, reject, _this);
							if (rv && rv.then) rv.then(resolve, reject);
						});
						p.finally(function() {
							return _this._unlock();
						});
						p._lib = true;
						return p;
					});
					else {
						var p = new DexiePromise(function(resolve, reject) {
							var rv = fn(resolve, reject, _this);
							if (rv && rv.then) rv.then(resolve, reject);
						});
						p._lib = true;
						return p;
					}
				};
				Transaction.prototype._root = function() {
					return this.parent ? this.parent._root() : this;
				};
				Transaction.prototype.waitFor = function(promiseLike) {
					var root = this._root();
					var promise = DexiePromise.resolve(promiseLike);
					if (root._waitingFor) root._waitingFor = root._waitingFor.then(function() {
						return promise;
					});
					else {
						root._waitingFor = promise;
						root._waitingQueue = [];
						var store = root.idbtrans.objectStore(root.storeNames[0]);
						(function spin() {
							++root._spinCount;
							while (root._waitingQueue.length) root._waitingQueue.shift()();
							if (root._waitingFor) store.get(-Infinity).onsuccess = spin;
						})();
					}
					var currentWaitPromise = root._waitingFor;
					return new DexiePromise(function(resolve, reject) {
						promise.then(function(res) {
							return root._waitingQueue.push(wrap(resolve.bind(null, res)));
						}, function(err) {
							return root._waitingQueue.push(wrap(reject.bind(null, err)));
						}).finally(function() {
							if (root._waitingFor === currentWaitPromise) root._waitingFor = null;
						});
					});
				};
				Transaction.prototype.abort = function() {
					if (this.active) {
						this.active = false;
						if (this.idbtrans) this.idbtrans.abort();
						this._reject(new exceptions.Abort());
					}
				};
				Transaction.prototype.table = function(tableName) {
					var memoizedTables = this._memoizedTables || (this._memoizedTables = {});
					if (hasOwn(memoizedTables, tableName)) return memoizedTables[tableName];
					var tableSchema = this.schema[tableName];
					if (!tableSchema) throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
					var transactionBoundTable = new this.db.Table(tableName, tableSchema, this);
					transactionBoundTable.core = this.db.core.table(tableName);
					memoizedTables[tableName] = transactionBoundTable;
					return transactionBoundTable;
				};
				return Transaction;
			}();
			function createTransactionConstructor(db) {
				return makeClassConstructor(Transaction.prototype, function Transaction(mode, storeNames, dbschema, chromeTransactionDurability, parent) {
					var _this = this;
					if (mode !== "readonly") storeNames.forEach(function(storeName) {
						var _a;
						var yProps = (_a = dbschema[storeName]) === null || _a === void 0 ? void 0 : _a.yProps;
						if (yProps) storeNames = storeNames.concat(yProps.map(function(p) {
							return p.updatesTable;
						}));
					});
					this.db = db;
					this.mode = mode;
					this.storeNames = storeNames;
					this.schema = dbschema;
					this.chromeTransactionDurability = chromeTransactionDurability;
					this.idbtrans = null;
					this.on = Events(this, "complete", "error", "abort");
					this.parent = parent || null;
					this.active = true;
					this._reculock = 0;
					this._blockedFuncs = [];
					this._resolve = null;
					this._reject = null;
					this._waitingFor = null;
					this._waitingQueue = null;
					this._spinCount = 0;
					this._completion = new DexiePromise(function(resolve, reject) {
						_this._resolve = resolve;
						_this._reject = reject;
					});
					this._completion.then(function() {
						_this.active = false;
						_this.on.complete.fire();
					}, function(e) {
						var wasActive = _this.active;
						_this.active = false;
						_this.on.error.fire(e);
						_this.parent ? _this.parent._reject(e) : wasActive && _this.idbtrans && _this.idbtrans.abort();
						return rejection(e);
					});
				});
			}
			function createIndexSpec(name, keyPath, unique, multi, auto, compound, isPrimKey, type) {
				return {
					name,
					keyPath,
					unique,
					multi,
					auto,
					compound,
					src: (unique && !isPrimKey ? "&" : "") + (multi ? "*" : "") + (auto ? "++" : "") + nameFromKeyPath(keyPath),
					type
				};
			}
			function nameFromKeyPath(keyPath) {
				return typeof keyPath === "string" ? keyPath : keyPath ? "[" + [].join.call(keyPath, "+") + "]" : "";
			}
			function createTableSchema(name, primKey, indexes) {
				return {
					name,
					primKey,
					indexes,
					mappedClass: null,
					idxByName: arrayToObject(indexes, function(index) {
						return [index.name, index];
					})
				};
			}
			function safariMultiStoreFix(storeNames) {
				return storeNames.length === 1 ? storeNames[0] : storeNames;
			}
			var getMaxKey = function(IdbKeyRange) {
				try {
					IdbKeyRange.only([[]]);
					getMaxKey = function() {
						return [[]];
					};
					return [[]];
				} catch (e) {
					getMaxKey = function() {
						return maxString;
					};
					return maxString;
				}
			};
			function getKeyExtractor(keyPath) {
				if (keyPath == null) return function() {};
				else if (typeof keyPath === "string") return getSinglePathKeyExtractor(keyPath);
				else return function(obj) {
					return getByKeyPath(obj, keyPath);
				};
			}
			function getSinglePathKeyExtractor(keyPath) {
				if (keyPath.split(".").length === 1) return function(obj) {
					return obj[keyPath];
				};
				else return function(obj) {
					return getByKeyPath(obj, keyPath);
				};
			}
			function arrayify(arrayLike) {
				return [].slice.call(arrayLike);
			}
			var _id_counter = 0;
			function getKeyPathAlias(keyPath) {
				return keyPath == null ? ":id" : typeof keyPath === "string" ? keyPath : "[".concat(keyPath.join("+"), "]");
			}
			function createDBCore(db, IdbKeyRange, tmpTrans) {
				function extractSchema(db, trans) {
					var tables = arrayify(db.objectStoreNames);
					var tempStore = tables.length > 0 ? trans.objectStore(tables[0]) : {};
					return {
						schema: {
							name: db.name,
							tables: tables.map(function(table) {
								return trans.objectStore(table);
							}).map(function(store) {
								var keyPath = store.keyPath, autoIncrement = store.autoIncrement;
								var compound = isArray(keyPath);
								var outbound = keyPath == null;
								var indexByKeyPath = {};
								var result = {
									name: store.name,
									primaryKey: {
										name: null,
										isPrimaryKey: true,
										outbound,
										compound,
										keyPath,
										autoIncrement,
										unique: true,
										extractKey: getKeyExtractor(keyPath)
									},
									indexes: arrayify(store.indexNames).map(function(indexName) {
										return store.index(indexName);
									}).map(function(index) {
										var name = index.name, unique = index.unique, multiEntry = index.multiEntry, keyPath = index.keyPath;
										var result = {
											name,
											compound: isArray(keyPath),
											keyPath,
											unique,
											multiEntry,
											extractKey: getKeyExtractor(keyPath)
										};
										indexByKeyPath[getKeyPathAlias(keyPath)] = result;
										return result;
									}),
									getIndexByKeyPath: function(keyPath) {
										return indexByKeyPath[getKeyPathAlias(keyPath)];
									}
								};
								indexByKeyPath[":id"] = result.primaryKey;
								if (keyPath != null) indexByKeyPath[getKeyPathAlias(keyPath)] = result.primaryKey;
								return result;
							})
						},
						hasGetAll: tables.length > 0 && "getAll" in tempStore && !(typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604),
						hasIdb3Features: "getAllRecords" in tempStore
					};
				}
				function makeIDBKeyRange(range) {
					if (range.type === 3) return null;
					if (range.type === 4) throw new Error("Cannot convert never type to IDBKeyRange");
					var lower = range.lower, upper = range.upper, lowerOpen = range.lowerOpen, upperOpen = range.upperOpen;
					return lower === void 0 ? upper === void 0 ? null : IdbKeyRange.upperBound(upper, !!upperOpen) : upper === void 0 ? IdbKeyRange.lowerBound(lower, !!lowerOpen) : IdbKeyRange.bound(lower, upper, !!lowerOpen, !!upperOpen);
				}
				function createDbCoreTable(tableSchema) {
					var tableName = tableSchema.name;
					function mutate(_a) {
						var trans = _a.trans, type = _a.type, keys = _a.keys, values = _a.values, range = _a.range;
						return new Promise(function(resolve, reject) {
							resolve = wrap(resolve);
							var store = trans.objectStore(tableName);
							var outbound = store.keyPath == null;
							var isAddOrPut = type === "put" || type === "add";
							if (!isAddOrPut && type !== "delete" && type !== "deleteRange") throw new Error("Invalid operation type: " + type);
							var length = (keys || values || { length: 1 }).length;
							if (keys && values && keys.length !== values.length) throw new Error("Given keys array must have same length as given values array.");
							if (length === 0) return resolve({
								numFailures: 0,
								failures: {},
								results: [],
								lastResult: void 0
							});
							var req;
							var reqs = [];
							var failures = [];
							var numFailures = 0;
							var errorHandler = function(event) {
								++numFailures;
								preventDefault(event);
							};
							if (type === "deleteRange") {
								if (range.type === 4) return resolve({
									numFailures,
									failures,
									results: [],
									lastResult: void 0
								});
								if (range.type === 3) reqs.push(req = store.clear());
								else reqs.push(req = store.delete(makeIDBKeyRange(range)));
							} else {
								var _a = isAddOrPut ? outbound ? [values, keys] : [values, null] : [keys, null], args1 = _a[0], args2 = _a[1];
								if (isAddOrPut) for (var i = 0; i < length; ++i) {
									reqs.push(req = args2 && args2[i] !== void 0 ? store[type](args1[i], args2[i]) : store[type](args1[i]));
									req.onerror = errorHandler;
								}
								else for (var i = 0; i < length; ++i) {
									reqs.push(req = store[type](args1[i]));
									req.onerror = errorHandler;
								}
							}
							var done = function(event) {
								var lastResult = event.target.result;
								reqs.forEach(function(req, i) {
									return req.error != null && (failures[i] = req.error);
								});
								resolve({
									numFailures,
									failures,
									results: type === "delete" ? keys : reqs.map(function(req) {
										return req.result;
									}),
									lastResult
								});
							};
							req.onerror = function(event) {
								errorHandler(event);
								done(event);
							};
							req.onsuccess = done;
						});
					}
					function openCursor(_a) {
						var trans = _a.trans, values = _a.values, query = _a.query, reverse = _a.reverse, unique = _a.unique;
						return new Promise(function(resolve, reject) {
							resolve = wrap(resolve);
							var index = query.index, range = query.range;
							var store = trans.objectStore(tableName);
							var source = index.isPrimaryKey ? store : store.index(index.name);
							var direction = reverse ? unique ? "prevunique" : "prev" : unique ? "nextunique" : "next";
							var req = values || !("openKeyCursor" in source) ? source.openCursor(makeIDBKeyRange(range), direction) : source.openKeyCursor(makeIDBKeyRange(range), direction);
							req.onerror = eventRejectHandler(reject);
							req.onsuccess = wrap(function(ev) {
								var cursor = req.result;
								if (!cursor) {
									resolve(null);
									return;
								}
								cursor.___id = ++_id_counter;
								cursor.done = false;
								var _cursorContinue = cursor.continue.bind(cursor);
								var _cursorContinuePrimaryKey = cursor.continuePrimaryKey;
								if (_cursorContinuePrimaryKey) _cursorContinuePrimaryKey = _cursorContinuePrimaryKey.bind(cursor);
								var _cursorAdvance = cursor.advance.bind(cursor);
								var doThrowCursorIsNotStarted = function() {
									throw new Error("Cursor not started");
								};
								var doThrowCursorIsStopped = function() {
									throw new Error("Cursor not stopped");
								};
								cursor.trans = trans;
								cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsNotStarted;
								cursor.fail = wrap(reject);
								cursor.next = function() {
									var _this = this;
									var gotOne = 1;
									return this.start(function() {
										return gotOne-- ? _this.continue() : _this.stop();
									}).then(function() {
										return _this;
									});
								};
								cursor.start = function(callback) {
									var iterationPromise = new Promise(function(resolveIteration, rejectIteration) {
										resolveIteration = wrap(resolveIteration);
										req.onerror = eventRejectHandler(rejectIteration);
										cursor.fail = rejectIteration;
										cursor.stop = function(value) {
											cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsStopped;
											resolveIteration(value);
										};
									});
									var guardedCallback = function() {
										if (req.result) try {
											callback();
										} catch (err) {
											cursor.fail(err);
										}
										else {
											cursor.done = true;
											cursor.start = function() {
												throw new Error("Cursor behind last entry");
											};
											cursor.stop();
										}
									};
									req.onsuccess = wrap(function(ev) {
										req.onsuccess = guardedCallback;
										guardedCallback();
									});
									cursor.continue = _cursorContinue;
									cursor.continuePrimaryKey = _cursorContinuePrimaryKey;
									cursor.advance = _cursorAdvance;
									guardedCallback();
									return iterationPromise;
								};
								resolve(cursor);
							}, reject);
						});
					}
					function query(hasGetAll, hasIdb3Features) {
						return function(request) {
							return new Promise(function(resolve, reject) {
								var _a;
								resolve = wrap(resolve);
								var trans = request.trans, values = request.values, limit = request.limit, query = request.query;
								var direction = (_a = request.direction) !== null && _a !== void 0 ? _a : "next";
								var nonInfinitLimit = limit === Infinity ? void 0 : limit;
								var index = query.index, range = query.range;
								var store = trans.objectStore(tableName);
								var source = index.isPrimaryKey ? store : store.index(index.name);
								var idbKeyRange = makeIDBKeyRange(range);
								if (limit === 0) return resolve({ result: [] });
								if (hasIdb3Features) {
									var options = {
										query: idbKeyRange,
										count: nonInfinitLimit,
										direction
									};
									var req = values ? source.getAll(options) : source.getAllKeys(options);
									req.onsuccess = function(event) {
										return resolve({ result: event.target.result });
									};
									req.onerror = eventRejectHandler(reject);
								} else if (hasGetAll && direction === "next") {
									var req = values ? source.getAll(idbKeyRange, nonInfinitLimit) : source.getAllKeys(idbKeyRange, nonInfinitLimit);
									req.onsuccess = function(event) {
										return resolve({ result: event.target.result });
									};
									req.onerror = eventRejectHandler(reject);
								} else {
									var count_1 = 0;
									var req_1 = values || !("openKeyCursor" in source) ? source.openCursor(idbKeyRange, direction) : source.openKeyCursor(idbKeyRange, direction);
									var result_1 = [];
									req_1.onsuccess = function() {
										var cursor = req_1.result;
										if (!cursor) return resolve({ result: result_1 });
										result_1.push(values ? cursor.value : cursor.primaryKey);
										if (++count_1 === limit) return resolve({ result: result_1 });
										cursor.continue();
									};
									req_1.onerror = eventRejectHandler(reject);
								}
							});
						};
					}
					return {
						name: tableName,
						schema: tableSchema,
						mutate,
						getMany: function(_a) {
							var trans = _a.trans, keys = _a.keys;
							return new Promise(function(resolve, reject) {
								resolve = wrap(resolve);
								var store = trans.objectStore(tableName);
								var length = keys.length;
								var result = new Array(length);
								var keyCount = 0;
								var callbackCount = 0;
								var req;
								var successHandler = function(event) {
									var req = event.target;
									if ((result[req._pos] = req.result) != null);
									if (++callbackCount === keyCount) resolve(result);
								};
								var errorHandler = eventRejectHandler(reject);
								for (var i = 0; i < length; ++i) if (keys[i] != null) {
									req = store.get(keys[i]);
									req._pos = i;
									req.onsuccess = successHandler;
									req.onerror = errorHandler;
									++keyCount;
								}
								if (keyCount === 0) resolve(result);
							});
						},
						get: function(_a) {
							var trans = _a.trans, key = _a.key;
							return new Promise(function(resolve, reject) {
								resolve = wrap(resolve);
								var req = trans.objectStore(tableName).get(key);
								req.onsuccess = function(event) {
									return resolve(event.target.result);
								};
								req.onerror = eventRejectHandler(reject);
							});
						},
						query: query(hasGetAll, hasIdb3Features),
						openCursor,
						count: function(_a) {
							var query = _a.query, trans = _a.trans;
							var index = query.index, range = query.range;
							return new Promise(function(resolve, reject) {
								var store = trans.objectStore(tableName);
								var source = index.isPrimaryKey ? store : store.index(index.name);
								var idbKeyRange = makeIDBKeyRange(range);
								var req = idbKeyRange ? source.count(idbKeyRange) : source.count();
								req.onsuccess = wrap(function(ev) {
									return resolve(ev.target.result);
								});
								req.onerror = eventRejectHandler(reject);
							});
						}
					};
				}
				var _a = extractSchema(db, tmpTrans), schema = _a.schema, hasGetAll = _a.hasGetAll, hasIdb3Features = _a.hasIdb3Features;
				var tables = schema.tables.map(function(tableSchema) {
					return createDbCoreTable(tableSchema);
				});
				var tableMap = {};
				tables.forEach(function(table) {
					return tableMap[table.name] = table;
				});
				return {
					stack: "dbcore",
					transaction: db.transaction.bind(db),
					table: function(name) {
						if (!tableMap[name]) throw new Error("Table '".concat(name, "' not found"));
						return tableMap[name];
					},
					MIN_KEY: -Infinity,
					MAX_KEY: getMaxKey(IdbKeyRange),
					schema
				};
			}
			function createMiddlewareStack(stackImpl, middlewares) {
				return middlewares.reduce(function(down, _a) {
					var create = _a.create;
					return __assign(__assign({}, down), create(down));
				}, stackImpl);
			}
			function createMiddlewareStacks(middlewares, idbdb, _a, tmpTrans) {
				var IDBKeyRange = _a.IDBKeyRange;
				_a.indexedDB;
				return { dbcore: createMiddlewareStack(createDBCore(idbdb, IDBKeyRange, tmpTrans), middlewares.dbcore) };
			}
			function generateMiddlewareStacks(db, tmpTrans) {
				var idbdb = tmpTrans.db;
				db.core = createMiddlewareStacks(db._middlewares, idbdb, db._deps, tmpTrans).dbcore;
				db.tables.forEach(function(table) {
					var tableName = table.name;
					if (db.core.schema.tables.some(function(tbl) {
						return tbl.name === tableName;
					})) {
						table.core = db.core.table(tableName);
						if (db[tableName] instanceof db.Table) db[tableName].core = table.core;
					}
				});
			}
			function setApiOnPlace(db, objs, tableNames, dbschema) {
				tableNames.forEach(function(tableName) {
					var schema = dbschema[tableName];
					objs.forEach(function(obj) {
						var propDesc = getPropertyDescriptor(obj, tableName);
						if (!propDesc || "value" in propDesc && propDesc.value === void 0) {
							if (obj === db.Transaction.prototype || obj instanceof db.Transaction) setProp(obj, tableName, {
								get: function() {
									return this.table(tableName);
								},
								set: function(value) {
									defineProperty(this, tableName, {
										value,
										writable: true,
										configurable: true,
										enumerable: true
									});
								}
							});
							else obj[tableName] = new db.Table(tableName, schema);
						}
					});
				});
			}
			function removeTablesApi(db, objs) {
				objs.forEach(function(obj) {
					for (var key in obj) if (obj[key] instanceof db.Table) delete obj[key];
				});
			}
			function lowerVersionFirst(a, b) {
				return a._cfg.version - b._cfg.version;
			}
			function runUpgraders(db, oldVersion, idbUpgradeTrans, reject) {
				var globalSchema = db._dbSchema;
				if (idbUpgradeTrans.objectStoreNames.contains("$meta") && !globalSchema.$meta) {
					globalSchema.$meta = createTableSchema("$meta", parseIndexSyntax("")[0], []);
					db._storeNames.push("$meta");
				}
				var trans = db._createTransaction("readwrite", db._storeNames, globalSchema);
				trans.create(idbUpgradeTrans);
				trans._completion.catch(reject);
				var rejectTransaction = trans._reject.bind(trans);
				var transless = PSD.transless || PSD;
				newScope(function() {
					PSD.trans = trans;
					PSD.transless = transless;
					if (oldVersion === 0) {
						keys(globalSchema).forEach(function(tableName) {
							createTable(idbUpgradeTrans, tableName, globalSchema[tableName].primKey, globalSchema[tableName].indexes);
						});
						generateMiddlewareStacks(db, idbUpgradeTrans);
						DexiePromise.follow(function() {
							return db.on.populate.fire(trans);
						}).catch(rejectTransaction);
					} else {
						generateMiddlewareStacks(db, idbUpgradeTrans);
						return getExistingVersion(db, trans, oldVersion).then(function(oldVersion) {
							return updateTablesAndIndexes(db, oldVersion, trans, idbUpgradeTrans);
						}).catch(rejectTransaction);
					}
				});
			}
			function patchCurrentVersion(db, idbUpgradeTrans) {
				createMissingTables(db._dbSchema, idbUpgradeTrans);
				if (idbUpgradeTrans.db.version % 10 === 0 && !idbUpgradeTrans.objectStoreNames.contains("$meta")) idbUpgradeTrans.db.createObjectStore("$meta").add(Math.ceil(idbUpgradeTrans.db.version / 10 - 1), "version");
				var globalSchema = buildGlobalSchema(db, db.idbdb, idbUpgradeTrans);
				adjustToExistingIndexNames(db, db._dbSchema, idbUpgradeTrans);
				var diff = getSchemaDiff(globalSchema, db._dbSchema);
				var _loop_1 = function(tableChange) {
					if (tableChange.change.length || tableChange.recreate) {
						console.warn("Unable to patch indexes of table ".concat(tableChange.name, " because it has changes on the type of index or primary key."));
						return { value: void 0 };
					}
					var store = idbUpgradeTrans.objectStore(tableChange.name);
					tableChange.add.forEach(function(idx) {
						if (debug) console.debug("Dexie upgrade patch: Creating missing index ".concat(tableChange.name, ".").concat(idx.src));
						addIndex(store, idx);
					});
				};
				for (var _i = 0, _a = diff.change; _i < _a.length; _i++) {
					var tableChange = _a[_i];
					var state_1 = _loop_1(tableChange);
					if (typeof state_1 === "object") return state_1.value;
				}
			}
			function getExistingVersion(db, trans, oldVersion) {
				if (trans.storeNames.includes("$meta")) return trans.table("$meta").get("version").then(function(metaVersion) {
					return metaVersion != null ? metaVersion : oldVersion;
				});
				else return DexiePromise.resolve(oldVersion);
			}
			function updateTablesAndIndexes(db, oldVersion, trans, idbUpgradeTrans) {
				var queue = [];
				var versions = db._versions;
				var globalSchema = db._dbSchema = buildGlobalSchema(db, db.idbdb, idbUpgradeTrans);
				var versToRun = versions.filter(function(v) {
					return v._cfg.version >= oldVersion;
				});
				if (versToRun.length === 0) return DexiePromise.resolve();
				versToRun.forEach(function(version) {
					queue.push(function() {
						var oldSchema = globalSchema;
						var newSchema = version._cfg.dbschema;
						adjustToExistingIndexNames(db, oldSchema, idbUpgradeTrans);
						adjustToExistingIndexNames(db, newSchema, idbUpgradeTrans);
						globalSchema = db._dbSchema = newSchema;
						var diff = getSchemaDiff(oldSchema, newSchema);
						diff.add.forEach(function(tuple) {
							createTable(idbUpgradeTrans, tuple[0], tuple[1].primKey, tuple[1].indexes);
						});
						diff.change.forEach(function(change) {
							if (change.recreate) throw new exceptions.Upgrade("Not yet support for changing primary key");
							else {
								var store_1 = idbUpgradeTrans.objectStore(change.name);
								change.add.forEach(function(idx) {
									return addIndex(store_1, idx);
								});
								change.change.forEach(function(idx) {
									store_1.deleteIndex(idx.name);
									addIndex(store_1, idx);
								});
								change.del.forEach(function(idxName) {
									return store_1.deleteIndex(idxName);
								});
							}
						});
						var contentUpgrade = version._cfg.contentUpgrade;
						if (contentUpgrade && version._cfg.version > oldVersion) {
							generateMiddlewareStacks(db, idbUpgradeTrans);
							trans._memoizedTables = {};
							var upgradeSchema_1 = shallowClone(newSchema);
							diff.del.forEach(function(table) {
								upgradeSchema_1[table] = oldSchema[table];
							});
							removeTablesApi(db, [db.Transaction.prototype]);
							setApiOnPlace(db, [db.Transaction.prototype], keys(upgradeSchema_1), upgradeSchema_1);
							trans.schema = upgradeSchema_1;
							var contentUpgradeIsAsync_1 = isAsyncFunction(contentUpgrade);
							if (contentUpgradeIsAsync_1) incrementExpectedAwaits();
							var returnValue_1;
							var promiseFollowed = DexiePromise.follow(function() {
								returnValue_1 = contentUpgrade(trans);
								if (returnValue_1) {
									if (contentUpgradeIsAsync_1) {
										var decrementor = decrementExpectedAwaits.bind(null, null);
										returnValue_1.then(decrementor, decrementor);
									}
								}
							});
							return returnValue_1 && typeof returnValue_1.then === "function" ? DexiePromise.resolve(returnValue_1) : promiseFollowed.then(function() {
								return returnValue_1;
							});
						}
					});
					queue.push(function(idbtrans) {
						var newSchema = version._cfg.dbschema;
						deleteRemovedTables(newSchema, idbtrans);
						removeTablesApi(db, [db.Transaction.prototype]);
						setApiOnPlace(db, [db.Transaction.prototype], db._storeNames, db._dbSchema);
						trans.schema = db._dbSchema;
					});
					queue.push(function(idbtrans) {
						if (db.idbdb.objectStoreNames.contains("$meta")) {
							if (Math.ceil(db.idbdb.version / 10) === version._cfg.version) {
								db.idbdb.deleteObjectStore("$meta");
								delete db._dbSchema.$meta;
								db._storeNames = db._storeNames.filter(function(name) {
									return name !== "$meta";
								});
							} else idbtrans.objectStore("$meta").put(version._cfg.version, "version");
						}
					});
				});
				function runQueue() {
					return queue.length ? DexiePromise.resolve(queue.shift()(trans.idbtrans)).then(runQueue) : DexiePromise.resolve();
				}
				return runQueue().then(function() {
					createMissingTables(globalSchema, idbUpgradeTrans);
				});
			}
			function getSchemaDiff(oldSchema, newSchema) {
				var diff = {
					del: [],
					add: [],
					change: []
				};
				var table;
				for (table in oldSchema) if (!newSchema[table]) diff.del.push(table);
				for (table in newSchema) {
					var oldDef = oldSchema[table], newDef = newSchema[table];
					if (!oldDef) diff.add.push([table, newDef]);
					else {
						var change = {
							name: table,
							def: newDef,
							recreate: false,
							del: [],
							add: [],
							change: []
						};
						if ("" + (oldDef.primKey.keyPath || "") !== "" + (newDef.primKey.keyPath || "") || oldDef.primKey.auto !== newDef.primKey.auto) {
							change.recreate = true;
							diff.change.push(change);
						} else {
							var oldIndexes = oldDef.idxByName;
							var newIndexes = newDef.idxByName;
							var idxName = void 0;
							for (idxName in oldIndexes) if (!newIndexes[idxName]) change.del.push(idxName);
							for (idxName in newIndexes) {
								var oldIdx = oldIndexes[idxName], newIdx = newIndexes[idxName];
								if (!oldIdx) change.add.push(newIdx);
								else if (oldIdx.src !== newIdx.src) change.change.push(newIdx);
							}
							if (change.del.length > 0 || change.add.length > 0 || change.change.length > 0) diff.change.push(change);
						}
					}
				}
				return diff;
			}
			function createTable(idbtrans, tableName, primKey, indexes) {
				var store = idbtrans.db.createObjectStore(tableName, primKey.keyPath ? {
					keyPath: primKey.keyPath,
					autoIncrement: primKey.auto
				} : { autoIncrement: primKey.auto });
				indexes.forEach(function(idx) {
					return addIndex(store, idx);
				});
				return store;
			}
			function createMissingTables(newSchema, idbtrans) {
				keys(newSchema).forEach(function(tableName) {
					if (!idbtrans.db.objectStoreNames.contains(tableName)) {
						if (debug) console.debug("Dexie: Creating missing table", tableName);
						createTable(idbtrans, tableName, newSchema[tableName].primKey, newSchema[tableName].indexes);
					}
				});
			}
			function deleteRemovedTables(newSchema, idbtrans) {
				[].slice.call(idbtrans.db.objectStoreNames).forEach(function(storeName) {
					return newSchema[storeName] == null && idbtrans.db.deleteObjectStore(storeName);
				});
			}
			function addIndex(store, idx) {
				store.createIndex(idx.name, idx.keyPath, {
					unique: idx.unique,
					multiEntry: idx.multi
				});
			}
			function buildGlobalSchema(db, idbdb, tmpTrans) {
				var globalSchema = {};
				slice(idbdb.objectStoreNames, 0).forEach(function(storeName) {
					var store = tmpTrans.objectStore(storeName);
					var keyPath = store.keyPath;
					var primKey = createIndexSpec(nameFromKeyPath(keyPath), keyPath || "", true, false, !!store.autoIncrement, keyPath && typeof keyPath !== "string", true);
					var indexes = [];
					for (var j = 0; j < store.indexNames.length; ++j) {
						var idbindex = store.index(store.indexNames[j]);
						keyPath = idbindex.keyPath;
						var index = createIndexSpec(idbindex.name, keyPath, !!idbindex.unique, !!idbindex.multiEntry, false, keyPath && typeof keyPath !== "string", false);
						indexes.push(index);
					}
					globalSchema[storeName] = createTableSchema(storeName, primKey, indexes);
				});
				return globalSchema;
			}
			function readGlobalSchema(db, idbdb, tmpTrans) {
				db.verno = idbdb.version / 10;
				var globalSchema = db._dbSchema = buildGlobalSchema(db, idbdb, tmpTrans);
				db._storeNames = slice(idbdb.objectStoreNames, 0);
				setApiOnPlace(db, [db._allTables], keys(globalSchema), globalSchema);
			}
			function verifyInstalledSchema(db, tmpTrans) {
				var diff = getSchemaDiff(buildGlobalSchema(db, db.idbdb, tmpTrans), db._dbSchema);
				return !(diff.add.length || diff.change.some(function(ch) {
					return ch.add.length || ch.change.length;
				}));
			}
			function adjustToExistingIndexNames(db, schema, idbtrans) {
				var storeNames = idbtrans.db.objectStoreNames;
				for (var i = 0; i < storeNames.length; ++i) {
					var storeName = storeNames[i];
					var store = idbtrans.objectStore(storeName);
					db._hasGetAll = "getAll" in store;
					for (var j = 0; j < store.indexNames.length; ++j) {
						var indexName = store.indexNames[j];
						var keyPath = store.index(indexName).keyPath;
						var dexieName = typeof keyPath === "string" ? keyPath : "[" + slice(keyPath).join("+") + "]";
						if (schema[storeName]) {
							var indexSpec = schema[storeName].idxByName[dexieName];
							if (indexSpec) {
								indexSpec.name = indexName;
								delete schema[storeName].idxByName[dexieName];
								schema[storeName].idxByName[indexName] = indexSpec;
							}
						}
					}
				}
				if (typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && _global.WorkerGlobalScope && _global instanceof _global.WorkerGlobalScope && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604) db._hasGetAll = false;
			}
			function parseIndexSyntax(primKeyAndIndexes) {
				return primKeyAndIndexes.split(",").map(function(index, indexNum) {
					var _a;
					var typeSplit = index.split(":");
					var type = (_a = typeSplit[1]) === null || _a === void 0 ? void 0 : _a.trim();
					index = typeSplit[0].trim();
					var name = index.replace(/([&*]|\+\+)/g, "");
					var keyPath = /^\[/.test(name) ? name.match(/^\[(.*)\]$/)[1].split("+") : name;
					return createIndexSpec(name, keyPath || null, /\&/.test(index), /\*/.test(index), /\+\+/.test(index), isArray(keyPath), indexNum === 0, type);
				});
			}
			var Version = function() {
				function Version() {}
				Version.prototype._createTableSchema = function(name, primKey, indexes) {
					return createTableSchema(name, primKey, indexes);
				};
				Version.prototype._parseIndexSyntax = function(primKeyAndIndexes) {
					return parseIndexSyntax(primKeyAndIndexes);
				};
				Version.prototype._parseStoresSpec = function(stores, outSchema) {
					var _this = this;
					keys(stores).forEach(function(tableName) {
						if (stores[tableName] !== null) {
							var indexes = _this._parseIndexSyntax(stores[tableName]);
							var primKey = indexes.shift();
							if (!primKey) throw new exceptions.Schema("Invalid schema for table " + tableName + ": " + stores[tableName]);
							primKey.unique = true;
							if (primKey.multi) throw new exceptions.Schema("Primary key cannot be multiEntry*");
							indexes.forEach(function(idx) {
								if (idx.auto) throw new exceptions.Schema("Only primary key can be marked as autoIncrement (++)");
								if (!idx.keyPath) throw new exceptions.Schema("Index must have a name and cannot be an empty string");
							});
							outSchema[tableName] = _this._createTableSchema(tableName, primKey, indexes);
						}
					});
				};
				Version.prototype.stores = function(stores) {
					var db = this.db;
					this._cfg.storesSource = this._cfg.storesSource ? extend(this._cfg.storesSource, stores) : stores;
					var versions = db._versions;
					var storesSpec = {};
					var dbschema = {};
					versions.forEach(function(version) {
						extend(storesSpec, version._cfg.storesSource);
						dbschema = version._cfg.dbschema = {};
						version._parseStoresSpec(storesSpec, dbschema);
					});
					db._dbSchema = dbschema;
					removeTablesApi(db, [
						db._allTables,
						db,
						db.Transaction.prototype
					]);
					setApiOnPlace(db, [
						db._allTables,
						db,
						db.Transaction.prototype,
						this._cfg.tables
					], keys(dbschema), dbschema);
					db._storeNames = keys(dbschema);
					return this;
				};
				Version.prototype.upgrade = function(upgradeFunction) {
					this._cfg.contentUpgrade = promisableChain(this._cfg.contentUpgrade || nop, upgradeFunction);
					return this;
				};
				return Version;
			}();
			function createVersionConstructor(db) {
				return makeClassConstructor(Version.prototype, function Version(versionNumber) {
					this.db = db;
					this._cfg = {
						version: versionNumber,
						storesSource: null,
						dbschema: {},
						tables: {},
						contentUpgrade: null
					};
				});
			}
			var connections = createConnectionsManager();
			function createConnectionsManager() {
				if (typeof FinalizationRegistry !== "undefined" && typeof WeakRef !== "undefined") {
					var _refs_1 = /* @__PURE__ */ new Set();
					var _registry_1 = new FinalizationRegistry(function(ref) {
						_refs_1.delete(ref);
					});
					var toArray = function() {
						return Array.from(_refs_1).map(function(ref) {
							return ref.deref();
						}).filter(function(db) {
							return db !== void 0;
						});
					};
					var add = function(db) {
						var ref = new WeakRef(db._novip);
						_refs_1.add(ref);
						_registry_1.register(db._novip, ref, ref);
						if (_refs_1.size > db._options.maxConnections) {
							var oldestRef = _refs_1.values().next().value;
							_refs_1.delete(oldestRef);
							_registry_1.unregister(oldestRef);
						}
					};
					var remove = function(db) {
						if (!db) return;
						var iterator = _refs_1.values();
						var result = iterator.next();
						while (!result.done) {
							var ref = result.value;
							if (ref.deref() === db._novip) {
								_refs_1.delete(ref);
								_registry_1.unregister(ref);
								return;
							}
							result = iterator.next();
						}
					};
					return {
						toArray,
						add,
						remove
					};
				} else {
					var connections_1 = [];
					var toArray = function() {
						return connections_1;
					};
					var add = function(db) {
						connections_1.push(db._novip);
					};
					var remove = function(db) {
						if (!db) return;
						var index = connections_1.indexOf(db._novip);
						if (index !== -1) connections_1.splice(index, 1);
					};
					return {
						toArray,
						add,
						remove
					};
				}
			}
			function getDbNamesTable(indexedDB, IDBKeyRange) {
				var dbNamesDB = indexedDB["_dbNamesDB"];
				if (!dbNamesDB) {
					dbNamesDB = indexedDB["_dbNamesDB"] = new Dexie$1(DBNAMES_DB, {
						addons: [],
						indexedDB,
						IDBKeyRange
					});
					dbNamesDB.version(1).stores({ dbnames: "name" });
				}
				return dbNamesDB.table("dbnames");
			}
			function hasDatabasesNative(indexedDB) {
				return indexedDB && typeof indexedDB.databases === "function";
			}
			function getDatabaseNames(_a) {
				var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
				return hasDatabasesNative(indexedDB) ? Promise.resolve(indexedDB.databases()).then(function(infos) {
					return infos.map(function(info) {
						return info.name;
					}).filter(function(name) {
						return name !== DBNAMES_DB;
					});
				}) : getDbNamesTable(indexedDB, IDBKeyRange).toCollection().primaryKeys();
			}
			function _onDatabaseCreated(_a, name) {
				var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
				!hasDatabasesNative(indexedDB) && name !== DBNAMES_DB && getDbNamesTable(indexedDB, IDBKeyRange).put({ name }).catch(nop);
			}
			function _onDatabaseDeleted(_a, name) {
				var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
				!hasDatabasesNative(indexedDB) && name !== DBNAMES_DB && getDbNamesTable(indexedDB, IDBKeyRange).delete(name).catch(nop);
			}
			function vip(fn) {
				return newScope(function() {
					PSD.letThrough = true;
					return fn();
				});
			}
			function idbReady() {
				if (!(!navigator.userAgentData && /Safari\//.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent)) || !indexedDB.databases) return Promise.resolve();
				var intervalId;
				return new Promise(function(resolve) {
					var tryIdb = function() {
						return indexedDB.databases().finally(resolve);
					};
					intervalId = setInterval(tryIdb, 100);
					tryIdb();
				}).finally(function() {
					return clearInterval(intervalId);
				});
			}
			var _a;
			function isEmptyRange(node) {
				return !("from" in node);
			}
			var RangeSet = function(fromOrTree, to) {
				if (this) extend(this, arguments.length ? {
					d: 1,
					from: fromOrTree,
					to: arguments.length > 1 ? to : fromOrTree
				} : { d: 0 });
				else {
					var rv = new RangeSet();
					if (fromOrTree && "d" in fromOrTree) extend(rv, fromOrTree);
					return rv;
				}
			};
			props(RangeSet.prototype, (_a = {
				add: function(rangeSet) {
					mergeRanges(this, rangeSet);
					return this;
				},
				addKey: function(key) {
					addRange(this, key, key);
					return this;
				},
				addKeys: function(keys) {
					var _this = this;
					keys.forEach(function(key) {
						return addRange(_this, key, key);
					});
					return this;
				},
				hasKey: function(key) {
					var node = getRangeSetIterator(this).next(key).value;
					return node && cmp(node.from, key) <= 0 && cmp(node.to, key) >= 0;
				}
			}, _a[iteratorSymbol] = function() {
				return getRangeSetIterator(this);
			}, _a));
			function addRange(target, from, to) {
				var diff = cmp(from, to);
				if (isNaN(diff)) return;
				if (diff > 0) throw RangeError();
				if (isEmptyRange(target)) return extend(target, {
					from,
					to,
					d: 1
				});
				var left = target.l;
				var right = target.r;
				if (cmp(to, target.from) < 0) {
					left ? addRange(left, from, to) : target.l = {
						from,
						to,
						d: 1,
						l: null,
						r: null
					};
					return rebalance(target);
				}
				if (cmp(from, target.to) > 0) {
					right ? addRange(right, from, to) : target.r = {
						from,
						to,
						d: 1,
						l: null,
						r: null
					};
					return rebalance(target);
				}
				if (cmp(from, target.from) < 0) {
					target.from = from;
					target.l = null;
					target.d = right ? right.d + 1 : 1;
				}
				if (cmp(to, target.to) > 0) {
					target.to = to;
					target.r = null;
					target.d = target.l ? target.l.d + 1 : 1;
				}
				var rightWasCutOff = !target.r;
				if (left && !target.l) mergeRanges(target, left);
				if (right && rightWasCutOff) mergeRanges(target, right);
			}
			function mergeRanges(target, newSet) {
				function _addRangeSet(target, _a) {
					var from = _a.from, to = _a.to, l = _a.l, r = _a.r;
					addRange(target, from, to);
					if (l) _addRangeSet(target, l);
					if (r) _addRangeSet(target, r);
				}
				if (!isEmptyRange(newSet)) _addRangeSet(target, newSet);
			}
			function rangesOverlap(rangeSet1, rangeSet2) {
				var i1 = getRangeSetIterator(rangeSet2);
				var nextResult1 = i1.next();
				if (nextResult1.done) return false;
				var a = nextResult1.value;
				var i2 = getRangeSetIterator(rangeSet1);
				var nextResult2 = i2.next(a.from);
				var b = nextResult2.value;
				while (!nextResult1.done && !nextResult2.done) {
					if (cmp(b.from, a.to) <= 0 && cmp(b.to, a.from) >= 0) return true;
					cmp(a.from, b.from) < 0 ? a = (nextResult1 = i1.next(b.from)).value : b = (nextResult2 = i2.next(a.from)).value;
				}
				return false;
			}
			function getRangeSetIterator(node) {
				var state = isEmptyRange(node) ? null : {
					s: 0,
					n: node
				};
				return { next: function(key) {
					var keyProvided = arguments.length > 0;
					while (state) switch (state.s) {
						case 0:
							state.s = 1;
							if (keyProvided) while (state.n.l && cmp(key, state.n.from) < 0) state = {
								up: state,
								n: state.n.l,
								s: 1
							};
							else while (state.n.l) state = {
								up: state,
								n: state.n.l,
								s: 1
							};
						case 1:
							state.s = 2;
							if (!keyProvided || cmp(key, state.n.to) <= 0) return {
								value: state.n,
								done: false
							};
						case 2: if (state.n.r) {
							state.s = 3;
							state = {
								up: state,
								n: state.n.r,
								s: 0
							};
							continue;
						}
						case 3: state = state.up;
					}
					return { done: true };
				} };
			}
			function rebalance(target) {
				var _a, _b;
				var diff = (((_a = target.r) === null || _a === void 0 ? void 0 : _a.d) || 0) - (((_b = target.l) === null || _b === void 0 ? void 0 : _b.d) || 0);
				var r = diff > 1 ? "r" : diff < -1 ? "l" : "";
				if (r) {
					var l = r === "r" ? "l" : "r";
					var rootClone = __assign({}, target);
					var oldRootRight = target[r];
					target.from = oldRootRight.from;
					target.to = oldRootRight.to;
					target[r] = oldRootRight[r];
					rootClone[r] = oldRootRight[l];
					target[l] = rootClone;
					rootClone.d = computeDepth(rootClone);
				}
				target.d = computeDepth(target);
			}
			function computeDepth(_a) {
				var r = _a.r, l = _a.l;
				return (r ? l ? Math.max(r.d, l.d) : r.d : l ? l.d : 0) + 1;
			}
			function extendObservabilitySet(target, newSet) {
				keys(newSet).forEach(function(part) {
					if (target[part]) mergeRanges(target[part], newSet[part]);
					else target[part] = cloneSimpleObjectTree(newSet[part]);
				});
				return target;
			}
			function obsSetsOverlap(os1, os2) {
				return os1.all || os2.all || Object.keys(os1).some(function(key) {
					return os2[key] && rangesOverlap(os2[key], os1[key]);
				});
			}
			var cache = {};
			var unsignaledParts = {};
			var isTaskEnqueued = false;
			function signalSubscribersLazily(part, optimistic) {
				extendObservabilitySet(unsignaledParts, part);
				if (!isTaskEnqueued) {
					isTaskEnqueued = true;
					setTimeout(function() {
						isTaskEnqueued = false;
						var parts = unsignaledParts;
						unsignaledParts = {};
						signalSubscribersNow(parts, false);
					}, 0);
				}
			}
			function signalSubscribersNow(updatedParts, deleteAffectedCacheEntries) {
				if (deleteAffectedCacheEntries === void 0) deleteAffectedCacheEntries = false;
				var queriesToSignal = /* @__PURE__ */ new Set();
				if (updatedParts.all) for (var _i = 0, _a = Object.values(cache); _i < _a.length; _i++) {
					var tblCache = _a[_i];
					collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
				}
				else for (var key in updatedParts) {
					var parts = /^idb\:\/\/(.*)\/(.*)\//.exec(key);
					if (parts) {
						var dbName = parts[1], tableName = parts[2];
						var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
						if (tblCache) collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
					}
				}
				queriesToSignal.forEach(function(requery) {
					return requery();
				});
			}
			function collectTableSubscribers(tblCache, updatedParts, outQueriesToSignal, deleteAffectedCacheEntries) {
				var updatedEntryLists = [];
				for (var _i = 0, _a = Object.entries(tblCache.queries.query); _i < _a.length; _i++) {
					var _b = _a[_i], indexName = _b[0], entries = _b[1];
					var filteredEntries = [];
					for (var _c = 0, entries_1 = entries; _c < entries_1.length; _c++) {
						var entry = entries_1[_c];
						if (obsSetsOverlap(updatedParts, entry.obsSet)) entry.subscribers.forEach(function(requery) {
							return outQueriesToSignal.add(requery);
						});
						else if (deleteAffectedCacheEntries) filteredEntries.push(entry);
					}
					if (deleteAffectedCacheEntries) updatedEntryLists.push([indexName, filteredEntries]);
				}
				if (deleteAffectedCacheEntries) for (var _d = 0, updatedEntryLists_1 = updatedEntryLists; _d < updatedEntryLists_1.length; _d++) {
					var _e = updatedEntryLists_1[_d], indexName = _e[0], filteredEntries = _e[1];
					tblCache.queries.query[indexName] = filteredEntries;
				}
			}
			function dexieOpen(db) {
				var state = db._state;
				var indexedDB = db._deps.indexedDB;
				if (state.isBeingOpened || db.idbdb) return state.dbReadyPromise.then(function() {
					return state.dbOpenError ? rejection(state.dbOpenError) : db;
				});
				state.isBeingOpened = true;
				state.dbOpenError = null;
				state.openComplete = false;
				var openCanceller = state.openCanceller;
				var nativeVerToOpen = Math.round(db.verno * 10);
				var schemaPatchMode = false;
				function throwIfCancelled() {
					if (state.openCanceller !== openCanceller) throw new exceptions.DatabaseClosed("db.open() was cancelled");
				}
				var resolveDbReady = state.dbReadyResolve, upgradeTransaction = null, wasCreated = false;
				var tryOpenDB = function() {
					return new DexiePromise(function(resolve, reject) {
						throwIfCancelled();
						if (!indexedDB) throw new exceptions.MissingAPI();
						var dbName = db.name;
						var req = state.autoSchema || !nativeVerToOpen ? indexedDB.open(dbName) : indexedDB.open(dbName, nativeVerToOpen);
						if (!req) throw new exceptions.MissingAPI();
						req.onerror = eventRejectHandler(reject);
						req.onblocked = wrap(db._fireOnBlocked);
						req.onupgradeneeded = wrap(function(e) {
							upgradeTransaction = req.transaction;
							if (state.autoSchema && !db._options.allowEmptyDB) {
								req.onerror = preventDefault;
								upgradeTransaction.abort();
								req.result.close();
								var delreq = indexedDB.deleteDatabase(dbName);
								delreq.onsuccess = delreq.onerror = wrap(function() {
									reject(new exceptions.NoSuchDatabase("Database ".concat(dbName, " doesnt exist")));
								});
							} else {
								upgradeTransaction.onerror = eventRejectHandler(reject);
								var oldVer = e.oldVersion > Math.pow(2, 62) ? 0 : e.oldVersion;
								wasCreated = oldVer < 1;
								db.idbdb = req.result;
								if (schemaPatchMode) patchCurrentVersion(db, upgradeTransaction);
								runUpgraders(db, oldVer / 10, upgradeTransaction, reject);
							}
						}, reject);
						req.onsuccess = wrap(function() {
							upgradeTransaction = null;
							var idbdb = db.idbdb = req.result;
							var objectStoreNames = slice(idbdb.objectStoreNames);
							if (objectStoreNames.length > 0) try {
								var tmpTrans = idbdb.transaction(safariMultiStoreFix(objectStoreNames), "readonly");
								if (state.autoSchema) readGlobalSchema(db, idbdb, tmpTrans);
								else {
									adjustToExistingIndexNames(db, db._dbSchema, tmpTrans);
									if (!verifyInstalledSchema(db, tmpTrans) && !schemaPatchMode) {
										console.warn("Dexie SchemaDiff: Schema was extended without increasing the number passed to db.version(). Dexie will add missing parts and increment native version number to workaround this.");
										idbdb.close();
										nativeVerToOpen = idbdb.version + 1;
										schemaPatchMode = true;
										return resolve(tryOpenDB());
									}
								}
								generateMiddlewareStacks(db, tmpTrans);
							} catch (e) {}
							connections.add(db);
							idbdb.onversionchange = wrap(function(ev) {
								state.vcFired = true;
								db.on("versionchange").fire(ev);
							});
							idbdb.onclose = wrap(function() {
								db.close({ disableAutoOpen: false });
							});
							if (wasCreated) _onDatabaseCreated(db._deps, dbName);
							resolve();
						}, reject);
					}).catch(function(err) {
						switch (err === null || err === void 0 ? void 0 : err.name) {
							case "UnknownError":
								if (state.PR1398_maxLoop > 0) {
									state.PR1398_maxLoop--;
									console.warn("Dexie: Workaround for Chrome UnknownError on open()");
									return tryOpenDB();
								}
								break;
							case "VersionError": if (nativeVerToOpen > 0) {
								nativeVerToOpen = 0;
								return tryOpenDB();
							}
						}
						return DexiePromise.reject(err);
					});
				};
				var useSafari14Workaround = typeof navigator !== "undefined" && !!indexedDB && indexedDB === _global.indexedDB;
				return DexiePromise.race([openCanceller, (useSafari14Workaround ? idbReady() : DexiePromise.resolve()).then(tryOpenDB)]).then(function() {
					throwIfCancelled();
					state.onReadyBeingFired = [];
					return DexiePromise.resolve(vip(function() {
						return db.on.ready.fire(db.vip);
					})).then(function fireRemainders() {
						if (state.onReadyBeingFired.length > 0) {
							var remainders_1 = state.onReadyBeingFired.reduce(promisableChain, nop);
							state.onReadyBeingFired = [];
							return DexiePromise.resolve(vip(function() {
								return remainders_1(db.vip);
							})).then(fireRemainders);
						}
					});
				}).finally(function() {
					if (state.openCanceller === openCanceller) {
						state.onReadyBeingFired = null;
						state.isBeingOpened = false;
					}
				}).catch(function(err) {
					state.dbOpenError = err;
					try {
						upgradeTransaction && upgradeTransaction.abort();
					} catch (_a) {}
					if (openCanceller === state.openCanceller) db._close();
					return rejection(err);
				}).finally(function() {
					state.openComplete = true;
					resolveDbReady();
				}).then(function() {
					if (wasCreated) {
						var everything_1 = {};
						db.tables.forEach(function(table) {
							table.schema.indexes.forEach(function(idx) {
								if (idx.name) everything_1["idb://".concat(db.name, "/").concat(table.name, "/").concat(idx.name)] = new RangeSet(-Infinity, [[[]]]);
							});
							everything_1["idb://".concat(db.name, "/").concat(table.name, "/")] = everything_1["idb://".concat(db.name, "/").concat(table.name, "/:dels")] = new RangeSet(-Infinity, [[[]]]);
						});
						globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME).fire(everything_1);
						signalSubscribersNow(everything_1, true);
					}
					return db;
				});
			}
			function awaitIterator(iterator) {
				var callNext = function(result) {
					return iterator.next(result);
				}, doThrow = function(error) {
					return iterator.throw(error);
				}, onSuccess = step(callNext), onError = step(doThrow);
				function step(getNext) {
					return function(val) {
						var next = getNext(val), value = next.value;
						return next.done ? value : !value || typeof value.then !== "function" ? isArray(value) ? Promise.all(value).then(onSuccess, onError) : onSuccess(value) : value.then(onSuccess, onError);
					};
				}
				return step(callNext)();
			}
			function extractTransactionArgs(mode, _tableArgs_, scopeFunc) {
				var i = arguments.length;
				if (i < 2) throw new exceptions.InvalidArgument("Too few arguments");
				var args = new Array(i - 1);
				while (--i) args[i - 1] = arguments[i];
				scopeFunc = args.pop();
				return [
					mode,
					flatten(args),
					scopeFunc
				];
			}
			function enterTransactionScope(db, mode, storeNames, parentTransaction, scopeFunc) {
				return DexiePromise.resolve().then(function() {
					var transless = PSD.transless || PSD;
					var trans = db._createTransaction(mode, storeNames, db._dbSchema, parentTransaction);
					trans.explicit = true;
					var zoneProps = {
						trans,
						transless
					};
					if (parentTransaction) trans.idbtrans = parentTransaction.idbtrans;
					else try {
						trans.create();
						trans.idbtrans._explicit = true;
						db._state.PR1398_maxLoop = 3;
					} catch (ex) {
						if (ex.name === errnames.InvalidState && db.isOpen() && --db._state.PR1398_maxLoop > 0) {
							console.warn("Dexie: Need to reopen db");
							db.close({ disableAutoOpen: false });
							return db.open().then(function() {
								return enterTransactionScope(db, mode, storeNames, null, scopeFunc);
							});
						}
						return rejection(ex);
					}
					var scopeFuncIsAsync = isAsyncFunction(scopeFunc);
					if (scopeFuncIsAsync) incrementExpectedAwaits();
					var returnValue;
					var promiseFollowed = DexiePromise.follow(function() {
						returnValue = scopeFunc.call(trans, trans);
						if (returnValue) {
							if (scopeFuncIsAsync) {
								var decrementor = decrementExpectedAwaits.bind(null, null);
								returnValue.then(decrementor, decrementor);
							} else if (typeof returnValue.next === "function" && typeof returnValue.throw === "function") returnValue = awaitIterator(returnValue);
						}
					}, zoneProps);
					return (returnValue && typeof returnValue.then === "function" ? DexiePromise.resolve(returnValue).then(function(x) {
						return trans.active ? x : rejection(new exceptions.PrematureCommit("Transaction committed too early. See http://bit.ly/2kdckMn"));
					}) : promiseFollowed.then(function() {
						return returnValue;
					})).then(function(x) {
						if (parentTransaction) trans._resolve();
						return trans._completion.then(function() {
							return x;
						});
					}).catch(function(e) {
						trans._reject(e);
						return rejection(e);
					});
				});
			}
			function pad(a, value, count) {
				var result = isArray(a) ? a.slice() : [a];
				for (var i = 0; i < count; ++i) result.push(value);
				return result;
			}
			function createVirtualIndexMiddleware(down) {
				return __assign(__assign({}, down), { table: function(tableName) {
					var table = down.table(tableName);
					var schema = table.schema;
					var indexLookup = Object.create(null);
					var allVirtualIndexes = [];
					function addVirtualIndexes(keyPath, keyTail, lowLevelIndex) {
						var keyPathAlias = getKeyPathAlias(keyPath);
						var indexList = indexLookup[keyPathAlias] = indexLookup[keyPathAlias] || [];
						var keyLength = keyPath == null ? 0 : typeof keyPath === "string" ? 1 : keyPath.length;
						var isVirtual = keyTail > 0;
						var virtualIndex = __assign(__assign({}, lowLevelIndex), {
							name: isVirtual ? "".concat(keyPathAlias, "(virtual-from:").concat(lowLevelIndex.name, ")") : lowLevelIndex.name,
							lowLevelIndex,
							isVirtual,
							keyTail,
							keyLength,
							extractKey: getKeyExtractor(keyPath),
							unique: !isVirtual && lowLevelIndex.unique
						});
						indexList.push(virtualIndex);
						if (!virtualIndex.isPrimaryKey) allVirtualIndexes.push(virtualIndex);
						if (keyLength > 1) addVirtualIndexes(keyLength === 2 ? keyPath[0] : keyPath.slice(0, keyLength - 1), keyTail + 1, lowLevelIndex);
						indexList.sort(function(a, b) {
							return a.keyTail - b.keyTail;
						});
						return virtualIndex;
					}
					var primaryKey = addVirtualIndexes(schema.primaryKey.keyPath, 0, schema.primaryKey);
					indexLookup[":id"] = [primaryKey];
					for (var _i = 0, _a = schema.indexes; _i < _a.length; _i++) {
						var index = _a[_i];
						addVirtualIndexes(index.keyPath, 0, index);
					}
					function findBestIndex(keyPath) {
						var result = indexLookup[getKeyPathAlias(keyPath)];
						return result && result[0];
					}
					function translateRange(range, keyTail) {
						return {
							type: range.type === 1 ? 2 : range.type,
							lower: pad(range.lower, range.lowerOpen ? down.MAX_KEY : down.MIN_KEY, keyTail),
							lowerOpen: true,
							upper: pad(range.upper, range.upperOpen ? down.MIN_KEY : down.MAX_KEY, keyTail),
							upperOpen: true
						};
					}
					function translateRequest(req) {
						var index = req.query.index;
						return index.isVirtual ? __assign(__assign({}, req), { query: {
							index: index.lowLevelIndex,
							range: translateRange(req.query.range, index.keyTail)
						} }) : req;
					}
					return __assign(__assign({}, table), {
						schema: __assign(__assign({}, schema), {
							primaryKey,
							indexes: allVirtualIndexes,
							getIndexByKeyPath: findBestIndex
						}),
						count: function(req) {
							return table.count(translateRequest(req));
						},
						query: function(req) {
							return table.query(translateRequest(req));
						},
						openCursor: function(req) {
							var _a = req.query.index, keyTail = _a.keyTail, isVirtual = _a.isVirtual, keyLength = _a.keyLength;
							if (!isVirtual) return table.openCursor(req);
							function createVirtualCursor(cursor) {
								function _continue(key) {
									key != null ? cursor.continue(pad(key, req.reverse ? down.MAX_KEY : down.MIN_KEY, keyTail)) : req.unique ? cursor.continue(cursor.key.slice(0, keyLength).concat(req.reverse ? down.MIN_KEY : down.MAX_KEY, keyTail)) : cursor.continue();
								}
								return Object.create(cursor, {
									continue: { value: _continue },
									continuePrimaryKey: { value: function(key, primaryKey) {
										cursor.continuePrimaryKey(pad(key, down.MAX_KEY, keyTail), primaryKey);
									} },
									primaryKey: { get: function() {
										return cursor.primaryKey;
									} },
									key: { get: function() {
										var key = cursor.key;
										return keyLength === 1 ? key[0] : key.slice(0, keyLength);
									} },
									value: { get: function() {
										return cursor.value;
									} }
								});
							}
							return table.openCursor(translateRequest(req)).then(function(cursor) {
								return cursor && createVirtualCursor(cursor);
							});
						}
					});
				} });
			}
			var virtualIndexMiddleware = {
				stack: "dbcore",
				name: "VirtualIndexMiddleware",
				level: 1,
				create: createVirtualIndexMiddleware
			};
			function getObjectDiff(a, b, rv, prfx) {
				rv = rv || {};
				prfx = prfx || "";
				keys(a).forEach(function(prop) {
					if (!hasOwn(b, prop)) rv[prfx + prop] = void 0;
					else {
						var ap = a[prop], bp = b[prop];
						if (typeof ap === "object" && typeof bp === "object" && ap && bp) {
							var apTypeName = toStringTag(ap);
							if (apTypeName !== toStringTag(bp)) rv[prfx + prop] = b[prop];
							else if (apTypeName === "Object") getObjectDiff(ap, bp, rv, prfx + prop + ".");
							else if (ap !== bp) rv[prfx + prop] = b[prop];
						} else if (ap !== bp) rv[prfx + prop] = b[prop];
					}
				});
				keys(b).forEach(function(prop) {
					if (!hasOwn(a, prop)) rv[prfx + prop] = b[prop];
				});
				return rv;
			}
			function getEffectiveKeys(primaryKey, req) {
				if (req.type === "delete") return req.keys;
				return req.keys || req.values.map(primaryKey.extractKey);
			}
			var hooksMiddleware = {
				stack: "dbcore",
				name: "HooksMiddleware",
				level: 2,
				create: function(downCore) {
					return __assign(__assign({}, downCore), { table: function(tableName) {
						var downTable = downCore.table(tableName);
						var primaryKey = downTable.schema.primaryKey;
						return __assign(__assign({}, downTable), { mutate: function(req) {
							var dxTrans = PSD.trans;
							var _a = dxTrans.table(tableName).hook, deleting = _a.deleting, creating = _a.creating, updating = _a.updating;
							switch (req.type) {
								case "add":
									if (creating.fire === nop) break;
									return dxTrans._promise("readwrite", function() {
										return addPutOrDelete(req);
									}, true);
								case "put":
									if (creating.fire === nop && updating.fire === nop) break;
									return dxTrans._promise("readwrite", function() {
										return addPutOrDelete(req);
									}, true);
								case "delete":
									if (deleting.fire === nop) break;
									return dxTrans._promise("readwrite", function() {
										return addPutOrDelete(req);
									}, true);
								case "deleteRange":
									if (deleting.fire === nop) break;
									return dxTrans._promise("readwrite", function() {
										return deleteRange(req);
									}, true);
							}
							return downTable.mutate(req);
							function addPutOrDelete(req) {
								var dxTrans = PSD.trans;
								var keys = req.keys || getEffectiveKeys(primaryKey, req);
								if (!keys) throw new Error("Keys missing");
								req = req.type === "add" || req.type === "put" ? __assign(__assign({}, req), { keys }) : __assign({}, req);
								if (req.type !== "delete") req.values = __spreadArray([], req.values, true);
								if (req.keys) req.keys = __spreadArray([], req.keys, true);
								return getExistingValues(downTable, req, keys).then(function(existingValues) {
									var contexts = keys.map(function(key, i) {
										var existingValue = existingValues[i];
										var ctx = {
											onerror: null,
											onsuccess: null
										};
										if (req.type === "delete") deleting.fire.call(ctx, key, existingValue, dxTrans);
										else if (req.type === "add" || existingValue === void 0) {
											var generatedPrimaryKey = creating.fire.call(ctx, key, req.values[i], dxTrans);
											if (key == null && generatedPrimaryKey != null) {
												key = generatedPrimaryKey;
												req.keys[i] = key;
												if (!primaryKey.outbound) setByKeyPath(req.values[i], primaryKey.keyPath, key);
											}
										} else {
											var objectDiff = getObjectDiff(existingValue, req.values[i]);
											var additionalChanges_1 = updating.fire.call(ctx, objectDiff, key, existingValue, dxTrans);
											if (additionalChanges_1) {
												var requestedValue_1 = req.values[i];
												Object.keys(additionalChanges_1).forEach(function(keyPath) {
													if (hasOwn(requestedValue_1, keyPath)) requestedValue_1[keyPath] = additionalChanges_1[keyPath];
													else setByKeyPath(requestedValue_1, keyPath, additionalChanges_1[keyPath]);
												});
											}
										}
										return ctx;
									});
									return downTable.mutate(req).then(function(_a) {
										var failures = _a.failures, results = _a.results, numFailures = _a.numFailures, lastResult = _a.lastResult;
										for (var i = 0; i < keys.length; ++i) {
											var primKey = results ? results[i] : keys[i];
											var ctx = contexts[i];
											if (primKey == null) ctx.onerror && ctx.onerror(failures[i]);
											else ctx.onsuccess && ctx.onsuccess(req.type === "put" && existingValues[i] ? req.values[i] : primKey);
										}
										return {
											failures,
											results,
											numFailures,
											lastResult
										};
									}).catch(function(error) {
										contexts.forEach(function(ctx) {
											return ctx.onerror && ctx.onerror(error);
										});
										return Promise.reject(error);
									});
								});
							}
							function deleteRange(req) {
								return deleteNextChunk(req.trans, req.range, 1e4);
							}
							function deleteNextChunk(trans, range, limit) {
								return downTable.query({
									trans,
									values: false,
									query: {
										index: primaryKey,
										range
									},
									limit
								}).then(function(_a) {
									var result = _a.result;
									return addPutOrDelete({
										type: "delete",
										keys: result,
										trans
									}).then(function(res) {
										if (res.numFailures > 0) return Promise.reject(res.failures[0]);
										if (result.length < limit) return {
											failures: [],
											numFailures: 0,
											lastResult: void 0
										};
										else return deleteNextChunk(trans, __assign(__assign({}, range), {
											lower: result[result.length - 1],
											lowerOpen: true
										}), limit);
									});
								});
							}
						} });
					} });
				}
			};
			function getExistingValues(table, req, effectiveKeys) {
				return req.type === "add" ? Promise.resolve([]) : table.getMany({
					trans: req.trans,
					keys: effectiveKeys,
					cache: "immutable"
				});
			}
			function getFromTransactionCache(keys, cache, clone) {
				try {
					if (!cache) return null;
					if (cache.keys.length < keys.length) return null;
					var result = [];
					for (var i = 0, j = 0; i < cache.keys.length && j < keys.length; ++i) {
						if (cmp(cache.keys[i], keys[j]) !== 0) continue;
						result.push(clone ? deepClone(cache.values[i]) : cache.values[i]);
						++j;
					}
					return result.length === keys.length ? result : null;
				} catch (_a) {
					return null;
				}
			}
			var cacheExistingValuesMiddleware = {
				stack: "dbcore",
				level: -1,
				create: function(core) {
					return { table: function(tableName) {
						var table = core.table(tableName);
						return __assign(__assign({}, table), {
							getMany: function(req) {
								if (!req.cache) return table.getMany(req);
								var cachedResult = getFromTransactionCache(req.keys, req.trans["_cache"], req.cache === "clone");
								if (cachedResult) return DexiePromise.resolve(cachedResult);
								return table.getMany(req).then(function(res) {
									req.trans["_cache"] = {
										keys: req.keys,
										values: req.cache === "clone" ? deepClone(res) : res
									};
									return res;
								});
							},
							mutate: function(req) {
								if (req.type !== "add") req.trans["_cache"] = null;
								return table.mutate(req);
							}
						});
					} };
				}
			};
			function isCachableContext(ctx, table) {
				return ctx.trans.mode === "readonly" && !!ctx.subscr && !ctx.trans.explicit && ctx.trans.db._options.cache !== "disabled" && !table.schema.primaryKey.outbound;
			}
			function isCachableRequest(type, req) {
				switch (type) {
					case "query": return req.values && !req.unique;
					case "get": return false;
					case "getMany": return false;
					case "count": return false;
					case "openCursor": return false;
				}
			}
			var observabilityMiddleware = {
				stack: "dbcore",
				level: 0,
				name: "Observability",
				create: function(core) {
					var dbName = core.schema.name;
					var FULL_RANGE = new RangeSet(core.MIN_KEY, core.MAX_KEY);
					return __assign(__assign({}, core), {
						transaction: function(stores, mode, options) {
							if (PSD.subscr && mode !== "readonly") throw new exceptions.ReadOnly("Readwrite transaction in liveQuery context. Querier source: ".concat(PSD.querier));
							return core.transaction(stores, mode, options);
						},
						table: function(tableName) {
							var table = core.table(tableName);
							var schema = table.schema;
							var primaryKey = schema.primaryKey, indexes = schema.indexes;
							var extractKey = primaryKey.extractKey, outbound = primaryKey.outbound;
							var indexesWithAutoIncPK = primaryKey.autoIncrement && indexes.filter(function(index) {
								return index.compound && index.keyPath.includes(primaryKey.keyPath);
							});
							var tableClone = __assign(__assign({}, table), { mutate: function(req) {
								var _a, _b;
								var trans = req.trans;
								var mutatedParts = req.mutatedParts || (req.mutatedParts = {});
								var getRangeSet = function(indexName) {
									var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
									return mutatedParts[part] || (mutatedParts[part] = new RangeSet());
								};
								var pkRangeSet = getRangeSet("");
								var delsRangeSet = getRangeSet(":dels");
								var type = req.type;
								var _c = req.type === "deleteRange" ? [req.range] : req.type === "delete" ? [req.keys] : req.values.length < 50 ? [getEffectiveKeys(primaryKey, req).filter(function(id) {
									return id != null;
								}), req.values] : [], keys = _c[0], newObjs = _c[1];
								var oldCache = req.trans["_cache"];
								if (isArray(keys)) {
									pkRangeSet.addKeys(keys);
									var oldObjs = type === "delete" || keys.length === newObjs.length ? getFromTransactionCache(keys, oldCache) : null;
									if (!oldObjs) delsRangeSet.addKeys(keys);
									if (oldObjs || newObjs) trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs);
								} else if (keys) {
									var range = {
										from: (_a = keys.lower) !== null && _a !== void 0 ? _a : core.MIN_KEY,
										to: (_b = keys.upper) !== null && _b !== void 0 ? _b : core.MAX_KEY
									};
									delsRangeSet.add(range);
									pkRangeSet.add(range);
								} else {
									pkRangeSet.add(FULL_RANGE);
									delsRangeSet.add(FULL_RANGE);
									schema.indexes.forEach(function(idx) {
										return getRangeSet(idx.name).add(FULL_RANGE);
									});
								}
								return table.mutate(req).then(function(res) {
									if (keys && (req.type === "add" || req.type === "put")) {
										pkRangeSet.addKeys(res.results);
										if (indexesWithAutoIncPK) indexesWithAutoIncPK.forEach(function(idx) {
											var idxVals = req.values.map(function(v) {
												return idx.extractKey(v);
											});
											var pkPos = idx.keyPath.findIndex(function(prop) {
												return prop === primaryKey.keyPath;
											});
											for (var i = 0, len = res.results.length; i < len; ++i) idxVals[i][pkPos] = res.results[i];
											getRangeSet(idx.name).addKeys(idxVals);
										});
									}
									trans.mutatedParts = extendObservabilitySet(trans.mutatedParts || {}, mutatedParts);
									return res;
								});
							} });
							var getRange = function(_a) {
								var _b, _c;
								var _d = _a.query, index = _d.index, range = _d.range;
								return [index, new RangeSet((_b = range.lower) !== null && _b !== void 0 ? _b : core.MIN_KEY, (_c = range.upper) !== null && _c !== void 0 ? _c : core.MAX_KEY)];
							};
							var readSubscribers = {
								get: function(req) {
									return [primaryKey, new RangeSet(req.key)];
								},
								getMany: function(req) {
									return [primaryKey, new RangeSet().addKeys(req.keys)];
								},
								count: getRange,
								query: getRange,
								openCursor: getRange
							};
							keys(readSubscribers).forEach(function(method) {
								tableClone[method] = function(req) {
									var subscr = PSD.subscr;
									var isLiveQuery = !!subscr;
									var obsSet = isCachableContext(PSD, table) && isCachableRequest(method, req) ? req.obsSet = {} : subscr;
									if (isLiveQuery) {
										var getRangeSet = function(indexName) {
											var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
											return obsSet[part] || (obsSet[part] = new RangeSet());
										};
										var pkRangeSet_1 = getRangeSet("");
										var delsRangeSet_1 = getRangeSet(":dels");
										var _a = readSubscribers[method](req), queriedIndex = _a[0], queriedRanges = _a[1];
										if (method === "query" && queriedIndex.isPrimaryKey && !req.values) delsRangeSet_1.add(queriedRanges);
										else getRangeSet(queriedIndex.name || "").add(queriedRanges);
										if (!queriedIndex.isPrimaryKey) {
											if (method === "count") delsRangeSet_1.add(FULL_RANGE);
											else {
												var keysPromise_1 = method === "query" && outbound && req.values && table.query(__assign(__assign({}, req), { values: false }));
												return table[method].apply(this, arguments).then(function(res) {
													if (method === "query") {
														if (outbound && req.values) return keysPromise_1.then(function(_a) {
															var resultingKeys = _a.result;
															pkRangeSet_1.addKeys(resultingKeys);
															return res;
														});
														var pKeys = req.values ? res.result.map(extractKey) : res.result;
														if (req.values) pkRangeSet_1.addKeys(pKeys);
														else delsRangeSet_1.addKeys(pKeys);
													} else if (method === "openCursor") {
														var cursor_1 = res;
														var wantValues_1 = req.values;
														return cursor_1 && Object.create(cursor_1, {
															key: { get: function() {
																delsRangeSet_1.addKey(cursor_1.primaryKey);
																return cursor_1.key;
															} },
															primaryKey: { get: function() {
																var pkey = cursor_1.primaryKey;
																delsRangeSet_1.addKey(pkey);
																return pkey;
															} },
															value: { get: function() {
																wantValues_1 && pkRangeSet_1.addKey(cursor_1.primaryKey);
																return cursor_1.value;
															} }
														});
													}
													return res;
												});
											}
										}
									}
									return table[method].apply(this, arguments);
								};
							});
							return tableClone;
						}
					});
				}
			};
			function trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs) {
				function addAffectedIndex(ix) {
					var rangeSet = getRangeSet(ix.name || "");
					function extractKey(obj) {
						return obj != null ? ix.extractKey(obj) : null;
					}
					var addKeyOrKeys = function(key) {
						return ix.multiEntry && isArray(key) ? key.forEach(function(key) {
							return rangeSet.addKey(key);
						}) : rangeSet.addKey(key);
					};
					(oldObjs || newObjs).forEach(function(_, i) {
						var oldKey = oldObjs && extractKey(oldObjs[i]);
						var newKey = newObjs && extractKey(newObjs[i]);
						if (cmp(oldKey, newKey) !== 0) {
							if (oldKey != null) addKeyOrKeys(oldKey);
							if (newKey != null) addKeyOrKeys(newKey);
						}
					});
				}
				schema.indexes.forEach(addAffectedIndex);
			}
			function adjustOptimisticFromFailures(tblCache, req, res) {
				if (res.numFailures === 0) return req;
				if (req.type === "deleteRange") return null;
				var numBulkOps = req.keys ? req.keys.length : "values" in req && req.values ? req.values.length : 1;
				if (res.numFailures === numBulkOps) return null;
				var clone = __assign({}, req);
				if (isArray(clone.keys)) clone.keys = clone.keys.filter(function(_, i) {
					return !(i in res.failures);
				});
				if ("values" in clone && isArray(clone.values)) clone.values = clone.values.filter(function(_, i) {
					return !(i in res.failures);
				});
				return clone;
			}
			function isAboveLower(key, range) {
				return range.lower === void 0 ? true : range.lowerOpen ? cmp(key, range.lower) > 0 : cmp(key, range.lower) >= 0;
			}
			function isBelowUpper(key, range) {
				return range.upper === void 0 ? true : range.upperOpen ? cmp(key, range.upper) < 0 : cmp(key, range.upper) <= 0;
			}
			function isWithinRange(key, range) {
				return isAboveLower(key, range) && isBelowUpper(key, range);
			}
			function applyOptimisticOps(result, req, ops, table, cacheEntry, immutable) {
				if (!ops || ops.length === 0) return result;
				var index = req.query.index;
				var multiEntry = index.multiEntry;
				var queryRange = req.query.range;
				var extractPrimKey = table.schema.primaryKey.extractKey;
				var extractIndex = index.extractKey;
				var extractLowLevelIndex = (index.lowLevelIndex || index).extractKey;
				var finalResult = ops.reduce(function(result, op) {
					var modifedResult = result;
					var includedValues = [];
					if (op.type === "add" || op.type === "put") {
						var includedPKs = new RangeSet();
						for (var i = op.values.length - 1; i >= 0; --i) {
							var value = op.values[i];
							var pk = extractPrimKey(value);
							if (includedPKs.hasKey(pk)) continue;
							var key = extractIndex(value);
							if (multiEntry && isArray(key) ? key.some(function(k) {
								return isWithinRange(k, queryRange);
							}) : isWithinRange(key, queryRange)) {
								includedPKs.addKey(pk);
								includedValues.push(value);
							}
						}
					}
					switch (op.type) {
						case "add":
							var existingKeys_1 = new RangeSet().addKeys(req.values ? result.map(function(v) {
								return extractPrimKey(v);
							}) : result);
							modifedResult = result.concat(req.values ? includedValues.filter(function(v) {
								var key = extractPrimKey(v);
								if (existingKeys_1.hasKey(key)) return false;
								existingKeys_1.addKey(key);
								return true;
							}) : includedValues.map(function(v) {
								return extractPrimKey(v);
							}).filter(function(k) {
								if (existingKeys_1.hasKey(k)) return false;
								existingKeys_1.addKey(k);
								return true;
							}));
							break;
						case "put":
							var keySet_1 = new RangeSet().addKeys(op.values.map(function(v) {
								return extractPrimKey(v);
							}));
							modifedResult = result.filter(function(item) {
								return !keySet_1.hasKey(req.values ? extractPrimKey(item) : item);
							}).concat(req.values ? includedValues : includedValues.map(function(v) {
								return extractPrimKey(v);
							}));
							break;
						case "delete":
							var keysToDelete_1 = new RangeSet().addKeys(op.keys);
							modifedResult = result.filter(function(item) {
								return !keysToDelete_1.hasKey(req.values ? extractPrimKey(item) : item);
							});
							break;
						case "deleteRange":
							var range_1 = op.range;
							modifedResult = result.filter(function(item) {
								return !isWithinRange(extractPrimKey(item), range_1);
							});
					}
					return modifedResult;
				}, result);
				if (finalResult === result) return result;
				var sorter = function(a, b) {
					return cmp(extractLowLevelIndex(a), extractLowLevelIndex(b)) || cmp(extractPrimKey(a), extractPrimKey(b));
				};
				finalResult.sort(req.direction === "prev" || req.direction === "prevunique" ? function(a, b) {
					return sorter(b, a);
				} : sorter);
				if (req.limit && req.limit < Infinity) {
					if (finalResult.length > req.limit) finalResult.length = req.limit;
					else if (result.length === req.limit && finalResult.length < req.limit) cacheEntry.dirty = true;
				}
				return immutable ? Object.freeze(finalResult) : finalResult;
			}
			function areRangesEqual(r1, r2) {
				return cmp(r1.lower, r2.lower) === 0 && cmp(r1.upper, r2.upper) === 0 && !!r1.lowerOpen === !!r2.lowerOpen && !!r1.upperOpen === !!r2.upperOpen;
			}
			function compareLowers(lower1, lower2, lowerOpen1, lowerOpen2) {
				if (lower1 === void 0) return lower2 !== void 0 ? -1 : 0;
				if (lower2 === void 0) return 1;
				var c = cmp(lower1, lower2);
				if (c === 0) {
					if (lowerOpen1 && lowerOpen2) return 0;
					if (lowerOpen1) return 1;
					if (lowerOpen2) return -1;
				}
				return c;
			}
			function compareUppers(upper1, upper2, upperOpen1, upperOpen2) {
				if (upper1 === void 0) return upper2 !== void 0 ? 1 : 0;
				if (upper2 === void 0) return -1;
				var c = cmp(upper1, upper2);
				if (c === 0) {
					if (upperOpen1 && upperOpen2) return 0;
					if (upperOpen1) return -1;
					if (upperOpen2) return 1;
				}
				return c;
			}
			function isSuperRange(r1, r2) {
				return compareLowers(r1.lower, r2.lower, r1.lowerOpen, r2.lowerOpen) <= 0 && compareUppers(r1.upper, r2.upper, r1.upperOpen, r2.upperOpen) >= 0;
			}
			function findCompatibleQuery(dbName, tableName, type, req) {
				var _a;
				var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
				if (!tblCache) return [];
				var queries = tblCache.queries[type];
				if (!queries) return [
					null,
					false,
					tblCache,
					null
				];
				var entries = queries[(req.query ? req.query.index.name : null) || ""];
				if (!entries) return [
					null,
					false,
					tblCache,
					null
				];
				switch (type) {
					case "query":
						var reqDirection_1 = (_a = req.direction) !== null && _a !== void 0 ? _a : "next";
						var equalEntry = entries.find(function(entry) {
							var _a;
							return entry.req.limit === req.limit && entry.req.values === req.values && ((_a = entry.req.direction) !== null && _a !== void 0 ? _a : "next") === reqDirection_1 && areRangesEqual(entry.req.query.range, req.query.range);
						});
						if (equalEntry) return [
							equalEntry,
							true,
							tblCache,
							entries
						];
						return [
							entries.find(function(entry) {
								var _a;
								return ("limit" in entry.req ? entry.req.limit : Infinity) >= req.limit && ((_a = entry.req.direction) !== null && _a !== void 0 ? _a : "next") === reqDirection_1 && (req.values ? entry.req.values : true) && isSuperRange(entry.req.query.range, req.query.range);
							}),
							false,
							tblCache,
							entries
						];
					case "count":
						var countQuery = entries.find(function(entry) {
							return areRangesEqual(entry.req.query.range, req.query.range);
						});
						return [
							countQuery,
							!!countQuery,
							tblCache,
							entries
						];
				}
			}
			function subscribeToCacheEntry(cacheEntry, container, requery, signal) {
				cacheEntry.subscribers.add(requery);
				signal.addEventListener("abort", function() {
					cacheEntry.subscribers.delete(requery);
					if (cacheEntry.subscribers.size === 0) enqueForDeletion(cacheEntry, container);
				});
			}
			function enqueForDeletion(cacheEntry, container) {
				setTimeout(function() {
					if (cacheEntry.subscribers.size === 0) delArrayItem(container, cacheEntry);
				}, 3e3);
			}
			var cacheMiddleware = {
				stack: "dbcore",
				level: 0,
				name: "Cache",
				create: function(core) {
					var dbName = core.schema.name;
					return __assign(__assign({}, core), {
						transaction: function(stores, mode, options) {
							var idbtrans = core.transaction(stores, mode, options);
							if (mode === "readwrite") {
								var ac_1 = new AbortController();
								var signal = ac_1.signal;
								var endTransaction = function(wasCommitted) {
									return function() {
										ac_1.abort();
										if (mode === "readwrite") {
											var affectedSubscribers_1 = /* @__PURE__ */ new Set();
											for (var _i = 0, stores_1 = stores; _i < stores_1.length; _i++) {
												var storeName = stores_1[_i];
												var tblCache = cache["idb://".concat(dbName, "/").concat(storeName)];
												if (tblCache) {
													var table = core.table(storeName);
													var ops = tblCache.optimisticOps.filter(function(op) {
														return op.trans === idbtrans;
													});
													if (idbtrans._explicit && wasCommitted && idbtrans.mutatedParts) for (var _a = 0, _b = Object.values(tblCache.queries.query); _a < _b.length; _a++) {
														var entries = _b[_a];
														for (var _c = 0, _d = entries.slice(); _c < _d.length; _c++) {
															var entry = _d[_c];
															if (obsSetsOverlap(entry.obsSet, idbtrans.mutatedParts)) {
																delArrayItem(entries, entry);
																entry.subscribers.forEach(function(requery) {
																	return affectedSubscribers_1.add(requery);
																});
															}
														}
													}
													else if (ops.length > 0) {
														tblCache.optimisticOps = tblCache.optimisticOps.filter(function(op) {
															return op.trans !== idbtrans;
														});
														for (var _e = 0, _f = Object.values(tblCache.queries.query); _e < _f.length; _e++) {
															var entries = _f[_e];
															for (var _g = 0, _h = entries.slice(); _g < _h.length; _g++) {
																var entry = _h[_g];
																if (entry.res != null && idbtrans.mutatedParts) {
																	if (wasCommitted && !entry.dirty) {
																		var freezeResults = Object.isFrozen(entry.res);
																		var modRes = applyOptimisticOps(entry.res, entry.req, ops, table, entry, freezeResults);
																		if (entry.dirty) {
																			delArrayItem(entries, entry);
																			entry.subscribers.forEach(function(requery) {
																				return affectedSubscribers_1.add(requery);
																			});
																		} else if (modRes !== entry.res) {
																			entry.res = modRes;
																			entry.promise = DexiePromise.resolve({ result: modRes });
																		}
																	} else {
																		if (entry.dirty) delArrayItem(entries, entry);
																		entry.subscribers.forEach(function(requery) {
																			return affectedSubscribers_1.add(requery);
																		});
																	}
																}
															}
														}
													}
												}
											}
											affectedSubscribers_1.forEach(function(requery) {
												return requery();
											});
										}
									};
								};
								idbtrans.addEventListener("abort", endTransaction(false), { signal });
								idbtrans.addEventListener("error", endTransaction(false), { signal });
								idbtrans.addEventListener("complete", endTransaction(true), { signal });
							}
							return idbtrans;
						},
						table: function(tableName) {
							var downTable = core.table(tableName);
							var primKey = downTable.schema.primaryKey;
							return __assign(__assign({}, downTable), {
								mutate: function(req) {
									var trans = PSD.trans;
									if (primKey.outbound || trans.db._options.cache === "disabled" || trans.explicit || trans.idbtrans.mode !== "readwrite") return downTable.mutate(req);
									var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
									if (!tblCache) return downTable.mutate(req);
									var promise = downTable.mutate(req);
									if ((req.type === "add" || req.type === "put") && (req.values.length >= 50 || getEffectiveKeys(primKey, req).some(function(key) {
										return key == null;
									}))) promise.then(function(res) {
										var adjustedReq = adjustOptimisticFromFailures(tblCache, __assign(__assign({}, req), { values: req.values.map(function(value, i) {
											var _a;
											if (res.failures[i]) return value;
											var valueWithKey = ((_a = primKey.keyPath) === null || _a === void 0 ? void 0 : _a.includes(".")) ? deepClone(value) : __assign({}, value);
											setByKeyPath(valueWithKey, primKey.keyPath, res.results[i]);
											return valueWithKey;
										}) }), res);
										tblCache.optimisticOps.push(adjustedReq);
										queueMicrotask(function() {
											return req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
										});
									});
									else {
										tblCache.optimisticOps.push(req);
										req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
										promise.then(function(res) {
											if (res.numFailures > 0) {
												delArrayItem(tblCache.optimisticOps, req);
												var adjustedReq = adjustOptimisticFromFailures(tblCache, req, res);
												if (adjustedReq) tblCache.optimisticOps.push(adjustedReq);
												req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
											}
										});
										promise.catch(function() {
											delArrayItem(tblCache.optimisticOps, req);
											req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
										});
									}
									return promise;
								},
								query: function(req) {
									var _a;
									if (!isCachableContext(PSD, downTable) || !isCachableRequest("query", req)) return downTable.query(req);
									var freezeResults = ((_a = PSD.trans) === null || _a === void 0 ? void 0 : _a.db._options.cache) === "immutable";
									var _b = PSD, requery = _b.requery, signal = _b.signal;
									var _c = findCompatibleQuery(dbName, tableName, "query", req), cacheEntry = _c[0], exactMatch = _c[1], tblCache = _c[2], container = _c[3];
									if (cacheEntry && exactMatch) cacheEntry.obsSet = req.obsSet;
									else {
										var promise = downTable.query(req).then(function(res) {
											var result = res.result;
											if (cacheEntry) cacheEntry.res = result;
											if (freezeResults) {
												for (var i = 0, l = result.length; i < l; ++i) Object.freeze(result[i]);
												Object.freeze(result);
											}
											return res;
										}).catch(function(error) {
											if (container && cacheEntry) delArrayItem(container, cacheEntry);
											return Promise.reject(error);
										});
										cacheEntry = {
											obsSet: req.obsSet,
											promise,
											subscribers: /* @__PURE__ */ new Set(),
											type: "query",
											req,
											dirty: false
										};
										if (container) container.push(cacheEntry);
										else {
											container = [cacheEntry];
											if (!tblCache) tblCache = cache["idb://".concat(dbName, "/").concat(tableName)] = {
												queries: {
													query: {},
													count: {}
												},
												objs: /* @__PURE__ */ new Map(),
												optimisticOps: [],
												unsignaledParts: {}
											};
											tblCache.queries.query[req.query.index.name || ""] = container;
										}
									}
									subscribeToCacheEntry(cacheEntry, container, requery, signal);
									return cacheEntry.promise.then(function(res) {
										var result = applyOptimisticOps(res.result, req, tblCache === null || tblCache === void 0 ? void 0 : tblCache.optimisticOps, downTable, cacheEntry, freezeResults);
										return { result: freezeResults ? result : deepClone(result) };
									});
								}
							});
						}
					});
				}
			};
			function vipify(target, vipDb) {
				return new Proxy(target, { get: function(target, prop, receiver) {
					if (prop === "db") return vipDb;
					return Reflect.get(target, prop, receiver);
				} });
			}
			var Dexie$1 = function() {
				function Dexie(name, options) {
					var _this = this;
					this._middlewares = {};
					this.verno = 0;
					var deps = Dexie.dependencies;
					this._options = options = __assign({
						addons: Dexie.addons,
						autoOpen: true,
						indexedDB: deps.indexedDB,
						IDBKeyRange: deps.IDBKeyRange,
						cache: "cloned",
						maxConnections: DEFAULT_MAX_CONNECTIONS
					}, options);
					this._deps = {
						indexedDB: options.indexedDB,
						IDBKeyRange: options.IDBKeyRange
					};
					var addons = options.addons;
					this._dbSchema = {};
					this._versions = [];
					this._storeNames = [];
					this._allTables = {};
					this.idbdb = null;
					this._novip = this;
					var state = {
						dbOpenError: null,
						isBeingOpened: false,
						onReadyBeingFired: null,
						openComplete: false,
						dbReadyResolve: nop,
						dbReadyPromise: null,
						cancelOpen: nop,
						openCanceller: null,
						autoSchema: true,
						PR1398_maxLoop: 3,
						autoOpen: options.autoOpen
					};
					state.dbReadyPromise = new DexiePromise(function(resolve) {
						state.dbReadyResolve = resolve;
					});
					state.openCanceller = new DexiePromise(function(_, reject) {
						state.cancelOpen = reject;
					});
					this._state = state;
					this.name = name;
					this.on = Events(this, "populate", "blocked", "versionchange", "close", { ready: [promisableChain, nop] });
					this.once = function(event, callback) {
						var fn = function() {
							var args = [];
							for (var _i = 0; _i < arguments.length; _i++) args[_i] = arguments[_i];
							_this.on(event).unsubscribe(fn);
							callback.apply(_this, args);
						};
						return _this.on(event, fn);
					};
					this.on.ready.subscribe = override(this.on.ready.subscribe, function(subscribe) {
						return function(subscriber, bSticky) {
							Dexie.vip(function() {
								var state = _this._state;
								if (state.openComplete) {
									if (!state.dbOpenError) DexiePromise.resolve().then(subscriber);
									if (bSticky) subscribe(subscriber);
								} else if (state.onReadyBeingFired) {
									state.onReadyBeingFired.push(subscriber);
									if (bSticky) subscribe(subscriber);
								} else {
									subscribe(subscriber);
									var db_1 = _this;
									if (!bSticky) subscribe(function unsubscribe() {
										db_1.on.ready.unsubscribe(subscriber);
										db_1.on.ready.unsubscribe(unsubscribe);
									});
								}
							});
						};
					});
					this.Collection = createCollectionConstructor(this);
					this.Table = createTableConstructor(this);
					this.Transaction = createTransactionConstructor(this);
					this.Version = createVersionConstructor(this);
					this.WhereClause = createWhereClauseConstructor(this);
					this.on("versionchange", function(ev) {
						if (ev.newVersion > 0) console.warn("Another connection wants to upgrade database '".concat(_this.name, "'. Closing db now to resume the upgrade."));
						else console.warn("Another connection wants to delete database '".concat(_this.name, "'. Closing db now to resume the delete request."));
						_this.close({ disableAutoOpen: false });
					});
					this.on("blocked", function(ev) {
						if (!ev.newVersion || ev.newVersion < ev.oldVersion) console.warn("Dexie.delete('".concat(_this.name, "') was blocked"));
						else console.warn("Upgrade '".concat(_this.name, "' blocked by other connection holding version ").concat(ev.oldVersion / 10));
					});
					this._maxKey = getMaxKey(options.IDBKeyRange);
					this._createTransaction = function(mode, storeNames, dbschema, parentTransaction) {
						return new _this.Transaction(mode, storeNames, dbschema, _this._options.chromeTransactionDurability, parentTransaction);
					};
					this._fireOnBlocked = function(ev) {
						_this.on("blocked").fire(ev);
						connections.toArray().filter(function(c) {
							return c.name === _this.name && c !== _this && !c._state.vcFired;
						}).map(function(c) {
							return c.on("versionchange").fire(ev);
						});
					};
					this.use(cacheExistingValuesMiddleware);
					this.use(cacheMiddleware);
					this.use(observabilityMiddleware);
					this.use(virtualIndexMiddleware);
					this.use(hooksMiddleware);
					var vipDB = new Proxy(this, { get: function(_, prop, receiver) {
						if (prop === "_vip") return true;
						if (prop === "table") return function(tableName) {
							return vipify(_this.table(tableName), vipDB);
						};
						var rv = Reflect.get(_, prop, receiver);
						if (rv instanceof Table) return vipify(rv, vipDB);
						if (prop === "tables") return rv.map(function(t) {
							return vipify(t, vipDB);
						});
						if (prop === "_createTransaction") return function() {
							return vipify(rv.apply(this, arguments), vipDB);
						};
						return rv;
					} });
					this.vip = vipDB;
					addons.forEach(function(addon) {
						return addon(_this);
					});
				}
				Dexie.prototype.version = function(versionNumber) {
					if (isNaN(versionNumber) || versionNumber < .1) throw new exceptions.Type("Given version is not a positive number");
					versionNumber = Math.round(versionNumber * 10) / 10;
					if (this.idbdb || this._state.isBeingOpened) throw new exceptions.Schema("Cannot add version when database is open");
					this.verno = Math.max(this.verno, versionNumber);
					var versions = this._versions;
					var versionInstance = versions.filter(function(v) {
						return v._cfg.version === versionNumber;
					})[0];
					if (versionInstance) return versionInstance;
					versionInstance = new this.Version(versionNumber);
					versions.push(versionInstance);
					versions.sort(lowerVersionFirst);
					versionInstance.stores({});
					this._state.autoSchema = false;
					return versionInstance;
				};
				Dexie.prototype._whenReady = function(fn) {
					var _this = this;
					return this.idbdb && (this._state.openComplete || PSD.letThrough || this._vip) ? fn() : new DexiePromise(function(resolve, reject) {
						if (_this._state.openComplete) return reject(new exceptions.DatabaseClosed(_this._state.dbOpenError));
						if (!_this._state.isBeingOpened) {
							if (!_this._state.autoOpen) {
								reject(new exceptions.DatabaseClosed());
								return;
							}
							_this.open().catch(nop);
						}
						_this._state.dbReadyPromise.then(resolve, reject);
					}).then(fn);
				};
				Dexie.prototype.use = function(_a) {
					var stack = _a.stack, create = _a.create, level = _a.level, name = _a.name;
					if (name) this.unuse({
						stack,
						name
					});
					var middlewares = this._middlewares[stack] || (this._middlewares[stack] = []);
					middlewares.push({
						stack,
						create,
						level: level == null ? 10 : level,
						name
					});
					middlewares.sort(function(a, b) {
						return a.level - b.level;
					});
					return this;
				};
				Dexie.prototype.unuse = function(_a) {
					var stack = _a.stack, name = _a.name, create = _a.create;
					if (stack && this._middlewares[stack]) this._middlewares[stack] = this._middlewares[stack].filter(function(mw) {
						return create ? mw.create !== create : name ? mw.name !== name : false;
					});
					return this;
				};
				Dexie.prototype.open = function() {
					var _this = this;
					return usePSD(globalPSD, function() {
						return dexieOpen(_this);
					});
				};
				Dexie.prototype._close = function() {
					this.on.close.fire(new CustomEvent("close"));
					var state = this._state;
					connections.remove(this);
					if (this.idbdb) {
						try {
							this.idbdb.close();
						} catch (e) {}
						this.idbdb = null;
					}
					if (!state.isBeingOpened) {
						state.dbReadyPromise = new DexiePromise(function(resolve) {
							state.dbReadyResolve = resolve;
						});
						state.openCanceller = new DexiePromise(function(_, reject) {
							state.cancelOpen = reject;
						});
					}
				};
				Dexie.prototype.close = function(_a) {
					var disableAutoOpen = (_a === void 0 ? { disableAutoOpen: true } : _a).disableAutoOpen;
					var state = this._state;
					if (disableAutoOpen) {
						if (state.isBeingOpened) state.cancelOpen(new exceptions.DatabaseClosed());
						this._close();
						state.autoOpen = false;
						state.dbOpenError = new exceptions.DatabaseClosed();
					} else {
						this._close();
						state.autoOpen = this._options.autoOpen || state.isBeingOpened;
						state.openComplete = false;
						state.dbOpenError = null;
					}
				};
				Dexie.prototype.delete = function(closeOptions) {
					var _this = this;
					if (closeOptions === void 0) closeOptions = { disableAutoOpen: true };
					var hasInvalidArguments = arguments.length > 0 && typeof arguments[0] !== "object";
					var state = this._state;
					return new DexiePromise(function(resolve, reject) {
						var doDelete = function() {
							_this.close(closeOptions);
							var req = _this._deps.indexedDB.deleteDatabase(_this.name);
							req.onsuccess = wrap(function() {
								_onDatabaseDeleted(_this._deps, _this.name);
								resolve();
							});
							req.onerror = eventRejectHandler(reject);
							req.onblocked = _this._fireOnBlocked;
						};
						if (hasInvalidArguments) throw new exceptions.InvalidArgument("Invalid closeOptions argument to db.delete()");
						if (state.isBeingOpened) state.dbReadyPromise.then(doDelete);
						else doDelete();
					});
				};
				Dexie.prototype.backendDB = function() {
					return this.idbdb;
				};
				Dexie.prototype.isOpen = function() {
					return this.idbdb !== null;
				};
				Dexie.prototype.hasBeenClosed = function() {
					var dbOpenError = this._state.dbOpenError;
					return dbOpenError && dbOpenError.name === "DatabaseClosedError";
				};
				Dexie.prototype.hasFailed = function() {
					return this._state.dbOpenError !== null;
				};
				Dexie.prototype.dynamicallyOpened = function() {
					return this._state.autoSchema;
				};
				Object.defineProperty(Dexie.prototype, "tables", {
					get: function() {
						var _this = this;
						return keys(this._allTables).map(function(name) {
							return _this._allTables[name];
						});
					},
					enumerable: false,
					configurable: true
				});
				Dexie.prototype.transaction = function() {
					var args = extractTransactionArgs.apply(this, arguments);
					return this._transaction.apply(this, args);
				};
				Dexie.prototype._transaction = function(mode, tables, scopeFunc) {
					var _this = this;
					var parentTransaction = PSD.trans;
					if (!parentTransaction || parentTransaction.db !== this || mode.indexOf("!") !== -1) parentTransaction = null;
					var onlyIfCompatible = mode.indexOf("?") !== -1;
					mode = mode.replace("!", "").replace("?", "");
					var idbMode, storeNames;
					try {
						storeNames = tables.map(function(table) {
							var storeName = table instanceof _this.Table ? table.name : table;
							if (typeof storeName !== "string") throw new TypeError("Invalid table argument to Dexie.transaction(). Only Table or String are allowed");
							return storeName;
						});
						if (mode == "r" || mode === READONLY) idbMode = READONLY;
						else if (mode == "rw" || mode == READWRITE) idbMode = READWRITE;
						else throw new exceptions.InvalidArgument("Invalid transaction mode: " + mode);
						if (parentTransaction) {
							if (parentTransaction.mode === READONLY && idbMode === READWRITE) {
								if (onlyIfCompatible) parentTransaction = null;
								else throw new exceptions.SubTransaction("Cannot enter a sub-transaction with READWRITE mode when parent transaction is READONLY");
							}
							if (parentTransaction) storeNames.forEach(function(storeName) {
								if (parentTransaction && parentTransaction.storeNames.indexOf(storeName) === -1) {
									if (onlyIfCompatible) parentTransaction = null;
									else throw new exceptions.SubTransaction("Table " + storeName + " not included in parent transaction.");
								}
							});
							if (onlyIfCompatible && parentTransaction && !parentTransaction.active) parentTransaction = null;
						}
					} catch (e) {
						return parentTransaction ? parentTransaction._promise(null, function(_, reject) {
							reject(e);
						}) : rejection(e);
					}
					var enterTransaction = enterTransactionScope.bind(null, this, idbMode, storeNames, parentTransaction, scopeFunc);
					return parentTransaction ? parentTransaction._promise(idbMode, enterTransaction, "lock") : PSD.trans ? usePSD(PSD.transless, function() {
						return _this._whenReady(enterTransaction);
					}) : this._whenReady(enterTransaction);
				};
				Dexie.prototype.table = function(tableName) {
					if (!hasOwn(this._allTables, tableName)) throw new exceptions.InvalidTable("Table ".concat(tableName, " does not exist"));
					return this._allTables[tableName];
				};
				return Dexie;
			}();
			var symbolObservable = typeof Symbol !== "undefined" && "observable" in Symbol ? Symbol.observable : "@@observable";
			var Observable = function() {
				function Observable(subscribe) {
					this._subscribe = subscribe;
				}
				Observable.prototype.subscribe = function(x, error, complete) {
					return this._subscribe(!x || typeof x === "function" ? {
						next: x,
						error,
						complete
					} : x);
				};
				Observable.prototype[symbolObservable] = function() {
					return this;
				};
				return Observable;
			}();
			var domDeps;
			try {
				domDeps = {
					indexedDB: _global.indexedDB || _global.mozIndexedDB || _global.webkitIndexedDB || _global.msIndexedDB,
					IDBKeyRange: _global.IDBKeyRange || _global.webkitIDBKeyRange
				};
			} catch (e) {
				domDeps = {
					indexedDB: null,
					IDBKeyRange: null
				};
			}
			function liveQuery(querier) {
				var hasValue = false;
				var currentValue;
				var observable = new Observable(function(observer) {
					var scopeFuncIsAsync = isAsyncFunction(querier);
					function execute(ctx) {
						var wasRootExec = beginMicroTickScope();
						try {
							if (scopeFuncIsAsync) incrementExpectedAwaits();
							var rv = newScope(querier, ctx);
							if (scopeFuncIsAsync) rv = rv.finally(decrementExpectedAwaits);
							return rv;
						} finally {
							wasRootExec && endMicroTickScope();
						}
					}
					var closed = false;
					var abortController;
					var accumMuts = {};
					var currentObs = {};
					var subscription = {
						get closed() {
							return closed;
						},
						unsubscribe: function() {
							if (closed) return;
							closed = true;
							if (abortController) abortController.abort();
							if (startedListening) globalEvents.storagemutated.unsubscribe(mutationListener);
						}
					};
					observer.start && observer.start(subscription);
					var startedListening = false;
					var doQuery = function() {
						return execInGlobalContext(_doQuery);
					};
					function shouldNotify() {
						return obsSetsOverlap(currentObs, accumMuts);
					}
					var mutationListener = function(parts) {
						extendObservabilitySet(accumMuts, parts);
						if (shouldNotify()) doQuery();
					};
					var _doQuery = function() {
						if (closed || !domDeps.indexedDB) return;
						accumMuts = {};
						var subscr = {};
						if (abortController) abortController.abort();
						abortController = new AbortController();
						var ctx = {
							subscr,
							signal: abortController.signal,
							requery: doQuery,
							querier,
							trans: null
						};
						var ret = execute(ctx);
						if (!startedListening) {
							globalEvents.storagemutated.subscribe(mutationListener);
							startedListening = true;
						}
						Promise.resolve(ret).then(function(result) {
							hasValue = true;
							currentValue = result;
							if (closed || ctx.signal.aborted) return;
							if (shouldNotify()) doQuery();
							else {
								currentObs = subscr;
								if (shouldNotify()) doQuery();
								else {
									accumMuts = {};
									execInGlobalContext(function() {
										return !closed && observer.next && observer.next(result);
									});
								}
							}
						}, function(err) {
							if (closed || ctx.signal.aborted) return;
							hasValue = false;
							if (!["DatabaseClosedError", "AbortError"].includes(err === null || err === void 0 ? void 0 : err.name)) {
								if (!closed) execInGlobalContext(function() {
									if (closed) return;
									observer.error && observer.error(err);
								});
							}
						});
					};
					setTimeout(doQuery, 0);
					return subscription;
				});
				observable.hasValue = function() {
					return hasValue;
				};
				observable.getValue = function() {
					return currentValue;
				};
				return observable;
			}
			var Dexie = Dexie$1;
			props(Dexie, __assign(__assign({}, fullNameExceptions), {
				delete: function(databaseName) {
					return new Dexie(databaseName, { addons: [] }).delete();
				},
				exists: function(name) {
					return new Dexie(name, { addons: [] }).open().then(function(db) {
						db.close();
						return true;
					}).catch("NoSuchDatabaseError", function() {
						return false;
					});
				},
				getDatabaseNames: function(cb) {
					try {
						return getDatabaseNames(Dexie.dependencies).then(cb);
					} catch (_a) {
						return rejection(new exceptions.MissingAPI());
					}
				},
				defineClass: function() {
					function Class(content) {
						extend(this, content);
					}
					return Class;
				},
				ignoreTransaction: function(scopeFunc) {
					return PSD.trans ? usePSD(PSD.transless || globalPSD, scopeFunc) : scopeFunc();
				},
				vip,
				async: function(generatorFn) {
					return function() {
						try {
							var rv = awaitIterator(generatorFn.apply(this, arguments));
							if (!rv || typeof rv.then !== "function") return DexiePromise.resolve(rv);
							return rv;
						} catch (e) {
							return rejection(e);
						}
					};
				},
				spawn: function(generatorFn, args, thiz) {
					try {
						var rv = awaitIterator(generatorFn.apply(thiz, args || []));
						if (!rv || typeof rv.then !== "function") return DexiePromise.resolve(rv);
						return rv;
					} catch (e) {
						return rejection(e);
					}
				},
				currentTransaction: { get: function() {
					return PSD.trans || null;
				} },
				waitFor: function(promiseOrFunction, optionalTimeout) {
					var promise = DexiePromise.resolve(typeof promiseOrFunction === "function" ? Dexie.ignoreTransaction(promiseOrFunction) : promiseOrFunction).timeout(optionalTimeout || 6e4);
					return PSD.trans ? PSD.trans.waitFor(promise) : promise;
				},
				Promise: DexiePromise,
				debug: {
					get: function() {
						return debug;
					},
					set: function(value) {
						setDebug(value);
					}
				},
				derive,
				extend,
				props,
				override,
				Events,
				on: globalEvents,
				liveQuery,
				extendObservabilitySet,
				getByKeyPath,
				setByKeyPath,
				delByKeyPath,
				shallowClone,
				deepClone,
				getObjectDiff,
				cmp,
				asap: asap$1,
				minKey,
				addons: [],
				connections: { get: connections.toArray },
				errnames,
				dependencies: domDeps,
				cache,
				semVer: DEXIE_VERSION,
				version: DEXIE_VERSION.split(".").map(function(n) {
					return parseInt(n);
				}).reduce(function(p, c, i) {
					return p + c / Math.pow(10, i * 2);
				})
			}));
			Dexie.maxKey = getMaxKey(Dexie.dependencies.IDBKeyRange);
			if (typeof dispatchEvent !== "undefined" && typeof addEventListener !== "undefined") {
				globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(updatedParts) {
					if (!propagatingLocally) {
						var event_1 = new CustomEvent(STORAGE_MUTATED_DOM_EVENT_NAME, { detail: updatedParts });
						propagatingLocally = true;
						dispatchEvent(event_1);
						propagatingLocally = false;
					}
				});
				addEventListener(STORAGE_MUTATED_DOM_EVENT_NAME, function(_a) {
					var detail = _a.detail;
					if (!propagatingLocally) propagateLocally(detail);
				});
			}
			function propagateLocally(updateParts) {
				var wasMe = propagatingLocally;
				try {
					propagatingLocally = true;
					globalEvents.storagemutated.fire(updateParts);
					signalSubscribersNow(updateParts, true);
				} finally {
					propagatingLocally = wasMe;
				}
			}
			var propagatingLocally = false;
			var bc;
			var createBC = function() {};
			if (typeof BroadcastChannel !== "undefined") {
				createBC = function() {
					bc = new BroadcastChannel(STORAGE_MUTATED_DOM_EVENT_NAME);
					bc.onmessage = function(ev) {
						return ev.data && propagateLocally(ev.data);
					};
				};
				createBC();
				if (typeof bc.unref === "function") bc.unref();
				globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(changedParts) {
					if (!propagatingLocally) bc.postMessage(changedParts);
				});
			}
			if (typeof addEventListener !== "undefined") {
				addEventListener("pagehide", function(event) {
					if (!Dexie$1.disableBfCache && event.persisted) {
						if (debug) console.debug("Dexie: handling persisted pagehide");
						bc === null || bc === void 0 || bc.close();
						for (var _i = 0, _a = connections.toArray(); _i < _a.length; _i++) _a[_i].close({ disableAutoOpen: false });
					}
				});
				addEventListener("pageshow", function(event) {
					if (!Dexie$1.disableBfCache && event.persisted) {
						if (debug) console.debug("Dexie: handling persisted pageshow");
						createBC();
						propagateLocally({ all: new RangeSet(-Infinity, [[]]) });
					}
				});
			}
			function add(value) {
				return new PropModification({ add: value });
			}
			function remove(value) {
				return new PropModification({ remove: value });
			}
			function replacePrefix(a, b) {
				return new PropModification({ replacePrefix: [a, b] });
			}
			DexiePromise.rejectionMapper = mapError;
			setDebug(debug);
			__assign(Dexie$1, /* @__PURE__ */ Object.freeze({
				__proto__: null,
				DEFAULT_MAX_CONNECTIONS,
				Dexie: Dexie$1,
				Entity,
				PropModification,
				RangeSet,
				add,
				cmp,
				default: Dexie$1,
				liveQuery,
				mergeRanges,
				rangesOverlap,
				remove,
				replacePrefix
			}), { default: Dexie$1 });
			return Dexie$1;
		}));
	})))(), 1);
	var DexieSymbol = Symbol.for("Dexie");
	var Dexie = globalThis[DexieSymbol] || (globalThis[DexieSymbol] = import_dexie.default);
	if (import_dexie.default.semVer !== Dexie.semVer) throw new Error(`Two different versions of Dexie loaded in the same app: ${import_dexie.default.semVer} and ${Dexie.semVer}`);
	var { liveQuery, mergeRanges, rangesOverlap, RangeSet, cmp, Entity, PropModification, replacePrefix, add, remove, DexieYProvider } = Dexie;
	// storage/db.ts
	/**
	* Maille's database, in the extension origin's IndexedDB. Only the background writes to it;
	* top-level extension pages (popup, dashboard) may read it; the content script and the sidebar
	* frame never import it (docs/ARCHITECTURE.md, the lint keeps it). Every schema change is a new
	* `version(n)` with its upgrade and a new frozen `tests/fixtures/db/v<n>.json`: the migration
	* harness (`tests/unit/db-migrations.test.ts`) upgrades every frozen version to the latest.
	*/
	var MailleDb = class extends Dexie {
		contacts;
		interactions;
		events;
		introductions;
		observations;
		news;
		constructor(name = "maille") {
			super(name);
			this.version(1).stores({
				contacts: "id, *profileKeys, nextDueAt, lastContactAt, *tags, name, nameKey, updatedAt",
				interactions: "id, [contactId+at], at",
				events: "id, date, series, name",
				introductions: "id, aId, bId, at, status",
				observations: "id, [contactId+at], profileKey"
			});
			this.version(2).stores({
				contacts: "id, *profileKeys, nextDueAt, lastContactAt, *tags, name, nameKey, updatedAt, met.eventId, lunchKey, *emails",
				events: "id, date, series, name, nameKey",
				news: "id, createdAt"
			}).upgrade(async (tx) => {
				await tx.table("events").toCollection().modify((event) => {
					event.nameKey = nameKey(event.name);
				});
				await tx.table("contacts").toCollection().modify((contact) => {
					if (contact.cadenceDays != null) contact.lunchKey = contact.lastInPersonAt ?? 0;
				});
			});
		}
	};
	var db = new MailleDb();
	function newId() {
		return crypto.randomUUID();
	}
	// core/job-change.ts
	/**
	* The latest job change seen, if any: the newest observation shows a company or title that the
	* one before it **of the same profile** did not. Observations of two sites are never compared:
	* LinkedIn and XING word the same job differently, which is not a change. Order does not matter.
	*/
	function latestJobChange(observations) {
		const [latest, ...older] = [...observations].sort((a, b) => b.at - a.at);
		const before = latest && older.find((o) => o.profileKey === latest.profileKey);
		if (!latest || !before) return null;
		return latest.company && latest.company !== before.company || latest.title && latest.title !== before.title ? {
			at: latest.at,
			job: {
				company: latest.company,
				title: latest.title
			}
		} : null;
	}
	// core/reminders.ts
	/** Met on day D and nothing since (but the meeting itself, logged on D): due at D+1, 00:00. */
	function followUp(input, rules) {
		const metDay = input.contact.met?.date;
		const metAt = metDay ? dayStart(metDay, rules.timeZone) : void 0;
		if (metAt === void 0) return null;
		const nextDay = midnightAfter(metAt, 1, rules.timeZone);
		return input.interactions.some((i) => i.at >= metAt && !(IN_PERSON_KINDS.has(i.kind) && i.at < nextDay)) ? null : {
			reason: "follow-up",
			dueAt: nextDay
		};
	}
	/** A new company or title on a profile, not acknowledged by an interaction since it was seen. */
	function jobChangeOccasion(input, lastContactAt) {
		const change = latestJobChange(input.observations ?? []);
		if (!change || lastContactAt !== void 0 && lastContactAt >= change.at) return null;
		return {
			reason: "occasion",
			dueAt: change.at,
			jobChange: change.job
		};
	}
	/**
	* New-year wishes: from 1 to 31 January, everyone with a cadence, once a year \u2014 not when they were
	* contacted since 1 January. Past 31 January, next year's.
	*/
	function newYear(input, lastContactAt, rules, now) {
		if (!rules.newYearWishes || input.contact.cadenceDays == null) return null;
		const year = Number(toLocalDay(now, rules.timeZone).slice(0, 4));
		for (const y of [year, year + 1]) {
			const start = dayStart(`${String(y).padStart(4, "0")}-01-01`, rules.timeZone);
			if (now >= dayStart(`${String(y).padStart(4, "0")}-02-01`, rules.timeZone) || lastContactAt !== void 0 && lastContactAt >= start) continue;
			return {
				reason: "new-year",
				dueAt: start
			};
		}
		return null;
	}
	/** When the keep-in-touch clock last restarted: the last contact, else the meeting, else the day they were added. */
	function clockStart(contact, lastContactAt, timeZone) {
		const metAt = contact.met?.date ? dayStart(contact.met.date, timeZone) : void 0;
		return lastContactAt ?? metAt ?? contact.createdAt;
	}
	/** When a contact with a cadence starts "losing touch": 1.5 \u00d7 cadence after the clock last restarted. */
	function losingTouchAt(contact, cadenceDays, lastContactAt, timeZone) {
		return midnightAfter(clockStart(contact, lastContactAt, timeZone), Math.ceil(cadenceDays * 1.5), timeZone);
	}
	/**
	* Whether a contact with a cadence has gone 1.5 \u00d7 cadence without contact: "losing touch". The
	* stored reason may be older than that (time passes between writes): the UI asks this.
	*/
	function isLosingTouch(contact, now, timeZone) {
		return contact.cadenceDays != null && now >= losingTouchAt(contact, contact.cadenceDays, contact.lastContactAt, timeZone);
	}
	/** Keep-in-touch: cadence days after the clock last restarted. */
	function reconnect(input, lastContactAt, rules, now) {
		const { cadenceDays } = input.contact;
		if (cadenceDays == null) return null;
		const dueAt = midnightAfter(clockStart(input.contact, lastContactAt, rules.timeZone), cadenceDays, rules.timeZone);
		return {
			reason: now >= losingTouchAt(input.contact, cadenceDays, lastContactAt, rules.timeZone) ? "losing-touch" : "reconnect",
			dueAt
		};
	}
	/**
	* Whether a contact is due, since when, why, and when they next show on lists. Pure: `now` and
	* the time zone are parameters. Any interaction restarts the keep-in-touch clock; a contact
	* reached within the minimum gap, or snoozed, stays off every list until then.
	*/
	function reminderState(input, rules, now) {
		const lastContactAt = latestAt(input.interactions) ?? input.contact.lastContactAt;
		const chosen = [
			followUp(input, rules),
			jobChangeOccasion(input, lastContactAt),
			newYear(input, lastContactAt, rules, now),
			reconnect(input, lastContactAt, rules, now)
		].filter((c) => c !== null).reduce((best, c) => best === null || c.dueAt < best.dueAt ? c : best, null);
		if (!chosen) return {
			reason: null,
			dueAt: null,
			nextDueAt: null
		};
		const paceGuardUntil = lastContactAt !== void 0 ? midnightAfter(lastContactAt, rules.minGapDays, rules.timeZone) : -Infinity;
		const nextDueAt = Math.max(chosen.dueAt, input.contact.snoozedUntil ?? -Infinity, paceGuardUntil);
		return {
			reason: chosen.reason,
			dueAt: chosen.dueAt,
			nextDueAt,
			...chosen.jobChange ? { jobChange: chosen.jobChange } : {}
		};
	}
	// storage/due.ts
	/** How many of the latest observations the job-change rule looks through for the same profile's previous one. */
	var OBSERVATIONS_LOOKED_AT = 12;
	/** The tables a write that may change who is due must hold in its transaction. */
	var DUE_TABLES = [
		"contacts",
		"interactions",
		"observations"
	];
	/**
	* Recomputes a contact's denormalised `nextDueAt`/`dueReason` from its record, interactions
	* and observations. Called inside every write transaction that can change them, so the due list
	* is always an indexed range query. Reads only what the engine needs, through indexes.
	*/
	async function refreshDue(contactId, rules, now) {
		const contact = await db.contacts.get(contactId);
		if (!contact) return void 0;
		const range = db.interactions.where("[contactId+at]");
		const latest = await range.between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).last();
		const metAt = contact.met?.date ? dayStart(contact.met.date, rules.timeZone) : void 0;
		const sinceMet = metAt !== void 0 ? await range.between([contactId, metAt], [contactId, Dexie.maxKey]).toArray() : [];
		const observations = await db.observations.where("[contactId+at]").between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).reverse().limit(OBSERVATIONS_LOOKED_AT).toArray();
		const state = reminderState({
			contact,
			interactions: latest ? [...sinceMet, latest] : sinceMet,
			observations
		}, rules, now);
		const nextDueAt = state.nextDueAt !== null && Number.isFinite(state.nextDueAt) ? state.nextDueAt : void 0;
		const lunchKey = contact.cadenceDays != null ? contact.lastInPersonAt ?? 0 : void 0;
		const due = {
			nextDueAt,
			dueReason: state.reason ?? void 0,
			dueJob: state.jobChange,
			lunchKey
		};
		if (contact.nextDueAt === due.nextDueAt && contact.dueReason === due.dueReason && JSON.stringify(contact.dueJob) === JSON.stringify(due.dueJob) && contact.lunchKey === lunchKey) return contact;
		await db.contacts.update(contactId, due);
		return {
			...contact,
			...due
		};
	}
	/**
	* Recomputes the contacts due now (an index range): time alone changes their reason \u2014 wishes end
	* with January, a reconnect turns into losing touch \u2014 and only a write would notice otherwise.
	*/
	async function refreshDueNow(rules, now) {
		await db.transaction("rw", DUE_TABLES, async () => {
			const ids = await db.contacts.where("nextDueAt").belowOrEqual(now).primaryKeys();
			for (const id of ids) await refreshDue(id, rules, now);
		});
	}
	/** Recomputes everyone (after a change of the rules themselves), in one transaction. */
	async function refreshAllDue(rules, now) {
		await db.transaction("rw", DUE_TABLES, async () => {
			const ids = await db.contacts.toCollection().primaryKeys();
			for (const id of ids) await refreshDue(id, rules, now);
		});
	}
	function countDue(now) {
		return db.contacts.where("nextDueAt").belowOrEqual(now).count();
	}
	/**
	* Contacts due up to `until` (`now` for today's list; later for the days ahead), soonest first:
	* an indexed range query, never a scan of all contacts.
	*/
	function contactsDueBy(until) {
		return db.contacts.where("nextDueAt").belowOrEqual(until).toArray();
	}
	/** When the next contact becomes due after `now`, for the alarm that updates the badge then. */
	async function nextDueAfter(now) {
		return (await db.contacts.where("nextDueAt").above(now).first())?.nextDueAt;
	}
	// storage/events.ts
	/** The event of that name on that day (case, accents or a typo apart), if there is one. */
	async function existingEvent(name, date) {
		const exact = (await db.events.where("nameKey").equals(nameKey(name)).toArray()).find((e) => (e.date ?? "") === (date ?? ""));
		if (exact) return exact;
		return (date ? await db.events.where("date").equals(date).toArray() : []).find((e) => sameEventName(e.name, name));
	}
	/** The event of that name on that day, created when it does not exist yet (never a near-duplicate). */
	async function findOrCreateEvent(input, now) {
		const name = cleanText(input.name, LIMITS.eventName) ?? "";
		if (!name) throw new RefusalError({
			code: "invalid",
			field: "name",
			rule: "required"
		}, "An event needs a name.");
		const existing = await existingEvent(name, input.date);
		if (existing) return existing;
		const event = {
			id: newId(),
			name,
			nameKey: nameKey(name),
			date: input.date || void 0,
			place: cleanText(input.place, LIMITS.place),
			series: cleanText(input.series, LIMITS.eventName),
			notes: input.notes || void 0,
			createdAt: now,
			updatedAt: now
		};
		await db.events.add(event);
		return event;
	}
	/**
	* Changes an event. A new name is copied to the people met there (they keep it to show without a
	* join); a name and day another event already has is refused.
	*/
	async function updateEvent(id, patch, now) {
		return db.transaction("rw", ["events", "contacts"], async () => {
			const event = await db.events.get(id);
			if (!event) throw new RefusalError({ code: "notFound" }, `No event ${id}.`);
			const name = patch.name !== void 0 ? cleanText(patch.name, LIMITS.eventName) : event.name;
			if (!name) throw new RefusalError({
				code: "invalid",
				field: "name",
				rule: "required"
			});
			const updated = {
				...event,
				name,
				nameKey: nameKey(name),
				date: patch.date !== void 0 ? patch.date || void 0 : event.date,
				place: patch.place !== void 0 ? cleanText(patch.place, LIMITS.place) : event.place,
				series: patch.series !== void 0 ? cleanText(patch.series, LIMITS.eventName) : event.series,
				notes: patch.notes !== void 0 ? patch.notes || void 0 : event.notes,
				updatedAt: now
			};
			if (await db.events.where("nameKey").equals(updated.nameKey).filter((e) => e.id !== id && (e.date ?? "") === (updated.date ?? "")).first()) throw new RefusalError({
				code: "invalid",
				field: "name",
				rule: "duplicate"
			}, `${name} exists on that day.`);
			await db.events.put(updated);
			if (name !== event.name) await db.contacts.where("met.eventId").equals(id).modify((c) => {
				if (c.met) c.met.eventName = name;
			});
			return updated;
		});
	}
	/** Every event, newest first (the Events section). */
	function listEvents() {
		return db.events.orderBy("date").reverse().toArray();
	}
	// storage/contacts.ts
	function checkName(raw) {
		const name = cleanText(raw, LIMITS.name);
		if (!name) throw new RefusalError({
			code: "invalid",
			field: "name",
			rule: "required"
		}, "A contact needs a name.");
		return name;
	}
	/** Notes are typed text: kept as typed (lines and all), refused rather than cut beyond the limit. */
	function checkNotes(notes) {
		if (notes.length > LIMITS.notes) throw new RefusalError({
			code: "invalid",
			field: "notes",
			rule: "tooLong",
			max: LIMITS.notes
		});
		return notes;
	}
	function checkCadence(cadenceDays) {
		if (cadenceDays == null) return null;
		if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 3650) throw new RefusalError({
			code: "invalid",
			field: "cadenceDays",
			rule: "range"
		}, `Invalid cadence: ${cadenceDays}`);
		return cadenceDays;
	}
	async function toMetInfo(met, now) {
		if (!met) return void 0;
		const info = {
			place: cleanText(met.place, LIMITS.place),
			date: met.date && fromLocalDay(met.date) !== void 0 ? met.date : void 0,
			topic: cleanText(met.topic, LIMITS.topic)
		};
		const eventName = cleanText(met.eventName, LIMITS.eventName);
		if (eventName) {
			const event = await findOrCreateEvent({
				name: eventName,
				date: info.date,
				place: info.place
			}, now);
			info.eventId = event.id;
			info.eventName = event.name;
		}
		return Object.values(info).some((v) => v !== void 0) ? info : void 0;
	}
	/** Creates a contact. A profile already attached to someone is refused: no duplicates. */
	async function createContact(input, rules, now) {
		const name = checkName(input.name);
		return db.transaction("rw", [...DUE_TABLES, "events"], async () => {
			const owner = input.profile && await findContactByProfileKey(input.profile.key);
			if (owner) throw new RefusalError({
				code: "profileTaken",
				owner: owner.name
			}, `${input.profile.key} is already in Maille.`);
			const contact = {
				id: newId(),
				name,
				nameKey: nameKey(name),
				headline: cleanText(input.headline, LIMITS.line),
				company: cleanText(input.company, LIMITS.line),
				title: cleanText(input.title, LIMITS.line),
				location: cleanText(input.location, LIMITS.line),
				photoUrl: input.photoUrl,
				emails: normaliseEmails(input.emails ?? []),
				tags: normaliseTags(input.tags ?? []),
				notes: checkNotes(input.notes ?? ""),
				profiles: input.profile ? [input.profile] : [],
				profileKeys: input.profile ? [input.profile.key] : [],
				met: await toMetInfo(input.met, now),
				cadenceDays: checkCadence(input.cadenceDays),
				createdAt: now,
				updatedAt: now
			};
			await db.contacts.add(contact);
			return await refreshDue(contact.id, rules, now);
		});
	}
	function getContact(id) {
		return db.contacts.get(id);
	}
	function findContactByProfileKey(key) {
		return db.contacts.where("profileKeys").equals(key).first();
	}
	/**
	* People who may be the person a page shows, without a profile on that site yet: the same name,
	* or a stored name that starts with the page name's first word and holds its last one ("Claire
	* Fontaine Lumen Robotics" or "Claire Marie Fontaine" for "Claire Fontaine"), accents and case
	* aside. Through the nameKey index (a prefix range), never a scan of all contacts.
	*/
	function findLinkCandidates(name, site) {
		const key = nameKey(name);
		const words = key.split(" ").filter(Boolean);
		const [first, last] = [words[0], words.at(-1)];
		if (!first || !last) return Promise.resolve([]);
		return db.contacts.where("nameKey").startsWith(words.length > 1 ? `${first} ` : key).or("nameKey").equals(key).filter((c) => {
			const stored = c.nameKey.split(" ");
			return (c.nameKey === key || words.length > 1 && stored[0] === first && stored.slice(1).includes(last)) && !c.profiles.some((p) => p.site === site);
		}).toArray();
	}
	async function mustGet(id) {
		const contact = await db.contacts.get(id);
		if (!contact) throw new RefusalError({ code: "notFound" }, `No contact ${id}.`);
		return contact;
	}
	/** Attaches another site's profile to a contact (one person, several sites). */
	async function linkProfile(contactId, profile, identity, now) {
		return db.transaction("rw", db.contacts, async () => {
			const owner = await findContactByProfileKey(profile.key);
			if (owner && owner.id !== contactId) throw new RefusalError({
				code: "profileTaken",
				owner: owner.name
			}, `${profile.key} belongs to ${owner.name}.`);
			const contact = await mustGet(contactId);
			if (owner) return contact;
			const updated = {
				...contact,
				profiles: [...contact.profiles, profile],
				profileKeys: [...contact.profileKeys, profile.key],
				headline: contact.headline ?? cleanText(identity.headline, LIMITS.line),
				company: contact.company ?? cleanText(identity.company, LIMITS.line),
				title: contact.title ?? cleanText(identity.title, LIMITS.line),
				location: contact.location ?? cleanText(identity.location, LIMITS.line),
				photoUrl: contact.photoUrl ?? identity.photoUrl,
				updatedAt: now
			};
			await db.contacts.put(updated);
			return updated;
		});
	}
	/**
	* Applies a page's edit. With `base` (each edited field as the page last saw it stored), the edit
	* is rebased onto what is stored now (`mergePatch`): merged when it can be, refused with a
	* conflict when it cannot \u2014 never written over a change the page did not see.
	*/
	async function updateContact(id, patch, rules, now, base) {
		return db.transaction("rw", [...DUE_TABLES, "events"], async () => {
			const contact = await mustGet(id);
			let change = patch;
			if (base) {
				const merge = mergePatch(contact, base, patch);
				if (!merge.ok) throw new RefusalError({
					code: "conflict",
					fields: merge.fields,
					current: contact
				}, `Changed elsewhere: ${merge.fields.join(", ")}.`);
				change = merge.patch;
			}
			const updated = {
				...contact,
				updatedAt: now
			};
			if (change.name !== void 0) {
				updated.name = checkName(change.name);
				updated.nameKey = nameKey(updated.name);
			}
			if (change.notes !== void 0) updated.notes = checkNotes(change.notes);
			if (change.tags !== void 0) updated.tags = normaliseTags(change.tags);
			if (change.cadenceDays !== void 0) updated.cadenceDays = checkCadence(change.cadenceDays);
			if (change.emails !== void 0) updated.emails = normaliseEmails(change.emails);
			if (change.met !== void 0) updated.met = await toMetInfo(change.met, now);
			if (change.language !== void 0) updated.language = change.language ?? void 0;
			if (change.register !== void 0) updated.register = change.register ?? void 0;
			await db.contacts.put(updated);
			return await refreshDue(id, rules, now);
		});
	}
	/** Hides a contact from every list until `until`; a past date ends the snooze. */
	async function snoozeContact(id, until, rules, now) {
		return db.transaction("rw", DUE_TABLES, async () => {
			if (!await db.contacts.update(id, {
				snoozedUntil: until > now ? until : void 0,
				updatedAt: now
			})) await mustGet(id);
			return await refreshDue(id, rules, now);
		});
	}
	/** Keeps the photo current (profile photo URLs expire); says whether it changed. */
	async function refreshPhoto(id, photoUrl, now) {
		if (!photoUrl) return false;
		return await db.contacts.where("id").equals(id).and((c) => c.photoUrl !== photoUrl).modify({
			photoUrl,
			updatedAt: now
		}) > 0;
	}
	/**
	* One profile seen under two keys (`key` on the page's address, `alsoKey` in its canonical
	* link): the contact holding either remembers the other, for the duplicates list. Returns the
	* ids of the contacts changed.
	*/
	async function rememberProfileAlias(key, alsoKey, now) {
		return db.transaction("rw", "contacts", async () => {
			const changed = [];
			for (const [held, seen] of [[key, alsoKey], [alsoKey, key]]) {
				const contact = await db.contacts.where("profileKeys").equals(held).first();
				if (!contact || contact.profileKeys.includes(seen) || contact.aliasKeys?.includes(seen)) continue;
				await db.contacts.update(contact.id, {
					aliasKeys: [...contact.aliasKeys ?? [], seen].slice(-LIMITS.tags),
					updatedAt: now
				});
				changed.push(contact.id);
			}
			return changed;
		});
	}
	/**
	* Contacts as the user types a name, a company or a tag (the "Introduce to\u2026" search): name and tag
	* prefixes through their indexes; a company, or a later word of a name, by a bounded pass that
	* stops at `limit` (the dashboard's search index will replace it).
	*/
	async function findContacts(query, limit = 8) {
		const q = nameKey(query);
		if (!q) return [];
		const found = /* @__PURE__ */ new Map();
		const add = (contacts) => contacts.forEach((c) => found.size < limit && found.set(c.id, c));
		add(await db.contacts.where("nameKey").startsWith(q).limit(limit).toArray());
		add(await db.contacts.where("tags").startsWithIgnoreCase(query.trim()).limit(limit).toArray());
		if (found.size < limit) {
			const words = (text) => nameKey(text ?? "").split(" ");
			add(await db.contacts.filter((c) => !found.has(c.id) && [...words(c.name), ...words(c.company)].some((w) => w.startsWith(q))).limit(limit).toArray());
		}
		return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
	}
	/**
	* One change to many contacts in one transaction: a tag added or removed, or a cadence set (their
	* due dates follow). Answers how many contacts changed.
	*/
	async function bulkEditContacts(ids, change, rules, now) {
		return db.transaction("rw", DUE_TABLES, async () => {
			let changed = 0;
			for (const contact of await db.contacts.bulkGet([...ids])) {
				if (!contact) continue;
				let tags = contact.tags;
				if (change.addTag) tags = normaliseTags([...tags, change.addTag]);
				if (change.removeTag) tags = tags.filter((tag) => tag.toLowerCase() !== change.removeTag.toLowerCase());
				const cadenceDays = change.cadenceDays !== void 0 ? checkCadence(change.cadenceDays) : contact.cadenceDays;
				if (JSON.stringify(tags) === JSON.stringify(contact.tags) && cadenceDays === contact.cadenceDays) continue;
				await db.contacts.put({
					...contact,
					tags,
					cadenceDays,
					updatedAt: now
				});
				if (cadenceDays !== contact.cadenceDays) await refreshDue(contact.id, rules, now);
				changed++;
			}
			return changed;
		});
	}
	/** Detaches one site's profile from a contact (a wrong link); the person stays. */
	async function unlinkProfile(contactId, key, now) {
		return db.transaction("rw", db.contacts, async () => {
			const contact = await mustGet(contactId);
			const profiles = contact.profiles.filter((p) => p.key !== key);
			const updated = {
				...contact,
				profiles,
				profileKeys: profiles.map((p) => p.key),
				updatedAt: now
			};
			await db.contacts.put(updated);
			return updated;
		});
	}
	// storage/interactions.ts
	/**
	* Logs an interaction and moves the contact's last contact (and last in-person meeting) forward:
	* any interaction restarts the keep-in-touch clock.
	*/
	async function logInteraction(input, rules, now) {
		if (!INTERACTION_KINDS.includes(input.kind)) throw new Error(`Unknown interaction kind: ${String(input.kind)}`);
		if (!Number.isFinite(input.at)) throw new Error("An interaction needs a date.");
		return db.transaction("rw", DUE_TABLES, async () => {
			const contact = await db.contacts.get(input.contactId);
			if (!contact) throw new RefusalError({ code: "notFound" }, `No contact ${input.contactId}.`);
			const interaction = {
				id: newId(),
				contactId: input.contactId,
				kind: input.kind,
				at: input.at,
				summary: cleanText(input.summary, LIMITS.summary) ?? "",
				nextStep: cleanText(input.nextStep, LIMITS.summary),
				createdAt: now,
				updatedAt: now
			};
			await db.interactions.add(interaction);
			await db.contacts.update(contact.id, {
				lastContactAt: Math.max(contact.lastContactAt ?? -Infinity, input.at),
				...IN_PERSON_KINDS.has(input.kind) ? { lastInPersonAt: Math.max(contact.lastInPersonAt ?? -Infinity, input.at) } : {},
				updatedAt: now
			});
			await refreshDue(contact.id, rules, now);
			return interaction;
		});
	}
	/** Removes a logged interaction; the contact's last contact falls back to the one before. */
	async function deleteInteraction(id, rules, now) {
		return db.transaction("rw", DUE_TABLES, async () => {
			const interaction = await db.interactions.get(id);
			if (!interaction) throw new RefusalError({ code: "notFound" }, `No interaction ${id}.`);
			await db.interactions.delete(id);
			const rest = await db.interactions.where("[contactId+at]").between([interaction.contactId, -Infinity], [interaction.contactId, Infinity]).toArray();
			await db.contacts.update(interaction.contactId, {
				lastContactAt: latestAt(rest),
				lastInPersonAt: latestAt(rest.filter((i) => IN_PERSON_KINDS.has(i.kind))),
				updatedAt: now
			});
			await refreshDue(interaction.contactId, rules, now);
			return interaction;
		});
	}
	/** A contact's interactions, newest first, through the [contactId+at] index. */
	function interactionsOf(contactId, limit = 200) {
		return db.interactions.where("[contactId+at]").between([contactId, -Infinity], [contactId, Infinity]).reverse().limit(limit).toArray();
	}
	// core/introductions.ts
	/**
	* The introduction after a step, or why the step cannot be taken: an answer needs the question
	* first; the introduction itself needs both to have said yes (double opt-in); a declined or done
	* introduction takes no more steps. The status follows: asked once anyone was asked, declined as
	* soon as one says no, introduced once the introduction is sent.
	*/
	function applyIntroductionStep(intro, change, at) {
		if (intro.status === "declined" || intro.status === "introduced") return "closed";
		const next = {
			...intro,
			updatedAt: at
		};
		if (change.step === "asked") {
			if (change.side === "a") next.askedAAt = at;
			else next.askedBAt = at;
		} else if (change.step === "answered") {
			if ((change.side === "a" ? intro.askedAAt : intro.askedBAt) === void 0) return "notAsked";
			if (change.side === "a") next.aAnswer = change.answer;
			else next.bAnswer = change.answer;
		} else {
			if (intro.aAnswer !== "yes" || intro.bAnswer !== "yes") return "notAgreed";
			next.introducedAt = at;
		}
		next.status = statusOf(next);
		return next;
	}
	function statusOf(intro) {
		if (intro.introducedAt !== void 0) return "introduced";
		if (intro.aAnswer === "no" || intro.bAnswer === "no") return "declined";
		if (intro.askedAAt !== void 0 || intro.askedBAt !== void 0) return "asked";
		return "proposed";
	}
	// storage/introductions.ts
	/** Records "introduce A to B". The same two, already on their way to an introduction, are refused. */
	async function proposeIntroduction(aId, bId, note, now) {
		if (aId === bId) throw new RefusalError({
			code: "invalid",
			field: "bId",
			rule: "type"
		}, "An introduction needs two different people.");
		return db.transaction("rw", ["contacts", "introductions"], async () => {
			for (const id of [aId, bId]) if (!await db.contacts.get(id)) throw new RefusalError({ code: "notFound" }, `No contact ${id}.`);
			if ((await introductionsOf(aId)).find((i) => (i.aId === bId || i.bId === bId) && i.status !== "declined")) throw new RefusalError({
				code: "invalid",
				field: "bId",
				rule: "duplicate"
			}, "These two are already being introduced.");
			const intro = {
				id: newId(),
				aId,
				bId,
				at: now,
				status: "proposed",
				note: cleanText(note, LIMITS.summary),
				createdAt: now,
				updatedAt: now
			};
			await db.introductions.add(intro);
			return intro;
		});
	}
	/**
	* Takes a step of the double opt-in. Asking someone, and the introduction itself, are contacts:
	* they are logged on the timeline (of the one asked; of both when introduced) with `summary`.
	*/
	async function takeIntroductionStep(id, change, summary, rules, now) {
		return db.transaction("rw", ["introductions", ...DUE_TABLES], async () => {
			const intro = await db.introductions.get(id);
			if (!intro) throw new RefusalError({ code: "notFound" }, `No introduction ${id}.`);
			const next = applyIntroductionStep(intro, change, now);
			if (typeof next === "string") throw new RefusalError({
				code: "invalid",
				field: "step",
				rule: "range"
			}, next);
			await db.introductions.put(next);
			const logged = change.step === "asked" ? [change.side === "a" ? intro.aId : intro.bId] : change.step === "introduced" ? [intro.aId, intro.bId] : [];
			for (const contactId of logged) await logInteraction({
				contactId,
				kind: "introduction",
				at: now,
				summary
			}, rules, now);
			return next;
		});
	}
	/** Notes what came of an introduction (or why it was proposed). */
	async function describeIntroduction(id, patch, now) {
		return db.transaction("rw", "introductions", async () => {
			const intro = await db.introductions.get(id);
			if (!intro) throw new RefusalError({ code: "notFound" }, `No introduction ${id}.`);
			const next = {
				...intro,
				...patch.note !== void 0 ? { note: cleanText(patch.note, LIMITS.summary) } : {},
				...patch.outcome !== void 0 ? { outcome: cleanText(patch.outcome, LIMITS.summary) } : {},
				updatedAt: now
			};
			await db.introductions.put(next);
			return next;
		});
	}
	/** Every introduction a contact is part of, on either side, newest first. */
	async function introductionsOf(contactId) {
		const [asA, asB] = await Promise.all([db.introductions.where("aId").equals(contactId).toArray(), db.introductions.where("bId").equals(contactId).toArray()]);
		return [...asA, ...asB].sort((x, y) => y.at - x.at);
	}
	// core/news.ts
	/**
	* Who of `people` hears the news now: everyone, one at a time, except those reached within the
	* minimum gap \u2014 left out with the reason shown (habit 4: not too often). Each person once.
	*/
	function planNewsWalk(people, minGapDays, now, timeZone) {
		const seen = /* @__PURE__ */ new Set();
		const recipients = [];
		for (const person of people) {
			if (seen.has(person.id)) continue;
			seen.add(person.id);
			const guarded = person.lastContactAt !== void 0 && now < midnightAfter(person.lastContactAt, minGapDays, timeZone);
			recipients.push(guarded ? {
				contactId: person.id,
				state: "skipped",
				reason: "paceGuard"
			} : {
				contactId: person.id,
				state: "pending"
			});
		}
		return recipients;
	}
	// storage/news.ts
	/**
	* Your news, to tell each of `contactIds` one at a time. Those reached within the minimum gap are
	* left out now, with the reason kept to show.
	*/
	async function createNews(text, contactIds, rules, now) {
		return db.transaction("rw", ["news", "contacts"], async () => {
			const people = (await db.contacts.bulkGet([...contactIds])).filter((c) => c !== void 0);
			if (people.length === 0) throw new RefusalError({
				code: "invalid",
				field: "contactIds",
				rule: "required"
			}, "Nobody to tell.");
			const news = {
				id: newId(),
				text,
				recipients: planNewsWalk(people, rules.minGapDays, now, rules.timeZone),
				createdAt: now,
				updatedAt: now
			};
			await db.news.add(news);
			return news;
		});
	}
	/** One person of the walk: sent (logged as news on their timeline, with `summary`) or skipped. */
	async function newsStep(id, contactId, state, summary, rules, now) {
		return db.transaction("rw", ["news", ...DUE_TABLES], async () => {
			const news = await db.news.get(id);
			if (!news) throw new RefusalError({ code: "notFound" }, `No news ${id}.`);
			const recipient = news.recipients.find((r) => r.contactId === contactId);
			if (!recipient || recipient.state !== "pending") throw new RefusalError({
				code: "invalid",
				field: "contactId",
				rule: "range"
			}, "Not waiting for this news.");
			const updated = {
				...news,
				recipients: news.recipients.map((r) => r.contactId === contactId ? {
					...r,
					state,
					at: now,
					...state === "skipped" ? { reason: "byHand" } : {}
				} : r),
				updatedAt: now
			};
			await db.news.put(updated);
			if (state === "sent") await logInteraction({
				contactId,
				kind: "news",
				at: now,
				summary
			}, rules, now);
			return updated;
		});
	}
	// storage/observations.ts
	/**
	* Records what a profile page showed, once per visit that shows something new: an unchanged
	* page adds nothing, so the table grows with changes (a new job), not with visits.
	*/
	async function recordObservation(contactId, snapshot, rules, now) {
		const { headline, company, title, location } = snapshot.identity;
		return db.transaction("rw", DUE_TABLES, async () => {
			const previous = await latestObservation(contactId, snapshot.key);
			if (previous && previous.headline === headline && previous.company === company && previous.title === title && previous.location === location) return null;
			const observation = {
				id: newId(),
				contactId,
				profileKey: snapshot.key,
				at: now,
				headline,
				company,
				title,
				location,
				createdAt: now,
				updatedAt: now
			};
			await db.observations.add(observation);
			await refreshDue(contactId, rules, now);
			return observation;
		});
	}
	async function latestObservation(contactId, profileKey) {
		const newestFirst = db.observations.where("[contactId+at]").between([contactId, -Infinity], [contactId, Infinity]).reverse();
		return profileKey ? newestFirst.filter((o) => o.profileKey === profileKey).first() : newestFirst.first();
	}
	// node_modules/superlock/src/create.js
	var require_create = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		var Node = class {
			constructor(data) {
				this.data = data;
			}
		};
		var LinkedList = class {
			constructor() {
				this.length = 0;
			}
			enqueue(data) {
				const node = new Node(data);
				node.prev = this.tail;
				if (this.tail) this.tail.next = node;
				else this.head = node;
				this.tail = node;
				this.length++;
				return node;
			}
			dequeue() {
				if (!this.head) return;
				const { data } = this.head;
				this.remove(this.head);
				return data;
			}
			remove(node) {
				if (node.prev) node.prev.next = node.next;
				else this.head = node.next;
				if (node.next) node.next.prev = node.prev;
				else this.tail = node.prev;
				this.length--;
			}
			size() {
				return this.length;
			}
		};
		module.exports = (slots = 1) => {
			const queue = new LinkedList();
			const release = () => {
				++slots;
				const waiter = queue.dequeue();
				if (waiter) return waiter.acquire();
			};
			const acquire = (resolve) => {
				--slots;
				resolve(release);
			};
			const lock = (signal) => new Promise((resolve) => {
				if (signal != null && typeof signal.addEventListener !== "function") throw new TypeError("`signal` needs to be an AbortSignal.");
				if (signal?.aborted) return resolve(null);
				if (!lock.isLocked()) return acquire(resolve);
				const waiter = { acquire: () => acquire(resolve) };
				const node = queue.enqueue(waiter);
				if (signal != null) {
					const onAbort = () => {
						queue.remove(node);
						resolve(null);
					};
					waiter.acquire = () => {
						signal.removeEventListener("abort", onAbort);
						acquire(resolve);
					};
					signal.addEventListener("abort", onAbort, { once: true });
				}
			});
			lock.isLocked = () => slots === 0;
			lock.awaiting = () => queue.size();
			return lock;
		};
	}));
	// node_modules/@wxt-dev/storage/dist/index.mjs
	var import_src = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
		var createLock = require_create();
		var withLock = (opts) => {
			const lock = createLock(opts);
			const withLock = async (fn, signal) => {
				const release = await lock(signal);
				if (!release) return;
				try {
					return await fn();
				} finally {
					release();
				}
			};
			withLock.isLocked = lock.isLocked;
			withLock.awaiting = lock.awaiting;
			return withLock;
		};
		module.exports = {
			withLock,
			createLock
		};
	})))();
	var has = Object.prototype.hasOwnProperty;
	function dequal(foo, bar) {
		var ctor, len;
		if (foo === bar) return true;
		if (foo && bar && (ctor = foo.constructor) === bar.constructor) {
			if (ctor === Date) return foo.getTime() === bar.getTime();
			if (ctor === RegExp) return foo.toString() === bar.toString();
			if (ctor === Array) {
				if ((len = foo.length) === bar.length) while (len-- && dequal(foo[len], bar[len]));
				return len === -1;
			}
			if (!ctor || typeof foo === "object") {
				len = 0;
				for (ctor in foo) {
					if (has.call(foo, ctor) && ++len && !has.call(bar, ctor)) return false;
					if (!(ctor in bar) || !dequal(foo[ctor], bar[ctor])) return false;
				}
				return Object.keys(bar).length === len;
			}
		}
		return foo !== foo && bar !== bar;
	}
	/**
	* Simplified storage APIs with support for versioned fields, snapshots,
	* metadata, and item definitions.
	*
	* See [the guide](https://wxt.dev/storage.html) for more information.
	*
	* @module @wxt-dev/storage
	*/
	var storage = createStorage();
	function createStorage() {
		const drivers = {
			local: createDriver("local"),
			session: createDriver("session"),
			sync: createDriver("sync"),
			managed: createDriver("managed")
		};
		const getDriver = (area) => {
			const driver = drivers[area];
			if (driver == null) {
				const areaNames = Object.keys(drivers).join(", ");
				throw Error(`Invalid area "${area}". Options: ${areaNames}`);
			}
			return driver;
		};
		const resolveKey = (key) => {
			const deliminatorIndex = key.indexOf(":");
			const driverArea = key.substring(0, deliminatorIndex);
			const driverKey = key.substring(deliminatorIndex + 1);
			if (driverKey == null) throw Error(`Storage key should be in the form of "area:key", but received "${key}"`);
			return {
				driverArea,
				driverKey,
				driver: getDriver(driverArea)
			};
		};
		const getMetaKey = (key) => key + "$";
		const mergeMeta = (oldMeta, newMeta) => {
			const newFields = { ...oldMeta };
			Object.entries(newMeta).forEach(([key, value]) => {
				if (value == null) delete newFields[key];
				else newFields[key] = value;
			});
			return newFields;
		};
		const getValueOrFallback = (value, fallback) => value ?? fallback ?? null;
		const getMetaValue = (properties) => properties != null && typeof properties === "object" && !Array.isArray(properties) ? properties : {};
		const getItem = async (driver, driverKey, opts) => {
			return getValueOrFallback(await driver.getItem(driverKey), opts?.fallback ?? opts?.defaultValue);
		};
		const getMeta = async (driver, driverKey) => {
			const metaKey = getMetaKey(driverKey);
			return getMetaValue(await driver.getItem(metaKey));
		};
		const setItem = async (driver, driverKey, value) => {
			await driver.setItem(driverKey, value ?? null);
		};
		const setMeta = async (driver, driverKey, properties) => {
			const metaKey = getMetaKey(driverKey);
			const existingFields = getMetaValue(await driver.getItem(metaKey));
			await driver.setItem(metaKey, mergeMeta(existingFields, properties));
		};
		const removeItem = async (driver, driverKey, opts) => {
			await driver.removeItem(driverKey);
			if (opts?.removeMeta) {
				const metaKey = getMetaKey(driverKey);
				await driver.removeItem(metaKey);
			}
		};
		const removeMeta = async (driver, driverKey, properties) => {
			const metaKey = getMetaKey(driverKey);
			if (properties == null) await driver.removeItem(metaKey);
			else {
				const newFields = getMetaValue(await driver.getItem(metaKey));
				[properties].flat().forEach((field) => delete newFields[field]);
				await driver.setItem(metaKey, newFields);
			}
		};
		const watch = (driver, driverKey, cb) => driver.watch(driverKey, cb);
		const watchMeta = (driver, driverKey, cb) => watch(driver, getMetaKey(driverKey), (newValue, oldValue) => cb(getMetaValue(newValue), getMetaValue(oldValue)));
		return {
			getItem: async (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				return await getItem(driver, driverKey, opts);
			},
			getItems: async (keys) => {
				const areaToKeyMap = /* @__PURE__ */ new Map();
				const keyToOptsMap = /* @__PURE__ */ new Map();
				const orderedKeys = [];
				keys.forEach((key) => {
					let keyStr;
					let opts;
					if (typeof key === "string") keyStr = key;
					else if ("getValue" in key) {
						keyStr = key.key;
						opts = { fallback: key.fallback };
					} else {
						keyStr = key.key;
						opts = key.options;
					}
					orderedKeys.push(keyStr);
					const { driverArea, driverKey } = resolveKey(keyStr);
					const areaKeys = areaToKeyMap.get(driverArea) ?? [];
					areaToKeyMap.set(driverArea, areaKeys.concat(driverKey));
					keyToOptsMap.set(keyStr, opts);
				});
				const resultsMap = /* @__PURE__ */ new Map();
				await Promise.all(Array.from(areaToKeyMap.entries()).map(async ([driverArea, keys]) => {
					(await drivers[driverArea].getItems(keys)).forEach((driverResult) => {
						const key = `${driverArea}:${driverResult.key}`;
						const opts = keyToOptsMap.get(key);
						const value = getValueOrFallback(driverResult.value, opts?.fallback ?? opts?.defaultValue);
						resultsMap.set(key, value);
					});
				}));
				return orderedKeys.map((key) => ({
					key,
					value: resultsMap.get(key)
				}));
			},
			getMeta: async (key) => {
				const { driver, driverKey } = resolveKey(key);
				return await getMeta(driver, driverKey);
			},
			getMetas: async (args) => {
				const keys = args.map((arg) => {
					const key = typeof arg === "string" ? arg : arg.key;
					const { driverArea, driverKey } = resolveKey(key);
					return {
						key,
						driverArea,
						driverKey,
						driverMetaKey: getMetaKey(driverKey)
					};
				});
				const areaToDriverMetaKeysMap = keys.reduce((map, key) => {
					map[key.driverArea] ??= [];
					map[key.driverArea].push(key);
					return map;
				}, {});
				const resultsMap = {};
				await Promise.all(Object.entries(areaToDriverMetaKeysMap).map(async ([area, keys]) => {
					const areaRes = await browser$1.storage[area].get(keys.map((key) => key.driverMetaKey));
					keys.forEach((key) => {
						resultsMap[key.key] = areaRes[key.driverMetaKey] ?? {};
					});
				}));
				return keys.map((key) => ({
					key: key.key,
					meta: resultsMap[key.key]
				}));
			},
			setItem: async (key, value) => {
				const { driver, driverKey } = resolveKey(key);
				await setItem(driver, driverKey, value);
			},
			setItems: async (items) => {
				const areaToKeyValueMap = {};
				items.forEach((item) => {
					const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
					areaToKeyValueMap[driverArea] ??= [];
					areaToKeyValueMap[driverArea].push({
						key: driverKey,
						value: item.value
					});
				});
				await Promise.all(Object.entries(areaToKeyValueMap).map(async ([driverArea, values]) => {
					await getDriver(driverArea).setItems(values);
				}));
			},
			setMeta: async (key, properties) => {
				const { driver, driverKey } = resolveKey(key);
				await setMeta(driver, driverKey, properties);
			},
			setMetas: async (items) => {
				const areaToMetaUpdatesMap = {};
				items.forEach((item) => {
					const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
					areaToMetaUpdatesMap[driverArea] ??= [];
					areaToMetaUpdatesMap[driverArea].push({
						key: driverKey,
						properties: item.meta
					});
				});
				await Promise.all(Object.entries(areaToMetaUpdatesMap).map(async ([storageArea, updates]) => {
					const driver = getDriver(storageArea);
					const metaKeys = updates.map(({ key }) => getMetaKey(key));
					const existingMetas = await driver.getItems(metaKeys);
					const existingMetaMap = Object.fromEntries(existingMetas.map(({ key, value }) => [key, getMetaValue(value)]));
					const metaUpdates = updates.map(({ key, properties }) => {
						const metaKey = getMetaKey(key);
						return {
							key: metaKey,
							value: mergeMeta(existingMetaMap[metaKey] ?? {}, properties)
						};
					});
					await driver.setItems(metaUpdates);
				}));
			},
			removeItem: async (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				await removeItem(driver, driverKey, opts);
			},
			removeItems: async (keys) => {
				const areaToKeysMap = {};
				keys.forEach((key) => {
					let keyStr;
					let opts;
					if (typeof key === "string") keyStr = key;
					else if ("getValue" in key) keyStr = key.key;
					else if ("item" in key) {
						keyStr = key.item.key;
						opts = key.options;
					} else {
						keyStr = key.key;
						opts = key.options;
					}
					const { driverArea, driverKey } = resolveKey(keyStr);
					areaToKeysMap[driverArea] ??= [];
					areaToKeysMap[driverArea].push(driverKey);
					if (opts?.removeMeta) areaToKeysMap[driverArea].push(getMetaKey(driverKey));
				});
				await Promise.all(Object.entries(areaToKeysMap).map(async ([driverArea, keys]) => {
					await getDriver(driverArea).removeItems(keys);
				}));
			},
			clear: async (base) => {
				await getDriver(base).clear();
			},
			removeMeta: async (key, properties) => {
				const { driver, driverKey } = resolveKey(key);
				await removeMeta(driver, driverKey, properties);
			},
			snapshot: async (base, opts) => {
				const data = await getDriver(base).snapshot();
				opts?.excludeKeys?.forEach((key) => {
					delete data[key];
					delete data[getMetaKey(key)];
				});
				return data;
			},
			restoreSnapshot: async (base, data) => {
				await getDriver(base).restoreSnapshot(data);
			},
			watch: (key, cb) => {
				const { driver, driverKey } = resolveKey(key);
				return watch(driver, driverKey, cb);
			},
			watchMeta: (key, cb) => {
				const { driver, driverKey } = resolveKey(key);
				return watchMeta(driver, driverKey, cb);
			},
			unwatch() {
				Object.values(drivers).forEach((driver) => {
					driver.unwatch();
				});
			},
			defineItem: (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				const { version: targetVersion = 1, migrations = {}, onMigrationComplete, debug = false } = opts ?? {};
				if (targetVersion < 1) throw Error("Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.");
				let needsVersionSet = false;
				const migrate = async () => {
					const driverMetaKey = getMetaKey(driverKey);
					const [{ value }, { value: meta }] = await driver.getItems([driverKey, driverMetaKey]);
					needsVersionSet = value == null && meta?.v == null && !!targetVersion;
					if (value == null) return;
					const currentVersion = meta?.v ?? 1;
					if (currentVersion > targetVersion) throw Error(`Version downgrade detected (v${currentVersion} -> v${targetVersion}) for "${key}"`);
					if (currentVersion === targetVersion) return;
					if (debug) console.debug(`[@wxt-dev/storage] Running storage migration for ${key}: v${currentVersion} -> v${targetVersion}`);
					const migrationsToRun = Array.from({ length: targetVersion - currentVersion }, (_, i) => currentVersion + i + 1);
					let migratedValue = value;
					for (const migrateToVersion of migrationsToRun) try {
						migratedValue = await migrations?.[migrateToVersion]?.(migratedValue) ?? migratedValue;
						if (debug) console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${migrateToVersion}`);
					} catch (err) {
						throw new MigrationError(key, migrateToVersion, { cause: err });
					}
					await driver.setItems([{
						key: driverKey,
						value: migratedValue
					}, {
						key: driverMetaKey,
						value: {
							...meta,
							v: targetVersion
						}
					}]);
					if (debug) console.debug(`[@wxt-dev/storage] Storage migration completed for ${key} v${targetVersion}`, { migratedValue });
					onMigrationComplete?.(migratedValue, targetVersion);
				};
				const migrationsDone = opts?.migrations == null ? Promise.resolve() : migrate().catch((err) => {
					console.error(`[@wxt-dev/storage] Migration failed for ${key}`, err);
				});
				const initLock = (0, import_src.withLock)();
				const getFallback = () => opts?.fallback ?? opts?.defaultValue ?? null;
				const getOrInitValue = () => initLock(async () => {
					const value = await driver.getItem(driverKey);
					if (value != null || opts?.init == null) return value;
					const newValue = await opts.init();
					await driver.setItem(driverKey, newValue);
					if (value == null && targetVersion > 1) await setMeta(driver, driverKey, { v: targetVersion });
					return newValue;
				});
				migrationsDone.then(getOrInitValue);
				return {
					key,
					get defaultValue() {
						return getFallback();
					},
					get fallback() {
						return getFallback();
					},
					getValue: async () => {
						await migrationsDone;
						if (opts?.init) return await getOrInitValue();
						else return await getItem(driver, driverKey, opts);
					},
					getMeta: async () => {
						await migrationsDone;
						return await getMeta(driver, driverKey);
					},
					setValue: async (value) => {
						await migrationsDone;
						if (needsVersionSet) {
							needsVersionSet = false;
							await Promise.all([setItem(driver, driverKey, value), setMeta(driver, driverKey, { v: targetVersion })]);
						} else await setItem(driver, driverKey, value);
					},
					setMeta: async (properties) => {
						await migrationsDone;
						return await setMeta(driver, driverKey, properties);
					},
					removeValue: async (opts) => {
						await migrationsDone;
						return await removeItem(driver, driverKey, opts);
					},
					removeMeta: async (properties) => {
						await migrationsDone;
						return await removeMeta(driver, driverKey, properties);
					},
					watch: (cb) => watch(driver, driverKey, (newValue, oldValue) => cb(newValue ?? getFallback(), oldValue ?? getFallback())),
					watchMeta: (cb) => watchMeta(driver, driverKey, cb),
					migrate
				};
			}
		};
	}
	function createDriver(storageArea) {
		const getStorageArea = () => {
			if (browser$1.runtime == null) throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
			if (browser$1.storage == null) throw Error("You must add the 'storage' permission to your manifest to use 'wxt/storage'");
			const area = browser$1.storage[storageArea];
			if (area == null) throw Error(`"browser.storage.${storageArea}" is undefined`);
			return area;
		};
		const watchListeners = /* @__PURE__ */ new Set();
		return {
			getItem: async (key) => {
				return (await getStorageArea().get(key))[key];
			},
			getItems: async (keys) => {
				const result = await getStorageArea().get(keys);
				return keys.map((key) => ({
					key,
					value: result[key] ?? null
				}));
			},
			setItem: async (key, value) => {
				if (value == null) await getStorageArea().remove(key);
				else await getStorageArea().set({ [key]: value });
			},
			setItems: async (values) => {
				const map = values.reduce((map, { key, value }) => {
					map[key] = value;
					return map;
				}, {});
				await getStorageArea().set(map);
			},
			removeItem: async (key) => {
				await getStorageArea().remove(key);
			},
			removeItems: async (keys) => {
				await getStorageArea().remove(keys);
			},
			clear: async () => {
				await getStorageArea().clear();
			},
			snapshot: async () => {
				return await getStorageArea().get();
			},
			restoreSnapshot: async (data) => {
				await getStorageArea().set(data);
			},
			watch(key, cb) {
				const listener = (changes) => {
					const change = changes[key];
					if (change == null || dequal(change.newValue, change.oldValue)) return;
					cb(change.newValue ?? null, change.oldValue ?? null);
				};
				getStorageArea().onChanged.addListener(listener);
				watchListeners.add(listener);
				return () => {
					getStorageArea().onChanged.removeListener(listener);
					watchListeners.delete(listener);
				};
			},
			unwatch() {
				watchListeners.forEach((listener) => {
					getStorageArea().onChanged.removeListener(listener);
				});
				watchListeners.clear();
			}
		};
	}
	var MigrationError = class extends Error {
		constructor(key, version, options) {
			super(`v${version} migration failed for "${key}"`, options);
			this.key = key;
			this.version = version;
		}
	};
	// messaging/settings.ts
	var DEFAULT_SETTINGS = {
		defaultCadenceDays: 91,
		language: "auto",
		digestTime: "09:00",
		quietHours: {
			start: "21:00",
			end: "08:00"
		},
		minGapDays: 7,
		notifications: true,
		myName: "",
		signature: "",
		templates: {},
		lunchGoalPerWeek: 0,
		newYearWishes: true
	};
	/** Version 2 adds the reminder settings with their defaults, keeping what the user chose. */
	function migrateSettingsV1(v1) {
		return {
			digestTime: "09:00",
			quietHours: {
				start: "21:00",
				end: "08:00"
			},
			minGapDays: 7,
			notifications: true,
			...v1
		};
	}
	/** Version 3 adds the writer's name and signature, templates (all empty), no lunch goal, new-year wishes. */
	function migrateSettingsV2(v2) {
		return {
			myName: "",
			signature: "",
			templates: {},
			lunchGoalPerWeek: 0,
			newYearWishes: true,
			...v2
		};
	}
	/** User settings, in browser.storage.local: each change of shape is a new version with a migration. */
	var settingsItem = storage.defineItem("local:settings", {
		fallback: DEFAULT_SETTINGS,
		version: 3,
		migrations: {
			2: migrateSettingsV1,
			3: migrateSettingsV2
		}
	});
	/** The rules the reminder engine needs, in the user's own time zone. */
	function reminderRules(settings, timeZone = systemTimeZone()) {
		return {
			minGapDays: settings.minGapDays,
			timeZone,
			newYearWishes: settings.newYearWishes
		};
	}
	async function currentRules() {
		return reminderRules(await settingsItem.getValue());
	}
	var time = /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ regex(/^\d{2}:\d{2}$/));
	/** The settings a backup may bring back: each known field checked, the rest left at its default. */
	var restorable = /* @__PURE__ */ partial(/* @__PURE__ */ object({
		defaultCadenceDays: /* @__PURE__ */ nullable(/* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ integer(), /* @__PURE__ */ minValue(1), /* @__PURE__ */ maxValue(3650))),
		language: /* @__PURE__ */ picklist([
			"auto",
			"en",
			"fr"
		]),
		digestTime: time,
		quietHours: /* @__PURE__ */ nullable(/* @__PURE__ */ object({
			start: time,
			end: time
		})),
		minGapDays: /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ integer(), /* @__PURE__ */ minValue(0), /* @__PURE__ */ maxValue(365)),
		notifications: /* @__PURE__ */ boolean(),
		myName: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ maxLength(200)),
		signature: /* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ maxLength(1e3)),
		templates: /* @__PURE__ */ record(/* @__PURE__ */ string(), /* @__PURE__ */ object({
			subject: /* @__PURE__ */ string(),
			body: /* @__PURE__ */ string()
		})),
		lunchGoalPerWeek: /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ integer(), /* @__PURE__ */ minValue(0), /* @__PURE__ */ maxValue(14)),
		newYearWishes: /* @__PURE__ */ boolean()
	}));
	/** Settings from a backup, over the defaults, when every field it holds checks out; null (settings left as they are) otherwise. */
	function settingsFromBackup(data) {
		const result = /* @__PURE__ */ safeParse(restorable, data);
		return result.success ? {
			...DEFAULT_SETTINGS,
			...result.output
		} : null;
	}
	// core/backup.ts
	/**
	* Maille's full backup: every record and the settings, in one JSON file. Versioned: a file from
	* a newer Maille is refused (with what to do), an older one is read by its own migration here.
	* Checked field by field before anything is written; a problem names where it is.
	*/
	var BACKUP_FORMAT = "maille-backup";
	var str$1 = /* @__PURE__ */ string();
	var optStr = /* @__PURE__ */ optional(/* @__PURE__ */ string());
	var num = /* @__PURE__ */ pipe(/* @__PURE__ */ number(), /* @__PURE__ */ finite());
	var optNum = /* @__PURE__ */ optional(num);
	var base = {
		id: /* @__PURE__ */ pipe(str$1, /* @__PURE__ */ nonEmpty(), /* @__PURE__ */ maxLength(LIMITS.id)),
		createdAt: num,
		updatedAt: num
	};
	var profileRef = /* @__PURE__ */ object({
		site: /* @__PURE__ */ picklist(SITE_IDS),
		key: str$1,
		url: str$1
	});
	var met = /* @__PURE__ */ object({
		eventId: optStr,
		eventName: optStr,
		place: optStr,
		date: optStr,
		topic: optStr,
		throughContactId: optStr
	});
	var contact = /* @__PURE__ */ object({
		...base,
		name: /* @__PURE__ */ pipe(str$1, /* @__PURE__ */ nonEmpty()),
		nameKey: str$1,
		headline: optStr,
		company: optStr,
		title: optStr,
		location: optStr,
		photoUrl: optStr,
		emails: /* @__PURE__ */ array(str$1),
		tags: /* @__PURE__ */ array(str$1),
		language: /* @__PURE__ */ optional(/* @__PURE__ */ picklist(LANGUAGES)),
		register: /* @__PURE__ */ optional(/* @__PURE__ */ picklist(REGISTERS)),
		notes: /* @__PURE__ */ pipe(str$1, /* @__PURE__ */ maxLength(LIMITS.notes)),
		profiles: /* @__PURE__ */ array(profileRef),
		profileKeys: /* @__PURE__ */ array(str$1),
		aliasKeys: /* @__PURE__ */ optional(/* @__PURE__ */ array(str$1)),
		met: /* @__PURE__ */ optional(met),
		cadenceDays: /* @__PURE__ */ nullable(num),
		connectedOn: optStr,
		snoozedUntil: optNum,
		lastContactAt: optNum,
		lastInPersonAt: optNum,
		lunchKey: optNum,
		nextDueAt: optNum,
		dueReason: /* @__PURE__ */ optional(/* @__PURE__ */ picklist([
			"follow-up",
			"reconnect",
			"losing-touch",
			"occasion",
			"new-year"
		])),
		dueJob: /* @__PURE__ */ optional(/* @__PURE__ */ object({
			company: optStr,
			title: optStr
		}))
	});
	var interaction = /* @__PURE__ */ object({
		...base,
		contactId: str$1,
		kind: /* @__PURE__ */ picklist(INTERACTION_KINDS),
		at: num,
		summary: str$1,
		nextStep: optStr
	});
	var event = /* @__PURE__ */ object({
		...base,
		name: /* @__PURE__ */ pipe(str$1, /* @__PURE__ */ nonEmpty()),
		nameKey: str$1,
		series: optStr,
		date: optStr,
		place: optStr,
		notes: optStr
	});
	var answer = /* @__PURE__ */ optional(/* @__PURE__ */ picklist(["yes", "no"]));
	var introduction = /* @__PURE__ */ object({
		...base,
		aId: str$1,
		bId: str$1,
		at: num,
		status: /* @__PURE__ */ picklist(INTRODUCTION_STATUSES),
		note: optStr,
		outcome: optStr,
		askedAAt: optNum,
		askedBAt: optNum,
		aAnswer: answer,
		bAnswer: answer,
		introducedAt: optNum
	});
	var observation = /* @__PURE__ */ object({
		...base,
		contactId: str$1,
		profileKey: str$1,
		at: num,
		headline: optStr,
		company: optStr,
		title: optStr,
		location: optStr
	});
	var news = /* @__PURE__ */ object({
		...base,
		text: str$1,
		recipients: /* @__PURE__ */ array(/* @__PURE__ */ object({
			contactId: str$1,
			state: /* @__PURE__ */ picklist([
				"pending",
				"sent",
				"skipped"
			]),
			reason: /* @__PURE__ */ optional(/* @__PURE__ */ picklist(["paceGuard", "byHand"])),
			at: optNum
		}))
	});
	var backupSchema = /* @__PURE__ */ object({
		format: /* @__PURE__ */ literal(BACKUP_FORMAT),
		version: /* @__PURE__ */ literal(1),
		exportedAt: str$1,
		contacts: /* @__PURE__ */ array(contact),
		interactions: /* @__PURE__ */ array(interaction),
		events: /* @__PURE__ */ array(event),
		introductions: /* @__PURE__ */ array(introduction),
		observations: /* @__PURE__ */ array(observation),
		news: /* @__PURE__ */ array(news),
		/** The settings as stored (checked by their own storage item's migrations when restored). */
		settings: /* @__PURE__ */ optional(/* @__PURE__ */ record(/* @__PURE__ */ string(), /* @__PURE__ */ unknown()))
	});
	/** Checks parsed data as a backup (the background checks again what a page sends). */
	function checkBackup(data) {
		if (typeof data !== "object" || data === null || data.format !== "maille-backup") return {
			ok: false,
			problem: { kind: "notBackup" }
		};
		const version = data.version;
		if (typeof version === "number" && version > 1) return {
			ok: false,
			problem: {
				kind: "newer",
				version
			}
		};
		const result = /* @__PURE__ */ safeParse(backupSchema, data);
		if (!result.success) return {
			ok: false,
			problem: {
				kind: "invalid",
				where: /* @__PURE__ */ getDotPath(result.issues[0]) ?? ""
			}
		};
		const backup = result.output;
		const contacts = new Set(backup.contacts.map((c) => c.id));
		const events = new Set(backup.events.map((e) => e.id));
		const firstBad = (table, records, bad, field) => {
			const index = records.findIndex(bad);
			return index < 0 ? void 0 : `${table}.${index}.${field}`;
		};
		const dangling = firstBad("interactions", backup.interactions, (i) => !contacts.has(i.contactId), "contactId") ?? firstBad("observations", backup.observations, (o) => !contacts.has(o.contactId), "contactId") ?? firstBad("introductions", backup.introductions, (i) => !contacts.has(i.aId) || !contacts.has(i.bId), "aId") ?? firstBad("contacts", backup.contacts, (c) => c.met?.eventId !== void 0 && !events.has(c.met.eventId), "met.eventId");
		if (dangling) return {
			ok: false,
			problem: {
				kind: "dangling",
				where: dangling
			}
		};
		return {
			ok: true,
			backup
		};
	}
	// storage/backup.ts
	var TABLES = [
		"contacts",
		"interactions",
		"events",
		"introductions",
		"observations",
		"news"
	];
	/** Replaces everything with a checked backup's records, in one transaction: all of it, or nothing. */
	async function restoreRecords(backup) {
		await db.transaction("rw", TABLES, async () => {
			for (const table of TABLES) await db.table(table).clear();
			await db.contacts.bulkAdd(backup.contacts);
			await db.interactions.bulkAdd(backup.interactions);
			await db.events.bulkAdd(backup.events);
			await db.introductions.bulkAdd(backup.introductions);
			await db.observations.bulkAdd(backup.observations);
			await db.news.bulkAdd(backup.news);
		});
	}
	/** Deletes every record, in one transaction. */
	async function deleteAllRecords() {
		await db.transaction("rw", TABLES, async () => {
			for (const table of TABLES) await db.table(table).clear();
		});
	}
	// core/profile.ts
	/** The key of a site's profile from its slug. */
	function profileKey(site, slug) {
		return `${site}:${slug}`;
	}
	/** The slug part of a profile's key (`linkedin:jane-doe` \u2192 `jane-doe`). */
	function profileSlug(ref) {
		return ref.key.slice(ref.site.length + 1);
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
	// storage/import-match.ts
	/**
	* The contacts one import batch may touch, read in three indexed queries (profile keys, emails,
	* names) rather than three per row, then kept in step with the batch's own writes (a file may
	* hold someone twice). Used inside the batch's transaction.
	*/
	var ImportBatch = class ImportBatch {
		/** What the batch will write, each contact once, in its latest version. */
		writes = /* @__PURE__ */ new Map();
		known = /* @__PURE__ */ new Map();
		byKey = /* @__PURE__ */ new Map();
		byEmail = /* @__PURE__ */ new Map();
		byName = /* @__PURE__ */ new Map();
		static async load(people) {
			const batch = new ImportBatch();
			const keys = [...new Set(people.flatMap((p) => p.profileKeys))];
			const emails = [...new Set(people.flatMap((p) => p.emails))];
			const names = [...new Set(people.filter((p) => !p.profileKeys.length && !p.emails.length).map((p) => nameKey(p.name)))];
			const lookups = [
				...keys.map((key) => db.contacts.where("profileKeys").equals(key).toArray()),
				...emails.map((email) => db.contacts.where("emails").equals(email).toArray()),
				...names.map((name) => db.contacts.where("nameKey").equals(name).toArray())
			];
			const found = (await Promise.all(lookups)).flat();
			for (const contact of found) batch.remember(contact);
			return batch;
		}
		remember(contact) {
			this.known.set(contact.id, contact);
			for (const key of contact.profileKeys) if (!this.byKey.has(key)) this.byKey.set(key, contact.id);
			for (const email of contact.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, contact.id);
			const ids = this.byName.get(contact.nameKey) ?? [];
			if (!ids.includes(contact.id)) this.byName.set(contact.nameKey, [...ids, contact.id]);
		}
		/**
		* The contact an imported person already is: by a profile key, else an email, else \u2014 with
		* neither \u2014 the same name among contacts `byNameOnly` accepts.
		*/
		find(person, byNameOnly) {
			const id = person.profileKeys.map((k) => this.byKey.get(k)).find(Boolean) ?? person.emails.map((e) => this.byEmail.get(e)).find(Boolean);
			if (id) return this.known.get(id);
			if (person.profileKeys.length || person.emails.length) return void 0;
			return (this.byName.get(nameKey(person.name)) ?? []).map((i) => this.known.get(i)).find(byNameOnly);
		}
		/**
		* Records a contact to write (new, or a new version of one found); true when the batch had not
		* written it yet \u2014 so a second row of someone the batch added or updated counts for nothing.
		*/
		write(contact) {
			const first = !this.writes.has(contact.id);
			this.writes.set(contact.id, contact);
			this.remember(contact);
			return first;
		}
	};
	// storage/import-cards.ts
	/** The cards' LinkedIn, Viadeo and XING URLs as profiles, one per site (the first). */
	function profilesOf(urls) {
		const profiles = [];
		for (const url of urls) {
			const ref = detectProfile(url)?.ref;
			if (ref && !profiles.some((p) => p.site === ref.site)) profiles.push(ref);
		}
		return profiles;
	}
	/**
	* Imports vCards, one batch in one transaction. A card finds its contact by a profile key, else an
	* email, else (with neither) the same name; found, it adds what it knows (emails, profiles on sites
	* the contact has none on, a note not already in the notes) and never removes anything, so
	* importing the same file again changes nothing. New contacts get no cadence.
	*/
	async function importCards(cards, now) {
		return db.transaction("rw", "contacts", async () => {
			const result = {
				added: 0,
				updated: 0,
				skipped: []
			};
			const people = cards.map((card) => {
				const profiles = profilesOf(card.urls);
				return {
					card,
					profiles,
					profileKeys: profiles.map((p) => p.key),
					emails: normaliseEmails(card.emails).slice(0, LIMITS.emails),
					name: card.name
				};
			});
			const batch = await ImportBatch.load(people);
			for (const person of people) {
				const { card, profiles, emails } = person;
				const existing = batch.find(person, () => true);
				if (existing) {
					const added = profiles.filter((p) => !existing.profiles.some((q) => q.site === p.site));
					const note = card.note && !existing.notes.includes(card.note) ? card.note : void 0;
					const updated = {
						...existing,
						company: card.company ?? existing.company,
						title: card.title ?? existing.title,
						emails: normaliseEmails([...existing.emails, ...emails]).slice(0, LIMITS.emails),
						notes: note ? capText(existing.notes ? `${existing.notes}\n\n${note}` : note, LIMITS.notes) : existing.notes,
						profiles: [...existing.profiles, ...added],
						updatedAt: now
					};
					updated.profileKeys = updated.profiles.map((p) => p.key);
					if (batch.write(updated)) result.updated++;
					continue;
				}
				batch.write({
					id: newId(),
					name: card.name,
					nameKey: nameKey(card.name),
					company: card.company,
					title: card.title,
					emails,
					tags: [],
					notes: card.note ?? "",
					profiles,
					profileKeys: profiles.map((p) => p.key),
					cadenceDays: null,
					createdAt: now,
					updatedAt: now
				});
				result.added++;
			}
			await db.contacts.bulkPut([...batch.writes.values()]);
			return result;
		});
	}
	// storage/import-connections.ts
	/**
	* Imports rows of LinkedIn's `Connections.csv`, one batch in one transaction. A row finds its
	* contact by the canonical LinkedIn key of its URL (the key the sidebar uses, so visiting the
	* profile later finds them), else by email, else (with neither) by name; found, it is updated (company, position, emails,
	* connection date) \u2014 importing the same or a newer export again adds nobody. New contacts get no
	* cadence: thirty thousand connections are not thirty thousand reminders.
	*/
	async function importConnections(rows, now) {
		return db.transaction("rw", "contacts", async () => {
			const result = {
				added: 0,
				updated: 0,
				skipped: []
			};
			const people = rows.map((row) => {
				const ref = row.url ? detectLinkedInProfile(row.url) : null;
				return {
					row,
					ref,
					profileKeys: ref ? [ref.key] : [],
					emails: normaliseEmails(row.email ? [row.email] : []),
					name: row.name
				};
			});
			const batch = await ImportBatch.load(people);
			for (const person of people) {
				const { row, ref, emails } = person;
				if (row.url && !ref) {
					result.skipped.push({
						line: row.line,
						reason: "notLinkedInUrl"
					});
					continue;
				}
				const existing = batch.find(person, (c) => !c.profiles.some((p) => p.site === "linkedin"));
				if (existing) {
					const updated = {
						...existing,
						company: row.company ?? existing.company,
						title: row.position ?? existing.title,
						emails: normaliseEmails([...existing.emails, ...emails]),
						connectedOn: row.connectedOn ?? existing.connectedOn,
						profiles: ref && !existing.profileKeys.includes(ref.key) && !existing.profiles.some((p) => p.site === "linkedin") ? [...existing.profiles, ref] : existing.profiles,
						updatedAt: now
					};
					updated.profileKeys = updated.profiles.map((p) => p.key);
					if (batch.write(updated)) result.updated++;
					continue;
				}
				batch.write({
					id: newId(),
					name: row.name,
					nameKey: nameKey(row.name),
					company: row.company,
					title: row.position,
					emails,
					tags: [],
					notes: "",
					profiles: ref ? [ref] : [],
					profileKeys: ref ? [ref.key] : [],
					connectedOn: row.connectedOn,
					cadenceDays: null,
					createdAt: now,
					updatedAt: now
				});
				result.added++;
			}
			await db.contacts.bulkPut([...batch.writes.values()]);
			return result;
		});
	}
	// core/contact-fusion.ts
	/**
	* Two records of one person made one: nothing either held is lost. The kept record's own values
	* come first; the other's fill what it lacks; lists are joined; both notes are kept; every profile
	* key of either still finds the person. Interactions, observations and introductions are moved by
	* the storage that calls this.
	*/
	function fuseContacts(keep, other, now) {
		const max = (a, b) => a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
		const profiles = [...keep.profiles, ...other.profiles.filter((p) => !keep.profileKeys.includes(p.key))];
		const aliasKeys = [.../* @__PURE__ */ new Set([...keep.aliasKeys ?? [], ...other.aliasKeys ?? []])].filter((key) => !profiles.some((p) => p.key === key));
		const cadences = [keep.cadenceDays, other.cadenceDays].filter((c) => c != null);
		return {
			...other,
			...keep,
			headline: keep.headline ?? other.headline,
			company: keep.company ?? other.company,
			title: keep.title ?? other.title,
			location: keep.location ?? other.location,
			photoUrl: keep.photoUrl ?? other.photoUrl,
			language: keep.language ?? other.language,
			register: keep.register ?? other.register,
			connectedOn: keep.connectedOn ?? other.connectedOn,
			met: keep.met ?? other.met,
			emails: normaliseEmails([...keep.emails, ...other.emails]),
			tags: normaliseTags([...keep.tags, ...other.tags]),
			notes: keepBoth(other.notes, keep.notes),
			profiles,
			profileKeys: profiles.map((p) => p.key),
			aliasKeys: aliasKeys.length ? aliasKeys : void 0,
			cadenceDays: cadences.length ? Math.min(...cadences) : null,
			lastContactAt: max(keep.lastContactAt, other.lastContactAt),
			lastInPersonAt: max(keep.lastInPersonAt, other.lastInPersonAt),
			snoozedUntil: void 0,
			createdAt: Math.min(keep.createdAt, other.createdAt),
			updatedAt: now
		};
	}
	// storage/contact-deletion.ts
	/** Deletes a contact with its interactions, observations and introductions; returns them for an undo. */
	async function deleteContact(id) {
		return db.transaction("rw", [...DUE_TABLES, "introductions"], async () => {
			const contact = await db.contacts.get(id);
			if (!contact) throw new RefusalError({ code: "notFound" }, `No contact ${id}.`);
			const range = [[id, -Infinity], [id, Infinity]];
			const interactions = await db.interactions.where("[contactId+at]").between(...range).toArray();
			const observations = await db.observations.where("[contactId+at]").between(...range).toArray();
			const introductions = await introductionsOf(id);
			await db.interactions.bulkDelete(interactions.map((i) => i.id));
			await db.observations.bulkDelete(observations.map((o) => o.id));
			await db.introductions.bulkDelete(introductions.map((i) => i.id));
			await db.contacts.delete(id);
			return {
				contact,
				interactions,
				observations,
				introductions
			};
		});
	}
	/** Undoes a deletion: puts everything back as it was, due date recomputed for today. */
	async function restoreContact(deleted, rules, now) {
		return db.transaction("rw", [...DUE_TABLES, "introductions"], async () => {
			for (const key of deleted.contact.profileKeys) {
				const owner = await findContactByProfileKey(key);
				if (owner && owner.id !== deleted.contact.id) throw new RefusalError({
					code: "profileTaken",
					owner: owner.name
				}, `${key} belongs to ${owner.name} now.`);
			}
			await db.contacts.put(deleted.contact);
			await db.interactions.bulkPut(deleted.interactions);
			await db.observations.bulkPut(deleted.observations);
			await db.introductions.bulkPut(deleted.introductions);
			return await refreshDue(deleted.contact.id, rules, now);
		});
	}
	/**
	* Makes `otherId` part of `keepId` in one transaction: the records fused (`fuseContacts`), the
	* other's interactions and observations moved, introductions pointed at the kept one (one
	* between the two of them dropped), the other record deleted. Answers what the undo needs.
	*/
	async function mergeContacts(keepId, otherId, rules, now) {
		if (keepId === otherId) throw new RefusalError({
			code: "invalid",
			field: "otherId",
			rule: "type"
		}, "A contact cannot be merged with itself.");
		return db.transaction("rw", [...DUE_TABLES, "introductions"], async () => {
			const [keep, other] = await db.contacts.bulkGet([keepId, otherId]);
			if (!keep || !other) throw new RefusalError({ code: "notFound" });
			const range = [[otherId, -Infinity], [otherId, Infinity]];
			const movedInteractions = await db.interactions.where("[contactId+at]").between(...range).primaryKeys();
			const movedObservations = await db.observations.where("[contactId+at]").between(...range).primaryKeys();
			const introductions = await introductionsOf(otherId);
			await db.interactions.where("id").anyOf(movedInteractions).modify({ contactId: keepId });
			await db.observations.where("id").anyOf(movedObservations).modify({ contactId: keepId });
			for (const intro of introductions) {
				const moved = {
					...intro,
					aId: intro.aId === otherId ? keepId : intro.aId,
					bId: intro.bId === otherId ? keepId : intro.bId
				};
				if (moved.aId === moved.bId) await db.introductions.delete(intro.id);
				else await db.introductions.put(moved);
			}
			await db.contacts.delete(otherId);
			await db.contacts.put(fuseContacts(keep, other, now));
			return {
				merged: await refreshDue(keepId, rules, now),
				undo: {
					keep,
					other,
					movedInteractions,
					movedObservations,
					introductions
				}
			};
		});
	}
	/** Undoes a merge: both records back as they were, everything moved moved back. */
	async function unmergeContacts(undo, rules, now) {
		await db.transaction("rw", [...DUE_TABLES, "introductions"], async () => {
			await db.contacts.put(undo.keep);
			await db.contacts.put(undo.other);
			await db.interactions.where("id").anyOf(undo.movedInteractions).modify({ contactId: undo.other.id });
			await db.observations.where("id").anyOf(undo.movedObservations).modify({ contactId: undo.other.id });
			await db.introductions.bulkPut(undo.introductions);
			await refreshDue(undo.keep.id, rules, now);
			await refreshDue(undo.other.id, rules, now);
		});
	}
	// entrypoints/background/profile-view.ts
	/** Everything the sidebar shows for a profile: the contact, its timeline, or people to link. */
	async function getProfileView(ref, name) {
		const contact = await findContactByProfileKey(ref.key);
		if (contact) return {
			contact,
			interactions: await interactionsOf(contact.id),
			introductions: await introductionViews(contact.id),
			linkCandidates: []
		};
		return {
			contact: null,
			interactions: [],
			introductions: [],
			linkCandidates: name ? await findLinkCandidates(name, ref.site) : []
		};
	}
	/** One contact with their timeline and introductions (the drafts' last exchange, the dashboard). */
	async function getContactView(id) {
		const contact = await getContact(id);
		if (!contact) throw new RefusalError({ code: "notFound" }, `No contact ${id}.`);
		const [interactions, introductions] = await Promise.all([interactionsOf(id), introductionViews(id)]);
		return {
			contact,
			interactions,
			introductions
		};
	}
	/** A contact's introductions, each with the other person (one whose record is gone is left out). */
	async function introductionViews(contactId) {
		return (await Promise.all((await introductionsOf(contactId)).map(async (introduction) => {
			const other = await getContact(introduction.aId === contactId ? introduction.bId : introduction.aId);
			return other ? {
				introduction,
				other
			} : null;
		}))).filter((view) => view !== null);
	}
	// core/notification-times.ts
	function minutesOf(time) {
		const m = /^(\d{1,2}):(\d{2})$/.exec(time);
		if (!m) throw new Error(`Invalid time of day: ${time}`);
		const minutes = Number(m[1]) * 60 + Number(m[2]);
		if (Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`Invalid time of day: ${time}`);
		return minutes;
	}
	/** The instant of local time `time` on the day `days` after the day of `at`, in `timeZone`. */
	function atTimeOn(at, days, time, timeZone) {
		return atMinutesOfDay(midnightAfter(at, days, timeZone), minutesOf(time), timeZone);
	}
	/** Whether `at` falls in the quiet window (which may cross midnight: 21:00\u201308:00). */
	function isQuiet(at, quiet, timeZone) {
		if (!quiet) return false;
		const minutes = minutesOfDay(at, timeZone);
		const start = minutesOf(quiet.start);
		const end = minutesOf(quiet.end);
		if (start === end) return false;
		return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
	}
	/** When the quiet window that contains `at` ends (or `at` itself when it is not quiet). */
	function quietEndsAt(at, quiet, timeZone) {
		if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
		const endToday = atTimeOn(at, 0, quiet.end, timeZone);
		return endToday > at ? endToday : atTimeOn(at, 1, quiet.end, timeZone);
	}
	/**
	* The next daily digest strictly after `after`: today's or tomorrow's `digestTime`, moved to the
	* end of the quiet hours when it falls inside them.
	*/
	function nextDigestAt(after, digestTime, quiet, timeZone) {
		for (let offset = 0; offset < 3; offset++) {
			const at = quietEndsAt(atTimeOn(after, offset, digestTime, timeZone), quiet, timeZone);
			if (at > after) return at;
		}
		throw new Error("unreachable: a digest time exists within three days");
	}
	// entrypoints/background/badge.ts
	/** The toolbar badge: how many people are due now; empty at zero. */
	async function setDueBadge(count) {
		const action = browser.action ?? browser.browserAction;
		await action.setBadgeText({ text: count > 0 ? String(count > 999 ? "999+" : count) : "" });
		if (count > 0) await action.setBadgeBackgroundColor({ color: "#5b3cc4" });
	}
	// i18n/index.ts
	var CATALOGS = {
		en: {
			appName: "Maille",
			collapse: "Hide Maille (Alt+Shift+M)",
			loading: "Loading\u2026",
			retry: "Try again",
			onSite: "on {site}",
			notInMaille: "{name} is not in Maille yet.",
			addToMaille: "Add to Maille",
			linkTo: "Link to {name}",
			linkHint: "Same name as someone you know: link this {site} profile to them instead of adding a new person.",
			whereWeMet: "Where we met",
			whereWeMetOptional: "Where we met (optional)",
			event: "Event",
			date: "Date",
			place: "Place",
			topic: "What we talked about",
			unreadableTitle: "Couldn't read this profile",
			unreadableHelp: "Maille could not find the name on this page. You can still add the person by hand.",
			name: "Name",
			headline: "Headline",
			company: "Company",
			notes: "Notes",
			notesPlaceholder: "What you know, what you promised, what to ask next time\u2026",
			saving: "Saving\u2026",
			saved: "Saved",
			savingRetry: "Not saved yet: Maille is restarting. Trying again\u2026",
			savedMerged: "Saved, with the changes made in another tab.",
			notesConflict: "These notes were changed in another tab while you typed here. Choose what to keep.",
			notesTheirs: "The other version",
			keepBoth: "Keep both",
			keepMine: "Keep mine",
			useTheirs: "Use the other version",
			fieldConflict: "{field} was changed in another tab meanwhile: check the latest, then save again to keep yours.",
			refusedRequired: "{field}: this is required.",
			refusedTooLong: "{field}: too long \u2014 at most {max} characters.",
			refusedTooMany: "{field}: too many \u2014 at most {max}.",
			refusedBadDate: "{field}: not a valid date.",
			refusedFuture: "{field}: this date is in the future.",
			refusedTooOld: "{field}: the date is before 1900.",
			refusedRange: "{field}: this value is out of range.",
			refusedEmail: "{field}: this email address does not look right.",
			refusedType: "{field}: this value cannot be saved.",
			refusedDuplicate: "{field}: there is already one with this name on that day.",
			refusedNotFound: "This contact is no longer in Maille.",
			refusedProfileTaken: "This profile already belongs to {name} in Maille.",
			refusedUnreachable: "Maille did not answer (it may be restarting). Nothing was changed: try again.",
			charactersLeft: "{count} characters left",
			charactersOver: "{count} characters too many",
			fieldGeneric: "This field",
			jobTitle: "Title",
			location: "Location",
			save: "Save",
			tags: "Tags",
			addTag: "Add a tag",
			removeTag: "Remove tag {tag}",
			cadence: "Keep in touch",
			cadenceNone: "No reminders",
			cadenceMonths1: "Every month",
			cadenceMonths3: "Every 3 months",
			cadenceMonths6: "Every 6 months",
			cadenceDays: "Every {days} days",
			cadenceMonths12: "Every year",
			logContact: "Log contact",
			kind: "Kind",
			summary: "Summary (optional)",
			discussed: "What we discussed (optional)",
			nextStep: "Next step (optional)",
			nextStepShort: "Next step:",
			lastContact: "Last contact",
			lastContactNever: "Never",
			connectedOn: "Connected on LinkedIn on {date}",
			timeline: "Timeline",
			timelineEmpty: "No interaction logged yet.",
			profiles: "Profiles",
			metOn: "Met on {date}",
			kind_email: "Email",
			kind_message: "Message",
			kind_call: "Call",
			kind_meeting: "Meeting",
			kind_lunch: "Lunch",
			kind_event: "Event",
			kind_introduction: "Introduction",
			kind_news: "News",
			deleteInteraction: "Delete this {kind} of {date}",
			interactionDeleted: "{kind} of {date} deleted.",
			undo: "Undo",
			logged: "Contact logged.",
			dueFollowUpAt: "Met at {event} {when} \u2014 follow up",
			dueFollowUp: "Met {when} \u2014 follow up",
			dueReconnect: "No contact for {duration}",
			dueReconnectNever: "No contact since you added them, {duration} ago",
			dueLosingTouch: "Losing touch \u2014 no contact for {duration}",
			dueOccasionJob: "New job: {job} \u2014 congratulate them",
			today: "today",
			yesterday: "yesterday",
			daysAgo: "{n} days ago",
			onDay: "on {date}",
			jobAt: "{title} at {company}",
			notifyFollowUpTitle: "Follow up with {name}",
			notifyDigestTitleOne: "1 person to get back to",
			notifyDigestTitle: "{count} people to get back to",
			notifyDigestMore: "{names} and {count} more",
			done: "Done",
			snooze: "Snooze",
			snoozeWeek: "Snooze 1 week",
			popupTitle: "Maille \u2014 follow-ups",
			dueNowCount: "{count} due now",
			groupOverdue: "Overdue",
			groupToday: "Today",
			groupWeek: "This week",
			emptyTitle: "Nobody to get back to",
			emptyHelp: "When you add someone from their profile, or with \u201cJust met someone\u201d below, Maille reminds you to follow up the next day and to keep in touch.",
			logAs: "Log as",
			snoozeFor: "Snooze for",
			snoozeDay: "1 day",
			snoozeWeekShort: "1 week",
			snoozeMonth: "1 month",
			cancel: "Cancel",
			openProfile: "Open {name}\u2019s profile",
			justMet: "Just met someone",
			email: "Email",
			justMetAdded: "{name} added: follow up tomorrow.",
			openDashboard: "Settings",
			openSidePanel: "Side panel",
			displayTitle: "Where Maille shows",
			displayHelp: "On each site, beside the profile in the page, or in the browser\u2019s own side panel, which adds nothing at all to the site\u2019s page (open it from the toolbar popup). The panel follows the tab you are on: the person on a profile, your follow-ups elsewhere.",
			displayInPage: "In the page, beside the profile",
			displayInPanel: "In the browser\u2019s side panel",
			settingsTitle: "Settings",
			defaultCadence: "Keep in touch with new contacts",
			digestTime: "Daily digest at",
			quietHours: "Quiet hours",
			quietFrom: "From",
			quietTo: "To",
			minGap: "Minimum gap between two contacts (days)",
			minGapInvalid: "The minimum gap is a whole number of days, from 0 to 365.",
			lunchGoalInvalid: "The lunch goal is a whole number of lunches a week, from 0 to 14.",
			notificationsOn: "Desktop notifications",
			language: "Language",
			languageAuto: "Browser language",
			settingsNotSaved: "The settings could not be saved. Try again.",
			settingsSaved: "Settings saved.",
			myName: "Your name (signs the drafts)",
			newYearWishes: "New year \u2014 send your wishes",
			newYearWishesSetting: "New-year wishes (1\u201331 January, for everyone with a cadence)",
			lunchGoal: "Lunches a week you aim for (0: no goal)",
			signature: "Signature (lines under your name)",
			draftFollowUp: "Draft follow-up",
			draftCongratulate: "Congratulate",
			draftNewYear: "Send wishes",
			draftLunchInvite: "Invite to lunch",
			lunchIdeas: "Lunch ideas",
			introductions: "Introductions",
			newsTitle: "News",
			dataTitle: "Data",
			contactsTitle: "Contacts",
			contactsBack: "\u2190 All contacts",
			mergeWith: "Merge with another record of this person\u2026",
			mergeHelp: "The same person twice (a business card and a profile, two imports): make them one. Both notes, every interaction, profile, email, tag and introduction are kept.",
			mergeConfirm: "Make {other} part of {keep}?",
			mergeButton: "Merge",
			mergedInto: "{other} merged into {keep}.",
			duplicatesTitle: "Possible duplicates ({count})",
			duplicateSameEmail: "the same email",
			duplicateSameProfile: "one profile seen under two addresses",
			duplicateSameName: "the same name",
			mergedWith: "{name} merged into this contact.",
			contactDeleted: "Contact deleted.",
			deleteContact: "Delete this contact",
			nextReminder: "Next reminder:",
			nextReminderNone: "none (no cadence, nothing to follow up)",
			unlinkProfile: "Unlink from {site}",
			noProfiles: "No profile linked yet.",
			search: "Search",
			searchHelp: "Name, company, headline, notes, tag or event",
			filterAll: "All",
			filterSite: "Site",
			filterState: "State",
			filterNeverContacted: "Never contacted",
			stateFresh: "in touch",
			stateDue: "due",
			stateLosingTouch: "losing touch",
			stateNoCadence: "no cadence",
			stateNever: "never contacted",
			healthTitle: "Network health",
			healthEmpty: "No contacts yet: add people from their profiles, or import your LinkedIn connections or vCards.",
			healthContacts: "Contacts",
			healthTouchTitle: "Contacts by time since last contact",
			healthTouchSummary: "{total} contacts: {fresh} in touch, {due} due, {losingTouch} losing touch, {noCadence} contacted without a cadence, {never} never contacted.",
			healthWeeksTitle: "Interactions per week, over the last year",
			healthWeeksSummary: "In 52 weeks: {total} interactions, {inPerson} of them in person; {recent} in the last 4 weeks.",
			healthWeek: "Week of",
			healthInPerson: "In person (meetings, lunches, events)",
			healthOther: "Emails, messages, calls and the rest",
			nextDue: "Next due",
			contactsShown: "{count} shown",
			selectAllShown: "Select everyone shown",
			selectContact: "Select {name}",
			bulkActions: "{count} selected",
			bulkTag: "Tag",
			bulkAddTag: "Add the tag",
			bulkRemoveTag: "Remove the tag",
			bulkCadence: "Set the cadence\u2026",
			bulkClear: "Clear the selection",
			bulkDone: "{count} contacts changed.",
			importConnections: "Import your LinkedIn connections",
			importConnectionsHelp: "In LinkedIn: Settings \u2192 Data privacy \u2192 Get a copy of your data \u2192 Connections. Then choose the Connections.csv file from the archive. Importing it again, or a newer one, updates people instead of adding them twice.",
			importConnectionsFile: "Connections.csv",
			importNoHeader: "This is not LinkedIn\u2019s Connections.csv: no line \u201cFirst Name,Last Name,URL,\u2026\u201d. Nothing was imported.",
			importProgress: "Importing: {done} of {total}",
			importSummary: "Added {added}, updated {updated}; {notes} lines to look at.",
			importLine: "Line {line}: {reason}",
			importNoName: "no name, left out",
			importBadDate: "connection date unreadable, the person was imported without it",
			importTooLong: "a field far too long, left out",
			importBadQuoting: "a quote opened and not closed properly: this line, and the lines it ran into, left out",
			importNotLinkedInUrl: "the URL is not a LinkedIn profile, left out",
			dataHelp: "Everything Maille holds stays on this computer. Take it with you, bring it back, or delete it.",
			importFileLine: "{file}, line {line}: {reason}",
			importFileProblem: "{file}: {problem}",
			vcardImport: "Import vCards",
			vcardImportHelp: "Contacts exported from a phone or an address book (.vcf): one file or several, each with one card or many. Names, emails, organisation, title, note; a LinkedIn, Viadeo or XING address becomes a linked profile. Importing again adds nobody twice.",
			vcardFiles: "vCard files (.vcf)",
			vcardNoCard: "This file holds no vCard (no line \u201cBEGIN:VCARD\u201d). Nothing was imported.",
			vcardBadLine: "a line that is not a vCard property, left out",
			vcardUnfinished: "a card without its \u201cEND:VCARD\u201d, left out",
			vcardBadCard: "a card that could not be read, left out",
			vcardExport: "Download all contacts as vCards",
			vcardExportOne: "Download as a vCard",
			backupExport: "Download a full backup",
			csvExport: "Download the contacts for a spreadsheet (CSV)",
			backupExported: "Backup downloaded: {file}.",
			backupRestore: "Restore a backup",
			backupFile: "Backup file (.json)",
			backupHolds: "This backup holds {contacts} contacts, {interactions} interactions, {events} events, {introductions} introductions and {news} news walks, and the settings.",
			backupReplace: "Replace everything with this backup",
			backupRestored: "Backup restored.",
			backupNotJson: "This file is not a Maille backup: it is not JSON (maybe cut short). Nothing was changed.",
			backupNotBackup: "This file is not a Maille backup. Nothing was changed.",
			backupNewer: "This backup comes from a newer version of Maille (format {version}): update Maille, then restore it. Nothing was changed.",
			backupInvalid: "This backup is damaged at {where}. Nothing was changed.",
			backupDangling: "This backup is incomplete: {where} points at a record the file does not hold. Nothing was changed.",
			deleteAll: "Delete all my data",
			deleteAllWhat: "This deletes {contacts} contacts, {interactions} interactions, {events} events, {introductions} introductions, {news} news walks and your settings, for good. Download a backup first if you may want them back.",
			deleteAllConfirm: "Yes, delete everything",
			deleteAllDone: "Everything was deleted.",
			newsHelp: "Your news \u2014 a move, a launch, a new job \u2014 written once and told to each person one at a time, in a message of their own: never a mass mailing.",
			newsInProgress: "Walks to finish",
			newsResume: "Resume",
			newsWrite: "Tell your news",
			newsText: "Your news",
			newsAddTag: "Add the people tagged",
			newsAddEvent: "Add the people met at",
			newsAddOne: "Add one person",
			newsChosen: "People to tell",
			newsStart: "Tell them one at a time ({count})",
			newsProgress: "{done} of {total} done",
			newsWalkTitle: "Telling your news, one person at a time",
			newsNext: "Next person",
			newsTo: "To {name}",
			newsSkip: "Skip this person",
			newsDone: "Everyone has heard your news.",
			newsLeftOut: "Left out for now",
			newsPaceGuard: "reached within the minimum gap: not too often",
			newsNotFound: "This news is no longer in Maille.",
			newsBack: "\u2190 News",
			remove: "Remove",
			introduceTo: "Introduce to\u2026",
			introduceSearch: "Name, company or tag",
			peopleFound: "People in Maille",
			introduceWhy: "Why they should meet (optional)",
			introducePropose: "Record the introduction",
			introBetween: "{a} \u2194 {b}",
			introStatusProposed: "proposed",
			introStatusAsked: "asked",
			introStatusIntroduced: "introduced",
			introStatusDeclined: "declined",
			introAsk: "Ask {name}",
			introWaiting: "Asked {name}:",
			introYes: "{name} said yes",
			introNo: "{name} said no",
			introSaidYes: "{name} said yes.",
			introSaidNo: "{name} said no.",
			introDraftBoth: "Draft the introduction (to both)",
			introOutcome: "What came of it",
			introductionsNone: "No introduction yet.",
			introSuggestions: "Suggestions: they share a tag and were never introduced",
			introSuggestionsNone: "No suggestion: tag people to see who could meet.",
			introPropose: "Propose {a} \u2194 {b}",
			introSharedTags: "share {tags}",
			lunchIdeasEmpty: "Everyone with a cadence was seen in person this month.",
			lunchGoalProgress: "Lunches this week: {count} of {goal}",
			lastSeenInPerson: "Last seen in person {date}",
			neverSeenInPerson: "Never seen in person since you added them",
			draftTitle: "Message to {name}",
			draftTo: "To {email} \u2014 one message, to this person only.",
			draftNoEmail: "No email address for this person: copy the message and send it on their profile (or add their email under \u201cWriting to them\u201d).",
			draftSubject: "Subject",
			draftToBoth: "To {a} and {b} \u2014 the introduction, to the two of them only.",
			draftNoEmailBoth: "One of the two has no email address: copy the message and send it to both.",
			draftBody: "Message",
			draftOpenEmail: "Open in email app",
			draftCopy: "Copy message",
			draftMarkSent: "Mark as sent",
			draftCopied: "Copied: paste it into a message on their profile.",
			draftSelectToCopy: "The message is selected: press Ctrl+C (\u2318C) to copy it.",
			findOn: "Find on {site}",
			eventSuggestions: "Already in Maille",
			dashboardNav: "Dashboard sections",
			eventsTitle: "Events",
			eventsEmpty: "No event yet. The events you name when you meet someone (in the sidebar or \u201cJust met someone\u201d) appear here, with the people met at each.",
			peopleMetCount: "people met: {count}",
			eventAdd: "Add an event",
			eventName: "Event name",
			eventSeries: "Series (the recurring event it is an edition of)",
			eventEdit: "Edit the event",
			eventSaved: "Event saved.",
			eventNotFound: "This event is no longer in Maille.",
			eventsBack: "\u2190 All events",
			eventPeopleMet: "People met there",
			eventNobody: "Nobody met there yet.",
			eventSeeAgain: "You may see them again",
			eventSeeAgainNobody: "Nobody met at the earlier editions of this series yet.",
			metAtEdition: "met at {event}",
			followUpTomorrow: "follow-up due soon",
			followedUpOn: "last contact {date}",
			followUpNone: "no follow-up due",
			dueBanner: "Due now",
			writingTo: "Writing to them",
			writeIn: "Language",
			writeInInterface: "Interface language ({language})",
			register: "Register",
			registerFirstName: "First name (informal)",
			registerFormal: "Formal",
			registerTu: "Tu (informal)",
			registerVous: "Vous (formal)",
			templatesTitle: "Draft templates",
			templatesHelp: "Maille drafts each message to one person from these templates. Put an optional detail in [brackets]: it is left out, words and all, when the person has no such detail.",
			templateMessage: "Message",
			templateFollowUp: "Follow-up after meeting someone",
			templateCongratulate: "Congratulations on a new job",
			templateNewYear: "New-year wishes",
			templateLunchInvite: "Lunch invitation",
			templateNews: "Your news, to one person",
			templateIntroAsk: "Introduction: asking one person first",
			templateIntroduction: "Introduction: to both, once they agreed",
			templateSampleNews: "I'm moving to Lyon in March to open our new office.",
			templateBody: "Text",
			templateSyntax: "Fields: {fields}. Text in [ \u2026 ] only appears when its fields are known.",
			templateResetButton: "Use Maille\u2019s version",
			templateSaved: "Template saved.",
			templateReset: "Back to Maille\u2019s version.",
			templatePreview: "Preview",
			templateSampleHas: "The sample person has",
			templateSampleTopic: "cobots in small workshops",
			templateUsed: "Fields used: {fields}",
			templateMissing: "Left out (no value): {fields}",
			templateUnknown: "Not a field, left out: {fields}",
			registerInformal: "Informal (first name, tu)",
			registerFormalShort: "Formal (vous)"
		},
		fr: {
			appName: "Maille",
			collapse: "Masquer Maille (Alt+Maj+M)",
			loading: "Chargement\u2026",
			retry: "R\u00e9essayer",
			onSite: "sur {site}",
			notInMaille: "{name} n\u2019est pas encore dans Maille.",
			addToMaille: "Ajouter \u00e0 Maille",
			linkTo: "Lier \u00e0 {name}",
			linkHint: "M\u00eame nom qu\u2019une personne que vous connaissez : liez ce profil {site} \u00e0 cette personne plut\u00f4t que d\u2019en cr\u00e9er une nouvelle.",
			whereWeMet: "O\u00f9 nous nous sommes rencontr\u00e9s",
			whereWeMetOptional: "O\u00f9 nous nous sommes rencontr\u00e9s (facultatif)",
			event: "\u00c9v\u00e9nement",
			date: "Date",
			place: "Lieu",
			topic: "Sujet de la conversation",
			unreadableTitle: "Impossible de lire ce profil",
			unreadableHelp: "Maille n\u2019a pas trouv\u00e9 le nom sur cette page. Vous pouvez tout de m\u00eame ajouter la personne \u00e0 la main.",
			name: "Nom",
			headline: "Titre du profil",
			company: "Entreprise",
			notes: "Notes",
			notesPlaceholder: "Ce que vous savez, ce que vous avez promis, ce qu\u2019il faudra demander\u2026",
			saving: "Enregistrement\u2026",
			saved: "Enregistr\u00e9",
			savingRetry: "Pas encore enregistr\u00e9 : Maille red\u00e9marre. Nouvel essai\u2026",
			savedMerged: "Enregistr\u00e9, avec les modifications faites dans un autre onglet.",
			notesConflict: "Ces notes ont \u00e9t\u00e9 modifi\u00e9es dans un autre onglet pendant que vous \u00e9criviez ici. Choisissez quoi garder.",
			notesTheirs: "L\u2019autre version",
			keepBoth: "Garder les deux",
			keepMine: "Garder la mienne",
			useTheirs: "Prendre l\u2019autre version",
			fieldConflict: "{field} a \u00e9t\u00e9 modifi\u00e9 dans un autre onglet entre-temps : v\u00e9rifiez la derni\u00e8re version, puis enregistrez \u00e0 nouveau pour garder la v\u00f4tre.",
			refusedRequired: "{field} : ce champ est obligatoire.",
			refusedTooLong: "{field} : trop long \u2014 {max} caract\u00e8res au plus.",
			refusedTooMany: "{field} : trop nombreux \u2014 {max} au plus.",
			refusedBadDate: "{field} : ce n\u2019est pas une date valide.",
			refusedFuture: "{field} : cette date est dans le futur.",
			refusedTooOld: "{field} : la date est ant\u00e9rieure \u00e0 1900.",
			refusedRange: "{field} : cette valeur est hors limites.",
			refusedEmail: "{field} : cette adresse e-mail semble incorrecte.",
			refusedType: "{field} : cette valeur ne peut pas \u00eatre enregistr\u00e9e.",
			refusedDuplicate: "{field} : il y en a d\u00e9j\u00e0 un de ce nom ce jour-l\u00e0.",
			refusedNotFound: "Ce contact n\u2019est plus dans Maille.",
			refusedProfileTaken: "Ce profil appartient d\u00e9j\u00e0 \u00e0 {name} dans Maille.",
			refusedUnreachable: "Maille n\u2019a pas r\u00e9pondu (il red\u00e9marre peut-\u00eatre). Rien n\u2019a \u00e9t\u00e9 modifi\u00e9 : r\u00e9essayez.",
			charactersLeft: "encore {count} caract\u00e8res",
			charactersOver: "{count} caract\u00e8res de trop",
			fieldGeneric: "Ce champ",
			jobTitle: "Poste",
			location: "Lieu de r\u00e9sidence",
			save: "Enregistrer",
			tags: "\u00c9tiquettes",
			addTag: "Ajouter une \u00e9tiquette",
			removeTag: "Retirer l\u2019\u00e9tiquette {tag}",
			cadence: "Garder le contact",
			cadenceNone: "Pas de rappel",
			cadenceMonths1: "Tous les mois",
			cadenceMonths3: "Tous les 3 mois",
			cadenceMonths6: "Tous les 6 mois",
			cadenceDays: "Tous les {days} jours",
			cadenceMonths12: "Tous les ans",
			logContact: "Noter un contact",
			kind: "Type",
			summary: "R\u00e9sum\u00e9 (facultatif)",
			discussed: "Ce dont nous avons parl\u00e9 (facultatif)",
			nextStep: "Prochaine \u00e9tape (facultatif)",
			nextStepShort: "Prochaine \u00e9tape :",
			lastContact: "Dernier contact",
			lastContactNever: "Jamais",
			connectedOn: "En relation sur LinkedIn depuis le {date}",
			timeline: "Historique",
			timelineEmpty: "Aucun \u00e9change not\u00e9 pour l\u2019instant.",
			profiles: "Profils",
			metOn: "Rencontre le {date}",
			kind_email: "E-mail",
			kind_message: "Message",
			kind_call: "Appel",
			kind_meeting: "Rendez-vous",
			kind_lunch: "D\u00e9jeuner",
			kind_event: "\u00c9v\u00e9nement",
			kind_introduction: "Mise en relation",
			kind_news: "Nouvelles",
			deleteInteraction: "Supprimer ce contact ({kind}) du {date}",
			interactionDeleted: "{kind} du {date} supprim\u00e9.",
			undo: "Annuler",
			logged: "Contact not\u00e9.",
			dueFollowUpAt: "Rencontre \u00e0 {event} {when} \u2014 donnez suite",
			dueFollowUp: "Rencontre {when} \u2014 donnez suite",
			dueReconnect: "Pas de contact depuis {duration}",
			dueReconnectNever: "Pas de contact depuis l\u2019ajout, il y a {duration}",
			dueLosingTouch: "Le lien se distend \u2014 pas de contact depuis {duration}",
			dueOccasionJob: "Nouveau poste : {job} \u2014 f\u00e9licitez-le",
			today: "aujourd\u2019hui",
			yesterday: "hier",
			daysAgo: "il y a {n} jours",
			onDay: "le {date}",
			jobAt: "{title} chez {company}",
			notifyFollowUpTitle: "Donner suite : {name}",
			notifyDigestTitleOne: "1 personne \u00e0 recontacter",
			notifyDigestTitle: "{count} personnes \u00e0 recontacter",
			notifyDigestMore: "{names} et {count} autres",
			done: "Fait",
			snooze: "Reporter",
			snoozeWeek: "Reporter d\u2019une semaine",
			popupTitle: "Maille \u2014 \u00e0 recontacter",
			dueNowCount: "{count} \u00e0 recontacter",
			groupOverdue: "En retard",
			groupToday: "Aujourd\u2019hui",
			groupWeek: "Cette semaine",
			emptyTitle: "Personne \u00e0 recontacter",
			emptyHelp: "Quand vous ajoutez quelqu\u2019un depuis son profil, ou avec \u00ab Je viens de rencontrer \u00bb ci-dessous, Maille vous rappelle de donner suite le lendemain puis de garder le contact.",
			logAs: "Noter comme",
			snoozeFor: "Reporter de",
			snoozeDay: "1 jour",
			snoozeWeekShort: "1 semaine",
			snoozeMonth: "1 mois",
			cancel: "Annuler",
			openProfile: "Ouvrir le profil de {name}",
			justMet: "Je viens de rencontrer",
			email: "E-mail",
			justMetAdded: "{name} ajout\u00e9\u00b7e : donnez suite demain.",
			openDashboard: "R\u00e9glages",
			openSidePanel: "Panneau lat\u00e9ral",
			displayTitle: "O\u00f9 Maille s\u2019affiche",
			displayHelp: "Sur chaque site, \u00e0 c\u00f4t\u00e9 du profil dans la page, ou dans le panneau lat\u00e9ral du navigateur, qui n\u2019ajoute rien du tout \u00e0 la page du site (ouvrez-le depuis la fen\u00eatre de la barre d\u2019outils). Le panneau suit l\u2019onglet o\u00f9 vous \u00eates : la personne sur un profil, vos relances ailleurs.",
			displayInPage: "Dans la page, \u00e0 c\u00f4t\u00e9 du profil",
			displayInPanel: "Dans le panneau lat\u00e9ral du navigateur",
			settingsTitle: "R\u00e9glages",
			defaultCadence: "Garder le contact avec les nouvelles personnes",
			digestTime: "R\u00e9capitulatif quotidien \u00e0",
			quietHours: "Heures calmes",
			quietFrom: "De",
			quietTo: "\u00c0",
			minGap: "\u00c9cart minimal entre deux contacts (jours)",
			minGapInvalid: "L\u2019\u00e9cart minimal est un nombre entier de jours, de 0 \u00e0 365.",
			lunchGoalInvalid: "L\u2019objectif de d\u00e9jeuners est un nombre entier par semaine, de 0 \u00e0 14.",
			notificationsOn: "Notifications sur le bureau",
			language: "Langue",
			languageAuto: "Langue du navigateur",
			settingsNotSaved: "Les r\u00e9glages n\u2019ont pas pu \u00eatre enregistr\u00e9s. R\u00e9essayez.",
			settingsSaved: "R\u00e9glages enregistr\u00e9s.",
			myName: "Votre nom (signe les brouillons)",
			newYearWishes: "Nouvelle ann\u00e9e \u2014 envoyez vos v\u0153ux",
			newYearWishesSetting: "V\u0153ux de nouvelle ann\u00e9e (du 1er au 31 janvier, \u00e0 chaque contact avec un rythme)",
			lunchGoal: "D\u00e9jeuners vis\u00e9s par semaine (0 : pas d\u2019objectif)",
			signature: "Signature (lignes sous votre nom)",
			draftFollowUp: "Pr\u00e9parer la relance",
			draftCongratulate: "F\u00e9liciter",
			draftNewYear: "Envoyer ses v\u0153ux",
			draftLunchInvite: "Proposer un d\u00e9jeuner",
			lunchIdeas: "Id\u00e9es de d\u00e9jeuner",
			introductions: "Mises en relation",
			newsTitle: "Nouvelles",
			dataTitle: "Donn\u00e9es",
			contactsTitle: "Contacts",
			contactsBack: "\u2190 Tous les contacts",
			mergeWith: "Fusionner avec une autre fiche de cette personne\u2026",
			mergeHelp: "La m\u00eame personne deux fois (une carte de visite et un profil, deux imports) : n\u2019en faire qu\u2019une. Les deux notes, chaque interaction, profil, e-mail, \u00e9tiquette et mise en relation sont gard\u00e9s.",
			mergeConfirm: "Fondre {other} dans {keep} ?",
			mergeButton: "Fusionner",
			mergedInto: "{other} fusionn\u00e9(e) dans {keep}.",
			duplicatesTitle: "Doublons possibles ({count})",
			duplicateSameEmail: "le m\u00eame e-mail",
			duplicateSameProfile: "un m\u00eame profil vu sous deux adresses",
			duplicateSameName: "le m\u00eame nom",
			mergedWith: "{name} fusionn\u00e9(e) dans ce contact.",
			contactDeleted: "Contact supprim\u00e9.",
			deleteContact: "Supprimer ce contact",
			nextReminder: "Prochain rappel :",
			nextReminderNone: "aucun (pas de rythme, rien \u00e0 relancer)",
			unlinkProfile: "D\u00e9lier de {site}",
			noProfiles: "Aucun profil li\u00e9 pour l\u2019instant.",
			search: "Rechercher",
			searchHelp: "Nom, entreprise, titre, notes, \u00e9tiquette ou \u00e9v\u00e9nement",
			filterAll: "Tous",
			filterSite: "Site",
			filterState: "\u00c9tat",
			filterNeverContacted: "Jamais contact\u00e9s",
			stateFresh: "en contact",
			stateDue: "\u00e0 relancer",
			stateLosingTouch: "contact qui se perd",
			stateNoCadence: "sans rythme",
			stateNever: "jamais contact\u00e9",
			healthTitle: "Sant\u00e9 du r\u00e9seau",
			healthEmpty: "Aucun contact pour l\u2019instant : ajoutez des personnes depuis leur profil, ou importez vos relations LinkedIn ou des vCards.",
			healthContacts: "Contacts",
			healthTouchTitle: "Contacts selon le temps depuis le dernier contact",
			healthTouchSummary: "{total} contacts : {fresh} en contact, {due} \u00e0 relancer, {losingTouch} en train de se perdre, {noCadence} contact\u00e9s sans rythme, {never} jamais contact\u00e9s.",
			healthWeeksTitle: "\u00c9changes par semaine, sur l\u2019ann\u00e9e \u00e9coul\u00e9e",
			healthWeeksSummary: "En 52 semaines : {total} \u00e9changes, dont {inPerson} en personne ; {recent} ces 4 derni\u00e8res semaines.",
			healthWeek: "Semaine du",
			healthInPerson: "En personne (rendez-vous, d\u00e9jeuners, \u00e9v\u00e9nements)",
			healthOther: "E-mails, messages, appels et le reste",
			nextDue: "Prochaine relance",
			contactsShown: "{count} affich\u00e9s",
			selectAllShown: "S\u00e9lectionner tous ceux affich\u00e9s",
			selectContact: "S\u00e9lectionner {name}",
			bulkActions: "{count} s\u00e9lectionn\u00e9s",
			bulkTag: "\u00c9tiquette",
			bulkAddTag: "Ajouter l\u2019\u00e9tiquette",
			bulkRemoveTag: "Retirer l\u2019\u00e9tiquette",
			bulkCadence: "Choisir le rythme\u2026",
			bulkClear: "Vider la s\u00e9lection",
			bulkDone: "{count} contacts modifi\u00e9s.",
			importConnections: "Importer vos relations LinkedIn",
			importConnectionsHelp: "Dans LinkedIn : Pr\u00e9f\u00e9rences \u2192 Confidentialit\u00e9 des donn\u00e9es \u2192 Obtenir une copie de vos donn\u00e9es \u2192 Relations. Choisissez ensuite le fichier Connections.csv de l\u2019archive. L\u2019importer \u00e0 nouveau, ou un plus r\u00e9cent, met les personnes \u00e0 jour sans les ajouter deux fois.",
			importConnectionsFile: "Connections.csv",
			importNoHeader: "Ce n\u2019est pas le fichier Connections.csv de LinkedIn : pas de ligne \u00ab First Name,Last Name,URL,\u2026 \u00bb. Rien n\u2019a \u00e9t\u00e9 import\u00e9.",
			importProgress: "Import : {done} sur {total}",
			importSummary: "{added} ajout\u00e9s, {updated} mis \u00e0 jour ; {notes} lignes \u00e0 regarder.",
			importLine: "Ligne {line} : {reason}",
			importNoName: "pas de nom, laiss\u00e9e de c\u00f4t\u00e9",
			importBadDate: "date de mise en relation illisible, la personne a \u00e9t\u00e9 import\u00e9e sans elle",
			importTooLong: "un champ bien trop long, laiss\u00e9e de c\u00f4t\u00e9",
			importBadQuoting: "un guillemet ouvert et mal referm\u00e9 : cette ligne, et celles qu\u2019il a englob\u00e9es, laiss\u00e9es de c\u00f4t\u00e9",
			importNotLinkedInUrl: "l\u2019adresse n\u2019est pas un profil LinkedIn, laiss\u00e9e de c\u00f4t\u00e9",
			dataHelp: "Tout ce que Maille contient reste sur cet ordinateur. Emportez-le, rapportez-le ou supprimez-le.",
			importFileLine: "{file}, ligne {line} : {reason}",
			importFileProblem: "{file} : {problem}",
			vcardImport: "Importer des vCards",
			vcardImportHelp: "Des contacts export\u00e9s d\u2019un t\u00e9l\u00e9phone ou d\u2019un carnet d\u2019adresses (.vcf) : un fichier ou plusieurs, chacun avec une fiche ou plusieurs. Noms, e-mails, organisation, fonction, note ; une adresse LinkedIn, Viadeo ou XING devient un profil li\u00e9. Importer \u00e0 nouveau n\u2019ajoute personne deux fois.",
			vcardFiles: "Fichiers vCard (.vcf)",
			vcardNoCard: "Ce fichier ne contient aucune vCard (pas de ligne \u00ab BEGIN:VCARD \u00bb). Rien n\u2019a \u00e9t\u00e9 import\u00e9.",
			vcardBadLine: "une ligne qui n\u2019est pas une propri\u00e9t\u00e9 vCard, laiss\u00e9e de c\u00f4t\u00e9",
			vcardUnfinished: "une fiche sans son \u00ab END:VCARD \u00bb, laiss\u00e9e de c\u00f4t\u00e9",
			vcardBadCard: "une fiche illisible, laiss\u00e9e de c\u00f4t\u00e9",
			vcardExport: "T\u00e9l\u00e9charger tous les contacts en vCards",
			vcardExportOne: "T\u00e9l\u00e9charger en vCard",
			backupExport: "T\u00e9l\u00e9charger une sauvegarde compl\u00e8te",
			csvExport: "T\u00e9l\u00e9charger les contacts pour un tableur (CSV)",
			backupExported: "Sauvegarde t\u00e9l\u00e9charg\u00e9e : {file}.",
			backupRestore: "Restaurer une sauvegarde",
			backupFile: "Fichier de sauvegarde (.json)",
			backupHolds: "Cette sauvegarde contient {contacts} contacts, {interactions} interactions, {events} \u00e9v\u00e9nements, {introductions} mises en relation et {news} tourn\u00e9es de nouvelles, ainsi que les r\u00e9glages.",
			backupReplace: "Tout remplacer par cette sauvegarde",
			backupRestored: "Sauvegarde restaur\u00e9e.",
			backupNotJson: "Ce fichier n\u2019est pas une sauvegarde de Maille : ce n\u2019est pas du JSON (peut-\u00eatre tronqu\u00e9). Rien n\u2019a \u00e9t\u00e9 modifi\u00e9.",
			backupNotBackup: "Ce fichier n\u2019est pas une sauvegarde de Maille. Rien n\u2019a \u00e9t\u00e9 modifi\u00e9.",
			backupNewer: "Cette sauvegarde vient d\u2019une version plus r\u00e9cente de Maille (format {version}) : mettez Maille \u00e0 jour, puis restaurez-la. Rien n\u2019a \u00e9t\u00e9 modifi\u00e9.",
			backupInvalid: "Cette sauvegarde est endommag\u00e9e \u00e0 {where}. Rien n\u2019a \u00e9t\u00e9 modifi\u00e9.",
			backupDangling: "Cette sauvegarde est incompl\u00e8te : {where} renvoie \u00e0 un enregistrement absent du fichier. Rien n\u2019a \u00e9t\u00e9 modifi\u00e9.",
			deleteAll: "Supprimer toutes mes donn\u00e9es",
			deleteAllWhat: "Ceci supprime d\u00e9finitivement {contacts} contacts, {interactions} interactions, {events} \u00e9v\u00e9nements, {introductions} mises en relation, {news} tourn\u00e9es de nouvelles et vos r\u00e9glages. T\u00e9l\u00e9chargez d\u2019abord une sauvegarde si vous voulez pouvoir les retrouver.",
			deleteAllConfirm: "Oui, tout supprimer",
			deleteAllDone: "Tout a \u00e9t\u00e9 supprim\u00e9.",
			newsHelp: "Vos nouvelles \u2014 un d\u00e9m\u00e9nagement, un lancement, un nouveau poste \u2014 \u00e9crites une fois et annonc\u00e9es \u00e0 chaque personne, une \u00e0 une, dans un message \u00e0 elle : jamais un envoi group\u00e9.",
			newsInProgress: "Tourn\u00e9es \u00e0 terminer",
			newsResume: "Reprendre",
			newsWrite: "Annoncer une nouvelle",
			newsText: "Votre nouvelle",
			newsAddTag: "Ajouter les personnes \u00e9tiquet\u00e9es",
			newsAddEvent: "Ajouter les personnes rencontr\u00e9es \u00e0",
			newsAddOne: "Ajouter une personne",
			newsChosen: "Personnes \u00e0 pr\u00e9venir",
			newsStart: "Les pr\u00e9venir une \u00e0 une ({count})",
			newsProgress: "{done} sur {total} faits",
			newsWalkTitle: "Annoncer votre nouvelle, une personne \u00e0 la fois",
			newsNext: "Personne suivante",
			newsTo: "\u00c0 {name}",
			newsSkip: "Passer cette personne",
			newsDone: "Tout le monde a re\u00e7u votre nouvelle.",
			newsLeftOut: "Laiss\u00e9s de c\u00f4t\u00e9 pour l\u2019instant",
			newsPaceGuard: "contact\u00e9(e) dans l\u2019\u00e9cart minimal : pas trop souvent",
			newsNotFound: "Cette nouvelle n\u2019est plus dans Maille.",
			newsBack: "\u2190 Nouvelles",
			remove: "Retirer",
			introduceTo: "Pr\u00e9senter \u00e0\u2026",
			introduceSearch: "Nom, entreprise ou \u00e9tiquette",
			peopleFound: "Personnes dans Maille",
			introduceWhy: "Pourquoi se rencontrer (facultatif)",
			introducePropose: "Noter la mise en relation",
			introBetween: "{a} \u2194 {b}",
			introStatusProposed: "propos\u00e9e",
			introStatusAsked: "demand\u00e9e",
			introStatusIntroduced: "faite",
			introStatusDeclined: "d\u00e9clin\u00e9e",
			introAsk: "Demander \u00e0 {name}",
			introWaiting: "Demand\u00e9 \u00e0 {name} :",
			introYes: "{name} a dit oui",
			introNo: "{name} a dit non",
			introSaidYes: "{name} a dit oui.",
			introSaidNo: "{name} a dit non.",
			introDraftBoth: "Pr\u00e9parer la mise en relation (aux deux)",
			introOutcome: "Ce qui en est sorti",
			introductionsNone: "Aucune mise en relation pour l\u2019instant.",
			introSuggestions: "Suggestions : ils partagent une \u00e9tiquette et n\u2019ont jamais \u00e9t\u00e9 pr\u00e9sent\u00e9s",
			introSuggestionsNone: "Pas de suggestion : ajoutez des \u00e9tiquettes pour voir qui pourrait se rencontrer.",
			introPropose: "Proposer {a} \u2194 {b}",
			introSharedTags: "partagent {tags}",
			lunchIdeasEmpty: "Vous avez vu ce mois-ci chaque contact qui a un rythme.",
			lunchGoalProgress: "D\u00e9jeuners cette semaine : {count} sur {goal}",
			lastSeenInPerson: "Vu(e) en personne le {date}",
			neverSeenInPerson: "Jamais vu(e) en personne depuis son ajout",
			draftTitle: "Message \u00e0 {name}",
			draftTo: "\u00c0 {email} \u2014 un message, \u00e0 cette personne seulement.",
			draftNoEmail: "Pas d\u2019adresse e-mail pour cette personne : copiez le message et envoyez-le sur son profil (ou ajoutez son e-mail sous \u00ab Pour lui \u00e9crire \u00bb).",
			draftSubject: "Objet",
			draftToBoth: "\u00c0 {a} et {b} \u2014 la mise en relation, \u00e0 eux deux seulement.",
			draftNoEmailBoth: "L\u2019un des deux n\u2019a pas d\u2019adresse e-mail : copiez le message et envoyez-le aux deux.",
			draftBody: "Message",
			draftOpenEmail: "Ouvrir dans la messagerie",
			draftCopy: "Copier le message",
			draftMarkSent: "Marquer comme envoy\u00e9",
			draftCopied: "Copi\u00e9 : collez-le dans un message sur son profil.",
			draftSelectToCopy: "Le message est s\u00e9lectionn\u00e9 : appuyez sur Ctrl+C (\u2318C) pour le copier.",
			findOn: "Chercher sur {site}",
			eventSuggestions: "D\u00e9j\u00e0 dans Maille",
			dashboardNav: "Sections du tableau de bord",
			eventsTitle: "\u00c9v\u00e9nements",
			eventsEmpty: "Aucun \u00e9v\u00e9nement pour l\u2019instant. Les \u00e9v\u00e9nements que vous nommez en rencontrant quelqu\u2019un (dans la barre lat\u00e9rale ou \u00ab Je viens de rencontrer \u00bb) apparaissent ici, avec les personnes rencontr\u00e9es.",
			peopleMetCount: "personnes rencontr\u00e9es : {count}",
			eventAdd: "Ajouter un \u00e9v\u00e9nement",
			eventName: "Nom de l\u2019\u00e9v\u00e9nement",
			eventSeries: "S\u00e9rie (l\u2019\u00e9v\u00e9nement r\u00e9current dont c\u2019est une \u00e9dition)",
			eventEdit: "Modifier l\u2019\u00e9v\u00e9nement",
			eventSaved: "\u00c9v\u00e9nement enregistr\u00e9.",
			eventNotFound: "Cet \u00e9v\u00e9nement n\u2019est plus dans Maille.",
			eventsBack: "\u2190 Tous les \u00e9v\u00e9nements",
			eventPeopleMet: "Personnes rencontr\u00e9es",
			eventNobody: "Personne rencontr\u00e9 ici pour l\u2019instant.",
			eventSeeAgain: "Vous les reverrez peut-\u00eatre",
			eventSeeAgainNobody: "Personne rencontr\u00e9 aux \u00e9ditions pr\u00e9c\u00e9dentes de cette s\u00e9rie pour l\u2019instant.",
			metAtEdition: "rencontr\u00e9(e) \u00e0 {event}",
			followUpTomorrow: "relance bient\u00f4t",
			followedUpOn: "dernier contact le {date}",
			followUpNone: "pas de relance pr\u00e9vue",
			dueBanner: "\u00c0 relancer",
			writingTo: "Pour lui \u00e9crire",
			writeIn: "Langue",
			writeInInterface: "Langue de l\u2019interface ({language})",
			register: "Registre",
			registerFirstName: "Pr\u00e9nom (familier)",
			registerFormal: "Formel",
			registerTu: "Tutoiement (tu)",
			registerVous: "Vouvoiement (vous)",
			templatesTitle: "Mod\u00e8les de brouillons",
			templatesHelp: "Maille pr\u00e9pare chaque message, \u00e0 une seule personne, \u00e0 partir de ces mod\u00e8les. Mettez un d\u00e9tail facultatif entre [crochets] : il dispara\u00eet, avec ses mots, quand la personne n\u2019a pas ce d\u00e9tail.",
			templateMessage: "Message",
			templateFollowUp: "Relance apr\u00e8s une rencontre",
			templateCongratulate: "F\u00e9licitations pour un nouveau poste",
			templateNewYear: "V\u0153ux de nouvelle ann\u00e9e",
			templateLunchInvite: "Invitation \u00e0 d\u00e9jeuner",
			templateNews: "Vos nouvelles, \u00e0 une personne",
			templateIntroAsk: "Mise en relation : demander d\u2019abord \u00e0 chacun",
			templateIntroduction: "Mise en relation : aux deux, une fois d\u2019accord",
			templateSampleNews: "Je m\u2019installe \u00e0 Lyon en mars pour ouvrir notre nouveau bureau.",
			templateBody: "Texte",
			templateSyntax: "Champs : {fields}. Le texte entre [ \u2026 ] n\u2019appara\u00eet que si ses champs sont connus.",
			templateResetButton: "Revenir au mod\u00e8le de Maille",
			templateSaved: "Mod\u00e8le enregistr\u00e9.",
			templateReset: "Mod\u00e8le de Maille r\u00e9tabli.",
			templatePreview: "Aper\u00e7u",
			templateSampleHas: "La personne d\u2019exemple a",
			templateSampleTopic: "les cobots dans les petits ateliers",
			templateUsed: "Champs utilis\u00e9s : {fields}",
			templateMissing: "Laiss\u00e9s de c\u00f4t\u00e9 (sans valeur) : {fields}",
			templateUnknown: "Pas un champ, laiss\u00e9 de c\u00f4t\u00e9 : {fields}",
			registerInformal: "Familier (pr\u00e9nom, tu)",
			registerFormalShort: "Formel (vous)"
		}
	};
	/** The language of the browser's UI, French or else English. */
	function browserLanguage(languages = navigator.languages ?? [navigator.language]) {
		return languages[0]?.toLowerCase().startsWith("fr") ? "fr" : "en";
	}
	var current = typeof navigator === "undefined" ? "en" : browserLanguage();
	function getLanguage() {
		return current;
	}
	/** A UI string in the current language, with `{name}` placeholders filled. */
	function t(key, params = {}) {
		return CATALOGS[current][key].replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
	}
	/** A date as the current language writes it, in `timeZone` (the browser's by default). */
	function formatDay(at, timeZone) {
		return new Intl.DateTimeFormat(current === "fr" ? "fr-FR" : "en-GB", {
			day: "numeric",
			month: "long",
			year: "numeric",
			timeZone
		}).format(at);
	}
	// i18n/due-text.ts
	/** A span of time as people say it: "12 days", "3 weeks", "4 months", "2 years" (or in French). */
	function formatDuration(days) {
		const [value, unit] = days < 14 ? [days, "day"] : days < 60 ? [Math.round(days / 7), "week"] : days < 730 ? [Math.round(days / 30.44), "month"] : [Math.round(days / 365.25), "year"];
		return new Intl.NumberFormat(getLanguage(), {
			style: "unit",
			unit,
			unitDisplay: "long"
		}).format(value);
	}
	function whenMet(metAt, now, timeZone) {
		const days = daysBetween(metAt, now, timeZone);
		if (days <= 0) return t("today");
		if (days === 1) return t("yesterday");
		if (days < 7) return t("daysAgo", { n: days });
		return t("onDay", { date: formatDay(metAt, timeZone) });
	}
	/**
	* Why a contact is on the list, in words: "Met at Mobile Monday yesterday \u2014 follow up",
	* "No contact for 4 months", "Losing touch \u2014 \u2026", "New job: \u2026 \u2014 congratulate them".
	*/
	function describeDue(contact, now, timeZone) {
		const sinceDays = (from) => Math.max(0, daysBetween(from, now, timeZone));
		switch (contact.dueReason) {
			case "follow-up": {
				const metAt = contact.met?.date ? dayStart(contact.met.date, timeZone) : void 0;
				const when = metAt !== void 0 ? whenMet(metAt, now, timeZone) : "";
				return contact.met?.eventName ? t("dueFollowUpAt", {
					event: contact.met.eventName,
					when
				}) : t("dueFollowUp", { when });
			}
			case "reconnect":
			case "losing-touch": {
				const from = contact.lastContactAt;
				if (from === void 0) return t("dueReconnectNever", { duration: formatDuration(sinceDays(contact.createdAt)) });
				const duration = formatDuration(sinceDays(from));
				return isLosingTouch(contact, now, timeZone) ? t("dueLosingTouch", { duration }) : t("dueReconnect", { duration });
			}
			case "occasion": {
				const { title, company } = contact.dueJob ?? {};
				return t("dueOccasionJob", { job: title && company ? t("jobAt", {
					title,
					company
				}) : title ?? company ?? "" });
			}
			case "new-year": return t("newYearWishes");
			default: return "";
		}
	}
	// i18n/refusal-text.ts
	/**
	* A name from a page or a person, isolated (Unicode FSI \u2026 PDI) so that its direction cannot
	* reorder the sentence around it.
	*/
	function isolate(text) {
		return `\u2068${text}\u2069`;
	}
	// entrypoints/background/notified-log.ts
	var notifiedItem = storage.defineItem("local:notified", {
		fallback: {
			day: "",
			keys: []
		},
		version: 1
	});
	/** Whether `key` was already notified on `day`; records it when not. Older days are forgotten. */
	async function firstTimeToday(key, day) {
		const log = await notifiedItem.getValue();
		const keys = log.day === day ? log.keys : [];
		if (keys.includes(key)) return false;
		await notifiedItem.setValue({
			day,
			keys: [...keys, key]
		});
		return true;
	}
	/** Whether `key` was notified on `day`, without recording anything. */
	async function wasNotifiedToday(key, day) {
		const log = await notifiedItem.getValue();
		return log.day === day && log.keys.includes(key);
	}
	// entrypoints/background/notifications.ts
	/** Notification ids say what they are about: `follow-up:<contactId>` or `digest:<day>`. */
	var FOLLOW_UP_PREFIX = "follow-up:";
	var DIGEST_PREFIX = "digest:";
	function buttons() {
		return { buttons: [{ title: t("done") }, { title: t("snoozeWeek") }] };
	}
	function iconUrl() {
		return browser.runtime.getURL("/icon/128.png");
	}
	function followUpKey(contact) {
		return `follow-up:${contact.id}:${contact.nextDueAt}`;
	}
	/** One notification for each next-day follow-up, once a day at most. */
	async function notifyFollowUps(contacts, now, timeZone, day) {
		for (const contact of contacts) {
			if (contact.dueReason !== "follow-up") continue;
			if (!await firstTimeToday(followUpKey(contact), day)) continue;
			await browser.notifications.create(`${FOLLOW_UP_PREFIX}${contact.id}`, {
				type: "basic",
				iconUrl: iconUrl(),
				title: t("notifyFollowUpTitle", { name: isolate(contact.name) }),
				message: describeDue(contact, now, timeZone),
				...buttons()
			});
		}
	}
	/** The daily digest: who is due, in one notification (follow-ups already notified today aside). */
	async function notifyDigest(dueNow, now, timeZone, day) {
		const due = [];
		for (const contact of dueNow) if (!await wasNotifiedToday(followUpKey(contact), day)) due.push(contact);
		if (due.length === 0 || !await firstTimeToday("digest", day)) return;
		due.sort((a, b) => a.nextDueAt - b.nextDueAt || a.name.localeCompare(b.name));
		const names = due.slice(0, 4).map((c) => c.name).join(", ");
		const message = due.length > 4 ? t("notifyDigestMore", {
			names,
			count: due.length - 4
		}) : names;
		const only = due.length === 1 ? due[0] : void 0;
		await browser.notifications.create(`${DIGEST_PREFIX}${day}${only ? `:${only.id}` : ""}`, {
			type: "basic",
			iconUrl: iconUrl(),
			title: due.length === 1 ? t("notifyDigestTitleOne") : t("notifyDigestTitle", { count: due.length }),
			message: only ? `${only.name} \u2014 ${describeDue(only, now, timeZone)}` : message,
			...only ? buttons() : {}
		});
	}
	/** The contact a notification is about, if it is about one person. */
	function contactOfNotification(notificationId) {
		if (notificationId.startsWith(FOLLOW_UP_PREFIX)) return notificationId.slice(10);
		if (notificationId.startsWith(DIGEST_PREFIX)) return notificationId.split(":")[2];
	}
	// entrypoints/background/reminder-check.ts
	/** Alarms survive the service worker: they are the only clock the background uses. */
	var ALARMS = {
		/** Every 30 minutes, in case anything was missed (sleep, clock change). */
		periodic: "maille:periodic",
		/** The next moment someone becomes due, or quiet hours end with follow-ups waiting. */
		next: "maille:next",
		/** The daily digest. */
		digest: "maille:digest",
		/** Half a minute after start-up when notes drafts were left: those no page reclaimed get saved. */
		drafts: "maille:drafts"
	};
	var PERIOD_MINUTES = 30;
	/** Sets alarm `name` to ring at `when`, unless it already does. */
	async function ensureAlarmAt(name, when) {
		if ((await browser.alarms.get(name))?.scheduledTime !== when) await browser.alarms.create(name, { when });
	}
	async function ensurePeriodicAlarm(name, periodInMinutes) {
		if (!await browser.alarms.get(name)) await browser.alarms.create(name, { periodInMinutes });
	}
	var running = Promise.resolve();
	function oneAtATime(task) {
		const result = running.then(task);
		running = result.catch(() => void 0);
		return result;
	}
	/**
	* Re-checks who is due: sets the badge, sends the follow-up notifications that are owed (outside
	* quiet hours, once a day each), and sets the alarms for what comes next. Safe to run any time:
	* at start-up, on every alarm, after every write.
	*/
	function checkDue(now = Date.now()) {
		return oneAtATime(() => check(now));
	}
	/** Where the local day the due list was last recomputed is kept: once a day, whatever the worker's restarts. */
	var REFRESHED_ON = "maille:dueRefreshedOn";
	async function check(now) {
		const settings = await settingsItem.getValue();
		const rules = reminderRules(settings);
		const { timeZone } = rules;
		const today = toLocalDay(now, timeZone);
		if ((await browser.storage.local.get(REFRESHED_ON))[REFRESHED_ON] !== today) {
			await refreshDueNow(rules, now);
			await browser.storage.local.set({ [REFRESHED_ON]: today });
		}
		const count = await countDue(now);
		await setDueBadge(count);
		const quiet = isQuiet(now, settings.quietHours, timeZone);
		let wake = await nextDueAfter(now);
		if (settings.notifications && count > 0) {
			if (quiet) {
				const end = quietEndsAt(now, settings.quietHours, timeZone);
				wake = wake === void 0 ? end : Math.min(wake, end);
			} else await notifyFollowUps(await contactsDueBy(now), now, timeZone, toLocalDay(now, timeZone));
		}
		if (wake !== void 0) await ensureAlarmAt(ALARMS.next, wake);
		else await browser.alarms.clear(ALARMS.next);
		await ensurePeriodicAlarm(ALARMS.periodic, PERIOD_MINUTES);
		const digest = await browser.alarms.get(ALARMS.digest);
		if (!digest || digest.scheduledTime > now) await ensureAlarmAt(ALARMS.digest, nextDigestAt(now, settings.digestTime, settings.quietHours, timeZone));
		return count;
	}
	/** The digest alarm rang: send today's digest (once), then check as usual. */
	async function onDigestTime(now = Date.now()) {
		await oneAtATime(() => sendDigest(now));
		await checkDue(now);
	}
	async function sendDigest(now) {
		const settings = await settingsItem.getValue();
		const { timeZone } = reminderRules(settings);
		if (settings.notifications && !isQuiet(now, settings.quietHours, timeZone)) await notifyDigest(await contactsDueBy(now), now, timeZone, toLocalDay(now, timeZone));
		await browser.alarms.clear(ALARMS.digest);
	}
	// entrypoints/background/undo-store.ts
	var key = (kind, id) => `maille:${kind}:${id}`;
	function keepForUndo(kind, id, value) {
		return browser.storage.local.set({ [key(kind, id)]: value });
	}
	/** Runs `undo` with what was kept (a missing one is a `notFound` refusal), then forgets it. */
	async function undoWith(kind, id, undo) {
		const stored = (await browser.storage.local.get(key(kind, id)))[key(kind, id)];
		if (!stored) throw new RefusalError({ code: "notFound" });
		const result = await undo(stored);
		await browser.storage.local.remove(key(kind, id));
		return result;
	}
	// entrypoints/background/command-handlers.ts
	/** After every write: open pages refresh, and the badge, notifications and alarms follow. */
	async function changed(contactIds) {
		publishChange(contactIds === "everyone" ? {
			contactIds: [],
			everyone: true
		} : { contactIds });
		await checkDue();
	}
	/** A profile page was read: remember what it showed for a known contact. */
	async function onProfileSeen(snapshot, now = Date.now()) {
		const aliased = snapshot.alsoKey ? await rememberProfileAlias(snapshot.key, snapshot.alsoKey, now) : [];
		if (aliased.length) await changed(aliased);
		const contact = await findContactByProfileKey(snapshot.key);
		if (!contact) return;
		const observation = await recordObservation(contact.id, snapshot, await currentRules(), now);
		const newPhoto = await refreshPhoto(contact.id, snapshot.identity.photoUrl, now);
		if (observation || newPhoto) await changed([contact.id]);
	}
	/**
	* Checks a command's input against its rules, then runs it: a refused input, a missing record, a
	* taken profile or a conflict answers a typed refusal; nothing is written.
	*/
	async function command(type, data, run) {
		const now = Date.now();
		const { timeZone } = await currentRules();
		const checked = checkCommand(type, data, {
			now,
			today: toLocalDay(now, timeZone)
		});
		if (!checked.ok) return checked;
		try {
			return {
				ok: true,
				value: await run(checked.value, now)
			};
		} catch (error) {
			if (error instanceof RefusalError) return {
				ok: false,
				refusal: error.refusal
			};
			throw error;
		}
	}
	/** The background's answer to every message of the protocol: each write announces its change. */
	var handlers = {
		async profileSeen(data) {
			const now = Date.now();
			const checked = checkCommand("profileSeen", data, {
				now,
				today: toLocalDay(now, (await currentRules()).timeZone)
			});
			if (checked.ok) await onProfileSeen(checked.value, now);
			else console.warn("[Maille] a profile report was refused", checked.refusal);
		},
		getProfileView: (data) => command("getProfileView", data, ({ ref, name }) => getProfileView(ref, name)),
		getContactView: (data) => command("getContactView", data, ({ id }) => getContactView(id)),
		addContact: (data) => command("addContact", data, async (input, now) => {
			const settings = await settingsItem.getValue();
			const cadenceDays = input.cadenceDays !== void 0 ? input.cadenceDays : settings.defaultCadenceDays;
			const contact = await createContact({
				...input,
				cadenceDays
			}, reminderRules(settings), now);
			await changed([contact.id]);
			return contact;
		}),
		linkProfile: (data) => command("linkProfile", data, async ({ contactId, ref, identity }, now) => {
			const contact = await linkProfile(contactId, ref, identity, now);
			await changed([contact.id]);
			return contact;
		}),
		updateContact: (data) => command("updateContact", data, async ({ id, patch, base }, now) => {
			const contact = await updateContact(id, patch, await currentRules(), now, base);
			await changed([id]);
			return contact;
		}),
		snoozeContact: (data) => command("snoozeContact", data, async ({ id, until }, now) => {
			const contact = await snoozeContact(id, until, await currentRules(), now);
			await changed([id]);
			return contact;
		}),
		logInteraction: (data) => command("logInteraction", data, async (input, now) => {
			const interaction = await logInteraction(input, await currentRules(), now);
			await changed([input.contactId]);
			return interaction;
		}),
		findEvents: (data) => command("findEvents", data, async ({ query }) => matchEvents(query, await listEvents())),
		addEvent: (data) => command("addEvent", data, async (input, now) => {
			return findOrCreateEvent(input, now);
		}),
		updateEvent: (data) => command("updateEvent", data, async ({ id, patch }, now) => {
			const event = await updateEvent(id, patch, now);
			await changed("everyone");
			return event;
		}),
		findContacts: (data) => command("findContacts", data, ({ query }) => findContacts(query)),
		proposeIntroduction: (data) => command("proposeIntroduction", data, async ({ aId, bId, note }, now) => {
			const intro = await proposeIntroduction(aId, bId, note, now);
			await changed([aId, bId]);
			return intro;
		}),
		introductionStep: (data) => command("introductionStep", data, async ({ id, change, summary }, now) => {
			const intro = await takeIntroductionStep(id, change, summary ?? "", await currentRules(), now);
			await changed([intro.aId, intro.bId]);
			return intro;
		}),
		describeIntroduction: (data) => command("describeIntroduction", data, async ({ id, note, outcome }, now) => {
			const intro = await describeIntroduction(id, {
				note,
				outcome
			}, now);
			await changed([intro.aId, intro.bId]);
			return intro;
		}),
		createNews: (data) => command("createNews", data, async ({ text, contactIds }, now) => createNews(text, contactIds, await currentRules(), now)),
		newsStep: (data) => command("newsStep", data, async ({ id, contactId, state, summary }, now) => {
			const item = await newsStep(id, contactId, state, summary ?? "", await currentRules(), now);
			if (state === "sent") await changed([contactId]);
			return item;
		}),
		restoreBackup: (data) => command("restoreBackup", data, async ({ backup }) => {
			const checked = checkBackup(backup);
			if (!checked.ok) throw new RefusalError({
				code: "badBackup",
				problem: checked.problem
			});
			await restoreRecords(checked.backup);
			const settings = settingsFromBackup(checked.backup.settings);
			if (settings) await settingsItem.setValue(settings);
			await changed("everyone");
		}),
		bulkEdit: (data) => command("bulkEdit", data, async ({ ids, ...change }, now) => {
			const count = await bulkEditContacts(ids, change, await currentRules(), now);
			await changed(ids.length <= 200 ? ids : "everyone");
			return count;
		}),
		deleteContact: (data) => command("deleteContact", data, async ({ id }) => {
			await keepForUndo("deleted", id, await deleteContact(id));
			await changed([id]);
		}),
		undoDeleteContact: (data) => command("undoDeleteContact", data, async ({ id }, now) => {
			const rules = await currentRules();
			const contact = await undoWith("deleted", id, (deleted) => restoreContact(deleted, rules, now));
			await changed([id]);
			return contact;
		}),
		mergeContacts: (data) => command("mergeContacts", data, async ({ keepId, otherId }, now) => {
			const { merged, undo } = await mergeContacts(keepId, otherId, await currentRules(), now);
			await keepForUndo("merged", keepId, undo);
			await changed([keepId, otherId]);
			return merged;
		}),
		undoMerge: (data) => command("undoMerge", data, async ({ keepId }, now) => {
			const rules = await currentRules();
			await changed(await undoWith("merged", keepId, async (undo) => {
				await unmergeContacts(undo, rules, now);
				return [undo.keep.id, undo.other.id];
			}));
		}),
		unlinkProfile: (data) => command("unlinkProfile", data, async ({ contactId, key }, now) => {
			const contact = await unlinkProfile(contactId, key, now);
			await changed([contactId]);
			return contact;
		}),
		importConnections: (data) => command("importConnections", data, async ({ rows }, now) => {
			const result = await importConnections(rows, now);
			await changed("everyone");
			return result;
		}),
		importCards: (data) => command("importCards", data, async ({ cards }, now) => {
			const result = await importCards(cards, now);
			await changed("everyone");
			return result;
		}),
		deleteAllData: (data) => command("deleteAllData", data, async () => {
			await deleteAllRecords();
			await settingsItem.removeValue();
			await changed("everyone");
		}),
		deleteInteraction: (data) => command("deleteInteraction", data, async ({ id }, now) => {
			const interaction = await deleteInteraction(id, await currentRules(), now);
			await changed([interaction.contactId]);
			return interaction;
		})
	};
	// entrypoints/background/draft-recovery.ts
	/** Pages alive now (by session), from their change-feed ports: their drafts are theirs to save. */
	var liveSessions = /* @__PURE__ */ new Map();
	function sessionOpened(session) {
		liveSessions.set(session, (liveSessions.get(session) ?? 0) + 1);
	}
	/** A page went away: what it typed and could not save is saved now. */
	function sessionClosed(session) {
		const left = (liveSessions.get(session) ?? 1) - 1;
		if (left > 0) liveSessions.set(session, left);
		else liveSessions.delete(session);
		return left > 0 ? Promise.resolve() : recoverDrafts((draft) => draft.session === session);
	}
	/** A draft no page owns: after a worker restart, pages reconnect within a second; this waits much longer. */
	var ORPHAN_AFTER_MS = 3e4;
	/** Saves the drafts of pages that are gone (their session closed, or silent for long). */
	function recoverOrphanDrafts(now = Date.now()) {
		return recoverDrafts((draft) => !liveSessions.has(draft.session) && now - draft.at >= ORPHAN_AFTER_MS);
	}
	/**
	* Saves each matching draft as its page would have: merged with what is stored now, both texts
	* kept when they cannot merge (nobody is there to choose). A draft is removed once stored, or when
	* its contact is gone; one the background refuses (too long) stays, so nothing is lost.
	*/
	async function recoverDrafts(matches) {
		const stored = await browser.storage.local.get(null);
		for (const [key, value] of Object.entries(stored)) {
			if (!key.startsWith("maille:draft:")) continue;
			const draft = asDraft(value);
			if (!draft) {
				await browser.storage.local.remove(key);
				continue;
			}
			if (!matches(draft)) continue;
			let outcome = await handlers.updateContact({
				id: draft.contactId,
				patch: { notes: draft.text },
				base: { notes: draft.base }
			});
			if (!outcome.ok && outcome.refusal.code === "conflict") {
				const theirs = outcome.refusal.current.notes;
				outcome = await handlers.updateContact({
					id: draft.contactId,
					patch: { notes: keepBoth(theirs, draft.text) },
					base: { notes: theirs }
				});
			}
			if (outcome.ok || outcome.refusal.code === "notFound") await browser.storage.local.remove(key);
			else console.warn("[Maille] a notes draft could not be saved; it is kept", outcome.refusal);
		}
	}
	// entrypoints/background/notification-actions.ts
	var SNOOZE_DAYS = 7;
	/** The popup, from a notification: the toolbar popup where the browser allows it, else a tab. */
	async function openPopup() {
		try {
			await browser.action.openPopup();
		} catch {
			await browser.tabs.create({ url: browser.runtime.getURL("/popup.html") });
		}
	}
	/** A click on a notification opens the person's profile, or the popup for a digest. */
	async function onNotificationClicked(notificationId) {
		await browser.notifications.clear(notificationId);
		const contactId = contactOfNotification(notificationId);
		const profile = (contactId ? await getContact(contactId) : void 0)?.profiles[0];
		if (profile) await browser.tabs.create({ url: profile.url });
		else await openPopup();
	}
	/** Chrome's buttons: 0 = Done (logs a message), 1 = Snooze 1 week. */
	async function onNotificationButtonClicked(notificationId, buttonIndex) {
		await browser.notifications.clear(notificationId);
		const contactId = contactOfNotification(notificationId);
		if (!contactId) return;
		if (buttonIndex === 0) await handlers.logInteraction({
			contactId,
			kind: "message",
			at: Date.now()
		});
		else if (buttonIndex === 1) {
			const { timeZone } = reminderRules(await settingsItem.getValue());
			await handlers.snoozeContact({
				id: contactId,
				until: midnightAfter(Date.now(), SNOOZE_DAYS, timeZone)
			});
		}
	}
	// entrypoints/background/index.ts
	function logFailure(what) {
		return (error) => console.error(`[Maille] ${what} failed`, error);
	}
	var background_default = defineBackground(() => {
		for (const type of Object.keys(handlers)) {
			const handle = handlers[type];
			onMessage(type, (message) => handle(message.data));
		}
		const sessions = {
			opened: sessionOpened,
			closed: (session) => void sessionClosed(session).catch(logFailure("draft recovery"))
		};
		browser.runtime.onConnect.addListener((port) => acceptChangeFeedPort(port, sessions));
		browser.alarms.onAlarm.addListener((alarm) => {
			if (alarm.name === ALARMS.drafts) return void recoverOrphanDrafts().catch(logFailure("draft recovery"));
			if (alarm.name === ALARMS.periodic) recoverOrphanDrafts().catch(logFailure("draft recovery"));
			(alarm.name === ALARMS.digest ? onDigestTime() : checkDue()).catch(logFailure(`alarm ${alarm.name}`));
		});
		browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(logFailure("notification click")));
		browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButtonClicked(id, index).catch(logFailure("notification button")));
		settingsItem.watch((settings, previous) => {
			(settings.minGapDays !== previous?.minGapDays || settings.newYearWishes !== previous?.newYearWishes ? refreshAllDue(reminderRules(settings), Date.now()) : Promise.resolve()).then(() => checkDue()).catch(logFailure("settings change"));
		});
		browser.runtime.onStartup.addListener(() => void checkDue().catch(logFailure("start-up check")));
		browser.runtime.onInstalled.addListener(() => void settingsItem.getValue().then((settings) => refreshAllDue(reminderRules(settings), Date.now())).then(() => checkDue()).catch(logFailure("install check")));
		browser.storage.local.get(null).then(async (stored) => {
			if (Object.keys(stored).some((key) => key.startsWith("maille:draft:"))) await browser.alarms.create(ALARMS.drafts, { delayInMinutes: .5 });
		}).catch(logFailure("draft check"));
	});
	// \0virtual:wxt-background-entrypoint?/work/main/entrypoints/background/index.ts
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	var result;
	try {
		result = background_default.main();
		if (result instanceof Promise) console.warn("The background's main() function return a promise, but it must be synchronous");
	} catch (err) {
		logger.error("The background crashed on startup!");
		throw err;
	}
	return result;
})();
