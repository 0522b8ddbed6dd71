import { Ct as require_react, G as isolate, H as localClock, S as useSettings, St as t, Tt as __toESM, U as useAction, _t as systemTimeZone, a as LengthHint, b as DueActions, bt as formatDay, c as fieldState, ft as EARLIEST_DAY, gt as midnightAfter, i as EventPicker, l as checkCommand, lt as LIMITS, nt as require_jsx_runtime, o as FieldError, p as INTERACTION_KINDS, q as tRich, r as browser, rt as sendCommand, s as FormError, st as firstGrapheme, u as describeDue, v as useNow, y as ContactDraft, yt as weekStart } from "./theme-BvcuBw3J.js";
import { a as lunchIdeas, i as contactsDueBy, r as lunchesSince, s as useLiveQuery, t as useVirtualizer } from "./esm-CBMr_e0T.js";
// core/due-groups.ts
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var DUE_GROUPS = [
	"overdue",
	"today",
	"week"
];
/** Local midnight starting the day of `now`, and the end of the 7-day window the popup shows. */
function dueWindow(now, timeZone) {
	return {
		startOfToday: midnightAfter(now, 0, timeZone),
		startOfTomorrow: midnightAfter(now, 1, timeZone),
		endOfWeek: midnightAfter(now, 7, timeZone)
	};
}
/**
* Sorts due contacts into the popup's groups: Overdue (due before today), Today (due today),
* This week (due in the next six days). Contacts beyond the window, or not due, are left out.
*/
function groupDue(contacts, now, timeZone) {
	const { startOfToday, startOfTomorrow, endOfWeek } = dueWindow(now, timeZone);
	const groups = {
		overdue: [],
		today: [],
		week: []
	};
	for (const contact of contacts) {
		const at = contact.nextDueAt;
		if (at === void 0 || at >= endOfWeek) continue;
		groups[at < startOfToday ? "overdue" : at < startOfTomorrow ? "today" : "week"].push(contact);
	}
	for (const list of Object.values(groups)) list.sort((a, b) => a.nextDueAt - b.nextDueAt || a.name.localeCompare(b.name));
	return groups;
}
// components/popup/use-due-contacts.ts
/**
* Contacts due up to `until`, live: the popup reads Dexie directly (a top-level extension page
* may), through the nextDueAt index; the background's writes show up as they happen.
* Undefined while loading.
*/
function useDueContacts(until) {
	return useLiveQuery(() => contactsDueBy(until), [until]);
}
// components/popup/DueItem.tsx
var import_jsx_runtime = require_jsx_runtime();
var SNOOZES = [
	[1, "snoozeDay"],
	[7, "snoozeWeekShort"],
	[30, "snoozeMonth"]
];
/** One person to get back to: why, and Done / Snooze / open their profile. */
function DueItem({ contact, now, timeZone, rowProps }) {
	const [open, setOpen] = (0, import_react.useState)(null);
	const { busy, error, run } = useAction();
	const profile = contact.profiles[0];
	const toggle = (panel) => setOpen((current) => current === panel ? null : panel);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
		...rowProps,
		className: `due-item ${rowProps?.className ?? ""}`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "due-main",
				children: [contact.photoUrl ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("img", {
					className: "avatar",
					src: contact.photoUrl,
					alt: "",
					referrerPolicy: "no-referrer"
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "avatar placeholder",
					"aria-hidden": "true",
					children: firstGrapheme(contact.name)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "due-text",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", {
						className: "due-name",
						children: contact.name
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "due-reason",
						children: describeDue(contact, now, timeZone)
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "due-actions",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						"aria-expanded": open === "done",
						onClick: () => toggle("done"),
						children: t("done")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						"aria-expanded": open === "snooze",
						onClick: () => toggle("snooze"),
						children: t("snooze")
					}),
					profile && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
						className: "button-link",
						href: profile.url,
						target: "_blank",
						rel: "noreferrer noopener",
						"aria-label": t("openProfile", { name: isolate(contact.name) }),
						children: "\u2197"
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueActions, { contact }),
			open === "done" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "chooser",
				role: "group",
				"aria-label": t("logAs"),
				children: INTERACTION_KINDS.map((kind) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					disabled: busy,
					onClick: () => void run(() => sendCommand("logInteraction", {
						contactId: contact.id,
						kind,
						at: Date.now()
					})),
					children: t(`kind_${kind}`)
				}, kind))
			}),
			open === "snooze" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "chooser",
				role: "group",
				"aria-label": t("snoozeFor"),
				children: SNOOZES.map(([days, label]) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					disabled: busy,
					onClick: () => void run(() => sendCommand("snoozeContact", {
						id: contact.id,
						until: midnightAfter(Date.now(), days, timeZone)
					})),
					children: t(label)
				}, days))
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/popup/DueList.tsx
var GROUP_TITLES = {
	overdue: "groupOverdue",
	today: "groupToday",
	week: "groupWeek"
};
function GroupHeader({ group, count }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", {
		className: "group-title",
		children: [
			t(GROUP_TITLES[group]),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				className: "count",
				children: count
			})
		]
	});
}
/** The due entries under Overdue, Today and This week: a list item each. */
function DueList({ groups, now, timeZone }) {
	if (DUE_GROUPS.reduce((n, g) => n + groups[g].length, 0) >= 60) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(VirtualDueList, {
		groups,
		now,
		timeZone
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: DUE_GROUPS.filter((g) => groups[g].length > 0).map((group) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-label": t(GROUP_TITLES[group]),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(GroupHeader, {
			group,
			count: groups[group].length
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "due-list",
			children: groups[group].map((contact) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueItem, {
				contact,
				now,
				timeZone
			}, contact.id))
		})]
	}, group)) });
}
/** Hundreds of entries: one scrolling list whose rows are rendered only when visible. */
function VirtualDueList({ groups, now, timeZone }) {
	const rows = DUE_GROUPS.filter((g) => groups[g].length > 0).flatMap((group) => [{
		kind: "header",
		group,
		count: groups[group].length
	}, ...groups[group].map((contact) => ({
		kind: "item",
		contact
	}))]);
	const scroller = (0, import_react.useRef)(null);
	const virtualizer = useVirtualizer({
		count: rows.length,
		getScrollElement: () => scroller.current,
		estimateSize: (i) => rows[i]?.kind === "header" ? 36 : 84,
		overscan: 8,
		initialRect: {
			width: 380,
			height: 480
		}
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		ref: scroller,
		className: "virtual-scroller",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "due-list",
			style: {
				height: virtualizer.getTotalSize(),
				position: "relative"
			},
			children: virtualizer.getVirtualItems().map((item) => {
				const row = rows[item.index];
				const rowProps = {
					ref: virtualizer.measureElement,
					"data-index": item.index,
					className: "virtual-row",
					style: { transform: `translateY(${item.start}px)` }
				};
				return row.kind === "header" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", {
					role: "presentation",
					...rowProps,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(GroupHeader, {
						group: row.group,
						count: row.count
					})
				}, item.key) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueItem, {
					contact: row.contact,
					now,
					timeZone,
					rowProps
				}, item.key);
			})
		})
	});
}
// components/popup/JustMetForm.tsx
/** Each input, the label it shows and the command field its refusals name. */
var INPUTS = [
	{
		name: "name",
		label: "name",
		field: "name"
	},
	{
		name: "email",
		label: "email",
		field: "emails",
		type: "email"
	},
	{
		name: "event",
		label: "event",
		field: "met.eventName"
	},
	{
		name: "topic",
		label: "topic",
		field: "met.topic",
		max: LIMITS.topic
	},
	{
		name: "date",
		label: "date",
		field: "met.date",
		type: "date"
	}
];
/**
* "Just met someone": the business cards of an evening, before their profiles are known. Only
* the name is required; the follow-up comes due the next day.
*/
function JustMetForm() {
	const [today] = (0, import_react.useState)(() => localClock().today);
	const empty = {
		name: "",
		email: "",
		event: "",
		topic: "",
		date: today
	};
	const [fields, setFields] = (0, import_react.useState)(empty);
	const [added, setAdded] = (0, import_react.useState)(null);
	const { busy, refusal, refuse, run } = useAction();
	const set = (name) => (e) => {
		setFields((f) => ({
			...f,
			[name]: e.target.value
		}));
		refuse(null);
		setAdded(null);
	};
	const submit = (event) => {
		event.preventDefault();
		const email = fields.email.trim();
		const input = {
			name: fields.name,
			emails: email ? [email] : [],
			met: {
				eventName: fields.event,
				topic: fields.topic,
				date: fields.date || today
			}
		};
		const checked = checkCommand("addContact", input, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("addContact", input)).then((outcome) => {
			if (!outcome?.ok) return;
			setAdded(outcome.value.name);
			setFields(empty);
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
		className: "just-met",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("justMet") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
			onSubmit: submit,
			noValidate: true,
			"aria-label": t("justMet"),
			children: [
				INPUTS.map(({ name, label, field, type, max }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "field",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
							htmlFor: `just-met-${name}`,
							children: t(label)
						}),
						name === "event" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EventPicker, {
							id: "just-met-event",
							value: fields.event,
							onChange: (event) => set("event")({ target: { value: event } }),
							onPick: (event) => setFields((f) => ({
								...f,
								event: event.name,
								date: event.date && event.date <= today ? event.date : f.date
							})),
							inputProps: fieldState(refusal, field, "just-met-event")
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							id: `just-met-${name}`,
							type: type ?? "text",
							value: fields[name],
							required: name === "name",
							...type === "date" ? {
								min: EARLIEST_DAY,
								max: today
							} : {},
							onChange: set(name),
							...fieldState(refusal, field, `just-met-${name}`)
						}),
						max && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LengthHint, {
							length: fields[name].length,
							max
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
							refusal,
							field,
							id: `just-met-${name}`
						})
					]
				}, name)),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					className: "primary",
					type: "submit",
					disabled: busy,
					children: t("addToMaille")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					role: "status",
					className: "small muted",
					children: added && tRich("justMetAdded", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: added }) })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
					refusal,
					fields: INPUTS.map((input) => input.field)
				})
			]
		})]
	});
}
// components/popup/LunchIdeas.tsx
/**
* Habit 5, over lunch: the people with a cadence not seen in person for the longest, each with an
* invitation to draft; and the week's lunches against the goal, when there is one.
*/
function LunchIdeas({ now, timeZone, goal }) {
	const ideas = useLiveQuery(() => lunchIdeas(now), [now]);
	const lunches = useLiveQuery(() => goal > 0 ? lunchesSince(weekStart(now, timeZone)) : Promise.resolve(0), [
		goal,
		now,
		timeZone
	]);
	const [inviting, setInviting] = (0, import_react.useState)(null);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "lunch-ideas",
		"aria-labelledby": "lunch-ideas-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "lunch-ideas-title",
				className: "visually-hidden",
				children: t("lunchIdeas")
			}),
			goal > 0 && lunches !== void 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "small",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
						htmlFor: "lunch-goal",
						children: t("lunchGoalProgress", {
							count: lunches,
							goal
						})
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("progress", {
						id: "lunch-goal",
						max: goal,
						value: Math.min(lunches, goal)
					})
				]
			}),
			ideas && ideas.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small muted",
				children: t("lunchIdeasEmpty")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "due-list",
				children: ideas?.map((person) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: "due-item",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "due-text",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", {
							className: "due-name",
							children: person.name
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "due-reason",
							children: person.lastInPersonAt ? t("lastSeenInPerson", { date: formatDay(person.lastInPersonAt, timeZone) }) : t("neverSeenInPerson")
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "due-more",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							"aria-expanded": inviting === person.id,
							onClick: () => setInviting((open) => open === person.id ? null : person.id),
							children: t("draftLunchInvite")
						}), inviting === person.id && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactDraft, {
							contact: person,
							kind: "lunchInvite",
							onSent: () => setInviting(null)
						})]
					})]
				}, person.id))
			})
		]
	});
}
// components/popup/OpenSidePanel.tsx
/**
* Opens Maille in the browser's side panel, beside any page. The browsers only open it on a
* click, so the window is looked up beforehand and the call made in the click itself.
*/
function OpenSidePanel() {
	const [windowId, setWindowId] = (0, import_react.useState)();
	const sidebarAction = browser.sidebarAction;
	const sidePanel = browser.sidePanel;
	(0, import_react.useEffect)(() => {
		if (sidePanel && !sidebarAction) browser.windows.getCurrent().then((w) => setWindowId(w.id));
	}, [sidePanel, sidebarAction]);
	if (!sidebarAction && !sidePanel) return null;
	const open = () => {
		(sidebarAction ? sidebarAction.open() : windowId !== void 0 ? sidePanel.open({ windowId }) : Promise.reject(/* @__PURE__ */ new Error("no window"))).then(() => window.close()).catch((error) => console.warn("[Maille] side panel", error));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
		type: "button",
		className: "link",
		onClick: open,
		disabled: !sidebarAction && windowId === void 0,
		children: t("openSidePanel")
	});
}
// components/popup/PopupApp.tsx
/** The toolbar popup: who to get back to, and "Just met someone". Also the side panel's page away from profiles. */
function PopupApp({ timeZone = systemTimeZone(), inPanel = false }) {
	const now = useNow();
	const settings = useSettings();
	const [lunchOpen, setLunchOpen] = (0, import_react.useState)(false);
	const { endOfWeek } = dueWindow(now, timeZone);
	const due = useDueContacts(endOfWeek);
	const groups = due ? groupDue(due, now, timeZone) : null;
	const dueNow = due?.filter((c) => c.nextDueAt <= now).length ?? 0;
	const empty = groups && groups.overdue.length + groups.today.length + groups.week.length === 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
		className: "popup",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
				className: "popup-header",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", { children: t("appName") }),
					dueNow > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "due-count",
						children: t("dueNowCount", { count: dueNow })
					}),
					!inPanel && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(OpenSidePanel, {}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link",
						onClick: () => void browser.runtime.openOptionsPage(),
						children: t("openDashboard")
					})
				]
			}),
			!groups ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				role: "status",
				children: t("loading")
			}) : empty ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "empty",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: t("emptyTitle") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("emptyHelp") })]
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueList, {
				groups,
				now,
				timeZone
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				className: "lunch",
				onToggle: (e) => setLunchOpen(e.currentTarget.open),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("lunchIdeas") }), lunchOpen && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LunchIdeas, {
					now,
					timeZone,
					goal: settings?.lunchGoalPerWeek ?? 0
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(JustMetForm, {})
		]
	});
}
export { PopupApp as t };
