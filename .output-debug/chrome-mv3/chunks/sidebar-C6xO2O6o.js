import { Ct as require_react, H as localClock, J as addressing, K as refusalText, St as t, Tt as __toESM, U as useAction, V as DraftPanel, _ as REGISTERS, _t as systemTimeZone, a as LengthHint, b as DueActions, bt as formatDay, c as fieldState, et as useLatestAnswer, f as CADENCE_CHOICES, ft as EARLIEST_DAY, g as LANGUAGES, h as IN_PERSON_KINDS, ht as fromLocalDay, i as EventPicker, l as checkCommand, lt as LIMITS, nt as require_jsx_runtime, o as FieldError, p as INTERACTION_KINDS, pt as checkPastDay, q as tRich, r as browser, rt as sendCommand, s as FormError, st as firstGrapheme, tt as Combobox, u as describeDue, ut as SITES, v as useNow, x as useDraftContext, xt as getLanguage } from "./theme-BvcuBw3J.js";
// components/shared/ContactPicker.tsx
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
/** Another contact, found as you type a name, a company or a tag. */
function ContactPicker({ id, exclude, onPick }) {
	const [query, setQuery] = (0, import_react.useState)("");
	const [open, setOpen] = (0, import_react.useState)(false);
	const found = useLatestAnswer(query, query.trim() !== "", async (text) => {
		const outcome = await sendCommand("findContacts", { query: text });
		return outcome.ok ? outcome.value : null;
	});
	const options = query.trim() ? found.filter((c) => !exclude.includes(c.id)) : [];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Combobox, {
		id,
		value: query,
		onInput: setQuery,
		options,
		open,
		onOpenChange: setOpen,
		optionKey: (contact) => contact.id,
		renderOption: (contact) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.name }), contact.company && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
			className: "muted small",
			children: [" \u00b7 ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.company })]
		})] }),
		onPick: (contact) => {
			onPick(contact);
			setQuery("");
		},
		listLabel: t("peopleFound"),
		placeholder: t("introduceSearch")
	});
}
// components/sidebar/DueBanner.tsx
/** At the top of a due person's sidebar: why they are due, and the action that fits. */
function DueBanner({ contact }) {
	const now = useNow();
	if (contact.nextDueAt === void 0 || contact.nextDueAt > now) return null;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card due-banner",
		"aria-label": t("dueBanner"),
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "small",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t("dueBanner") }),
				" \u00b7 ",
				describeDue(contact, now, systemTimeZone())
			]
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueActions, { contact })]
	});
}
// core/introductions.ts
/** Whether the two have both agreed: the introduction itself may be drafted. */
function bothAgreed(intro) {
	return intro.aAnswer === "yes" && intro.bAnswer === "yes";
}
/**
* Pairs who share a tag and were never introduced (nor is one proposed): suggestions, most shared
* tags first. `people` is small (the dashboard reads it once); pairs are ordered by name.
*/
function introductionSuggestions(people, introductions, limit = 10) {
	const known = new Set(introductions.flatMap(({ aId, bId }) => [`${aId}|${bId}`, `${bId}|${aId}`]));
	const byTag = /* @__PURE__ */ new Map();
	for (const person of people) for (const tag of person.tags) byTag.set(tag.toLowerCase(), [...byTag.get(tag.toLowerCase()) ?? [], person]);
	const pairs = /* @__PURE__ */ new Map();
	for (const [, members] of byTag) for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) {
		const [a, b] = members[i].name.localeCompare(members[j].name) <= 0 ? [members[i], members[j]] : [members[j], members[i]];
		const key = `${a.id}|${b.id}`;
		if (known.has(key)) continue;
		const shared = a.tags.filter((tag) => b.tags.some((other) => other.toLowerCase() === tag.toLowerCase()));
		pairs.set(key, {
			a,
			b,
			tags: shared
		});
	}
	return [...pairs.values()].sort((x, y) => y.tags.length - x.tags.length || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name)).slice(0, limit);
}
// components/shared/IntroductionFlow.tsx
var STATUS_LABELS = {
	proposed: "introStatusProposed",
	asked: "introStatusAsked",
	introduced: "introStatusIntroduced",
	declined: "introStatusDeclined"
};
/**
* One introduction, the double opt-in step by step: ask each person alone (a draft to each, in
* their own language and register), note each answer, and once both said yes draft the
* introduction itself \u2014 the one message with two recipients. Then what came of it.
*/
function IntroductionFlow({ introduction, a, b }) {
	const context = useDraftContext();
	const [drafting, setDrafting] = (0, import_react.useState)(null);
	const [outcome, setOutcome] = (0, import_react.useState)(introduction.outcome ?? "");
	const { busy, error, run } = useAction();
	const open = introduction.status === "proposed" || introduction.status === "asked";
	const sides = [{
		side: "a",
		person: a,
		other: b,
		askedAt: introduction.askedAAt,
		answer: introduction.aAnswer
	}, {
		side: "b",
		person: b,
		other: a,
		askedAt: introduction.askedBAt,
		answer: introduction.bAnswer
	}];
	const step = (change, summary = "") => sendCommand("introductionStep", {
		id: introduction.id,
		change,
		summary
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "introduction",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				tRich("introBetween", {
					a: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: a.name }),
					b: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: b.name })
				}),
				" \u2014 ",
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t(STATUS_LABELS[introduction.status]) })
			] }),
			introduction.note && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small",
				dir: "auto",
				children: introduction.note
			}),
			open && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("ul", {
				className: "intro-steps",
				children: [sides.map(({ side, person, askedAt, answer }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: askedAt === void 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					"aria-expanded": drafting === side,
					onClick: () => setDrafting(drafting === side ? null : side),
					children: tRich("introAsk", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) })
				}) : answer ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "small",
					children: tRich(answer === "yes" ? "introSaidYes" : "introSaidNo", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) })
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "row",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "small",
							children: tRich("introWaiting", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							disabled: busy,
							onClick: () => void run(() => step({
								step: "answered",
								side,
								answer: "yes"
							})),
							children: tRich("introYes", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) })
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							disabled: busy,
							onClick: () => void run(() => step({
								step: "answered",
								side,
								answer: "no"
							})),
							children: tRich("introNo", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) })
						})
					]
				}) }, side)), bothAgreed(introduction) && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "draft-open",
					"aria-expanded": drafting === "both",
					onClick: () => setDrafting(drafting === "both" ? null : "both"),
					children: t("introDraftBoth")
				}) })]
			}),
			context && sides.map(({ side, person, other }) => drafting === side ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftPanel, {
				contact: person,
				kind: "introAsk",
				context,
				extras: { other },
				markSent: (subject) => step({
					step: "asked",
					side
				}, subject),
				onSent: () => setDrafting(null)
			}, side) : null),
			context && drafting === "both" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftPanel, {
				contact: a,
				alsoTo: b,
				kind: "introduction",
				context,
				extras: { other: b },
				markSent: (subject) => step({ step: "introduced" }, subject),
				onSent: () => setDrafting(null)
			}),
			!open && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				className: "row",
				"aria-label": t("introOutcome"),
				onSubmit: (e) => {
					e.preventDefault();
					run(() => sendCommand("describeIntroduction", {
						id: introduction.id,
						outcome
					}));
				},
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					"aria-label": t("introOutcome"),
					placeholder: t("introOutcome"),
					value: outcome,
					onChange: (e) => setOutcome(e.target.value)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "submit",
					disabled: busy,
					children: t("save")
				})]
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/sidebar/IntroductionsSection.tsx
/** This person's introductions (both sides see them), and "Introduce to\u2026" someone else. */
function IntroductionsSection({ contact, introductions }) {
	const id = (0, import_react.useId)();
	const [other, setOther] = (0, import_react.useState)(null);
	const [note, setNote] = (0, import_react.useState)("");
	const { busy, error, run } = useAction();
	const propose = (e) => {
		e.preventDefault();
		if (!other) return;
		run(() => sendCommand("proposeIntroduction", {
			aId: contact.id,
			bId: other.id,
			note
		})).then((outcome) => {
			if (outcome?.ok) {
				setOther(null);
				setNote("");
			}
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: `${id}-title`,
				children: t("introductions")
			}),
			introductions.map(({ introduction, other: them }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntroductionFlow, {
				introduction,
				a: introduction.aId === contact.id ? contact : them,
				b: introduction.aId === contact.id ? them : contact
			}, introduction.id)),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				className: "card",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("introduceTo") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
					onSubmit: propose,
					"aria-label": t("introduceTo"),
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
							className: "field",
							htmlFor: `${id}-who`,
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("introduceTo") })
						}),
						other ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
							className: "row",
							children: [
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: other.name }),
								" ",
								/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									type: "button",
									className: "link",
									onClick: () => setOther(null),
									children: t("cancel")
								})
							]
						}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactPicker, {
							id: `${id}-who`,
							exclude: [contact.id],
							onPick: setOther
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
							className: "field",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("introduceWhy") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								value: note,
								onChange: (e) => setNote(e.target.value)
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "submit",
							className: "primary",
							disabled: busy || !other,
							children: t("introducePropose")
						}),
						error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
							className: "error",
							role: "alert",
							children: error
						})
					]
				})]
			})
		]
	});
}
// components/sidebar/WritingTo.tsx
var LANGUAGE_NAMES = {
	en: "English",
	fr: "Fran\u00e7ais"
};
var REGISTER_LABELS = {
	en: {
		informal: "registerFirstName",
		formal: "registerFormal"
	},
	fr: {
		informal: "registerTu",
		formal: "registerVous"
	}
};
/** How to write to them: their email addresses, the language and the register of the drafts. */
function WritingTo({ contact }) {
	const [emails, setEmails] = (0, import_react.useState)(contact.emails.join(", "));
	const [base, setBase] = (0, import_react.useState)(contact.emails);
	const { busy, refusal, refuse, run } = useAction();
	const { language, register } = addressing(contact, getLanguage());
	const update = (patch, baseOf) => {
		const input = {
			id: contact.id,
			patch,
			base: baseOf
		};
		const checked = checkCommand("updateContact", input, localClock());
		if (!checked.ok) return Promise.resolve(refuse(checked.refusal));
		return run(() => sendCommand("updateContact", input)).then((outcome) => {
			if (outcome?.ok) {
				setBase(outcome.value.emails);
				setEmails(outcome.value.emails.join(", "));
			}
		});
	};
	const saveEmails = (event) => {
		event.preventDefault();
		const list = emails.split(/[\s,;]+/).filter(Boolean);
		update({ emails: list }, { emails: base });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
		className: "card writing-to",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("writingTo") }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("form", {
				onSubmit: saveEmails,
				noValidate: true,
				"aria-label": t("email"),
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "field",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
							htmlFor: "contact-emails",
							children: t("email")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
							className: "row",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								id: "contact-emails",
								type: "text",
								inputMode: "email",
								value: emails,
								onChange: (e) => {
									setEmails(e.target.value);
									refuse(null);
								},
								...fieldState(refusal, "emails", "contact-emails")
							}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "submit",
								disabled: busy,
								children: t("save")
							})]
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
							refusal,
							field: "emails",
							id: "contact-emails"
						})
					]
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field grow",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("writeIn") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
						value: contact.language ?? "auto",
						onChange: (e) => void update({ language: e.target.value === "auto" ? null : e.target.value }, { language: contact.language ?? null }),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: "auto",
							children: t("writeInInterface", { language: LANGUAGE_NAMES[getLanguage()] })
						}), LANGUAGES.map((l) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: l,
							children: LANGUAGE_NAMES[l]
						}, l))]
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field grow",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("register") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
						value: register,
						onChange: (e) => void update({ register: e.target.value }, { register: contact.register ?? null }),
						children: REGISTERS.map((r) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: r,
							children: t(REGISTER_LABELS[language][r])
						}, r))
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
				refusal,
				fields: ["emails"]
			})
		]
	});
}
// components/shared/CadenceOptions.tsx
var LABELS = {
	30: "cadenceMonths1",
	91: "cadenceMonths3",
	182: "cadenceMonths6",
	365: "cadenceMonths12"
};
/**
* The `<option>`s of a cadence select: none, the usual choices, and `current` when it is none of
* them (set elsewhere), so that a select never shows a value it does not have.
*/
function CadenceOptions({ current }) {
	const other = current != null && !CADENCE_CHOICES.includes(current);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
			value: "none",
			children: t("cadenceNone")
		}),
		CADENCE_CHOICES.map((days) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
			value: days,
			children: t(LABELS[days])
		}, days)),
		other && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
			value: current,
			children: t("cadenceDays", { days: current })
		})
	] });
}
// components/sidebar/CadenceSelect.tsx
function CadenceSelect({ contact }) {
	const { error, run } = useAction();
	const value = contact.cadenceDays == null ? "none" : String(contact.cadenceDays);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				htmlFor: "cadence",
				children: t("cadence")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
				id: "cadence",
				value,
				onChange: (e) => {
					const cadenceDays = e.target.value === "none" ? null : Number(e.target.value);
					run(() => sendCommand("updateContact", {
						id: contact.id,
						patch: { cadenceDays },
						base: { cadenceDays: contact.cadenceDays }
					}));
				},
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CadenceOptions, { current: contact.cadenceDays })
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/sidebar/LogContactForm.tsx
/** "Log contact": what kind, when (today unless said otherwise), and an optional summary. */
function LogContactForm({ contactId }) {
	const [kind, setKind] = (0, import_react.useState)("message");
	const [today] = (0, import_react.useState)(() => localClock().today);
	const [day, setDay] = (0, import_react.useState)(today);
	const [summary, setSummary] = (0, import_react.useState)("");
	const [nextStep, setNextStep] = (0, import_react.useState)("");
	const inPerson = IN_PERSON_KINDS.has(kind);
	const [done, setDone] = (0, import_react.useState)(false);
	const { busy, refusal, refuse, run } = useAction();
	const submit = (event) => {
		event.preventDefault();
		const clock = localClock();
		const problem = checkPastDay(day, clock.today);
		if (problem) return refuse({
			code: "invalid",
			field: "at",
			rule: problem
		});
		const input = {
			contactId,
			kind,
			at: day === clock.today ? clock.now : fromLocalDay(day),
			summary,
			...inPerson && nextStep.trim() ? { nextStep } : {}
		};
		const checked = checkCommand("logInteraction", input, clock);
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("logInteraction", input)).then((outcome) => {
			if (!outcome?.ok) return;
			setSummary("");
			setNextStep("");
			setDone(true);
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
		className: "card",
		onSubmit: submit,
		"aria-label": t("logContact"),
		noValidate: true,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field grow",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("kind") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
						value: kind,
						onChange: (e) => setKind(e.target.value),
						children: INTERACTION_KINDS.map((k) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: k,
							children: t(`kind_${k}`)
						}, k))
					})]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field grow",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("date") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "date",
						value: day,
						required: true,
						min: EARLIEST_DAY,
						max: today,
						onChange: (e) => {
							setDay(e.target.value);
							refuse(null);
						},
						...fieldState(refusal, "at", "log-at")
					})]
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
				refusal,
				field: "at",
				id: "log-at"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t(inPerson ? "discussed" : "summary") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					value: summary,
					onChange: (e) => {
						setSummary(e.target.value);
						setDone(false);
					},
					...fieldState(refusal, "summary", "log-summary")
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LengthHint, {
				length: summary.length,
				max: LIMITS.summary
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
				refusal,
				field: "summary",
				id: "log-summary"
			}),
			inPerson && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("nextStep") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						value: nextStep,
						onChange: (e) => setNextStep(e.target.value),
						...fieldState(refusal, "nextStep", "log-next-step")
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LengthHint, {
					length: nextStep.length,
					max: LIMITS.summary
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
					refusal,
					field: "nextStep",
					id: "log-next-step"
				})
			] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				className: "primary",
				type: "submit",
				disabled: busy,
				children: t("logContact")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small muted",
				role: "status",
				children: done && t("logged")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
				refusal,
				fields: [
					"at",
					"summary",
					"nextStep"
				]
			})
		]
	});
}
// components/sidebar/MetFields.tsx
var MAX = {
	eventName: LIMITS.eventName,
	place: LIMITS.place,
	topic: LIMITS.topic
};
/** Event, date, place and topic of a meeting: all optional. */
function MetFields({ value, onChange, today, refusal }) {
	const prefix = (0, import_react.useId)();
	const field = (name, label) => {
		const id = `${prefix}-${name}`;
		const text = value[name] ?? "";
		return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "field",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
					htmlFor: id,
					children: label
				}),
				name === "date" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					id,
					type: "date",
					min: EARLIEST_DAY,
					max: today,
					value: text,
					onChange: (e) => onChange({
						...value,
						date: e.target.value
					}),
					...fieldState(refusal, `met.${name}`, id)
				}) : name === "eventName" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EventPicker, {
					id,
					value: text,
					onChange: (eventName) => onChange({
						...value,
						eventName
					}),
					onPick: (event) => onChange({
						...value,
						eventName: event.name,
						date: value.date || (event.date && event.date <= today ? event.date : value.date),
						place: value.place || event.place
					}),
					inputProps: fieldState(refusal, `met.${name}`, id)
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					id,
					value: text,
					onChange: (e) => onChange({
						...value,
						[name]: e.target.value
					}),
					...fieldState(refusal, `met.${name}`, id)
				}),
				name !== "date" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(LengthHint, {
					length: text.length,
					max: MAX[name]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
					refusal,
					field: `met.${name}`,
					id
				})
			]
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		field("eventName", t("event")),
		field("date", t("date")),
		field("place", t("place")),
		field("topic", t("topic"))
	] });
}
// components/sidebar/MetSection.tsx
function summary(contact) {
	const met = contact.met;
	if (!met) return null;
	const day = met.date ? fromLocalDay(met.date) : void 0;
	return [
		met.eventName,
		met.place,
		day !== void 0 ? formatDay(day) : void 0
	].filter(Boolean).join(" \u00b7 ") || null;
}
function asInput(contact) {
	return {
		eventName: contact.met?.eventName,
		date: contact.met?.date,
		place: contact.met?.place,
		topic: contact.met?.topic
	};
}
/** Where we met: shown as a line, edited in place. */
function MetSection({ contact }) {
	const [base, setBase] = (0, import_react.useState)(() => asInput(contact));
	const [draft, setDraft] = (0, import_react.useState)(base);
	const { busy, refusal, refuse, run } = useAction();
	const line = summary(contact);
	const submit = (event) => {
		event.preventDefault();
		const input = {
			id: contact.id,
			patch: { met: draft },
			base: { met: base }
		};
		const checked = checkCommand("updateContact", input, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("updateContact", input)).then((outcome) => {
			if (outcome?.ok) setBase(asInput(outcome.value));
			else if (outcome?.refusal.code === "conflict") setBase(asInput(outcome.refusal.current));
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
		className: "card",
		open: !contact.met,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("summary", { children: [t("whereWeMet"), line && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
				className: "muted small",
				children: [" \u2014 ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: line })]
			})] }),
			contact.met?.topic && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small",
				dir: "auto",
				children: contact.met.topic
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				onSubmit: submit,
				"aria-label": t("whereWeMet"),
				noValidate: true,
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(MetFields, {
						value: draft,
						onChange: setDraft,
						today: localClock().today,
						refusal
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "submit",
						disabled: busy,
						children: t("save")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
						refusal,
						fields: ["met"]
					})
				]
			})
		]
	});
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
// messaging/notes-draft.ts
/**
* The write-ahead copy of notes being typed: written to `browser.storage.local` on every
* keystroke, synchronously from the input event, so it outlives the tab (measured: a storage
* write made as the tab closes arrives; a save that waits for a pause does not), a stopped
* service worker, and an extension update. The page removes it once the background confirmed
* the text; the background saves what a closed page left behind (`entrypoints/background/draft-recovery.ts`).
*/
var DRAFT_PREFIX = "maille:draft:";
/** This page's identity for its drafts and its change-feed port, new at every load. */
var PAGE_SESSION = crypto.randomUUID();
function draftKey(session, contactId) {
	return `${DRAFT_PREFIX}${session}:${contactId}`;
}
/** Writes the draft now (the call leaves the page before the event handler returns). */
function writeDraft(draft) {
	browser.storage.local.set({ [draftKey(draft.session, draft.contactId)]: draft }).catch((error) => {
		console.warn("[Maille] the notes draft was not written", error);
	});
}
function clearDraft(session, contactId) {
	browser.storage.local.remove(draftKey(session, contactId)).catch(() => void 0);
}
var RETRY_MS = [
	500,
	1e3,
	2e3,
	4e3,
	5e3
];
var browserPorts = {
	save: (id, notes, base) => sendCommand("updateContact", {
		id,
		patch: { notes },
		base: { notes: base }
	}),
	writeDraft,
	clearDraft
};
/**
* The notes of one contact as typed in one page, kept safe and merged:
* - every keystroke writes a draft to extension storage at once (it survives the tab closing);
* - a save follows a short pause, one at a time, the latest text queued behind it; it carries the
*   stored text it was typed over, so the background merges it with another tab's change;
* - a save the background did not answer is retried until it is (the worker restarts), the text
*   staying on screen; "Saved" shows only once the background confirmed exactly the text shown;
* - the same words changed in two tabs are a conflict: both versions show, the person chooses.
*/
var NotesSaver = class {
	contactId;
	onView;
	ports;
	text;
	/** The stored notes `text` was typed over. */
	base;
	status = { kind: "idle" };
	inFlight = false;
	queued = false;
	attempts = 0;
	timer;
	constructor(contactId, stored, onView, ports = browserPorts) {
		this.contactId = contactId;
		this.onView = onView;
		this.ports = ports;
		this.text = stored;
		this.base = stored;
	}
	view() {
		return {
			text: this.text,
			status: this.status
		};
	}
	/** A keystroke: the draft is written before this returns; the save follows a pause. */
	type(value) {
		this.text = value;
		this.keepDraft();
		if (this.status.kind === "conflict") return this.publish();
		this.status = { kind: "dirty" };
		this.publish();
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.save(), 300);
	}
	/** Another page stored new notes: shown here when nothing typed here is waiting. */
	storedChanged(notes) {
		if (this.inFlight || this.text !== this.base || this.status.kind === "conflict" || notes === this.base) return;
		this.text = this.base = notes;
		this.publish();
	}
	/** The person's answer to a conflict: the chosen text is saved over the other version. */
	resolve(choice) {
		if (this.status.kind !== "conflict") return;
		const theirs = this.status.theirs;
		this.base = theirs;
		if (choice === "useTheirs") this.text = theirs;
		if (choice === "keepBoth") this.text = keepBoth(theirs, this.text);
		this.status = { kind: "dirty" };
		this.keepDraft();
		this.publish();
		this.save();
	}
	/** Saves now what is unsaved (one save at a time; a later text waits its turn). */
	async save() {
		clearTimeout(this.timer);
		if (this.status.kind === "conflict") return;
		if (this.inFlight) {
			this.queued = true;
			return;
		}
		if (this.text === this.base) {
			this.ports.clearDraft(PAGE_SESSION, this.contactId);
			return;
		}
		if (this.text.length > LIMITS.notes) return this.settle({
			kind: "refused",
			refusal: {
				code: "invalid",
				field: "notes",
				rule: "tooLong",
				max: LIMITS.notes
			}
		});
		const sent = this.text;
		this.inFlight = true;
		this.settle({ kind: "saving" });
		const outcome = await this.ports.save(this.contactId, sent, this.base);
		this.inFlight = false;
		if (outcome.ok) this.confirmed(sent, outcome.value.notes);
		else this.refused(outcome.refusal);
		if (this.queued) {
			this.queued = false;
			this.save();
		}
	}
	confirmed(sent, stored) {
		this.attempts = 0;
		const merged = stored !== sent;
		if (merged) {
			const rebased = this.text === sent ? {
				clean: true,
				text: stored
			} : mergeText(sent, stored, this.text);
			if (rebased.clean) this.text = rebased.text;
		}
		this.base = stored;
		if (this.text === stored) {
			this.ports.clearDraft(PAGE_SESSION, this.contactId);
			this.settle({ kind: merged ? "merged" : "saved" });
		} else {
			this.keepDraft();
			this.queued = true;
		}
	}
	refused(refusal) {
		if (refusal.code === "unreachable") {
			const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)];
			this.timer = setTimeout(() => void this.save(), delay);
			this.settle({ kind: "retrying" });
		} else if (refusal.code === "conflict") {
			this.queued = false;
			this.settle({
				kind: "conflict",
				theirs: refusal.current.notes
			});
		} else {
			this.queued = false;
			this.settle({
				kind: "refused",
				refusal
			});
		}
	}
	keepDraft() {
		this.ports.writeDraft({
			contactId: this.contactId,
			session: PAGE_SESSION,
			base: this.base,
			text: this.text,
			at: Date.now()
		});
	}
	settle(status) {
		this.status = status;
		this.publish();
	}
	publish() {
		this.onView(this.view());
	}
};
// components/sidebar/use-notes-autosave.ts
/** A contact's notes as this page edits them: see {@link NotesSaver}. */
function useNotesAutosave(contact) {
	const [view, setView] = (0, import_react.useState)({
		text: contact.notes,
		status: { kind: "idle" }
	});
	const [saver] = (0, import_react.useState)(() => new NotesSaver(contact.id, contact.notes, setView));
	(0, import_react.useEffect)(() => saver.storedChanged(contact.notes), [saver, contact.notes]);
	(0, import_react.useEffect)(() => {
		const flush = () => void saver.save();
		window.addEventListener("pagehide", flush);
		window.addEventListener("hashchange", flush);
		return () => {
			window.removeEventListener("pagehide", flush);
			window.removeEventListener("hashchange", flush);
			flush();
		};
	}, [saver]);
	return {
		...view,
		saver
	};
}
// components/sidebar/NotesField.tsx
function statusText(status) {
	switch (status.kind) {
		case "saving": return t("saving");
		case "saved": return t("saved");
		case "merged": return t("savedMerged");
		case "retrying": return t("savingRetry");
		default: return null;
	}
}
/**
* Notes, saved as the user types (see `useNotesAutosave`: nothing typed is lost, nothing
* overwritten unseen). When another tab changed the same words, both versions show and the
* person chooses.
*/
function NotesField({ contact }) {
	const { text, status, saver } = useNotesAutosave(contact);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				htmlFor: "notes",
				children: t("notes")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
				id: "notes",
				rows: 6,
				dir: "auto",
				value: text,
				placeholder: t("notesPlaceholder"),
				"aria-invalid": status.kind === "refused",
				onChange: (e) => saver.type(e.target.value),
				onBlur: () => void saver.save()
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LengthHint, {
				length: text.length,
				max: LIMITS.notes
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small muted",
				role: "status",
				"aria-live": "polite",
				children: statusText(status)
			}),
			status.kind === "refused" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: refusalText(status.refusal)
			}),
			status.kind === "conflict" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "conflict",
				role: "group",
				"aria-labelledby": "notes-conflict",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						id: "notes-conflict",
						className: "error",
						role: "alert",
						children: t("notesConflict")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
						htmlFor: "notes-theirs",
						className: "label",
						children: t("notesTheirs")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
						id: "notes-theirs",
						rows: 4,
						dir: "auto",
						readOnly: true,
						value: status.theirs
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "row",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "primary",
								onClick: () => saver.resolve("keepBoth"),
								children: t("keepBoth")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								onClick: () => saver.resolve("keepMine"),
								children: t("keepMine")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								onClick: () => saver.resolve("useTheirs"),
								children: t("useTheirs")
							})
						]
					})
				]
			})
		]
	});
}
// components/sidebar/TagsField.tsx
function TagsField({ contact }) {
	const [draft, setDraft] = (0, import_react.useState)("");
	const { error, run } = useAction();
	const saveTags = (tags) => run(() => sendCommand("updateContact", {
		id: contact.id,
		patch: { tags },
		base: { tags: contact.tags }
	}));
	const add = (event) => {
		event.preventDefault();
		const added = draft.split(",").map((s) => s.trim()).filter(Boolean);
		if (added.length === 0) return;
		saveTags([...contact.tags, ...added]).then((outcome) => outcome?.ok && setDraft(""));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
		className: "field",
		onSubmit: add,
		"aria-label": t("tags"),
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				className: "label",
				children: t("tags")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "tags",
				children: contact.tags.map((tag) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
					className: "tag",
					children: [tag, /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						"aria-label": t("removeTag", { tag }),
						onClick: () => void saveTags(contact.tags.filter((x) => x !== tag)),
						children: "\u00d7"
					})]
				}, tag))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					"aria-label": t("addTag"),
					placeholder: t("addTag"),
					value: draft,
					onChange: (e) => setDraft(e.target.value)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "submit",
					children: "+"
				})]
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/sidebar/Timeline.tsx
/** Last contact and the interaction log, newest first; a deletion can be undone. */
function Timeline({ contact, interactions }) {
	const [deleted, setDeleted] = (0, import_react.useState)(null);
	const { busy, error, run } = useAction();
	const label = (i) => ({
		kind: t(`kind_${i.kind}`),
		date: formatDay(i.at)
	});
	const remove = (interaction) => void run(() => sendCommand("deleteInteraction", { id: interaction.id })).then((outcome) => outcome?.ok && setDeleted(interaction));
	const undo = (interaction) => void run(() => sendCommand("logInteraction", {
		contactId: interaction.contactId,
		kind: interaction.kind,
		at: interaction.at,
		summary: interaction.summary,
		nextStep: interaction.nextStep
	})).then((outcome) => outcome?.ok && setDeleted(null));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "timeline-title",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "small",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("strong", { children: [t("lastContact"), ":"] }),
					" ",
					contact.lastContactAt ? formatDay(contact.lastContactAt) : t("lastContactNever")
				]
			}),
			contact.connectedOn && fromLocalDay(contact.connectedOn) !== void 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small muted",
				children: t("connectedOn", { date: formatDay(fromLocalDay(contact.connectedOn)) })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: "timeline-title",
				children: t("timeline")
			}),
			deleted && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "small undo",
				role: "status",
				children: [
					t("interactionDeleted", label(deleted)),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link",
						disabled: busy,
						onClick: () => undo(deleted),
						children: t("undo")
					})
				]
			}),
			interactions.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("timelineEmpty")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", {
				className: "timeline",
				children: interactions.map((i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "kind",
						children: t(`kind_${i.kind}`)
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("time", {
						dateTime: new Date(i.at).toISOString(),
						children: formatDay(i.at)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "icon small-icon",
						"aria-label": t("deleteInteraction", label(i)),
						title: t("deleteInteraction", label(i)),
						disabled: busy,
						onClick: () => remove(i),
						children: "\u00d7"
					}),
					i.summary && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						dir: "auto",
						children: i.summary
					}),
					i.nextStep && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
						className: "small",
						dir: "auto",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t("nextStepShort") }),
							" ",
							i.nextStep
						]
					})
				] }, i.id))
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/sidebar/KnownContact.tsx
/** Everything Maille knows about a person, editable. */
function KnownContact({ contact, interactions, introductions }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "stack",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DueBanner, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NotesField, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(LogContactForm, { contactId: contact.id }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Timeline, {
				contact,
				interactions
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntroductionsSection, {
				contact,
				introductions
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(MetSection, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TagsField, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CadenceSelect, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(WritingTo, { contact }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-labelledby": "profiles-title",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
					id: "profiles-title",
					children: t("profiles")
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "profiles",
					children: contact.profiles.map((p) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
						href: p.url,
						target: "_blank",
						rel: "noreferrer noopener",
						children: SITES[p.site].label
					}) }, p.key))
				})]
			})
		]
	});
}
// components/sidebar/ProfileHeader.tsx
/** Who the page shows. Host-page text is rendered as text only. */
function ProfileHeader({ name, headline, company, location, photoUrl, site }) {
	const sub = headline ?? company;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "person",
		children: [photoUrl ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("img", {
			className: "photo",
			src: photoUrl,
			alt: "",
			referrerPolicy: "no-referrer"
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "photo placeholder",
			"aria-hidden": "true",
			children: firstGrapheme(name)
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				className: "person-name",
				dir: "auto",
				children: name
			}),
			sub && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				dir: "auto",
				children: sub
			}),
			location && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				dir: "auto",
				children: location
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "site small",
				children: t("onSite", { site: SITES[site].label })
			})
		] })]
	});
}
export { CadenceOptions as a, ContactPicker as c, MetFields as i, KnownContact as n, IntroductionFlow as o, PAGE_SESSION as r, introductionSuggestions as s, ProfileHeader as t };
