import { $ as templateId, A as nonEmpty, B as unknown, C as DEFAULT_SETTINGS, Ct as require_react, D as getDotPath, E as finite, F as picklist, H as localClock, I as pipe, K as refusalText, L as record, M as number, N as object, O as literal, P as optional, Q as DRAFT_KINDS, R as safeParse, St as t, T as array, Tt as __toESM, U as useAction, V as DraftPanel, W as backupProblemText, X as TEMPLATE_FIELDS, Y as draftFor, Z as DEFAULT_TEMPLATES, _ as REGISTERS, _t as systemTimeZone, at as capText, bt as formatDay, c as fieldState, ct as nameKey, d as isLosingTouch, dt as SITE_IDS, g as LANGUAGES, gt as midnightAfter, h as IN_PERSON_KINDS, ht as fromLocalDay, j as nullable, k as maxLength, l as checkCommand, lt as LIMITS, m as INTRODUCTION_STATUSES, mt as daysBetween, nt as require_jsx_runtime, o as FieldError, ot as cleanText, p as INTERACTION_KINDS, q as tRich, rt as sendCommand, s as FormError, st as firstGrapheme, t as mountPage, u as describeDue, ut as SITES, v as useNow, vt as toLocalDay, w as settingsItem, wt as __commonJSMin, x as useDraftContext, yt as weekStart, z as string } from "./theme-BvcuBw3J.js";
import { n as interactionsOf, o as db, s as useLiveQuery, t as useVirtualizer } from "./esm-CBMr_e0T.js";
import { a as CadenceOptions, c as ContactPicker, n as KnownContact, o as IntroductionFlow, s as introductionSuggestions, t as ProfileHeader } from "./sidebar-C6xO2O6o.js";
import { a as watchPanelSites, i as setPanelSites, n as getPanelSites } from "./display-mode-7wQh_M2c.js";
// node_modules/ical.js/dist/ical.js
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
/**
* Represents the BINARY value type, which contains extra methods for encoding and decoding.
*
* @memberof ICAL
*/
var Binary = class Binary {
	/**
	* Creates a binary value from the given string.
	*
	* @param {String} aString        The binary value string
	* @return {Binary}               The binary value instance
	*/
	static fromString(aString) {
		return new Binary(aString);
	}
	/**
	* Creates a new ICAL.Binary instance
	*
	* @param {String} aValue     The binary data for this value
	*/
	constructor(aValue) {
		this.value = aValue;
	}
	/**
	* The type name, to be used in the jCal object.
	* @default "binary"
	* @constant
	*/
	icaltype = "binary";
	/**
	* Base64 decode the current value
	*
	* @return {String}         The base64-decoded value
	*/
	decodeValue() {
		return this._b64_decode(this.value);
	}
	/**
	* Encodes the passed parameter with base64 and sets the internal
	* value to the result.
	*
	* @param {String} aValue      The raw binary value to encode
	*/
	setEncodedValue(aValue) {
		this.value = this._b64_encode(aValue);
	}
	_b64_encode(data) {
		let b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
		let o1, o2, o3, h1, h2, h3, h4, bits, i = 0, ac = 0, enc = "", tmp_arr = [];
		if (!data) return data;
		do {
			o1 = data.charCodeAt(i++);
			o2 = data.charCodeAt(i++);
			o3 = data.charCodeAt(i++);
			bits = o1 << 16 | o2 << 8 | o3;
			h1 = bits >> 18 & 63;
			h2 = bits >> 12 & 63;
			h3 = bits >> 6 & 63;
			h4 = bits & 63;
			tmp_arr[ac++] = b64.charAt(h1) + b64.charAt(h2) + b64.charAt(h3) + b64.charAt(h4);
		} while (i < data.length);
		enc = tmp_arr.join("");
		let r = data.length % 3;
		return (r ? enc.slice(0, r - 3) : enc) + "===".slice(r || 3);
	}
	_b64_decode(data) {
		let b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
		let o1, o2, o3, h1, h2, h3, h4, bits, i = 0, ac = 0, dec = "", tmp_arr = [];
		if (!data) return data;
		data += "";
		do {
			h1 = b64.indexOf(data.charAt(i++));
			h2 = b64.indexOf(data.charAt(i++));
			h3 = b64.indexOf(data.charAt(i++));
			h4 = b64.indexOf(data.charAt(i++));
			bits = h1 << 18 | h2 << 12 | h3 << 6 | h4;
			o1 = bits >> 16 & 255;
			o2 = bits >> 8 & 255;
			o3 = bits & 255;
			if (h3 == 64) tmp_arr[ac++] = String.fromCharCode(o1);
			else if (h4 == 64) tmp_arr[ac++] = String.fromCharCode(o1, o2);
			else tmp_arr[ac++] = String.fromCharCode(o1, o2, o3);
		} while (i < data.length);
		dec = tmp_arr.join("");
		return dec;
	}
	/**
	* The string representation of this value
	* @return {String}
	*/
	toString() {
		return this.value;
	}
};
var DURATION_LETTERS = /([PDWHMTS]{1,1})/;
var DATA_PROPS_TO_COPY = [
	"weeks",
	"days",
	"hours",
	"minutes",
	"seconds",
	"isNegative"
];
/**
* This class represents the "duration" value type, with various calculation
* and manipulation methods.
*
* @memberof ICAL
*/
var Duration = class Duration {
	/**
	* Returns a new ICAL.Duration instance from the passed seconds value.
	*
	* @param {Number} aSeconds       The seconds to create the instance from
	* @return {Duration}             The newly created duration instance
	*/
	static fromSeconds(aSeconds) {
		return new Duration().fromSeconds(aSeconds);
	}
	/**
	* Checks if the given string is an iCalendar duration value.
	*
	* @param {String} value      The raw ical value
	* @return {Boolean}          True, if the given value is of the
	*                              duration ical type
	*/
	static isValueString(string) {
		return string[0] === "P" || string[1] === "P";
	}
	/**
	* Creates a new {@link ICAL.Duration} instance from the passed string.
	*
	* @param {String} aStr       The string to parse
	* @return {Duration}         The created duration instance
	*/
	static fromString(aStr) {
		let pos = 0;
		let dict = Object.create(null);
		let chunks = 0;
		while ((pos = aStr.search(DURATION_LETTERS)) !== -1) {
			let type = aStr[pos];
			let numeric = aStr.slice(0, Math.max(0, pos));
			aStr = aStr.slice(pos + 1);
			chunks += parseDurationChunk(type, numeric, dict);
		}
		if (chunks < 2) throw new Error("invalid duration value: Not enough duration components in \"" + aStr + "\"");
		return new Duration(dict);
	}
	/**
	* Creates a new ICAL.Duration instance from the given data object.
	*
	* @param {Object} aData                An object with members of the duration
	* @param {Number=} aData.weeks         Duration in weeks
	* @param {Number=} aData.days          Duration in days
	* @param {Number=} aData.hours         Duration in hours
	* @param {Number=} aData.minutes       Duration in minutes
	* @param {Number=} aData.seconds       Duration in seconds
	* @param {Boolean=} aData.isNegative   If true, the duration is negative
	* @return {Duration}                   The createad duration instance
	*/
	static fromData(aData) {
		return new Duration(aData);
	}
	/**
	* Creates a new ICAL.Duration instance.
	*
	* @param {Object} data                 An object with members of the duration
	* @param {Number=} data.weeks          Duration in weeks
	* @param {Number=} data.days           Duration in days
	* @param {Number=} data.hours          Duration in hours
	* @param {Number=} data.minutes        Duration in minutes
	* @param {Number=} data.seconds        Duration in seconds
	* @param {Boolean=} data.isNegative    If true, the duration is negative
	*/
	constructor(data) {
		this.wrappedJSObject = this;
		this.fromData(data);
	}
	/**
	* The weeks in this duration
	* @type {Number}
	* @default 0
	*/
	weeks = 0;
	/**
	* The days in this duration
	* @type {Number}
	* @default 0
	*/
	days = 0;
	/**
	* The days in this duration
	* @type {Number}
	* @default 0
	*/
	hours = 0;
	/**
	* The minutes in this duration
	* @type {Number}
	* @default 0
	*/
	minutes = 0;
	/**
	* The seconds in this duration
	* @type {Number}
	* @default 0
	*/
	seconds = 0;
	/**
	* The seconds in this duration
	* @type {Boolean}
	* @default false
	*/
	isNegative = false;
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "icalduration"
	*/
	icalclass = "icalduration";
	/**
	* The type name, to be used in the jCal object.
	* @constant
	* @type {String}
	* @default "duration"
	*/
	icaltype = "duration";
	/**
	* Returns a clone of the duration object.
	*
	* @return {Duration}      The cloned object
	*/
	clone() {
		return Duration.fromData(this);
	}
	/**
	* The duration value expressed as a number of seconds.
	*
	* @return {Number}             The duration value in seconds
	*/
	toSeconds() {
		let seconds = this.seconds + 60 * this.minutes + 3600 * this.hours + 86400 * this.days + 604800 * this.weeks;
		return this.isNegative ? -seconds : seconds;
	}
	/**
	* Reads the passed seconds value into this duration object. Afterwards,
	* members like {@link ICAL.Duration#days days} and {@link ICAL.Duration#weeks weeks} will be set up
	* accordingly.
	*
	* @param {Number} aSeconds     The duration value in seconds
	* @return {Duration}           Returns this instance
	*/
	fromSeconds(aSeconds) {
		let secs = Math.abs(aSeconds);
		this.isNegative = aSeconds < 0;
		this.days = trunc(secs / 86400);
		if (this.days % 7 == 0) {
			this.weeks = this.days / 7;
			this.days = 0;
		} else this.weeks = 0;
		secs -= (this.days + 7 * this.weeks) * 86400;
		this.hours = trunc(secs / 3600);
		secs -= this.hours * 3600;
		this.minutes = trunc(secs / 60);
		secs -= this.minutes * 60;
		this.seconds = secs;
		return this;
	}
	/**
	* Sets up the current instance using members from the passed data object.
	*
	* @param {Object} aData                An object with members of the duration
	* @param {Number=} aData.weeks         Duration in weeks
	* @param {Number=} aData.days          Duration in days
	* @param {Number=} aData.hours         Duration in hours
	* @param {Number=} aData.minutes       Duration in minutes
	* @param {Number=} aData.seconds       Duration in seconds
	* @param {Boolean=} aData.isNegative   If true, the duration is negative
	*/
	fromData(aData) {
		for (let prop of DATA_PROPS_TO_COPY) if (aData && prop in aData) this[prop] = aData[prop];
		else this[prop] = 0;
	}
	/**
	* Resets the duration instance to the default values, i.e. PT0S
	*/
	reset() {
		this.isNegative = false;
		this.weeks = 0;
		this.days = 0;
		this.hours = 0;
		this.minutes = 0;
		this.seconds = 0;
	}
	/**
	* Compares the duration instance with another one.
	*
	* @param {Duration} aOther             The instance to compare with
	* @return {Number}                     -1, 0 or 1 for less/equal/greater
	*/
	compare(aOther) {
		let thisSeconds = this.toSeconds();
		let otherSeconds = aOther.toSeconds();
		return (thisSeconds > otherSeconds) - (thisSeconds < otherSeconds);
	}
	/**
	* Normalizes the duration instance. For example, a duration with a value
	* of 61 seconds will be normalized to 1 minute and 1 second.
	*/
	normalize() {
		this.fromSeconds(this.toSeconds());
	}
	/**
	* The string representation of this duration.
	* @return {String}
	*/
	toString() {
		if (this.toSeconds() == 0) return "PT0S";
		else {
			let str = "";
			if (this.isNegative) str += "-";
			str += "P";
			let hasWeeks = false;
			if (this.weeks) {
				if (this.days || this.hours || this.minutes || this.seconds) str += this.weeks * 7 + this.days + "D";
				else {
					str += this.weeks + "W";
					hasWeeks = true;
				}
			} else if (this.days) str += this.days + "D";
			if (!hasWeeks) {
				if (this.hours || this.minutes || this.seconds) {
					str += "T";
					if (this.hours) str += this.hours + "H";
					if (this.minutes) str += this.minutes + "M";
					if (this.seconds) str += this.seconds + "S";
				}
			}
			return str;
		}
	}
	/**
	* The iCalendar string representation of this duration.
	* @return {String}
	*/
	toICALString() {
		return this.toString();
	}
};
/**
* Internal helper function to handle a chunk of a duration.
*
* @private
* @param {String} letter type of duration chunk
* @param {String} number numeric value or -/+
* @param {Object} dict target to assign values to
*/
function parseDurationChunk(letter, number, object) {
	let type;
	switch (letter) {
		case "P":
			if (number && number === "-") object.isNegative = true;
			else object.isNegative = false;
			break;
		case "D":
			type = "days";
			break;
		case "W":
			type = "weeks";
			break;
		case "H":
			type = "hours";
			break;
		case "M":
			type = "minutes";
			break;
		case "S":
			type = "seconds";
			break;
		default: return 0;
	}
	if (type) {
		if (!number && number !== 0) throw new Error("invalid duration value: Missing number before \"" + letter + "\"");
		let num = parseInt(number, 10);
		if (isStrictlyNaN(num)) throw new Error("invalid duration value: Invalid number \"" + number + "\" before \"" + letter + "\"");
		object[type] = num;
	}
	return 1;
}
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
* @ignore
* @typedef {import("./types.js").jCalComponent} jCalComponent
* Imports the 'occurrenceDetails' type from the "types.js" module
*/
/**
* This class represents the "period" value type, with various calculation and manipulation methods.
*
* @memberof ICAL
*/
var Period = class Period {
	/**
	* Creates a new {@link ICAL.Period} instance from the passed string.
	*
	* @param {String} str            The string to parse
	* @param {Property} prop         The property this period will be on
	* @return {Period}               The created period instance
	*/
	static fromString(str, prop) {
		let parts = str.split("/");
		if (parts.length !== 2) throw new Error("Invalid string value: \"" + str + "\" must contain a \"/\" char.");
		let options = { start: Time.fromDateTimeString(parts[0], prop) };
		let end = parts[1];
		if (Duration.isValueString(end)) options.duration = Duration.fromString(end);
		else options.end = Time.fromDateTimeString(end, prop);
		return new Period(options);
	}
	/**
	* Creates a new {@link ICAL.Period} instance from the given data object.
	* The passed data object cannot contain both and end date and a duration.
	*
	* @param {Object} aData                  An object with members of the period
	* @param {Time=} aData.start             The start of the period
	* @param {Time=} aData.end               The end of the period
	* @param {Duration=} aData.duration      The duration of the period
	* @return {Period}                       The period instance
	*/
	static fromData(aData) {
		return new Period(aData);
	}
	/**
	* Returns a new period instance from the given jCal data array. The first
	* member is always the start date string, the second member is either a
	* duration or end date string.
	*
	* @param {jCalComponent} aData           The jCal data array
	* @param {Property} aProp                The property this jCal data is on
	* @param {Boolean} aLenient              If true, data value can be both date and date-time
	* @return {Period}                       The period instance
	*/
	static fromJSON(aData, aProp, aLenient) {
		function fromDateOrDateTimeString(aValue, dateProp) {
			if (aLenient) return Time.fromString(aValue, dateProp);
			else return Time.fromDateTimeString(aValue, dateProp);
		}
		if (Duration.isValueString(aData[1])) return Period.fromData({
			start: fromDateOrDateTimeString(aData[0], aProp),
			duration: Duration.fromString(aData[1])
		});
		else return Period.fromData({
			start: fromDateOrDateTimeString(aData[0], aProp),
			end: fromDateOrDateTimeString(aData[1], aProp)
		});
	}
	/**
	* Creates a new ICAL.Period instance. The passed data object cannot contain both and end date and
	* a duration.
	*
	* @param {Object} aData                  An object with members of the period
	* @param {Time=} aData.start             The start of the period
	* @param {Time=} aData.end               The end of the period
	* @param {Duration=} aData.duration      The duration of the period
	*/
	constructor(aData) {
		this.wrappedJSObject = this;
		if (aData && "start" in aData) {
			if (aData.start && !(aData.start instanceof Time)) throw new TypeError(".start must be an instance of ICAL.Time");
			this.start = aData.start;
		}
		if (aData && aData.end && aData.duration) throw new Error("cannot accept both end and duration");
		if (aData && "end" in aData) {
			if (aData.end && !(aData.end instanceof Time)) throw new TypeError(".end must be an instance of ICAL.Time");
			this.end = aData.end;
		}
		if (aData && "duration" in aData) {
			if (aData.duration && !(aData.duration instanceof Duration)) throw new TypeError(".duration must be an instance of ICAL.Duration");
			this.duration = aData.duration;
		}
	}
	/**
	* The start of the period
	* @type {Time}
	*/
	start = null;
	/**
	* The end of the period
	* @type {Time}
	*/
	end = null;
	/**
	* The duration of the period
	* @type {Duration}
	*/
	duration = null;
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "icalperiod"
	*/
	icalclass = "icalperiod";
	/**
	* The type name, to be used in the jCal object.
	* @constant
	* @type {String}
	* @default "period"
	*/
	icaltype = "period";
	/**
	* Returns a clone of the duration object.
	*
	* @return {Period}      The cloned object
	*/
	clone() {
		return Period.fromData({
			start: this.start ? this.start.clone() : null,
			end: this.end ? this.end.clone() : null,
			duration: this.duration ? this.duration.clone() : null
		});
	}
	/**
	* Calculates the duration of the period, either directly or by subtracting
	* start from end date.
	*
	* @return {Duration}      The calculated duration
	*/
	getDuration() {
		if (this.duration) return this.duration;
		else return this.end.subtractDate(this.start);
	}
	/**
	* Calculates the end date of the period, either directly or by adding
	* duration to start date.
	*
	* @return {Time}          The calculated end date
	*/
	getEnd() {
		if (this.end) return this.end;
		else {
			let end = this.start.clone();
			end.addDuration(this.duration);
			return end;
		}
	}
	/**
	* Compare this period with a date or other period. To maintain the logic where a.compare(b)
	* returns 1 when a > b, this function will return 1 when the period is after the date, 0 when the
	* date is within the period, and -1 when the period is before the date. When comparing two
	* periods, as soon as they overlap in any way this will return 0.
	*
	* @param {Time|Period} dt    The date or other period to compare with
	*/
	compare(dt) {
		if (dt.compare(this.start) < 0) return 1;
		else if (dt.compare(this.getEnd()) > 0) return -1;
		else return 0;
	}
	/**
	* The string representation of this period.
	* @return {String}
	*/
	toString() {
		return this.start + "/" + (this.end || this.duration);
	}
	/**
	* The jCal representation of this period type.
	* @return {Object}
	*/
	toJSON() {
		return [this.start.toString(), (this.end || this.duration).toString()];
	}
	/**
	* The iCalendar string representation of this period.
	* @return {String}
	*/
	toICALString() {
		return this.start.toICALString() + "/" + (this.end || this.duration).toICALString();
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
*
* @ignore
* @typedef {import("./types.js").weekDay} weekDay
* Imports the 'weekDay' type from the "types.js" module
*
* @ignore
* @typedef {import("./types.js").timeInit} timeInit
* Imports the 'timeInit' type from the "types.js" module
*/
/**
* @classdesc
* iCalendar Time representation (similar to JS Date object).  Fully
* independent of system (OS) timezone / time.  Unlike JS Date, the month
* January is 1, not zero.
*
* @example
* var time = new ICAL.Time({
*   year: 2012,
*   month: 10,
*   day: 11
*   minute: 0,
*   second: 0,
*   isDate: false
* });
*
*
* @memberof ICAL
*/
var Time = class Time {
	static _dowCache = {};
	static _wnCache = {};
	/**
	* Returns the days in the given month
	*
	* @param {Number} month      The month to check
	* @param {Number} year       The year to check
	* @return {Number}           The number of days in the month
	*/
	static daysInMonth(month, year) {
		let _daysInMonth = [
			0,
			31,
			28,
			31,
			30,
			31,
			30,
			31,
			31,
			30,
			31,
			30,
			31
		];
		let days = 30;
		if (month < 1 || month > 12) return days;
		days = _daysInMonth[month];
		if (month == 2) days += Time.isLeapYear(year);
		return days;
	}
	/**
	* Checks if the year is a leap year
	*
	* @param {Number} year       The year to check
	* @return {Boolean}          True, if the year is a leap year
	*/
	static isLeapYear(year) {
		if (year <= 1752) return year % 4 == 0;
		else return year % 4 == 0 && year % 100 != 0 || year % 400 == 0;
	}
	/**
	* Create a new ICAL.Time from the day of year and year. The date is returned
	* in floating timezone.
	*
	* @param {Number} aDayOfYear     The day of year
	* @param {Number} aYear          The year to create the instance in
	* @return {Time}                 The created instance with the calculated date
	*/
	static fromDayOfYear(aDayOfYear, aYear) {
		let year = aYear;
		let doy = aDayOfYear;
		let tt = new Time();
		tt.auto_normalize = false;
		let is_leap = Time.isLeapYear(year) ? 1 : 0;
		if (doy < 1) {
			year--;
			is_leap = Time.isLeapYear(year) ? 1 : 0;
			doy += Time.daysInYearPassedMonth[is_leap][12];
			return Time.fromDayOfYear(doy, year);
		} else if (doy > Time.daysInYearPassedMonth[is_leap][12]) {
			is_leap = Time.isLeapYear(year) ? 1 : 0;
			doy -= Time.daysInYearPassedMonth[is_leap][12];
			year++;
			return Time.fromDayOfYear(doy, year);
		}
		tt.year = year;
		tt.isDate = true;
		for (let month = 11; month >= 0; month--) if (doy > Time.daysInYearPassedMonth[is_leap][month]) {
			tt.month = month + 1;
			tt.day = doy - Time.daysInYearPassedMonth[is_leap][month];
			break;
		}
		tt.auto_normalize = true;
		return tt;
	}
	/**
	* Returns a new ICAL.Time instance from a date string, e.g 2015-01-02.
	*
	* @deprecated                Use {@link ICAL.Time.fromDateString} instead
	* @param {String} str        The string to create from
	* @return {Time}             The date/time instance
	*/
	static fromStringv2(str) {
		return new Time({
			year: parseInt(str.slice(0, 4), 10),
			month: parseInt(str.slice(5, 7), 10),
			day: parseInt(str.slice(8, 10), 10),
			isDate: true
		});
	}
	/**
	* Returns a new ICAL.Time instance from a date string, e.g 2015-01-02.
	*
	* @param {String} aValue     The string to create from
	* @return {Time}             The date/time instance
	*/
	static fromDateString(aValue) {
		return new Time({
			year: strictParseInt(aValue.slice(0, 4)),
			month: strictParseInt(aValue.slice(5, 7)),
			day: strictParseInt(aValue.slice(8, 10)),
			isDate: true
		});
	}
	/**
	* Returns a new ICAL.Time instance from a date-time string, e.g
	* 2015-01-02T03:04:05. If a property is specified, the timezone is set up
	* from the property's TZID parameter.
	*
	* @param {String} aValue         The string to create from
	* @param {Property=} prop        The property the date belongs to
	* @return {Time}                 The date/time instance
	*/
	static fromDateTimeString(aValue, prop) {
		if (aValue.length < 19) throw new Error("invalid date-time value: \"" + aValue + "\"");
		let zone;
		let zoneId;
		if (aValue.slice(-1) === "Z") zone = Timezone.utcTimezone;
		else if (prop) {
			zoneId = prop.getParameter("tzid");
			if (prop.parent) {
				if (prop.parent.name === "standard" || prop.parent.name === "daylight") zone = Timezone.localTimezone;
				else if (zoneId) zone = prop.parent.getTimeZoneByID(zoneId);
			}
		}
		const timeData = {
			year: strictParseInt(aValue.slice(0, 4)),
			month: strictParseInt(aValue.slice(5, 7)),
			day: strictParseInt(aValue.slice(8, 10)),
			hour: strictParseInt(aValue.slice(11, 13)),
			minute: strictParseInt(aValue.slice(14, 16)),
			second: strictParseInt(aValue.slice(17, 19))
		};
		if (zoneId && !zone) timeData.timezone = zoneId;
		return new Time(timeData, zone);
	}
	/**
	* Returns a new ICAL.Time instance from a date or date-time string,
	*
	* @param {String} aValue         The string to create from
	* @param {Property=} prop        The property the date belongs to
	* @return {Time}                 The date/time instance
	*/
	static fromString(aValue, aProperty) {
		if (aValue.length > 10) return Time.fromDateTimeString(aValue, aProperty);
		else return Time.fromDateString(aValue);
	}
	/**
	* Creates a new ICAL.Time instance from the given Javascript Date.
	*
	* @param {?Date} aDate             The Javascript Date to read, or null to reset
	* @param {Boolean} [useUTC=false]  If true, the UTC values of the date will be used
	*/
	static fromJSDate(aDate, useUTC) {
		return new Time().fromJSDate(aDate, useUTC);
	}
	/**
	* Creates a new ICAL.Time instance from the the passed data object.
	*
	* @param {timeInit} aData          Time initialization
	* @param {Timezone=} aZone         Timezone this position occurs in
	*/
	static fromData = function fromData(aData, aZone) {
		return new Time().fromData(aData, aZone);
	};
	/**
	* Creates a new ICAL.Time instance from the current moment.
	* The instance is \u201cfloating\u201d - has no timezone relation.
	* To create an instance considering the time zone, call
	* ICAL.Time.fromJSDate(new Date(), true)
	* @return {Time}
	*/
	static now() {
		return Time.fromJSDate(/* @__PURE__ */ new Date(), false);
	}
	/**
	* Returns the date on which ISO week number 1 starts.
	*
	* @see Time#weekNumber
	* @param {Number} aYear                  The year to search in
	* @param {weekDay=} aWeekStart           The week start weekday, used for calculation.
	* @return {Time}                         The date on which week number 1 starts
	*/
	static weekOneStarts(aYear, aWeekStart) {
		let t = Time.fromData({
			year: aYear,
			month: 1,
			day: 1,
			isDate: true
		});
		let dow = t.dayOfWeek();
		let wkst = aWeekStart || Time.DEFAULT_WEEK_START;
		if (dow > Time.THURSDAY) t.day += 7;
		if (wkst > Time.THURSDAY) t.day -= 7;
		t.day -= dow - wkst;
		return t;
	}
	/**
	* Get the dominical letter for the given year. Letters range from A - G for
	* common years, and AG to GF for leap years.
	*
	* @param {Number} yr           The year to retrieve the letter for
	* @return {String}             The dominical letter.
	*/
	static getDominicalLetter(yr) {
		let LTRS = "GFEDCBA";
		let dom = (yr + (yr / 4 | 0) + (yr / 400 | 0) - (yr / 100 | 0) - 1) % 7;
		if (Time.isLeapYear(yr)) return LTRS[(dom + 6) % 7] + LTRS[dom];
		else return LTRS[dom];
	}
	static #epochTime = null;
	/**
	* January 1st, 1970 as an ICAL.Time.
	* @type {Time}
	* @constant
	* @instance
	*/
	static get epochTime() {
		if (!this.#epochTime) this.#epochTime = Time.fromData({
			year: 1970,
			month: 1,
			day: 1,
			hour: 0,
			minute: 0,
			second: 0,
			isDate: false,
			timezone: "Z"
		});
		return this.#epochTime;
	}
	static _cmp_attr(a, b, attr) {
		if (a[attr] > b[attr]) return 1;
		if (a[attr] < b[attr]) return -1;
		return 0;
	}
	/**
	* The days that have passed in the year after a given month. The array has
	* two members, one being an array of passed days for non-leap years, the
	* other analog for leap years.
	* @example
	* var isLeapYear = ICAL.Time.isLeapYear(year);
	* var passedDays = ICAL.Time.daysInYearPassedMonth[isLeapYear][month];
	* @type {Array.<Array.<Number>>}
	*/
	static daysInYearPassedMonth = [[
		0,
		31,
		59,
		90,
		120,
		151,
		181,
		212,
		243,
		273,
		304,
		334,
		365
	], [
		0,
		31,
		60,
		91,
		121,
		152,
		182,
		213,
		244,
		274,
		305,
		335,
		366
	]];
	static SUNDAY = 1;
	static MONDAY = 2;
	static TUESDAY = 3;
	static WEDNESDAY = 4;
	static THURSDAY = 5;
	static FRIDAY = 6;
	static SATURDAY = 7;
	/**
	* The default weekday for the WKST part.
	* @constant
	* @default ICAL.Time.MONDAY
	*/
	static DEFAULT_WEEK_START = 2;
	/**
	* Creates a new ICAL.Time instance.
	*
	* @param {timeInit} data           Time initialization
	* @param {Timezone} zone           timezone this position occurs in
	*/
	constructor(data, zone) {
		this.wrappedJSObject = this;
		/**
		* @type {timeInit}
		* @private
		*/
		this._time = Object.create(null);
		this._time.year = 0;
		this._time.month = 1;
		this._time.day = 1;
		this._time.hour = 0;
		this._time.minute = 0;
		this._time.second = 0;
		this._time.isDate = false;
		this.fromData(data, zone);
	}
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "icaltime"
	*/
	icalclass = "icaltime";
	_cachedUnixTime = null;
	/**
	* The type name, to be used in the jCal object. This value may change and
	* is strictly defined by the {@link ICAL.Time#isDate isDate} member.
	* @type {String}
	* @default "date-time"
	*/
	get icaltype() {
		return this.isDate ? "date" : "date-time";
	}
	/**
	* The timezone for this time.
	* @type {Timezone}
	*/
	zone = null;
	/**
	* Internal uses to indicate that a change has been made and the next read
	* operation must attempt to normalize the value (for example changing the
	* day to 33).
	*
	* @type {Boolean}
	* @private
	*/
	_pendingNormalization = false;
	/**
	* The year of this date.
	* @type {Number}
	*/
	get year() {
		return this._getTimeAttr("year");
	}
	set year(val) {
		this._setTimeAttr("year", val);
	}
	/**
	* The month of this date.
	* @type {Number}
	*/
	get month() {
		return this._getTimeAttr("month");
	}
	set month(val) {
		this._setTimeAttr("month", val);
	}
	/**
	* The day of this date.
	* @type {Number}
	*/
	get day() {
		return this._getTimeAttr("day");
	}
	set day(val) {
		this._setTimeAttr("day", val);
	}
	/**
	* The hour of this date-time.
	* @type {Number}
	*/
	get hour() {
		return this._getTimeAttr("hour");
	}
	set hour(val) {
		this._setTimeAttr("hour", val);
	}
	/**
	* The minute of this date-time.
	* @type {Number}
	*/
	get minute() {
		return this._getTimeAttr("minute");
	}
	set minute(val) {
		this._setTimeAttr("minute", val);
	}
	/**
	* The second of this date-time.
	* @type {Number}
	*/
	get second() {
		return this._getTimeAttr("second");
	}
	set second(val) {
		this._setTimeAttr("second", val);
	}
	/**
	* If true, the instance represents a date (as opposed to a date-time)
	* @type {Boolean}
	*/
	get isDate() {
		return this._getTimeAttr("isDate");
	}
	set isDate(val) {
		this._setTimeAttr("isDate", val);
	}
	/**
	* @private
	* @param {String} attr             Attribute to get (one of: year, month,
	*                                  day, hour, minute, second, isDate)
	* @return {Number|Boolean}         Current value for the attribute
	*/
	_getTimeAttr(attr) {
		if (this._pendingNormalization) {
			this._normalize();
			this._pendingNormalization = false;
		}
		return this._time[attr];
	}
	/**
	* @private
	* @param {String} attr             Attribute to set (one of: year, month,
	*                                  day, hour, minute, second, isDate)
	* @param {Number|Boolean} val      New value for the attribute
	*/
	_setTimeAttr(attr, val) {
		if (attr === "isDate" && val && !this._time.isDate) this.adjust(0, 0, 0, 0);
		this._cachedUnixTime = null;
		this._pendingNormalization = true;
		this._time[attr] = val;
	}
	/**
	* Returns a clone of the time object.
	*
	* @return {Time}              The cloned object
	*/
	clone() {
		return new Time(this._time, this.zone);
	}
	/**
	* Reset the time instance to epoch time
	*/
	reset() {
		this.fromData(Time.epochTime);
		this.zone = Timezone.utcTimezone;
	}
	/**
	* Reset the time instance to the given date/time values.
	*
	* @param {Number} year             The year to set
	* @param {Number} month            The month to set
	* @param {Number} day              The day to set
	* @param {Number} hour             The hour to set
	* @param {Number} minute           The minute to set
	* @param {Number} second           The second to set
	* @param {Timezone} timezone       The timezone to set
	*/
	resetTo(year, month, day, hour, minute, second, timezone) {
		this.fromData({
			year,
			month,
			day,
			hour,
			minute,
			second,
			zone: timezone
		});
	}
	/**
	* Set up the current instance from the Javascript date value.
	*
	* @param {?Date} aDate             The Javascript Date to read, or null to reset
	* @param {Boolean} [useUTC=false]  If true, the UTC values of the date will be used
	*/
	fromJSDate(aDate, useUTC) {
		if (!aDate) this.reset();
		else if (useUTC) {
			this.zone = Timezone.utcTimezone;
			this.year = aDate.getUTCFullYear();
			this.month = aDate.getUTCMonth() + 1;
			this.day = aDate.getUTCDate();
			this.hour = aDate.getUTCHours();
			this.minute = aDate.getUTCMinutes();
			this.second = aDate.getUTCSeconds();
		} else {
			this.zone = Timezone.localTimezone;
			this.year = aDate.getFullYear();
			this.month = aDate.getMonth() + 1;
			this.day = aDate.getDate();
			this.hour = aDate.getHours();
			this.minute = aDate.getMinutes();
			this.second = aDate.getSeconds();
		}
		this._cachedUnixTime = null;
		return this;
	}
	/**
	* Sets up the current instance using members from the passed data object.
	*
	* @param {timeInit} aData          Time initialization
	* @param {Timezone=} aZone         Timezone this position occurs in
	*/
	fromData(aData, aZone) {
		if (aData) for (let [key, value] of Object.entries(aData)) {
			if (key === "icaltype") continue;
			this[key] = value;
		}
		if (aZone) this.zone = aZone;
		if (aData && !("isDate" in aData)) this.isDate = !("hour" in aData);
		else if (aData && "isDate" in aData) this.isDate = aData.isDate;
		if (aData && "timezone" in aData) {
			let zone = TimezoneService.get(aData.timezone);
			this.zone = zone || Timezone.localTimezone;
		}
		if (aData && "zone" in aData) this.zone = aData.zone;
		if (!this.zone) this.zone = Timezone.localTimezone;
		this._cachedUnixTime = null;
		return this;
	}
	/**
	* Calculate the day of week.
	* @param {weekDay=} aWeekStart
	*        The week start weekday, defaults to SUNDAY
	* @return {weekDay}
	*/
	dayOfWeek(aWeekStart) {
		let firstDow = aWeekStart || Time.SUNDAY;
		let dowCacheKey = (this.year << 12) + (this.month << 8) + (this.day << 3) + firstDow;
		if (dowCacheKey in Time._dowCache) return Time._dowCache[dowCacheKey];
		let q = this.day;
		let m = this.month + (this.month < 3 ? 12 : 0);
		let Y = this.year - (this.month < 3 ? 1 : 0);
		let h = q + Y + trunc((m + 1) * 26 / 10) + trunc(Y / 4);
		h += trunc(Y / 100) * 6 + trunc(Y / 400);
		h = (h + 7 - firstDow) % 7 + 1;
		Time._dowCache[dowCacheKey] = h;
		return h;
	}
	/**
	* Calculate the day of year.
	* @return {Number}
	*/
	dayOfYear() {
		let is_leap = Time.isLeapYear(this.year) ? 1 : 0;
		return Time.daysInYearPassedMonth[is_leap][this.month - 1] + this.day;
	}
	/**
	* Returns a copy of the current date/time, rewound to the start of the
	* week. The resulting ICAL.Time instance is of icaltype date, even if this
	* is a date-time.
	*
	* @param {weekDay=} aWeekStart
	*        The week start weekday, defaults to SUNDAY
	* @return {Time}      The start of the week (cloned)
	*/
	startOfWeek(aWeekStart) {
		let firstDow = aWeekStart || Time.SUNDAY;
		let result = this.clone();
		result.day -= (this.dayOfWeek() + 7 - firstDow) % 7;
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* Returns a copy of the current date/time, shifted to the end of the week.
	* The resulting ICAL.Time instance is of icaltype date, even if this is a
	* date-time.
	*
	* @param {weekDay=} aWeekStart
	*        The week start weekday, defaults to SUNDAY
	* @return {Time}      The end of the week (cloned)
	*/
	endOfWeek(aWeekStart) {
		let firstDow = aWeekStart || Time.SUNDAY;
		let result = this.clone();
		result.day += (7 - this.dayOfWeek() + firstDow - Time.SUNDAY) % 7;
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* Returns a copy of the current date/time, rewound to the start of the
	* month. The resulting ICAL.Time instance is of icaltype date, even if
	* this is a date-time.
	*
	* @return {Time}      The start of the month (cloned)
	*/
	startOfMonth() {
		let result = this.clone();
		result.day = 1;
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* Returns a copy of the current date/time, shifted to the end of the
	* month.  The resulting ICAL.Time instance is of icaltype date, even if
	* this is a date-time.
	*
	* @return {Time}      The end of the month (cloned)
	*/
	endOfMonth() {
		let result = this.clone();
		result.day = Time.daysInMonth(result.month, result.year);
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* Returns a copy of the current date/time, rewound to the start of the
	* year. The resulting ICAL.Time instance is of icaltype date, even if
	* this is a date-time.
	*
	* @return {Time}      The start of the year (cloned)
	*/
	startOfYear() {
		let result = this.clone();
		result.day = 1;
		result.month = 1;
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* Returns a copy of the current date/time, shifted to the end of the
	* year.  The resulting ICAL.Time instance is of icaltype date, even if
	* this is a date-time.
	*
	* @return {Time}      The end of the year (cloned)
	*/
	endOfYear() {
		let result = this.clone();
		result.day = 31;
		result.month = 12;
		result.isDate = true;
		result.hour = 0;
		result.minute = 0;
		result.second = 0;
		return result;
	}
	/**
	* First calculates the start of the week, then returns the day of year for
	* this date. If the day falls into the previous year, the day is zero or negative.
	*
	* @param {weekDay=} aFirstDayOfWeek
	*        The week start weekday, defaults to SUNDAY
	* @return {Number}     The calculated day of year
	*/
	startDoyWeek(aFirstDayOfWeek) {
		let firstDow = aFirstDayOfWeek || Time.SUNDAY;
		let delta = this.dayOfWeek() - firstDow;
		if (delta < 0) delta += 7;
		return this.dayOfYear() - delta;
	}
	/**
	* Get the dominical letter for the current year. Letters range from A - G
	* for common years, and AG to GF for leap years.
	*
	* @param {Number} yr           The year to retrieve the letter for
	* @return {String}             The dominical letter.
	*/
	getDominicalLetter() {
		return Time.getDominicalLetter(this.year);
	}
	/**
	* Finds the nthWeekDay relative to the current month (not day).  The
	* returned value is a day relative the month that this month belongs to so
	* 1 would indicate the first of the month and 40 would indicate a day in
	* the following month.
	*
	* @param {Number} aDayOfWeek   Day of the week see the day name constants
	* @param {Number} aPos         Nth occurrence of a given week day values
	*        of 1 and 0 both indicate the first weekday of that type. aPos may
	*        be either positive or negative
	*
	* @return {Number} numeric value indicating a day relative
	*                   to the current month of this time object
	*/
	nthWeekDay(aDayOfWeek, aPos) {
		let daysInMonth = Time.daysInMonth(this.month, this.year);
		let weekday;
		let pos = aPos;
		let start = 0;
		let otherDay = this.clone();
		if (pos >= 0) {
			otherDay.day = 1;
			if (pos != 0) pos--;
			start = otherDay.day;
			let offset = aDayOfWeek - otherDay.dayOfWeek();
			if (offset < 0) offset += 7;
			start += offset;
			start -= aDayOfWeek;
			weekday = aDayOfWeek;
		} else {
			otherDay.day = daysInMonth;
			let endDow = otherDay.dayOfWeek();
			pos++;
			weekday = endDow - aDayOfWeek;
			if (weekday < 0) weekday += 7;
			weekday = daysInMonth - weekday;
		}
		weekday += pos * 7;
		return start + weekday;
	}
	/**
	* Checks if current time is the nth weekday, relative to the current
	* month.  Will always return false when rule resolves outside of current
	* month.
	*
	* @param {weekDay} aDayOfWeek                 Day of week to check
	* @param {Number} aPos                        Relative position
	* @return {Boolean}                           True, if it is the nth weekday
	*/
	isNthWeekDay(aDayOfWeek, aPos) {
		let dow = this.dayOfWeek();
		if (aPos === 0 && dow === aDayOfWeek) return true;
		if (this.nthWeekDay(aDayOfWeek, aPos) === this.day) return true;
		return false;
	}
	/**
	* Calculates the ISO 8601 week number. The first week of a year is the
	* week that contains the first Thursday. The year can have 53 weeks, if
	* January 1st is a Friday.
	*
	* Note there are regions where the first week of the year is the one that
	* starts on January 1st, which may offset the week number. Also, if a
	* different week start is specified, this will also affect the week
	* number.
	*
	* @see Time.weekOneStarts
	* @param {weekDay} aWeekStart                  The weekday the week starts with
	* @return {Number}                             The ISO week number
	*/
	weekNumber(aWeekStart) {
		let wnCacheKey = (this.year << 12) + (this.month << 8) + (this.day << 3) + aWeekStart;
		if (wnCacheKey in Time._wnCache) return Time._wnCache[wnCacheKey];
		let week1;
		let dt = this.clone();
		dt.isDate = true;
		let isoyear = this.year;
		if (dt.month == 12 && dt.day > 25) {
			week1 = Time.weekOneStarts(isoyear + 1, aWeekStart);
			if (dt.compare(week1) < 0) week1 = Time.weekOneStarts(isoyear, aWeekStart);
			else isoyear++;
		} else {
			week1 = Time.weekOneStarts(isoyear, aWeekStart);
			if (dt.compare(week1) < 0) week1 = Time.weekOneStarts(--isoyear, aWeekStart);
		}
		let answer = trunc(dt.subtractDate(week1).toSeconds() / 86400 / 7) + 1;
		Time._wnCache[wnCacheKey] = answer;
		return answer;
	}
	/**
	* Adds the duration to the current time. The instance is modified in
	* place.
	*
	* @param {Duration} aDuration         The duration to add
	*/
	addDuration(aDuration) {
		let mult = aDuration.isNegative ? -1 : 1;
		let second = this.second;
		let minute = this.minute;
		let hour = this.hour;
		let day = this.day;
		second += mult * aDuration.seconds;
		minute += mult * aDuration.minutes;
		hour += mult * aDuration.hours;
		day += mult * aDuration.days;
		day += mult * 7 * aDuration.weeks;
		this.second = second;
		this.minute = minute;
		this.hour = hour;
		this.day = day;
		this._cachedUnixTime = null;
	}
	/**
	* Subtract the date details (_excluding_ timezone).  Useful for finding
	* the relative difference between two time objects excluding their
	* timezone differences.
	*
	* @param {Time} aDate     The date to subtract
	* @return {Duration}      The difference as a duration
	*/
	subtractDate(aDate) {
		let unixTime = this.toUnixTime() + this.utcOffset();
		let other = aDate.toUnixTime() + aDate.utcOffset();
		return Duration.fromSeconds(unixTime - other);
	}
	/**
	* Subtract the date details, taking timezones into account.
	*
	* @param {Time} aDate  The date to subtract
	* @return {Duration}   The difference in duration
	*/
	subtractDateTz(aDate) {
		let unixTime = this.toUnixTime();
		let other = aDate.toUnixTime();
		return Duration.fromSeconds(unixTime - other);
	}
	/**
	* Compares the ICAL.Time instance with another one, or a period.
	*
	* @param {Time|Period} aOther                  The instance to compare with
	* @return {Number}                             -1, 0 or 1 for less/equal/greater
	*/
	compare(other) {
		if (other instanceof Period) return -1 * other.compare(this);
		else {
			let a = this.toUnixTime();
			let b = other.toUnixTime();
			if (a > b) return 1;
			if (b > a) return -1;
			return 0;
		}
	}
	/**
	* Compares only the date part of this instance with another one.
	*
	* @param {Time} other                  The instance to compare with
	* @param {Timezone} tz                 The timezone to compare in
	* @return {Number}                     -1, 0 or 1 for less/equal/greater
	*/
	compareDateOnlyTz(other, tz) {
		let a = this.convertToZone(tz);
		let b = other.convertToZone(tz);
		let rc = 0;
		if ((rc = Time._cmp_attr(a, b, "year")) != 0) return rc;
		if ((rc = Time._cmp_attr(a, b, "month")) != 0) return rc;
		if ((rc = Time._cmp_attr(a, b, "day")) != 0) return rc;
		return rc;
	}
	/**
	* Convert the instance into another timezone. The returned ICAL.Time
	* instance is always a copy.
	*
	* @param {Timezone} zone      The zone to convert to
	* @return {Time}              The copy, converted to the zone
	*/
	convertToZone(zone) {
		let copy = this.clone();
		let zone_equals = this.zone.tzid == zone.tzid;
		if (!this.isDate && !zone_equals) Timezone.convert_time(copy, this.zone, zone);
		copy.zone = zone;
		return copy;
	}
	/**
	* Calculates the UTC offset of the current date/time in the timezone it is
	* in.
	*
	* @return {Number}     UTC offset in seconds
	*/
	utcOffset() {
		if (this.zone == Timezone.localTimezone || this.zone == Timezone.utcTimezone) return 0;
		else return this.zone.utcOffset(this);
	}
	/**
	* Returns an RFC 5545 compliant ical representation of this object.
	*
	* @return {String} ical date/date-time
	*/
	toICALString() {
		let string = this.toString();
		if (string.length > 10) return design.icalendar.value["date-time"].toICAL(string);
		else return design.icalendar.value.date.toICAL(string);
	}
	/**
	* The string representation of this date/time, in jCal form
	* (including : and - separators).
	* @return {String}
	*/
	toString() {
		let result = this.year + "-" + pad2(this.month) + "-" + pad2(this.day);
		if (!this.isDate) {
			result += "T" + pad2(this.hour) + ":" + pad2(this.minute) + ":" + pad2(this.second);
			if (this.zone === Timezone.utcTimezone) result += "Z";
		}
		return result;
	}
	/**
	* Converts the current instance to a Javascript date
	* @return {Date}
	*/
	toJSDate() {
		if (this.zone == Timezone.localTimezone) {
			if (this.isDate) return new Date(this.year, this.month - 1, this.day);
			else return new Date(this.year, this.month - 1, this.day, this.hour, this.minute, this.second, 0);
		} else return /* @__PURE__ */ new Date(this.toUnixTime() * 1e3);
	}
	_normalize() {
		if (this._time.isDate) {
			this._time.hour = 0;
			this._time.minute = 0;
			this._time.second = 0;
		}
		this.adjust(0, 0, 0, 0);
		return this;
	}
	/**
	* Adjust the date/time by the given offset
	*
	* @param {Number} aExtraDays       The extra amount of days
	* @param {Number} aExtraHours      The extra amount of hours
	* @param {Number} aExtraMinutes    The extra amount of minutes
	* @param {Number} aExtraSeconds    The extra amount of seconds
	* @param {Number=} aTime           The time to adjust, defaults to the
	*                                    current instance.
	*/
	adjust(aExtraDays, aExtraHours, aExtraMinutes, aExtraSeconds, aTime) {
		let minutesOverflow, hoursOverflow, daysOverflow = 0, yearsOverflow = 0;
		let second, minute, hour, day;
		let daysInMonth;
		let time = aTime || this._time;
		if (!time.isDate) {
			second = time.second + aExtraSeconds;
			time.second = second % 60;
			minutesOverflow = trunc(second / 60);
			if (time.second < 0) {
				time.second += 60;
				minutesOverflow--;
			}
			minute = time.minute + aExtraMinutes + minutesOverflow;
			time.minute = minute % 60;
			hoursOverflow = trunc(minute / 60);
			if (time.minute < 0) {
				time.minute += 60;
				hoursOverflow--;
			}
			hour = time.hour + aExtraHours + hoursOverflow;
			time.hour = hour % 24;
			daysOverflow = trunc(hour / 24);
			if (time.hour < 0) {
				time.hour += 24;
				daysOverflow--;
			}
		}
		if (time.month > 12) yearsOverflow = trunc((time.month - 1) / 12);
		else if (time.month < 1) yearsOverflow = trunc(time.month / 12) - 1;
		time.year += yearsOverflow;
		time.month -= 12 * yearsOverflow;
		day = time.day + aExtraDays + daysOverflow;
		if (day > 0) for (;;) {
			daysInMonth = Time.daysInMonth(time.month, time.year);
			if (day <= daysInMonth) break;
			time.month++;
			if (time.month > 12) {
				time.year++;
				time.month = 1;
			}
			day -= daysInMonth;
		}
		else while (day <= 0) {
			if (time.month == 1) {
				time.year--;
				time.month = 12;
			} else time.month--;
			day += Time.daysInMonth(time.month, time.year);
		}
		time.day = day;
		this._cachedUnixTime = null;
		return this;
	}
	/**
	* Sets up the current instance from unix time, the number of seconds since
	* January 1st, 1970.
	*
	* @param {Number} seconds      The seconds to set up with
	*/
	fromUnixTime(seconds) {
		this.zone = Timezone.utcTimezone;
		let date = /* @__PURE__ */ new Date(seconds * 1e3);
		this.year = date.getUTCFullYear();
		this.month = date.getUTCMonth() + 1;
		this.day = date.getUTCDate();
		if (this._time.isDate) {
			this.hour = 0;
			this.minute = 0;
			this.second = 0;
		} else {
			this.hour = date.getUTCHours();
			this.minute = date.getUTCMinutes();
			this.second = date.getUTCSeconds();
		}
		this._cachedUnixTime = null;
	}
	/**
	* Converts the current instance to seconds since January 1st 1970.
	*
	* @return {Number}         Seconds since 1970
	*/
	toUnixTime() {
		if (this._cachedUnixTime !== null) return this._cachedUnixTime;
		let offset = this.utcOffset();
		let ms = Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute, this.second - offset);
		this._cachedUnixTime = ms / 1e3;
		return this._cachedUnixTime;
	}
	/**
	* Converts time to into Object which can be serialized then re-created
	* using the constructor.
	*
	* @example
	* // toJSON will automatically be called
	* var json = JSON.stringify(mytime);
	*
	* var deserialized = JSON.parse(json);
	*
	* var time = new ICAL.Time(deserialized);
	*
	* @return {Object}
	*/
	toJSON() {
		let copy = [
			"year",
			"month",
			"day",
			"hour",
			"minute",
			"second",
			"isDate"
		];
		let result = Object.create(null);
		let i = 0;
		let len = copy.length;
		let prop;
		for (; i < len; i++) {
			prop = copy[i];
			result[prop] = this[prop];
		}
		if (this.zone) result.timezone = this.zone.tzid;
		return result;
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
*
* @ignore
* @typedef {import("./types.js").parserState} parserState
* Imports the 'parserState' type from the "types.js" module
* @typedef {import("./types.js").designSet} designSet
* Imports the 'designSet' type from the "types.js" module
*/
var CHAR = /[^ \t]/;
var VALUE_DELIMITER = ":";
var PARAM_DELIMITER = ";";
var PARAM_NAME_DELIMITER = "=";
var DEFAULT_VALUE_TYPE$1 = "unknown";
var DEFAULT_PARAM_TYPE = "text";
var RFC6868_REPLACE_MAP$1 = {
	"^'": "\"",
	"^n": "\n",
	"^^": "^"
};
/**
* Parses iCalendar or vCard data into a raw jCal object. Consult
* documentation on the {@tutorial layers|layers of parsing} for more
* details.
*
* @function ICAL.parse
* @memberof ICAL
* @variation function
* @todo Fix the API to be more clear on the return type
* @param {String} input      The string data to parse
* @return {Object|Object[]}  A single jCal object, or an array thereof
*/
function parse$1(input) {
	let state = {};
	let root = state.component = [];
	state.stack = [root];
	parse$1._eachLine(input, function(err, line) {
		parse$1._handleContentLine(line, state);
	});
	if (state.stack.length > 1) throw new ParserError("invalid ical body. component began but did not end");
	state = null;
	return root.length == 1 ? root[0] : root;
}
/**
* Parse an iCalendar property value into the jCal for a single property
*
* @function ICAL.parse.property
* @param {String} str
*   The iCalendar property string to parse
* @param {designSet=} designSet
*   The design data to use for this property
* @return {Object}
*   The jCal Object containing the property
*/
parse$1.property = function(str, designSet) {
	let state = {
		component: [[], []],
		designSet: designSet || design.defaultSet
	};
	parse$1._handleContentLine(str, state);
	return state.component[1][0];
};
/**
* Convenience method to parse a component. You can use ICAL.parse() directly
* instead.
*
* @function ICAL.parse.component
* @see ICAL.parse(function)
* @param {String} str    The iCalendar component string to parse
* @return {Object}       The jCal Object containing the component
*/
parse$1.component = function(str) {
	return parse$1(str);
};
/**
* An error that occurred during parsing.
*
* @param {String} message        The error message
* @memberof ICAL.parse
* @extends {Error}
*/
var ParserError = class extends Error {
	name = this.constructor.name;
};
parse$1.ParserError = ParserError;
/**
* Handles a single line of iCalendar/vCard, updating the state.
*
* @private
* @function ICAL.parse._handleContentLine
* @param {String} line          The content line to process
* @param {parserState} state    The current state of the line parsing
*/
parse$1._handleContentLine = function(line, state) {
	let valuePos = line.indexOf(VALUE_DELIMITER);
	let paramPos = line.indexOf(PARAM_DELIMITER);
	let lastParamIndex;
	let lastValuePos;
	let name;
	let value;
	let params = {};
	/**
	* Different property cases
	*
	*
	* 1. RRULE:FREQ=foo
	*    // FREQ= is not a param but the value
	*
	* 2. ATTENDEE;ROLE=REQ-PARTICIPANT;
	*    // ROLE= is a param because : has not happened yet
	*/
	if (paramPos !== -1 && valuePos !== -1) {
		if (paramPos > valuePos) paramPos = -1;
	}
	let parsedParams;
	if (paramPos !== -1) {
		name = line.slice(0, Math.max(0, paramPos)).toLowerCase();
		parsedParams = parse$1._parseParameters(line.slice(Math.max(0, paramPos)), 0, state.designSet);
		if (parsedParams[2] == -1) throw new ParserError("Invalid parameters in '" + line + "'");
		params = parsedParams[0];
		let parsedParamLength;
		if (typeof parsedParams[1] === "string") parsedParamLength = parsedParams[1].length;
		else parsedParamLength = parsedParams[1].reduce((accumulator, currentValue) => {
			return accumulator + currentValue.length;
		}, 0);
		lastParamIndex = parsedParamLength + parsedParams[2] + paramPos;
		if ((lastValuePos = line.slice(Math.max(0, lastParamIndex)).indexOf(VALUE_DELIMITER)) !== -1) value = line.slice(Math.max(0, lastParamIndex + lastValuePos + 1));
		else throw new ParserError("Missing parameter value in '" + line + "'");
	} else if (valuePos !== -1) {
		name = line.slice(0, Math.max(0, valuePos)).toLowerCase();
		value = line.slice(Math.max(0, valuePos + 1));
		if (name === "begin") {
			let newComponent = [
				value.toLowerCase(),
				[],
				[]
			];
			if (state.stack.length === 1) state.component.push(newComponent);
			else state.component[2].push(newComponent);
			state.stack.push(state.component);
			state.component = newComponent;
			if (!state.designSet) state.designSet = design.getDesignSet(state.component[0]);
			return;
		} else if (name === "end") {
			state.component = state.stack.pop();
			return;
		}
	} else
 /**
	* Invalid line.
	* The rational to throw an error is we will
	* never be certain that the rest of the file
	* is sane and it is unlikely that we can serialize
	* the result correctly either.
	*/
	throw new ParserError("invalid line (no token \";\" or \":\") \"" + line + "\"");
	let valueType;
	let multiValue = false;
	let structuredValue = false;
	let propertyDetails;
	let splitName;
	let ungroupedName;
	if (state.designSet.propertyGroups && name.indexOf(".") !== -1) {
		splitName = name.split(".");
		params.group = splitName[0];
		ungroupedName = splitName[1];
	} else ungroupedName = name;
	if (ungroupedName in state.designSet.property) {
		propertyDetails = state.designSet.property[ungroupedName];
		if ("multiValue" in propertyDetails) multiValue = propertyDetails.multiValue;
		if ("structuredValue" in propertyDetails) structuredValue = propertyDetails.structuredValue;
		if (value && "detectType" in propertyDetails) valueType = propertyDetails.detectType(value);
	}
	if (!valueType) {
		if (!("value" in params)) {
			if (propertyDetails) valueType = propertyDetails.defaultType;
			else valueType = DEFAULT_VALUE_TYPE$1;
		} else valueType = params.value.toLowerCase();
	}
	delete params.value;
	/**
	* Note on `var result` juggling:
	*
	* I observed that building the array in pieces has adverse
	* effects on performance, so where possible we inline the creation.
	* It is a little ugly but resulted in ~2000 additional ops/sec.
	*/
	let result;
	if (multiValue && structuredValue) {
		value = parse$1._parseMultiValue(value, structuredValue, valueType, [], multiValue, state.designSet, structuredValue);
		result = [
			ungroupedName,
			params,
			valueType,
			value
		];
	} else if (multiValue) {
		result = [
			ungroupedName,
			params,
			valueType
		];
		parse$1._parseMultiValue(value, multiValue, valueType, result, null, state.designSet, false);
	} else if (structuredValue) {
		value = parse$1._parseMultiValue(value, structuredValue, valueType, [], null, state.designSet, structuredValue);
		result = [
			ungroupedName,
			params,
			valueType,
			value
		];
	} else {
		value = parse$1._parseValue(value, valueType, state.designSet, false);
		result = [
			ungroupedName,
			params,
			valueType,
			value
		];
	}
	if (state.component[0] === "vcard" && state.component[1].length === 0 && !(name === "version" && value === "4.0")) state.designSet = design.getDesignSet("vcard3");
	state.component[1].push(result);
};
/**
* Parse a value from the raw value into the jCard/jCal value.
*
* @private
* @function ICAL.parse._parseValue
* @param {String} value          Original value
* @param {String} type           Type of value
* @param {Object} designSet      The design data to use for this value
* @return {Object} varies on type
*/
parse$1._parseValue = function(value, type, designSet, structuredValue) {
	if (type in designSet.value && "fromICAL" in designSet.value[type]) return designSet.value[type].fromICAL(value, structuredValue);
	return value;
};
/**
* Parse parameters from a string to object.
*
* @function ICAL.parse._parseParameters
* @private
* @param {String} line               A single unfolded line
* @param {Number} start              Position to start looking for properties
* @param {Object} designSet          The design data to use for this property
* @return {Array}                    Array containing key/valye pairs of parsed parameters, the
*                                      parsed value, and the position of the last parameter found
*/
parse$1._parseParameters = function(line, start, designSet) {
	let lastParam = start;
	let pos = 0;
	let delim = PARAM_NAME_DELIMITER;
	let result = {};
	let name, lcname;
	let value, valuePos = -1;
	let type, multiValue, mvdelim;
	while (pos !== false && (pos = line.indexOf(delim, pos + 1)) !== -1) {
		name = line.slice(lastParam + 1, pos);
		if (name.length == 0) throw new ParserError("Empty parameter name in '" + line + "'");
		lcname = name.toLowerCase();
		mvdelim = false;
		multiValue = false;
		if (lcname in designSet.param && designSet.param[lcname].valueType) type = designSet.param[lcname].valueType;
		else type = DEFAULT_PARAM_TYPE;
		if (lcname in designSet.param) {
			multiValue = designSet.param[lcname].multiValue;
			if (designSet.param[lcname].multiValueSeparateDQuote) mvdelim = parse$1._rfc6868Escape("\"" + multiValue + "\"");
		}
		if (line[pos + 1] === "\"") {
			valuePos = pos + 2;
			pos = line.indexOf("\"", valuePos);
			if (multiValue && pos != -1) {
				let extendedValue = true;
				while (extendedValue) if (line[pos + 1] == multiValue && line[pos + 2] == "\"") pos = line.indexOf("\"", pos + 3);
				else extendedValue = false;
			}
			if (pos === -1) throw new ParserError("invalid line (no matching double quote) \"" + line + "\"");
			value = line.slice(valuePos, pos);
			lastParam = line.indexOf(PARAM_DELIMITER, pos);
			let propValuePos = line.indexOf(VALUE_DELIMITER, pos);
			if (lastParam === -1 || propValuePos !== -1 && lastParam > propValuePos) pos = false;
		} else {
			valuePos = pos + 1;
			let nextPos = line.indexOf(PARAM_DELIMITER, valuePos);
			let propValuePos = line.indexOf(VALUE_DELIMITER, valuePos);
			if (propValuePos !== -1 && nextPos > propValuePos) {
				nextPos = propValuePos;
				pos = false;
			} else if (nextPos === -1) {
				if (propValuePos === -1) nextPos = line.length;
				else nextPos = propValuePos;
				pos = false;
			} else {
				lastParam = nextPos;
				pos = nextPos;
			}
			value = line.slice(valuePos, nextPos);
		}
		const length_before = value.length;
		value = parse$1._rfc6868Escape(value);
		valuePos += length_before - value.length;
		if (multiValue) {
			let delimiter = mvdelim || multiValue;
			value = parse$1._parseMultiValue(value, delimiter, type, [], null, designSet);
		} else value = parse$1._parseValue(value, type, designSet);
		if (multiValue && lcname in result) {
			if (Array.isArray(result[lcname])) result[lcname].push(value);
			else result[lcname] = [result[lcname], value];
		} else result[lcname] = value;
	}
	return [
		result,
		value,
		valuePos
	];
};
/**
* Internal helper for rfc6868. Exposing this on ICAL.parse so that
* hackers can disable the rfc6868 parsing if the really need to.
*
* @function ICAL.parse._rfc6868Escape
* @param {String} val        The value to escape
* @return {String}           The escaped value
*/
parse$1._rfc6868Escape = function(val) {
	return val.replace(/\^['n^]/g, function(x) {
		return RFC6868_REPLACE_MAP$1[x];
	});
};
/**
* Parse a multi value string. This function is used either for parsing
* actual multi-value property's values, or for handling parameter values. It
* can be used for both multi-value properties and structured value properties.
*
* @private
* @function ICAL.parse._parseMultiValue
* @param {String} buffer           The buffer containing the full value
* @param {String} delim            The multi-value delimiter
* @param {String} type             The value type to be parsed
* @param {Array.<?>} result        The array to append results to, varies on value type
* @param {String} innerMulti       The inner delimiter to split each value with
* @param {designSet} designSet     The design data for this value
* @return {?|Array.<?>}            Either an array of results, or the first result
*/
parse$1._parseMultiValue = function(buffer, delim, type, result, innerMulti, designSet, structuredValue) {
	let pos = 0;
	let lastPos = 0;
	let value;
	if (delim.length === 0) return buffer;
	while ((pos = unescapedIndexOf(buffer, delim, lastPos)) !== -1) {
		value = buffer.slice(lastPos, pos);
		if (innerMulti) value = parse$1._parseMultiValue(value, innerMulti, type, [], null, designSet, structuredValue);
		else value = parse$1._parseValue(value, type, designSet, structuredValue);
		result.push(value);
		lastPos = pos + delim.length;
	}
	value = buffer.slice(lastPos);
	if (innerMulti) value = parse$1._parseMultiValue(value, innerMulti, type, [], null, designSet, structuredValue);
	else value = parse$1._parseValue(value, type, designSet, structuredValue);
	result.push(value);
	return result.length == 1 ? result[0] : result;
};
/**
* Process a complete buffer of iCalendar/vCard data line by line, correctly
* unfolding content. Each line will be processed with the given callback
*
* @private
* @function ICAL.parse._eachLine
* @param {String} buffer                         The buffer to process
* @param {function(?String, String)} callback    The callback for each line
*/
parse$1._eachLine = function(buffer, callback) {
	let len = buffer.length;
	let lastPos = buffer.search(CHAR);
	let pos = lastPos;
	let line;
	let firstChar;
	let newlineOffset;
	do {
		pos = buffer.indexOf("\n", lastPos) + 1;
		if (pos > 1 && buffer[pos - 2] === "\r") newlineOffset = 2;
		else newlineOffset = 1;
		if (pos === 0) {
			pos = len;
			newlineOffset = 0;
		}
		firstChar = buffer[lastPos];
		if (firstChar === " " || firstChar === "	") line += buffer.slice(lastPos + 1, pos - newlineOffset);
		else {
			if (line) callback(null, line);
			line = buffer.slice(lastPos, pos - newlineOffset);
		}
		lastPos = pos;
	} while (pos !== len);
	line = line.trim();
	if (line.length) callback(null, line);
};
var OPTIONS = [
	"tzid",
	"location",
	"tznames",
	"latitude",
	"longitude"
];
/**
* Timezone representation.
*
* @example
* var vcalendar;
* var timezoneComp = vcalendar.getFirstSubcomponent('vtimezone');
* var tzid = timezoneComp.getFirstPropertyValue('tzid');
*
* var timezone = new ICAL.Timezone({
*   component: timezoneComp,
*   tzid
* });
*
* @memberof ICAL
*/
var Timezone = class Timezone {
	static _compare_change_fn(a, b) {
		if (a.year < b.year) return -1;
		else if (a.year > b.year) return 1;
		if (a.month < b.month) return -1;
		else if (a.month > b.month) return 1;
		if (a.day < b.day) return -1;
		else if (a.day > b.day) return 1;
		if (a.hour < b.hour) return -1;
		else if (a.hour > b.hour) return 1;
		if (a.minute < b.minute) return -1;
		else if (a.minute > b.minute) return 1;
		if (a.second < b.second) return -1;
		else if (a.second > b.second) return 1;
		return 0;
	}
	/**
	* Convert the date/time from one zone to the next.
	*
	* @param {Time} tt                  The time to convert
	* @param {Timezone} from_zone       The source zone to convert from
	* @param {Timezone} to_zone         The target zone to convert to
	* @return {Time}                    The converted date/time object
	*/
	static convert_time(tt, from_zone, to_zone) {
		if (tt.isDate || from_zone.tzid == to_zone.tzid || from_zone == Timezone.localTimezone || to_zone == Timezone.localTimezone) {
			tt.zone = to_zone;
			return tt;
		}
		let utcOffset = from_zone.utcOffset(tt);
		tt.adjust(0, 0, 0, -utcOffset);
		utcOffset = to_zone.utcOffset(tt);
		tt.adjust(0, 0, 0, utcOffset);
		return null;
	}
	/**
	* Creates a new ICAL.Timezone instance from the passed data object.
	*
	* @param {Component|Object} aData options for class
	* @param {String|Component} aData.component
	*        If aData is a simple object, then this member can be set to either a
	*        string containing the component data, or an already parsed
	*        ICAL.Component
	* @param {String} aData.tzid      The timezone identifier
	* @param {String} aData.location  The timezone locationw
	* @param {String} aData.tznames   An alternative string representation of the
	*                                  timezone
	* @param {Number} aData.latitude  The latitude of the timezone
	* @param {Number} aData.longitude The longitude of the timezone
	*/
	static fromData(aData) {
		return new Timezone().fromData(aData);
	}
	/**
	* The instance describing the UTC timezone
	* @type {Timezone}
	* @constant
	* @instance
	*/
	static #utcTimezone = null;
	static get utcTimezone() {
		if (!this.#utcTimezone) this.#utcTimezone = Timezone.fromData({ tzid: "UTC" });
		return this.#utcTimezone;
	}
	/**
	* The instance describing the local timezone
	* @type {Timezone}
	* @constant
	* @instance
	*/
	static #localTimezone = null;
	static get localTimezone() {
		if (!this.#localTimezone) this.#localTimezone = Timezone.fromData({ tzid: "floating" });
		return this.#localTimezone;
	}
	/**
	* Adjust a timezone change object.
	* @private
	* @param {Object} change     The timezone change object
	* @param {Number} days       The extra amount of days
	* @param {Number} hours      The extra amount of hours
	* @param {Number} minutes    The extra amount of minutes
	* @param {Number} seconds    The extra amount of seconds
	*/
	static adjust_change(change, days, hours, minutes, seconds) {
		return Time.prototype.adjust.call(change, days, hours, minutes, seconds, change);
	}
	static _minimumExpansionYear = -1;
	static EXTRA_COVERAGE = 5;
	/**
	* Creates a new ICAL.Timezone instance, by passing in a tzid and component.
	*
	* @param {Component|Object} data options for class
	* @param {String|Component} data.component
	*        If data is a simple object, then this member can be set to either a
	*        string containing the component data, or an already parsed
	*        ICAL.Component
	* @param {String} data.tzid      The timezone identifier
	* @param {String} data.location  The timezone locationw
	* @param {String} data.tznames   An alternative string representation of the
	*                                  timezone
	* @param {Number} data.latitude  The latitude of the timezone
	* @param {Number} data.longitude The longitude of the timezone
	*/
	constructor(data) {
		this.wrappedJSObject = this;
		this.fromData(data);
	}
	/**
	* Timezone identifier
	* @type {String}
	*/
	tzid = "";
	/**
	* Timezone location
	* @type {String}
	*/
	location = "";
	/**
	* Alternative timezone name, for the string representation
	* @type {String}
	*/
	tznames = "";
	/**
	* The primary latitude for the timezone.
	* @type {Number}
	*/
	latitude = 0;
	/**
	* The primary longitude for the timezone.
	* @type {Number}
	*/
	longitude = 0;
	/**
	* The vtimezone component for this timezone.
	* @type {Component}
	*/
	component = null;
	/**
	* The year this timezone has been expanded to. All timezone transition
	* dates until this year are known and can be used for calculation
	*
	* @private
	* @type {Number}
	*/
	expandedUntilYear = 0;
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "icaltimezone"
	*/
	icalclass = "icaltimezone";
	/**
	* Sets up the current instance using members from the passed data object.
	*
	* @param {Component|Object} aData options for class
	* @param {String|Component} aData.component
	*        If aData is a simple object, then this member can be set to either a
	*        string containing the component data, or an already parsed
	*        ICAL.Component
	* @param {String} aData.tzid      The timezone identifier
	* @param {String} aData.location  The timezone locationw
	* @param {String} aData.tznames   An alternative string representation of the
	*                                  timezone
	* @param {Number} aData.latitude  The latitude of the timezone
	* @param {Number} aData.longitude The longitude of the timezone
	*/
	fromData(aData) {
		this.expandedUntilYear = 0;
		this.changes = [];
		if (aData instanceof Component) this.component = aData;
		else {
			if (aData && "component" in aData) {
				if (typeof aData.component == "string") {
					let jCal = parse$1(aData.component);
					this.component = new Component(jCal);
				} else if (aData.component instanceof Component) this.component = aData.component;
				else this.component = null;
			}
			for (let prop of OPTIONS) if (aData && prop in aData) this[prop] = aData[prop];
		}
		if (this.component instanceof Component && !this.tzid) this.tzid = this.component.getFirstPropertyValue("tzid");
		return this;
	}
	/**
	* Finds the utcOffset the given time would occur in this timezone.
	*
	* @param {Time} tt         The time to check for
	* @return {Number}         utc offset in seconds
	*/
	utcOffset(tt) {
		if (this == Timezone.utcTimezone || this == Timezone.localTimezone) return 0;
		this._ensureCoverage(tt.year);
		if (!this.changes.length) return 0;
		let tt_change = {
			year: tt.year,
			month: tt.month,
			day: tt.day,
			hour: tt.hour,
			minute: tt.minute,
			second: tt.second
		};
		let change_num = this._findNearbyChange(tt_change);
		let change_num_to_use = -1;
		let step = 1;
		for (;;) {
			let change = clone$2(this.changes[change_num], true);
			if (change.utcOffset < change.prevUtcOffset) Timezone.adjust_change(change, 0, 0, 0, change.utcOffset);
			else Timezone.adjust_change(change, 0, 0, 0, change.prevUtcOffset);
			if (Timezone._compare_change_fn(tt_change, change) >= 0) change_num_to_use = change_num;
			else step = -1;
			if (step == -1 && change_num_to_use != -1) break;
			change_num += step;
			if (change_num < 0) return 0;
			if (change_num >= this.changes.length) break;
		}
		let zone_change = this.changes[change_num_to_use];
		if (zone_change.utcOffset - zone_change.prevUtcOffset < 0 && change_num_to_use > 0) {
			let tmp_change = clone$2(zone_change, true);
			Timezone.adjust_change(tmp_change, 0, 0, 0, tmp_change.prevUtcOffset);
			if (Timezone._compare_change_fn(tt_change, tmp_change) < 0) {
				let prev_zone_change = this.changes[change_num_to_use - 1];
				let want_daylight = false;
				if (zone_change.is_daylight != want_daylight && prev_zone_change.is_daylight == want_daylight) zone_change = prev_zone_change;
			}
		}
		return zone_change.utcOffset;
	}
	_findNearbyChange(change) {
		let idx = binsearchInsert(this.changes, change, Timezone._compare_change_fn);
		if (idx >= this.changes.length) return this.changes.length - 1;
		return idx;
	}
	_ensureCoverage(aYear) {
		if (Timezone._minimumExpansionYear == -1) {
			let today = Time.now();
			Timezone._minimumExpansionYear = today.year;
		}
		let changesEndYear = aYear;
		if (changesEndYear < Timezone._minimumExpansionYear) changesEndYear = Timezone._minimumExpansionYear;
		changesEndYear += Timezone.EXTRA_COVERAGE;
		if (!this.changes.length || this.expandedUntilYear < aYear) {
			let subcomps = this.component.getAllSubcomponents();
			let compLen = subcomps.length;
			let compIdx = 0;
			for (; compIdx < compLen; compIdx++) this._expandComponent(subcomps[compIdx], changesEndYear, this.changes);
			this.changes.sort(Timezone._compare_change_fn);
			this.expandedUntilYear = changesEndYear;
		}
	}
	_expandComponent(aComponent, aYear, changes) {
		if (!aComponent.hasProperty("dtstart") || !aComponent.hasProperty("tzoffsetto") || !aComponent.hasProperty("tzoffsetfrom")) return null;
		let dtstart = aComponent.getFirstProperty("dtstart").getFirstValue();
		let change;
		function convert_tzoffset(offset) {
			return offset.factor * (offset.hours * 3600 + offset.minutes * 60);
		}
		function init_changes() {
			let changebase = {};
			changebase.is_daylight = aComponent.name == "daylight";
			changebase.utcOffset = convert_tzoffset(aComponent.getFirstProperty("tzoffsetto").getFirstValue());
			changebase.prevUtcOffset = convert_tzoffset(aComponent.getFirstProperty("tzoffsetfrom").getFirstValue());
			return changebase;
		}
		if (!aComponent.hasProperty("rrule") && !aComponent.hasProperty("rdate")) {
			change = init_changes();
			change.year = dtstart.year;
			change.month = dtstart.month;
			change.day = dtstart.day;
			change.hour = dtstart.hour;
			change.minute = dtstart.minute;
			change.second = dtstart.second;
			Timezone.adjust_change(change, 0, 0, 0, -change.prevUtcOffset);
			changes.push(change);
		} else {
			let props = aComponent.getAllProperties("rdate");
			for (let rdate of props) {
				let time = rdate.getFirstValue();
				change = init_changes();
				change.year = time.year;
				change.month = time.month;
				change.day = time.day;
				if (time.isDate) {
					change.hour = dtstart.hour;
					change.minute = dtstart.minute;
					change.second = dtstart.second;
					if (dtstart.zone != Timezone.utcTimezone) Timezone.adjust_change(change, 0, 0, 0, -change.prevUtcOffset);
				} else {
					change.hour = time.hour;
					change.minute = time.minute;
					change.second = time.second;
					if (time.zone != Timezone.utcTimezone) Timezone.adjust_change(change, 0, 0, 0, -change.prevUtcOffset);
				}
				changes.push(change);
			}
			let rrule = aComponent.getFirstProperty("rrule");
			if (rrule) {
				rrule = rrule.getFirstValue();
				change = init_changes();
				if (rrule.until && rrule.until.zone == Timezone.utcTimezone) {
					rrule.until.adjust(0, 0, 0, change.prevUtcOffset);
					rrule.until.zone = Timezone.localTimezone;
				}
				let iterator = rrule.iterator(dtstart);
				let occ;
				while (occ = iterator.next()) {
					change = init_changes();
					if (occ.year > aYear || !occ) break;
					change.year = occ.year;
					change.month = occ.month;
					change.day = occ.day;
					change.hour = occ.hour;
					change.minute = occ.minute;
					change.second = occ.second;
					change.isDate = occ.isDate;
					Timezone.adjust_change(change, 0, 0, 0, -change.prevUtcOffset);
					changes.push(change);
				}
			}
		}
		return changes;
	}
	/**
	* The string representation of this timezone.
	* @return {String}
	*/
	toString() {
		return this.tznames ? this.tznames : this.tzid;
	}
};
var zones = null;
/**
* @classdesc
* Singleton class to contain timezones.  Right now it is all manual registry in
* the future we may use this class to download timezone information or handle
* loading pre-expanded timezones.
*
* @exports module:ICAL.TimezoneService
* @memberof ICAL
*/
var TimezoneService = {
	get count() {
		if (zones === null) return 0;
		return Object.keys(zones).length;
	},
	reset: function() {
		zones = Object.create(null);
		let utc = Timezone.utcTimezone;
		zones.Z = utc;
		zones.UTC = utc;
		zones.GMT = utc;
	},
	_hard_reset: function() {
		zones = null;
	},
	/**
	* Checks if timezone id has been registered.
	*
	* @param {String} tzid     Timezone identifier (e.g. America/Los_Angeles)
	* @return {Boolean}        False, when not present
	*/
	has: function(tzid) {
		if (zones === null) return false;
		return !!zones[tzid];
	},
	/**
	* Returns a timezone by its tzid if present.
	*
	* @param {String} tzid               Timezone identifier (e.g. America/Los_Angeles)
	* @return {Timezone | undefined}     The timezone, or undefined if not found
	*/
	get: function(tzid) {
		if (zones === null) this.reset();
		return zones[tzid];
	},
	/**
	* Registers a timezone object or component.
	*
	* @param {Component|Timezone} timezone
	*        The initialized zone or vtimezone.
	*
	* @param {String=} name
	*        The name of the timezone. Defaults to the component's TZID if not
	*        passed.
	*/
	register: function(timezone, name) {
		if (zones === null) this.reset();
		if (typeof timezone === "string" && name instanceof Timezone) [timezone, name] = [name, timezone];
		if (!name) {
			if (timezone instanceof Timezone) name = timezone.tzid;
			else if (timezone.name === "vtimezone") {
				timezone = new Timezone(timezone);
				name = timezone.tzid;
			}
		}
		if (!name) throw new TypeError("Neither a timezone nor a name was passed");
		if (timezone instanceof Timezone) zones[name] = timezone;
		else throw new TypeError("timezone must be ICAL.Timezone or ICAL.Component");
	},
	/**
	* Removes a timezone by its tzid from the list.
	*
	* @param {String} tzid     Timezone identifier (e.g. America/Los_Angeles)
	* @return {?Timezone}      The removed timezone, or null if not registered
	*/
	remove: function(tzid) {
		if (zones === null) return null;
		return delete zones[tzid];
	}
};
/**
* Helper functions used in various places within ical.js
* @module ICAL.helpers
*/
/**
* Compiles a list of all referenced TZIDs in all subcomponents and
* removes any extra VTIMEZONE subcomponents. In addition, if any TZIDs
* are referenced by a component, but a VTIMEZONE does not exist,
* an attempt will be made to generate a VTIMEZONE using ICAL.TimezoneService.
*
* @param {Component} vcal     The top-level VCALENDAR component.
* @return {Component}         The ICAL.Component that was passed in.
*/
function updateTimezones(vcal) {
	let allsubs, properties, vtimezones, reqTzid, i;
	if (!vcal || vcal.name !== "vcalendar") return vcal;
	allsubs = vcal.getAllSubcomponents();
	properties = [];
	vtimezones = {};
	for (i = 0; i < allsubs.length; i++) if (allsubs[i].name === "vtimezone") {
		let tzid = allsubs[i].getFirstProperty("tzid").getFirstValue();
		vtimezones[tzid] = allsubs[i];
	} else properties = properties.concat(allsubs[i].getAllProperties());
	reqTzid = {};
	for (i = 0; i < properties.length; i++) {
		let tzid = properties[i].getParameter("tzid");
		if (tzid) reqTzid[tzid] = true;
	}
	for (let [tzid, comp] of Object.entries(vtimezones)) if (!reqTzid[tzid]) vcal.removeSubcomponent(comp);
	for (let tzid of Object.keys(reqTzid)) if (!vtimezones[tzid] && TimezoneService.has(tzid)) vcal.addSubcomponent(TimezoneService.get(tzid).component);
	return vcal;
}
/**
* Checks if the given type is of the number type and also NaN.
*
* @param {Number} number     The number to check
* @return {Boolean}          True, if the number is strictly NaN
*/
function isStrictlyNaN(number) {
	return typeof number === "number" && isNaN(number);
}
/**
* Parses a string value that is expected to be an integer, when the valid is
* not an integer throws a decoration error.
*
* @param {String} string     Raw string input
* @return {Number}           Parsed integer
*/
function strictParseInt(string) {
	let result = parseInt(string, 10);
	if (isStrictlyNaN(result)) throw new Error("Could not extract integer from \"" + string + "\"");
	return result;
}
/**
* Creates or returns a class instance of a given type with the initialization
* data if the data is not already an instance of the given type.
*
* @example
* var time = new ICAL.Time(...);
* var result = ICAL.helpers.formatClassType(time, ICAL.Time);
*
* (result instanceof ICAL.Time)
* // => true
*
* result = ICAL.helpers.formatClassType({}, ICAL.Time);
* (result isntanceof ICAL.Time)
* // => true
*
*
* @param {Object} data       object initialization data
* @param {Object} type       object type (like ICAL.Time)
* @return {?}                An instance of the found type.
*/
function formatClassType(data, type) {
	if (typeof data === "undefined") return;
	if (data instanceof type) return data;
	return new type(data);
}
/**
* Identical to indexOf but will only match values when they are not preceded
* by a backslash character.
*
* @param {String} buffer         String to search
* @param {String} search         Value to look for
* @param {Number} pos            Start position
* @return {Number}               The position, or -1 if not found
*/
function unescapedIndexOf(buffer, search, pos) {
	while ((pos = buffer.indexOf(search, pos)) !== -1) if (pos > 0 && buffer[pos - 1] === "\\") pos += 1;
	else return pos;
	return -1;
}
/**
* Find the index for insertion using binary search.
*
* @param {Array} list            The list to search
* @param {?} seekVal             The value to insert
* @param {function(?,?)} cmpfunc The comparison func, that can
*                                  compare two seekVals
* @return {Number}               The insert position
*/
function binsearchInsert(list, seekVal, cmpfunc) {
	if (!list.length) return 0;
	let low = 0, high = list.length - 1, mid, cmpval;
	while (low <= high) {
		mid = low + Math.floor((high - low) / 2);
		cmpval = cmpfunc(seekVal, list[mid]);
		if (cmpval < 0) high = mid - 1;
		else if (cmpval > 0) low = mid + 1;
		else break;
	}
	if (cmpval < 0) return mid;
	else if (cmpval > 0) return mid + 1;
	else return mid;
}
/**
* Clone the passed object or primitive. By default a shallow clone will be
* executed.
*
* @param {*} aSrc            The thing to clone
* @param {Boolean=} aDeep    If true, a deep clone will be performed
* @return {*}                The copy of the thing
*/
function clone$2(aSrc, aDeep) {
	if (!aSrc || typeof aSrc != "object") return aSrc;
	else if (aSrc instanceof Date) return new Date(aSrc.getTime());
	else if ("clone" in aSrc) return aSrc.clone();
	else if (Array.isArray(aSrc)) {
		let arr = [];
		for (let i = 0; i < aSrc.length; i++) arr.push(aDeep ? clone$2(aSrc[i], true) : aSrc[i]);
		return arr;
	} else {
		let obj = {};
		for (let [name, value] of Object.entries(aSrc)) if (aDeep) obj[name] = clone$2(value, true);
		else obj[name] = value;
		return obj;
	}
}
/**
* Performs iCalendar line folding. A line ending character is inserted and
* the next line begins with a whitespace.
*
* @example
* SUMMARY:This line will be fold
*  ed right in the middle of a word.
*
* @param {String} aLine      The line to fold
* @return {String}           The folded line
*/
function foldline(aLine) {
	let result = "";
	let line = aLine || "", pos = 0, line_length = 0;
	while (line.length) {
		let cp = line.codePointAt(pos);
		if (cp < 128) ++line_length;
		else if (cp < 2048) line_length += 2;
		else if (cp < 65536) line_length += 3;
		else line_length += 4;
		if (line_length < ICALmodule.foldLength + 1) pos += cp > 65535 ? 2 : 1;
		else {
			result += ICALmodule.newLineChar + " " + line.slice(0, Math.max(0, pos));
			line = line.slice(Math.max(0, pos));
			pos = line_length = 0;
		}
	}
	return result.slice(ICALmodule.newLineChar.length + 1);
}
/**
* Pads the given string or number with zeros so it will have at least two
* characters.
*
* @param {String|Number} data    The string or number to pad
* @return {String}               The number padded as a string
*/
function pad2(data) {
	if (typeof data !== "string") {
		if (typeof data === "number") data = parseInt(data);
		data = String(data);
	}
	switch (data.length) {
		case 0: return "00";
		case 1: return "0" + data;
		default: return data;
	}
}
/**
* Truncates the given number, correctly handling negative numbers.
*
* @param {Number} number     The number to truncate
* @return {Number}           The truncated number
*/
function trunc(number) {
	return number < 0 ? Math.ceil(number) : Math.floor(number);
}
/**
* Poor-man's cross-browser object extension. Doesn't support all the
* features, but enough for our usage. Note that the target's properties are
* not overwritten with the source properties.
*
* @example
* var child = ICAL.helpers.extend(parent, {
*   "bar": 123
* });
*
* @param {Object} source     The object to extend
* @param {Object} target     The object to extend with
* @return {Object}           Returns the target.
*/
function extend(source, target) {
	for (let key in source) {
		let descr = Object.getOwnPropertyDescriptor(source, key);
		if (descr && !Object.getOwnPropertyDescriptor(target, key)) Object.defineProperty(target, key, descr);
	}
	return target;
}
var helpers = /*#__PURE__*/ Object.freeze({
	__proto__: null,
	binsearchInsert,
	clone: clone$2,
	extend,
	foldline,
	formatClassType,
	isStrictlyNaN,
	pad2,
	strictParseInt,
	trunc,
	unescapedIndexOf,
	updateTimezones
});
/**
* This class represents the "utc-offset" value type, with various calculation and manipulation
* methods.
*
* @memberof ICAL
*/
var UtcOffset = class UtcOffset {
	/**
	* Creates a new {@link ICAL.UtcOffset} instance from the passed string.
	*
	* @param {String} aString    The string to parse
	* @return {Duration}         The created utc-offset instance
	*/
	static fromString(aString) {
		let options = {};
		options.factor = aString[0] === "+" ? 1 : -1;
		options.hours = strictParseInt(aString.slice(1, 3));
		options.minutes = strictParseInt(aString.slice(4, 6));
		return new UtcOffset(options);
	}
	/**
	* Creates a new {@link ICAL.UtcOffset} instance from the passed seconds
	* value.
	*
	* @param {Number} aSeconds       The number of seconds to convert
	*/
	static fromSeconds(aSeconds) {
		let instance = new UtcOffset();
		instance.fromSeconds(aSeconds);
		return instance;
	}
	/**
	* Creates a new ICAL.UtcOffset instance.
	*
	* @param {Object} aData          An object with members of the utc offset
	* @param {Number=} aData.hours   The hours for the utc offset
	* @param {Number=} aData.minutes The minutes in the utc offset
	* @param {Number=} aData.factor  The factor for the utc-offset, either -1 or 1
	*/
	constructor(aData) {
		this.fromData(aData);
	}
	/**
	* The hours in the utc-offset
	* @type {Number}
	*/
	hours = 0;
	/**
	* The minutes in the utc-offset
	* @type {Number}
	*/
	minutes = 0;
	/**
	* The sign of the utc offset, 1 for positive offset, -1 for negative
	* offsets.
	* @type {Number}
	*/
	factor = 1;
	/**
	* The type name, to be used in the jCal object.
	* @constant
	* @type {String}
	* @default "utc-offset"
	*/
	icaltype = "utc-offset";
	/**
	* Returns a clone of the utc offset object.
	*
	* @return {UtcOffset}     The cloned object
	*/
	clone() {
		return UtcOffset.fromSeconds(this.toSeconds());
	}
	/**
	* Sets up the current instance using members from the passed data object.
	*
	* @param {Object} aData          An object with members of the utc offset
	* @param {Number=} aData.hours   The hours for the utc offset
	* @param {Number=} aData.minutes The minutes in the utc offset
	* @param {Number=} aData.factor  The factor for the utc-offset, either -1 or 1
	*/
	fromData(aData) {
		if (aData) for (let [key, value] of Object.entries(aData)) this[key] = value;
		this._normalize();
	}
	/**
	* Sets up the current instance from the given seconds value. The seconds
	* value is truncated to the minute. Offsets are wrapped when the world
	* ends, the hour after UTC+14:00 is UTC-12:00.
	*
	* @param {Number} aSeconds         The seconds to convert into an offset
	*/
	fromSeconds(aSeconds) {
		let secs = Math.abs(aSeconds);
		this.factor = aSeconds < 0 ? -1 : 1;
		this.hours = trunc(secs / 3600);
		secs -= this.hours * 3600;
		this.minutes = trunc(secs / 60);
		return this;
	}
	/**
	* Convert the current offset to a value in seconds
	*
	* @return {Number}                 The offset in seconds
	*/
	toSeconds() {
		return this.factor * (60 * this.minutes + 3600 * this.hours);
	}
	/**
	* Compare this utc offset with another one.
	*
	* @param {UtcOffset} other             The other offset to compare with
	* @return {Number}                     -1, 0 or 1 for less/equal/greater
	*/
	compare(other) {
		let a = this.toSeconds();
		let b = other.toSeconds();
		return (a > b) - (b > a);
	}
	_normalize() {
		let secs = this.toSeconds();
		let factor = this.factor;
		while (secs < -43200) secs += 97200;
		while (secs > 50400) secs -= 97200;
		this.fromSeconds(secs);
		if (secs == 0) this.factor = factor;
	}
	/**
	* The iCalendar string representation of this utc-offset.
	* @return {String}
	*/
	toICALString() {
		return design.icalendar.value["utc-offset"].toICAL(this.toString());
	}
	/**
	* The string representation of this utc-offset.
	* @return {String}
	*/
	toString() {
		return (this.factor == 1 ? "+" : "-") + pad2(this.hours) + ":" + pad2(this.minutes);
	}
};
/**
* Describes a vCard time, which has slight differences to the ICAL.Time.
* Properties can be null if not specified, for example for dates with
* reduced accuracy or truncation.
*
* Note that currently not all methods are correctly re-implemented for
* VCardTime. For example, comparison will have undefined results when some
* members are null.
*
* Also, normalization is not yet implemented for this class!
*
* @memberof ICAL
* @extends {Time}
*/
var VCardTime = class VCardTime extends Time {
	/**
	* Returns a new ICAL.VCardTime instance from a date and/or time string.
	*
	* @param {String} aValue     The string to create from
	* @param {String} aIcalType  The type for this instance, e.g. date-and-or-time
	* @return {VCardTime}        The date/time instance
	*/
	static fromDateAndOrTimeString(aValue, aIcalType) {
		function part(v, s, e) {
			return v ? strictParseInt(v.slice(s, s + e)) : null;
		}
		let parts = aValue.split("T");
		let dt = parts[0], tmz = parts[1];
		let splitzone = tmz ? design.vcard.value.time._splitZone(tmz) : [];
		let zone = splitzone[0], tm = splitzone[1];
		let dtlen = dt ? dt.length : 0;
		let tmlen = tm ? tm.length : 0;
		let hasDashDate = dt && dt[0] == "-" && dt[1] == "-";
		let hasDashTime = tm && tm[0] == "-";
		let o = {
			year: hasDashDate ? null : part(dt, 0, 4),
			month: hasDashDate && (dtlen == 4 || dtlen == 7) ? part(dt, 2, 2) : dtlen == 7 ? part(dt, 5, 2) : dtlen == 10 ? part(dt, 5, 2) : null,
			day: dtlen == 5 ? part(dt, 3, 2) : dtlen == 7 && hasDashDate ? part(dt, 5, 2) : dtlen == 10 ? part(dt, 8, 2) : null,
			hour: hasDashTime ? null : part(tm, 0, 2),
			minute: hasDashTime && tmlen == 3 ? part(tm, 1, 2) : tmlen > 4 ? hasDashTime ? part(tm, 1, 2) : part(tm, 3, 2) : null,
			second: tmlen == 4 ? part(tm, 2, 2) : tmlen == 6 ? part(tm, 4, 2) : tmlen == 8 ? part(tm, 6, 2) : null
		};
		if (zone == "Z") zone = Timezone.utcTimezone;
		else if (zone && zone[3] == ":") zone = UtcOffset.fromString(zone);
		else zone = null;
		return new VCardTime(o, zone, aIcalType);
	}
	/**
	* Creates a new ICAL.VCardTime instance.
	*
	* @param {Object} data                           The data for the time instance
	* @param {Number=} data.year                     The year for this date
	* @param {Number=} data.month                    The month for this date
	* @param {Number=} data.day                      The day for this date
	* @param {Number=} data.hour                     The hour for this date
	* @param {Number=} data.minute                   The minute for this date
	* @param {Number=} data.second                   The second for this date
	* @param {Timezone|UtcOffset} zone               The timezone to use
	* @param {String} icaltype                       The type for this date/time object
	*/
	constructor(data, zone, icaltype) {
		super(data, zone);
		this.icaltype = icaltype || "date-and-or-time";
	}
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "vcardtime"
	*/
	icalclass = "vcardtime";
	/**
	* The type name, to be used in the jCal object.
	* @type {String}
	* @default "date-and-or-time"
	*/
	icaltype = "date-and-or-time";
	/**
	* Returns a clone of the vcard date/time object.
	*
	* @return {VCardTime}     The cloned object
	*/
	clone() {
		return new VCardTime(this._time, this.zone, this.icaltype);
	}
	_normalize() {
		return this;
	}
	/**
	* @inheritdoc
	*/
	utcOffset() {
		if (this.zone instanceof UtcOffset) return this.zone.toSeconds();
		else return Time.prototype.utcOffset.apply(this, arguments);
	}
	/**
	* Returns an RFC 6350 compliant representation of this object.
	*
	* @return {String}         vcard date/time string
	*/
	toICALString() {
		return design.vcard.value[this.icaltype].toICAL(this.toString());
	}
	/**
	* The string representation of this date/time, in jCard form
	* (including : and - separators).
	* @return {String}
	*/
	toString() {
		let y = this.year, m = this.month, d = this.day;
		let h = this.hour, mm = this.minute, s = this.second;
		let hasYear = y !== null, hasMonth = m !== null, hasDay = d !== null;
		let hasHour = h !== null, hasMinute = mm !== null, hasSecond = s !== null;
		let datepart = (hasYear ? pad2(y) + (hasMonth || hasDay ? "-" : "") : hasMonth || hasDay ? "--" : "") + (hasMonth ? pad2(m) : "") + (hasDay ? "-" + pad2(d) : "");
		let timepart = (hasHour ? pad2(h) : "-") + (hasHour && hasMinute ? ":" : "") + (hasMinute ? pad2(mm) : "") + (!hasHour && !hasMinute ? "-" : "") + (hasMinute && hasSecond ? ":" : "") + (hasSecond ? pad2(s) : "");
		let zone;
		if (this.zone === Timezone.utcTimezone) zone = "Z";
		else if (this.zone instanceof UtcOffset) zone = this.zone.toString();
		else if (this.zone === Timezone.localTimezone) zone = "";
		else if (this.zone instanceof Timezone) zone = UtcOffset.fromSeconds(this.zone.utcOffset(this)).toString();
		else zone = "";
		switch (this.icaltype) {
			case "time": return timepart + zone;
			case "date-and-or-time":
			case "date-time": return datepart + (timepart == "--" ? "" : "T" + timepart + zone);
			case "date": return datepart;
		}
		return null;
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
*
* @ignore
* @typedef {import("./types.js").weekDay} weekDay
* Imports the 'weekDay' type from the "types.js" module
*/
/**
* An iterator for a single recurrence rule. This class usually doesn't have to be instanciated
* directly, the convenience method {@link ICAL.Recur#iterator} can be used.
*
* @memberof ICAL
*/
var RecurIterator = class RecurIterator {
	static _indexMap = {
		"BYSECOND": 0,
		"BYMINUTE": 1,
		"BYHOUR": 2,
		"BYDAY": 3,
		"BYMONTHDAY": 4,
		"BYYEARDAY": 5,
		"BYWEEKNO": 6,
		"BYMONTH": 7,
		"BYSETPOS": 8
	};
	static _expandMap = {
		"SECONDLY": [
			1,
			1,
			1,
			1,
			1,
			1,
			1,
			1
		],
		"MINUTELY": [
			2,
			1,
			1,
			1,
			1,
			1,
			1,
			1
		],
		"HOURLY": [
			2,
			2,
			1,
			1,
			1,
			1,
			1,
			1
		],
		"DAILY": [
			2,
			2,
			2,
			1,
			1,
			1,
			1,
			1
		],
		"WEEKLY": [
			2,
			2,
			2,
			2,
			3,
			3,
			1,
			1
		],
		"MONTHLY": [
			2,
			2,
			2,
			2,
			2,
			3,
			3,
			1
		],
		"YEARLY": [
			2,
			2,
			2,
			2,
			2,
			2,
			2,
			2
		]
	};
	static UNKNOWN = 0;
	static CONTRACT = 1;
	static EXPAND = 2;
	static ILLEGAL = 3;
	/**
	* Creates a new ICAL.RecurIterator instance. The options object may contain additional members
	* when resuming iteration from a previous run.
	*
	* @param {Object} options                The iterator options
	* @param {Recur} options.rule            The rule to iterate.
	* @param {Time} options.dtstart          The start date of the event.
	* @param {Boolean=} options.initialized  When true, assume that options are
	*        from a previously constructed iterator. Initialization will not be
	*        repeated.
	*/
	constructor(options) {
		this.fromData(options);
	}
	/**
	* True when iteration is finished.
	* @type {Boolean}
	*/
	completed = false;
	/**
	* The rule that is being iterated
	* @type {Recur}
	*/
	rule = null;
	/**
	* The start date of the event being iterated.
	* @type {Time}
	*/
	dtstart = null;
	/**
	* The last occurrence that was returned from the
	* {@link RecurIterator#next} method.
	* @type {Time}
	*/
	last = null;
	/**
	* The sequence number from the occurrence
	* @type {Number}
	*/
	occurrence_number = 0;
	/**
	* The indices used for the {@link ICAL.RecurIterator#by_data} object.
	* @type {Object}
	* @private
	*/
	by_indices = null;
	/**
	* If true, the iterator has already been initialized
	* @type {Boolean}
	* @private
	*/
	initialized = false;
	/**
	* The initializd by-data.
	* @type {Object}
	* @private
	*/
	by_data = null;
	/**
	* The expanded yeardays
	* @type {Array}
	* @private
	*/
	days = null;
	/**
	* The index in the {@link ICAL.RecurIterator#days} array.
	* @type {Number}
	* @private
	*/
	days_index = 0;
	/**
	* Initialize the recurrence iterator from the passed data object. This
	* method is usually not called directly, you can initialize the iterator
	* through the constructor.
	*
	* @param {Object} options                The iterator options
	* @param {Recur} options.rule            The rule to iterate.
	* @param {Time} options.dtstart          The start date of the event.
	* @param {Boolean=} options.initialized  When true, assume that options are
	*        from a previously constructed iterator. Initialization will not be
	*        repeated.
	*/
	fromData(options) {
		this.rule = formatClassType(options.rule, Recur);
		if (!this.rule) throw new Error("iterator requires a (ICAL.Recur) rule");
		this.dtstart = formatClassType(options.dtstart, Time);
		if (!this.dtstart) throw new Error("iterator requires a (ICAL.Time) dtstart");
		if (options.by_data) this.by_data = options.by_data;
		else this.by_data = clone$2(this.rule.parts, true);
		if (options.occurrence_number) this.occurrence_number = options.occurrence_number;
		this.days = options.days || [];
		if (options.last) this.last = formatClassType(options.last, Time);
		this.by_indices = options.by_indices;
		if (!this.by_indices) this.by_indices = {
			"BYSECOND": 0,
			"BYMINUTE": 0,
			"BYHOUR": 0,
			"BYDAY": 0,
			"BYMONTH": 0,
			"BYWEEKNO": 0,
			"BYMONTHDAY": 0
		};
		this.initialized = options.initialized || false;
		if (!this.initialized) try {
			this.init();
		} catch (e) {
			if (e instanceof InvalidRecurrenceRuleError) this.completed = true;
			else throw e;
		}
	}
	/**
	* Initialize the iterator
	* @private
	*/
	init() {
		this.initialized = true;
		this.last = this.dtstart.clone();
		let parts = this.by_data;
		if ("BYDAY" in parts) this.sort_byday_rules(parts.BYDAY);
		if ("BYYEARDAY" in parts) {
			if ("BYMONTH" in parts || "BYWEEKNO" in parts || "BYMONTHDAY" in parts) throw new Error("Invalid BYYEARDAY rule");
		}
		if ("BYWEEKNO" in parts && "BYMONTHDAY" in parts) throw new Error("BYWEEKNO does not fit to BYMONTHDAY");
		if (this.rule.freq == "MONTHLY" && ("BYYEARDAY" in parts || "BYWEEKNO" in parts)) throw new Error("For MONTHLY recurrences neither BYYEARDAY nor BYWEEKNO may appear");
		if (this.rule.freq == "WEEKLY" && ("BYYEARDAY" in parts || "BYMONTHDAY" in parts)) throw new Error("For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear");
		if (this.rule.freq != "YEARLY" && "BYYEARDAY" in parts) throw new Error("BYYEARDAY may only appear in YEARLY rules");
		this.last.second = this.setup_defaults("BYSECOND", "SECONDLY", this.dtstart.second);
		this.last.minute = this.setup_defaults("BYMINUTE", "MINUTELY", this.dtstart.minute);
		this.last.hour = this.setup_defaults("BYHOUR", "HOURLY", this.dtstart.hour);
		this.last.day = this.setup_defaults("BYMONTHDAY", "DAILY", this.dtstart.day);
		this.last.month = this.setup_defaults("BYMONTH", "MONTHLY", this.dtstart.month);
		if (this.rule.freq == "WEEKLY") {
			if ("BYDAY" in parts) {
				let [, dow] = this.ruleDayOfWeek(parts.BYDAY[0], this.rule.wkst);
				let wkdy = dow - this.last.dayOfWeek(this.rule.wkst);
				if (this.last.dayOfWeek(this.rule.wkst) < dow && wkdy >= 0 || wkdy < 0) this.last.day += wkdy;
			} else parts.BYDAY = [Recur.numericDayToIcalDay(this.dtstart.dayOfWeek())];
		}
		if (this.rule.freq == "YEARLY") {
			const untilYear = this.rule.until ? this.rule.until.year : 2e4;
			while (this.last.year <= untilYear) {
				this.expand_year_days(this.last.year);
				if (this.days.length > 0) break;
				this.increment_year(this.rule.interval);
			}
			if (this.days.length == 0) throw new InvalidRecurrenceRuleError();
			if (!this._nextByYearDay() && !this.next_year() && !this.next_year() && !this.next_year()) throw new InvalidRecurrenceRuleError();
		}
		if (this.rule.freq == "MONTHLY") {
			if (this.has_by_data("BYDAY")) {
				let tempLast = null;
				let initLast = this.last.clone();
				let daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
				for (let bydow of this.by_data.BYDAY) {
					this.last = initLast.clone();
					let [pos, dow] = this.ruleDayOfWeek(bydow);
					let dayOfMonth = this.last.nthWeekDay(dow, pos);
					if (pos >= 6 || pos <= -6) throw new Error("Malformed values in BYDAY part");
					if (dayOfMonth > daysInMonth || dayOfMonth <= 0) {
						if (tempLast && tempLast.month == initLast.month) continue;
						while (dayOfMonth > daysInMonth || dayOfMonth <= 0) {
							this.increment_month();
							daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
							dayOfMonth = this.last.nthWeekDay(dow, pos);
						}
					}
					this.last.day = dayOfMonth;
					if (!tempLast || this.last.compare(tempLast) < 0) tempLast = this.last.clone();
				}
				this.last = tempLast.clone();
				if (this.has_by_data("BYMONTHDAY")) this._byDayAndMonthDay(true);
				if (this.last.day > daysInMonth || this.last.day == 0) throw new Error("Malformed values in BYDAY part");
			} else if (this.has_by_data("BYMONTHDAY")) {
				this.last.day = 1;
				let normalized = this.normalizeByMonthDayRules(this.last.year, this.last.month, this.rule.parts.BYMONTHDAY).filter((d) => d >= this.last.day);
				if (normalized.length) {
					this.last.day = normalized[0];
					this.by_data.BYMONTHDAY = normalized;
				} else if (!this.next_month() && !this.next_month() && !this.next_month()) throw new InvalidRecurrenceRuleError();
			}
		}
	}
	/**
	* Retrieve the next occurrence from the iterator.
	* @return {Time}
	*/
	next(again = false) {
		let before = this.last ? this.last.clone() : null;
		if (this.rule.count && this.occurrence_number >= this.rule.count || this.rule.until && this.last.compare(this.rule.until) > 0) this.completed = true;
		if (this.completed) return null;
		if (this.occurrence_number == 0 && this.last.compare(this.dtstart) >= 0) {
			this.occurrence_number++;
			return this.last;
		}
		let valid;
		let invalid_count = 0;
		do {
			valid = 1;
			switch (this.rule.freq) {
				case "SECONDLY":
					this.next_second();
					break;
				case "MINUTELY":
					this.next_minute();
					break;
				case "HOURLY":
					this.next_hour();
					break;
				case "DAILY":
					this.next_day();
					break;
				case "WEEKLY":
					this.next_week();
					break;
				case "MONTHLY":
					valid = this.next_month();
					if (valid) invalid_count = 0;
					else if (++invalid_count == 336) {
						this.completed = true;
						return null;
					}
					break;
				case "YEARLY":
					valid = this.next_year();
					if (valid) invalid_count = 0;
					else if (++invalid_count == 28) {
						this.completed = true;
						return null;
					}
					break;
				default: return null;
			}
		} while (!this.check_contracting_rules() || this.last.compare(this.dtstart) < 0 || !valid);
		if (this.last.compare(before) == 0) {
			if (again) throw new Error("Same occurrence found twice, protecting you from death by recursion");
			this.next(true);
		}
		if (this.rule.until && this.last.compare(this.rule.until) > 0) {
			this.completed = true;
			return null;
		} else {
			this.occurrence_number++;
			return this.last;
		}
	}
	next_second() {
		return this.next_generic("BYSECOND", "SECONDLY", "second", "minute");
	}
	increment_second(inc) {
		return this.increment_generic(inc, "second", 60, "minute");
	}
	next_minute() {
		return this.next_generic("BYMINUTE", "MINUTELY", "minute", "hour", "next_second");
	}
	increment_minute(inc) {
		return this.increment_generic(inc, "minute", 60, "hour");
	}
	next_hour() {
		return this.next_generic("BYHOUR", "HOURLY", "hour", "monthday", "next_minute");
	}
	increment_hour(inc) {
		this.increment_generic(inc, "hour", 24, "monthday");
	}
	next_day() {
		let this_freq = this.rule.freq == "DAILY";
		if (this.next_hour() == 0) return 0;
		if (this_freq) this.increment_monthday(this.rule.interval);
		else this.increment_monthday(1);
		return 0;
	}
	next_week() {
		let end_of_data = 0;
		if (this.next_weekday_by_week() == 0) return end_of_data;
		if (this.has_by_data("BYWEEKNO")) {
			this.by_indices.BYWEEKNO++;
			if (this.by_indices.BYWEEKNO == this.by_data.BYWEEKNO.length) {
				this.by_indices.BYWEEKNO = 0;
				end_of_data = 1;
			}
			this.last.month = 1;
			this.last.day = 1;
			let week_no = this.by_data.BYWEEKNO[this.by_indices.BYWEEKNO];
			this.last.day += 7 * week_no;
			if (end_of_data) this.increment_year(1);
		} else this.increment_monthday(7 * this.rule.interval);
		return end_of_data;
	}
	/**
	* Normalize each by day rule for a given year/month.
	* Takes into account ordering and negative rules
	*
	* @private
	* @param {Number} year         Current year.
	* @param {Number} month        Current month.
	* @param {Array}  rules        Array of rules.
	*
	* @return {Array} sorted and normalized rules.
	*                 Negative rules will be expanded to their
	*                 correct positive values for easier processing.
	*/
	normalizeByMonthDayRules(year, month, rules) {
		let daysInMonth = Time.daysInMonth(month, year);
		let newRules = [];
		let ruleIdx = 0;
		let len = rules.length;
		let rule;
		for (; ruleIdx < len; ruleIdx++) {
			rule = parseInt(rules[ruleIdx], 10);
			if (isNaN(rule)) throw new Error("Invalid BYMONTHDAY value");
			if (Math.abs(rule) > daysInMonth) continue;
			if (rule < 0) rule = daysInMonth + (rule + 1);
			else if (rule === 0) continue;
			if (newRules.indexOf(rule) === -1) newRules.push(rule);
		}
		return newRules.sort(function(a, b) {
			return a - b;
		});
	}
	/**
	* NOTES:
	* We are given a list of dates in the month (BYMONTHDAY) (23, etc..)
	* Also we are given a list of days (BYDAY) (MO, 2SU, etc..) when
	* both conditions match a given date (this.last.day) iteration stops.
	*
	* @private
	* @param {Boolean=} isInit     When given true will not increment the
	*                                current day (this.last).
	*/
	_byDayAndMonthDay(isInit) {
		let byMonthDay;
		let byDay = this.by_data.BYDAY;
		let date;
		let dateIdx = 0;
		let dateLen;
		let dayLen = byDay.length;
		let dataIsValid = 0;
		let daysInMonth;
		let self = this;
		let lastDay = this.last.day;
		function initMonth() {
			daysInMonth = Time.daysInMonth(self.last.month, self.last.year);
			byMonthDay = self.normalizeByMonthDayRules(self.last.year, self.last.month, self.by_data.BYMONTHDAY);
			dateLen = byMonthDay.length;
			while (byMonthDay[dateIdx] <= lastDay && !(isInit && byMonthDay[dateIdx] == lastDay) && dateIdx < dateLen - 1) dateIdx++;
		}
		function nextMonth() {
			lastDay = 0;
			self.increment_month();
			dateIdx = 0;
			initMonth();
		}
		initMonth();
		if (isInit) lastDay -= 1;
		let monthsCounter = 48;
		while (!dataIsValid && monthsCounter) {
			monthsCounter--;
			date = lastDay + 1;
			if (date > daysInMonth) {
				nextMonth();
				continue;
			}
			let next = byMonthDay[dateIdx++];
			if (next >= date) lastDay = next;
			else {
				nextMonth();
				continue;
			}
			for (let dayIdx = 0; dayIdx < dayLen; dayIdx++) {
				let parts = this.ruleDayOfWeek(byDay[dayIdx]);
				let pos = parts[0];
				let dow = parts[1];
				this.last.day = lastDay;
				if (this.last.isNthWeekDay(dow, pos)) {
					dataIsValid = 1;
					break;
				}
			}
			if (!dataIsValid && dateIdx === dateLen) {
				nextMonth();
				continue;
			}
		}
		if (monthsCounter <= 0) throw new Error("Malformed values in BYDAY combined with BYMONTHDAY parts");
		return dataIsValid;
	}
	next_month() {
		let data_valid = 1;
		if (this.next_hour() == 0) return data_valid;
		if (this.has_by_data("BYDAY") && this.has_by_data("BYMONTHDAY")) data_valid = this._byDayAndMonthDay();
		else if (this.has_by_data("BYDAY")) {
			let daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
			let setpos = 0;
			let setpos_total = 0;
			if (this.has_by_data("BYSETPOS")) {
				let last_day = this.last.day;
				for (let day = 1; day <= daysInMonth; day++) {
					this.last.day = day;
					if (this.is_day_in_byday(this.last)) {
						setpos_total++;
						if (day <= last_day) setpos++;
					}
				}
				this.last.day = last_day;
			}
			data_valid = 0;
			let day;
			for (day = this.last.day + 1; day <= daysInMonth; day++) {
				this.last.day = day;
				if (this.is_day_in_byday(this.last)) {
					if (!this.has_by_data("BYSETPOS") || this.check_set_position(++setpos) || this.check_set_position(setpos - setpos_total - 1)) {
						data_valid = 1;
						break;
					}
				}
			}
			if (day > daysInMonth) {
				this.last.day = 1;
				this.increment_month();
				if (this.is_day_in_byday(this.last)) {
					if (!this.has_by_data("BYSETPOS") || this.check_set_position(1)) data_valid = 1;
				} else data_valid = 0;
			}
		} else if (this.has_by_data("BYMONTHDAY")) {
			this.by_indices.BYMONTHDAY++;
			if (this.by_indices.BYMONTHDAY >= this.by_data.BYMONTHDAY.length) {
				this.by_indices.BYMONTHDAY = 0;
				this.increment_month();
				if (this.by_indices.BYMONTHDAY >= this.by_data.BYMONTHDAY.length) return 0;
			}
			let daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
			let day = this.by_data.BYMONTHDAY[this.by_indices.BYMONTHDAY];
			if (day < 0) day = daysInMonth + day + 1;
			if (day > daysInMonth) {
				this.last.day = 1;
				data_valid = this.is_day_in_byday(this.last);
			} else this.last.day = day;
		} else {
			this.increment_month();
			let daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
			if (this.by_data.BYMONTHDAY[0] > daysInMonth) data_valid = 0;
			else this.last.day = this.by_data.BYMONTHDAY[0];
		}
		return data_valid;
	}
	next_weekday_by_week() {
		let end_of_data = 0;
		if (this.next_hour() == 0) return end_of_data;
		if (!this.has_by_data("BYDAY")) return 1;
		for (;;) {
			let tt = new Time();
			this.by_indices.BYDAY++;
			if (this.by_indices.BYDAY == Object.keys(this.by_data.BYDAY).length) {
				this.by_indices.BYDAY = 0;
				end_of_data = 1;
			}
			let coded_day = this.by_data.BYDAY[this.by_indices.BYDAY];
			let dow = this.ruleDayOfWeek(coded_day)[1];
			dow -= this.rule.wkst;
			if (dow < 0) dow += 7;
			tt.year = this.last.year;
			tt.month = this.last.month;
			tt.day = this.last.day;
			let startOfWeek = tt.startDoyWeek(this.rule.wkst);
			if (dow + startOfWeek < 1) {
				if (!end_of_data) continue;
			}
			let next = Time.fromDayOfYear(startOfWeek + dow, this.last.year);
			/**
			* The normalization horrors below are due to
			* the fact that when the year/month/day changes
			* it can effect the other operations that come after.
			*/
			this.last.year = next.year;
			this.last.month = next.month;
			this.last.day = next.day;
			return end_of_data;
		}
	}
	next_year() {
		if (this.next_hour() == 0) return 0;
		if (this.days.length == 0 || ++this.days_index == this.days.length) {
			this.days_index = 0;
			this.increment_year(this.rule.interval);
			if (this.has_by_data("BYMONTHDAY")) this.by_data.BYMONTHDAY = this.normalizeByMonthDayRules(this.last.year, this.last.month, this.rule.parts.BYMONTHDAY);
			this.expand_year_days(this.last.year);
			if (this.days.length == 0) return 0;
		}
		return this._nextByYearDay();
	}
	_nextByYearDay() {
		let doy = this.days[this.days_index];
		let year = this.last.year;
		if (Math.abs(doy) == 366 && !Time.isLeapYear(this.last.year)) return 0;
		if (doy < 1) {
			doy += 1;
			year += 1;
		}
		let next = Time.fromDayOfYear(doy, year);
		this.last.day = next.day;
		this.last.month = next.month;
		return 1;
	}
	/**
	* @param dow (eg: '1TU', '-1MO')
	* @param {weekDay=} aWeekStart The week start weekday
	* @return [pos, numericDow] (eg: [1, 3]) numericDow is relative to aWeekStart
	*/
	ruleDayOfWeek(dow, aWeekStart) {
		let matches = dow.match(/([+-]?[0-9])?(MO|TU|WE|TH|FR|SA|SU)/);
		if (matches) {
			let pos = parseInt(matches[1] || 0, 10);
			dow = Recur.icalDayToNumericDay(matches[2], aWeekStart);
			return [pos, dow];
		} else return [0, 0];
	}
	next_generic(aRuleType, aInterval, aDateAttr, aFollowingAttr, aPreviousIncr) {
		let has_by_rule = aRuleType in this.by_data;
		let this_freq = this.rule.freq == aInterval;
		let end_of_data = 0;
		if (aPreviousIncr && this[aPreviousIncr]() == 0) return end_of_data;
		if (has_by_rule) {
			this.by_indices[aRuleType]++;
			let dta = this.by_data[aRuleType];
			if (this.by_indices[aRuleType] == dta.length) {
				this.by_indices[aRuleType] = 0;
				end_of_data = 1;
			}
			this.last[aDateAttr] = dta[this.by_indices[aRuleType]];
		} else if (this_freq) this["increment_" + aDateAttr](this.rule.interval);
		if (has_by_rule && end_of_data && this_freq) this["increment_" + aFollowingAttr](1);
		return end_of_data;
	}
	increment_monthday(inc) {
		for (let i = 0; i < inc; i++) {
			let daysInMonth = Time.daysInMonth(this.last.month, this.last.year);
			this.last.day++;
			if (this.last.day > daysInMonth) {
				this.last.day -= daysInMonth;
				this.increment_month();
			}
		}
	}
	increment_month() {
		this.last.day = 1;
		if (this.has_by_data("BYMONTH")) {
			this.by_indices.BYMONTH++;
			if (this.by_indices.BYMONTH == this.by_data.BYMONTH.length) {
				this.by_indices.BYMONTH = 0;
				this.increment_year(1);
			}
			this.last.month = this.by_data.BYMONTH[this.by_indices.BYMONTH];
		} else {
			if (this.rule.freq == "MONTHLY") this.last.month += this.rule.interval;
			else this.last.month++;
			this.last.month--;
			let years = trunc(this.last.month / 12);
			this.last.month %= 12;
			this.last.month++;
			if (years != 0) this.increment_year(years);
		}
		if (this.has_by_data("BYMONTHDAY")) this.by_data.BYMONTHDAY = this.normalizeByMonthDayRules(this.last.year, this.last.month, this.rule.parts.BYMONTHDAY);
	}
	increment_year(inc) {
		this.last.day = 1;
		this.last.year += inc;
	}
	increment_generic(inc, aDateAttr, aFactor, aNextIncrement) {
		this.last[aDateAttr] += inc;
		let nextunit = trunc(this.last[aDateAttr] / aFactor);
		this.last[aDateAttr] %= aFactor;
		if (nextunit != 0) this["increment_" + aNextIncrement](nextunit);
	}
	has_by_data(aRuleType) {
		return aRuleType in this.rule.parts;
	}
	expand_year_days(aYear) {
		let t = new Time();
		this.days = [];
		let parts = {};
		for (let part of [
			"BYDAY",
			"BYWEEKNO",
			"BYMONTHDAY",
			"BYMONTH",
			"BYYEARDAY"
		]) if (part in this.rule.parts) parts[part] = this.rule.parts[part];
		if ("BYMONTH" in parts && "BYWEEKNO" in parts) {
			let valid = 1;
			let validWeeks = {};
			t.year = aYear;
			t.isDate = true;
			for (let monthIdx = 0; monthIdx < this.by_data.BYMONTH.length; monthIdx++) {
				let month = this.by_data.BYMONTH[monthIdx];
				t.month = month;
				t.day = 1;
				let first_week = t.weekNumber(this.rule.wkst);
				t.day = Time.daysInMonth(month, aYear);
				let last_week = t.weekNumber(this.rule.wkst);
				for (monthIdx = first_week; monthIdx < last_week; monthIdx++) validWeeks[monthIdx] = 1;
			}
			for (let weekIdx = 0; weekIdx < this.by_data.BYWEEKNO.length && valid; weekIdx++) if (this.by_data.BYWEEKNO[weekIdx] < 52) valid &= validWeeks[weekIdx];
			else valid = 0;
			if (valid) delete parts.BYMONTH;
			else delete parts.BYWEEKNO;
		}
		let partCount = Object.keys(parts).length;
		if (partCount == 0) {
			let t1 = this.dtstart.clone();
			t1.year = this.last.year;
			this.days.push(t1.dayOfYear());
		} else if (partCount == 1 && "BYMONTH" in parts) for (let month of this.by_data.BYMONTH) {
			let t2 = this.dtstart.clone();
			t2.year = aYear;
			t2.month = month;
			t2.isDate = true;
			this.days.push(t2.dayOfYear());
		}
		else if (partCount == 1 && "BYMONTHDAY" in parts) for (let monthday of this.by_data.BYMONTHDAY) {
			let t3 = this.dtstart.clone();
			if (monthday < 0) {
				let daysInMonth = Time.daysInMonth(t3.month, aYear);
				monthday = monthday + daysInMonth + 1;
			}
			t3.day = monthday;
			t3.year = aYear;
			t3.isDate = true;
			this.days.push(t3.dayOfYear());
		}
		else if (partCount == 2 && "BYMONTHDAY" in parts && "BYMONTH" in parts) for (let month of this.by_data.BYMONTH) {
			let daysInMonth = Time.daysInMonth(month, aYear);
			for (let monthday of this.by_data.BYMONTHDAY) {
				if (monthday < 0) monthday = monthday + daysInMonth + 1;
				t.day = monthday;
				t.month = month;
				t.year = aYear;
				t.isDate = true;
				this.days.push(t.dayOfYear());
			}
		}
		else if (partCount == 1 && "BYWEEKNO" in parts);
		else if (partCount == 2 && "BYWEEKNO" in parts && "BYMONTHDAY" in parts);
		else if (partCount == 1 && "BYDAY" in parts) this.days = this.days.concat(this.expand_by_day(aYear));
		else if (partCount == 2 && "BYDAY" in parts && "BYMONTH" in parts) {
			for (let month of this.by_data.BYMONTH) {
				let daysInMonth = Time.daysInMonth(month, aYear);
				t.year = aYear;
				t.month = month;
				t.day = 1;
				t.isDate = true;
				let first_dow = t.dayOfWeek();
				let doy_offset = t.dayOfYear() - 1;
				t.day = daysInMonth;
				let last_dow = t.dayOfWeek();
				if (this.has_by_data("BYSETPOS")) {
					let by_month_day = [];
					for (let day = 1; day <= daysInMonth; day++) {
						t.day = day;
						if (this.is_day_in_byday(t)) by_month_day.push(day);
					}
					for (let spIndex = 0; spIndex < by_month_day.length; spIndex++) if (this.check_set_position(spIndex + 1) || this.check_set_position(spIndex - by_month_day.length)) this.days.push(doy_offset + by_month_day[spIndex]);
				} else for (let coded_day of this.by_data.BYDAY) {
					let bydayParts = this.ruleDayOfWeek(coded_day);
					let pos = bydayParts[0];
					let dow = bydayParts[1];
					let month_day;
					let first_matching_day = (dow + 7 - first_dow) % 7 + 1;
					let last_matching_day = daysInMonth - (last_dow + 7 - dow) % 7;
					if (pos == 0) for (let day = first_matching_day; day <= daysInMonth; day += 7) this.days.push(doy_offset + day);
					else if (pos > 0) {
						month_day = first_matching_day + (pos - 1) * 7;
						if (month_day <= daysInMonth) this.days.push(doy_offset + month_day);
					} else {
						month_day = last_matching_day + (pos + 1) * 7;
						if (month_day > 0) this.days.push(doy_offset + month_day);
					}
				}
			}
			this.days.sort(function(a, b) {
				return a - b;
			});
		} else if (partCount == 2 && "BYDAY" in parts && "BYMONTHDAY" in parts) {
			let expandedDays = this.expand_by_day(aYear);
			for (let day of expandedDays) {
				let tt = Time.fromDayOfYear(day, aYear);
				if (this.by_data.BYMONTHDAY.indexOf(tt.day) >= 0) this.days.push(day);
			}
		} else if (partCount == 3 && "BYDAY" in parts && "BYMONTHDAY" in parts && "BYMONTH" in parts) {
			let expandedDays = this.expand_by_day(aYear);
			for (let day of expandedDays) {
				let tt = Time.fromDayOfYear(day, aYear);
				if (this.by_data.BYMONTH.indexOf(tt.month) >= 0 && this.by_data.BYMONTHDAY.indexOf(tt.day) >= 0) this.days.push(day);
			}
		} else if (partCount == 2 && "BYDAY" in parts && "BYWEEKNO" in parts) {
			let expandedDays = this.expand_by_day(aYear);
			for (let day of expandedDays) {
				let weekno = Time.fromDayOfYear(day, aYear).weekNumber(this.rule.wkst);
				if (this.by_data.BYWEEKNO.indexOf(weekno)) this.days.push(day);
			}
		} else if (partCount == 3 && "BYDAY" in parts && "BYWEEKNO" in parts && "BYMONTHDAY" in parts);
		else if (partCount == 1 && "BYYEARDAY" in parts) this.days = this.days.concat(this.by_data.BYYEARDAY);
		else if (partCount == 2 && "BYYEARDAY" in parts && "BYDAY" in parts) {
			let daysInYear = Time.isLeapYear(aYear) ? 366 : 365;
			let expandedDays = new Set(this.expand_by_day(aYear));
			for (let doy of this.by_data.BYYEARDAY) {
				if (doy < 0) doy += daysInYear + 1;
				if (expandedDays.has(doy)) this.days.push(doy);
			}
		} else this.days = [];
		let daysInYear = Time.isLeapYear(aYear) ? 366 : 365;
		this.days.sort((a, b) => {
			if (a < 0) a += daysInYear + 1;
			if (b < 0) b += daysInYear + 1;
			return a - b;
		});
		return 0;
	}
	expand_by_day(aYear) {
		let days_list = [];
		let tmp = this.last.clone();
		tmp.year = aYear;
		tmp.month = 1;
		tmp.day = 1;
		tmp.isDate = true;
		let start_dow = tmp.dayOfWeek();
		tmp.month = 12;
		tmp.day = 31;
		tmp.isDate = true;
		let end_dow = tmp.dayOfWeek();
		let end_year_day = tmp.dayOfYear();
		for (let day of this.by_data.BYDAY) {
			let parts = this.ruleDayOfWeek(day);
			let pos = parts[0];
			let dow = parts[1];
			if (pos == 0) {
				let tmp_start_doy = (dow + 7 - start_dow) % 7 + 1;
				for (let doy = tmp_start_doy; doy <= end_year_day; doy += 7) days_list.push(doy);
			} else if (pos > 0) {
				let first;
				if (dow >= start_dow) first = dow - start_dow + 1;
				else first = dow - start_dow + 8;
				days_list.push(first + (pos - 1) * 7);
			} else {
				let last;
				pos = -pos;
				if (dow <= end_dow) last = end_year_day - end_dow + dow;
				else last = end_year_day - end_dow + dow - 7;
				days_list.push(last - (pos - 1) * 7);
			}
		}
		return days_list;
	}
	is_day_in_byday(tt) {
		if (this.by_data.BYDAY) for (let day of this.by_data.BYDAY) {
			let parts = this.ruleDayOfWeek(day);
			let pos = parts[0];
			let dow = parts[1];
			let this_dow = tt.dayOfWeek();
			if (pos == 0 && dow == this_dow || tt.nthWeekDay(dow, pos) == tt.day) return 1;
		}
		return 0;
	}
	/**
	* Checks if given value is in BYSETPOS.
	*
	* @private
	* @param {Numeric} aPos position to check for.
	* @return {Boolean} false unless BYSETPOS rules exist
	*                   and the given value is present in rules.
	*/
	check_set_position(aPos) {
		if (this.has_by_data("BYSETPOS")) return this.by_data.BYSETPOS.indexOf(aPos) !== -1;
		return false;
	}
	sort_byday_rules(aRules) {
		for (let i = 0; i < aRules.length; i++) for (let j = 0; j < i; j++) if (this.ruleDayOfWeek(aRules[j], this.rule.wkst)[1] > this.ruleDayOfWeek(aRules[i], this.rule.wkst)[1]) {
			let tmp = aRules[i];
			aRules[i] = aRules[j];
			aRules[j] = tmp;
		}
	}
	check_contract_restriction(aRuleType, v) {
		let indexMapValue = RecurIterator._indexMap[aRuleType];
		let ruleMapValue = RecurIterator._expandMap[this.rule.freq][indexMapValue];
		let pass = false;
		if (aRuleType in this.by_data && ruleMapValue == RecurIterator.CONTRACT) {
			let ruleType = this.by_data[aRuleType];
			for (let bydata of ruleType) if (bydata == v) {
				pass = true;
				break;
			}
		} else pass = true;
		return pass;
	}
	check_contracting_rules() {
		let dow = this.last.dayOfWeek();
		let weekNo = this.last.weekNumber(this.rule.wkst);
		let doy = this.last.dayOfYear();
		return this.check_contract_restriction("BYSECOND", this.last.second) && this.check_contract_restriction("BYMINUTE", this.last.minute) && this.check_contract_restriction("BYHOUR", this.last.hour) && this.check_contract_restriction("BYDAY", Recur.numericDayToIcalDay(dow)) && this.check_contract_restriction("BYWEEKNO", weekNo) && this.check_contract_restriction("BYMONTHDAY", this.last.day) && this.check_contract_restriction("BYMONTH", this.last.month) && this.check_contract_restriction("BYYEARDAY", doy);
	}
	setup_defaults(aRuleType, req, deftime) {
		let indexMapValue = RecurIterator._indexMap[aRuleType];
		if (RecurIterator._expandMap[this.rule.freq][indexMapValue] != RecurIterator.CONTRACT) {
			if (!(aRuleType in this.by_data)) this.by_data[aRuleType] = [deftime];
			if (this.rule.freq != req) return this.by_data[aRuleType][0];
		}
		return deftime;
	}
	/**
	* Convert iterator into a serialize-able object.  Will preserve current
	* iteration sequence to ensure the seamless continuation of the recurrence
	* rule.
	* @return {Object}
	*/
	toJSON() {
		let result = Object.create(null);
		result.initialized = this.initialized;
		result.rule = this.rule.toJSON();
		result.dtstart = this.dtstart.toJSON();
		result.by_data = this.by_data;
		result.days = this.days;
		result.last = this.last.toJSON();
		result.by_indices = this.by_indices;
		result.occurrence_number = this.occurrence_number;
		return result;
	}
};
/**
* An error indicating that a recurrence rule is invalid and produces no
* occurrences.
*
* @extends {Error}
* @class
*/
var InvalidRecurrenceRuleError = class extends Error {
	constructor() {
		super("Recurrence rule has no valid occurrences");
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
*
* @ignore
* @typedef {import("./types.js").weekDay} weekDay
* Imports the 'weekDay' type from the "types.js" module
* @typedef {import("./types.js").frequencyValues} frequencyValues
* Imports the 'frequencyValues' type from the "types.js" module
*/
var VALID_DAY_NAMES = /^(SU|MO|TU|WE|TH|FR|SA)$/;
var VALID_BYDAY_PART = /^([+-])?(5[0-3]|[1-4][0-9]|[1-9])?(SU|MO|TU|WE|TH|FR|SA)$/;
var DOW_MAP = {
	SU: Time.SUNDAY,
	MO: Time.MONDAY,
	TU: Time.TUESDAY,
	WE: Time.WEDNESDAY,
	TH: Time.THURSDAY,
	FR: Time.FRIDAY,
	SA: Time.SATURDAY
};
var REVERSE_DOW_MAP = Object.fromEntries(Object.entries(DOW_MAP).map((entry) => entry.reverse()));
var ALLOWED_FREQ = [
	"SECONDLY",
	"MINUTELY",
	"HOURLY",
	"DAILY",
	"WEEKLY",
	"MONTHLY",
	"YEARLY"
];
/**
* This class represents the "recur" value type, used for example by RRULE. It provides methods to
* calculate occurrences among others.
*
* @memberof ICAL
*/
var Recur = class Recur {
	/**
	* Creates a new {@link ICAL.Recur} instance from the passed string.
	*
	* @param {String} string         The string to parse
	* @return {Recur}                The created recurrence instance
	*/
	static fromString(string) {
		let data = this._stringToData(string, false);
		return new Recur(data);
	}
	/**
	* Creates a new {@link ICAL.Recur} instance using members from the passed
	* data object.
	*
	* @param {Object} aData                              An object with members of the recurrence
	* @param {frequencyValues=} aData.freq               The frequency value
	* @param {Number=} aData.interval                    The INTERVAL value
	* @param {weekDay=} aData.wkst                       The week start value
	* @param {Time=} aData.until                         The end of the recurrence set
	* @param {Number=} aData.count                       The number of occurrences
	* @param {Array.<Number>=} aData.bysecond            The seconds for the BYSECOND part
	* @param {Array.<Number>=} aData.byminute            The minutes for the BYMINUTE part
	* @param {Array.<Number>=} aData.byhour              The hours for the BYHOUR part
	* @param {Array.<String>=} aData.byday               The BYDAY values
	* @param {Array.<Number>=} aData.bymonthday          The days for the BYMONTHDAY part
	* @param {Array.<Number>=} aData.byyearday           The days for the BYYEARDAY part
	* @param {Array.<Number>=} aData.byweekno            The weeks for the BYWEEKNO part
	* @param {Array.<Number>=} aData.bymonth             The month for the BYMONTH part
	* @param {Array.<Number>=} aData.bysetpos            The positionals for the BYSETPOS part
	*/
	static fromData(aData) {
		return new Recur(aData);
	}
	/**
	* Converts a recurrence string to a data object, suitable for the fromData
	* method.
	*
	* @private
	* @param {String} string     The string to parse
	* @param {Boolean} fmtIcal   If true, the string is considered to be an
	*                              iCalendar string
	* @return {Recur}            The recurrence instance
	*/
	static _stringToData(string, fmtIcal) {
		let dict = Object.create(null);
		let values = string.split(";");
		let len = values.length;
		for (let i = 0; i < len; i++) {
			let parts = values[i].split("=");
			let ucname = parts[0].toUpperCase();
			let lcname = parts[0].toLowerCase();
			let name = fmtIcal ? lcname : ucname;
			let value = parts[1];
			if (ucname in partDesign) {
				let partArr = value.split(",");
				let partSet = /* @__PURE__ */ new Set();
				for (let part of partArr) partSet.add(partDesign[ucname](part));
				partArr = [...partSet];
				dict[name] = partArr.length == 1 ? partArr[0] : partArr;
			} else if (ucname in optionDesign) optionDesign[ucname](value, dict, fmtIcal);
			else dict[lcname] = value;
		}
		return dict;
	}
	/**
	* Convert an ical representation of a day (SU, MO, etc..)
	* into a numeric value of that day.
	*
	* @param {String} string     The iCalendar day name
	* @param {weekDay=} aWeekStart
	*        The week start weekday, defaults to SUNDAY
	* @return {Number}           Numeric value of given day
	*/
	static icalDayToNumericDay(string, aWeekStart) {
		let firstDow = aWeekStart || Time.SUNDAY;
		return (DOW_MAP[string] - firstDow + 7) % 7 + 1;
	}
	/**
	* Convert a numeric day value into its ical representation (SU, MO, etc..)
	*
	* @param {Number} num        Numeric value of given day
	* @param {weekDay=} aWeekStart
	*        The week start weekday, defaults to SUNDAY
	* @return {String}           The ICAL day value, e.g SU,MO,...
	*/
	static numericDayToIcalDay(num, aWeekStart) {
		let dow = num + (aWeekStart || Time.SUNDAY) - Time.SUNDAY;
		if (dow > 7) dow -= 7;
		return REVERSE_DOW_MAP[dow];
	}
	/**
	* Create a new instance of the Recur class.
	*
	* @param {Object} data                               An object with members of the recurrence
	* @param {frequencyValues=} data.freq                The frequency value
	* @param {Number=} data.interval                     The INTERVAL value
	* @param {weekDay=} data.wkst                        The week start value
	* @param {Time=} data.until                          The end of the recurrence set
	* @param {Number=} data.count                        The number of occurrences
	* @param {Array.<Number>=} data.bysecond             The seconds for the BYSECOND part
	* @param {Array.<Number>=} data.byminute             The minutes for the BYMINUTE part
	* @param {Array.<Number>=} data.byhour               The hours for the BYHOUR part
	* @param {Array.<String>=} data.byday                The BYDAY values
	* @param {Array.<Number>=} data.bymonthday           The days for the BYMONTHDAY part
	* @param {Array.<Number>=} data.byyearday            The days for the BYYEARDAY part
	* @param {Array.<Number>=} data.byweekno             The weeks for the BYWEEKNO part
	* @param {Array.<Number>=} data.bymonth              The month for the BYMONTH part
	* @param {Array.<Number>=} data.bysetpos             The positionals for the BYSETPOS part
	*/
	constructor(data) {
		this.wrappedJSObject = this;
		this.parts = {};
		if (data && typeof data === "object") this.fromData(data);
	}
	/**
	* An object holding the BY-parts of the recurrence rule
	* @memberof ICAL.Recur
	* @typedef {Object} byParts
	* @property {Array.<Number>=} BYSECOND            The seconds for the BYSECOND part
	* @property {Array.<Number>=} BYMINUTE            The minutes for the BYMINUTE part
	* @property {Array.<Number>=} BYHOUR              The hours for the BYHOUR part
	* @property {Array.<String>=} BYDAY               The BYDAY values
	* @property {Array.<Number>=} BYMONTHDAY          The days for the BYMONTHDAY part
	* @property {Array.<Number>=} BYYEARDAY           The days for the BYYEARDAY part
	* @property {Array.<Number>=} BYWEEKNO            The weeks for the BYWEEKNO part
	* @property {Array.<Number>=} BYMONTH             The month for the BYMONTH part
	* @property {Array.<Number>=} BYSETPOS            The positionals for the BYSETPOS part
	*/
	/**
	* An object holding the BY-parts of the recurrence rule
	* @type {byParts}
	*/
	parts = null;
	/**
	* The interval value for the recurrence rule.
	* @type {Number}
	*/
	interval = 1;
	/**
	* The week start day
	*
	* @type {weekDay}
	* @default ICAL.Time.MONDAY
	*/
	wkst = Time.MONDAY;
	/**
	* The end of the recurrence
	* @type {?Time}
	*/
	until = null;
	/**
	* The maximum number of occurrences
	* @type {?Number}
	*/
	count = null;
	/**
	* The frequency value.
	* @type {frequencyValues}
	*/
	freq = null;
	/**
	* The class identifier.
	* @constant
	* @type {String}
	* @default "icalrecur"
	*/
	icalclass = "icalrecur";
	/**
	* The type name, to be used in the jCal object.
	* @constant
	* @type {String}
	* @default "recur"
	*/
	icaltype = "recur";
	/**
	* Create a new iterator for this recurrence rule. The passed start date
	* must be the start date of the event, not the start of the range to
	* search in.
	*
	* @example
	* let recur = comp.getFirstPropertyValue('rrule');
	* let dtstart = comp.getFirstPropertyValue('dtstart');
	* let iter = recur.iterator(dtstart);
	* for (let next = iter.next(); next; next = iter.next()) {
	*   if (next.compare(rangeStart) < 0) {
	*     continue;
	*   }
	*   console.log(next.toString());
	* }
	*
	* @param {Time} aStart        The item's start date
	* @return {RecurIterator}     The recurrence iterator
	*/
	iterator(aStart) {
		return new RecurIterator({
			rule: this,
			dtstart: aStart
		});
	}
	/**
	* Returns a clone of the recurrence object.
	*
	* @return {Recur}      The cloned object
	*/
	clone() {
		return new Recur(this.toJSON());
	}
	/**
	* Checks if the current rule is finite, i.e. has a count or until part.
	*
	* @return {Boolean}        True, if the rule is finite
	*/
	isFinite() {
		return !!(this.count || this.until);
	}
	/**
	* Checks if the current rule has a count part, and not limited by an until
	* part.
	*
	* @return {Boolean}        True, if the rule is by count
	*/
	isByCount() {
		return !!(this.count && !this.until);
	}
	/**
	* Adds a component (part) to the recurrence rule. This is not a component
	* in the sense of {@link ICAL.Component}, but a part of the recurrence
	* rule, i.e. BYMONTH.
	*
	* @param {String} aType            The name of the component part
	* @param {Array|String} aValue     The component value
	*/
	addComponent(aType, aValue) {
		let ucname = aType.toUpperCase();
		if (ucname in this.parts) this.parts[ucname].push(aValue);
		else this.parts[ucname] = [aValue];
	}
	/**
	* Sets the component value for the given by-part.
	*
	* @param {String} aType        The component part name
	* @param {Array} aValues       The component values
	*/
	setComponent(aType, aValues) {
		this.parts[aType.toUpperCase()] = aValues.slice();
	}
	/**
	* Gets (a copy) of the requested component value.
	*
	* @param {String} aType        The component part name
	* @return {Array}              The component part value
	*/
	getComponent(aType) {
		let ucname = aType.toUpperCase();
		return ucname in this.parts ? this.parts[ucname].slice() : [];
	}
	/**
	* Retrieves the next occurrence after the given recurrence id. See the
	* guide on {@tutorial terminology} for more details.
	*
	* NOTE: Currently, this method iterates all occurrences from the start
	* date. It should not be called in a loop for performance reasons. If you
	* would like to get more than one occurrence, you can iterate the
	* occurrences manually, see the example on the
	* {@link ICAL.Recur#iterator iterator} method.
	*
	* @param {Time} aStartTime        The start of the event series
	* @param {Time} aRecurrenceId     The date of the last occurrence
	* @return {Time}                  The next occurrence after
	*/
	getNextOccurrence(aStartTime, aRecurrenceId) {
		let iter = this.iterator(aStartTime);
		let next;
		do
			next = iter.next();
		while (next && next.compare(aRecurrenceId) <= 0);
		if (next && aRecurrenceId.zone) next.zone = aRecurrenceId.zone;
		return next;
	}
	/**
	* Sets up the current instance using members from the passed data object.
	*
	* @param {Object} data                               An object with members of the recurrence
	* @param {frequencyValues=} data.freq                The frequency value
	* @param {Number=} data.interval                     The INTERVAL value
	* @param {weekDay=} data.wkst                        The week start value
	* @param {Time=} data.until                          The end of the recurrence set
	* @param {Number=} data.count                        The number of occurrences
	* @param {Array.<Number>=} data.bysecond             The seconds for the BYSECOND part
	* @param {Array.<Number>=} data.byminute             The minutes for the BYMINUTE part
	* @param {Array.<Number>=} data.byhour               The hours for the BYHOUR part
	* @param {Array.<String>=} data.byday                The BYDAY values
	* @param {Array.<Number>=} data.bymonthday           The days for the BYMONTHDAY part
	* @param {Array.<Number>=} data.byyearday            The days for the BYYEARDAY part
	* @param {Array.<Number>=} data.byweekno             The weeks for the BYWEEKNO part
	* @param {Array.<Number>=} data.bymonth              The month for the BYMONTH part
	* @param {Array.<Number>=} data.bysetpos             The positionals for the BYSETPOS part
	*/
	fromData(data) {
		for (let key in data) {
			let uckey = key.toUpperCase();
			if (uckey in partDesign) {
				if (Array.isArray(data[key])) this.parts[uckey] = data[key];
				else this.parts[uckey] = [data[key]];
			} else this[key] = data[key];
		}
		if (this.interval && typeof this.interval != "number") optionDesign.INTERVAL(this.interval, this);
		if (this.wkst && typeof this.wkst != "number") this.wkst = Recur.icalDayToNumericDay(this.wkst);
		if (this.until && !(this.until instanceof Time)) this.until = Time.fromString(this.until);
	}
	/**
	* The jCal representation of this recurrence type.
	* @return {Object}
	*/
	toJSON() {
		let res = Object.create(null);
		res.freq = this.freq;
		if (this.count) res.count = this.count;
		if (this.interval > 1) res.interval = this.interval;
		for (let [k, kparts] of Object.entries(this.parts)) if (Array.isArray(kparts) && kparts.length == 1) res[k.toLowerCase()] = kparts[0];
		else res[k.toLowerCase()] = clone$2(kparts);
		if (this.until) res.until = this.until.toString();
		if ("wkst" in this && this.wkst !== Time.DEFAULT_WEEK_START) res.wkst = Recur.numericDayToIcalDay(this.wkst);
		return res;
	}
	/**
	* The string representation of this recurrence rule.
	* @return {String}
	*/
	toString() {
		let str = "FREQ=" + this.freq;
		if (this.count) str += ";COUNT=" + this.count;
		if (this.interval > 1) str += ";INTERVAL=" + this.interval;
		for (let [k, v] of Object.entries(this.parts)) str += ";" + k + "=" + v;
		if (this.until) str += ";UNTIL=" + this.until.toICALString();
		if ("wkst" in this && this.wkst !== Time.DEFAULT_WEEK_START) str += ";WKST=" + Recur.numericDayToIcalDay(this.wkst);
		return str;
	}
};
function parseNumericValue(type, min, max, value) {
	let result = value;
	if (value[0] === "+") result = value.slice(1);
	result = strictParseInt(result);
	if (min !== void 0 && value < min) throw new Error(type + ": invalid value \"" + value + "\" must be > " + min);
	if (max !== void 0 && value > max) throw new Error(type + ": invalid value \"" + value + "\" must be < " + min);
	return result;
}
var optionDesign = {
	FREQ: function(value, dict, fmtIcal) {
		if (ALLOWED_FREQ.indexOf(value) !== -1) dict.freq = value;
		else throw new Error("invalid frequency \"" + value + "\" expected: \"" + ALLOWED_FREQ.join(", ") + "\"");
	},
	COUNT: function(value, dict, fmtIcal) {
		dict.count = strictParseInt(value);
	},
	INTERVAL: function(value, dict, fmtIcal) {
		dict.interval = strictParseInt(value);
		if (dict.interval < 1) dict.interval = 1;
	},
	UNTIL: function(value, dict, fmtIcal) {
		if (value.length > 10) dict.until = design.icalendar.value["date-time"].fromICAL(value);
		else dict.until = design.icalendar.value.date.fromICAL(value);
		if (!fmtIcal) dict.until = Time.fromString(dict.until);
	},
	WKST: function(value, dict, fmtIcal) {
		if (VALID_DAY_NAMES.test(value)) dict.wkst = Recur.icalDayToNumericDay(value);
		else throw new Error("invalid WKST value \"" + value + "\"");
	}
};
var partDesign = {
	BYSECOND: parseNumericValue.bind(void 0, "BYSECOND", 0, 60),
	BYMINUTE: parseNumericValue.bind(void 0, "BYMINUTE", 0, 59),
	BYHOUR: parseNumericValue.bind(void 0, "BYHOUR", 0, 23),
	BYDAY: function(value) {
		if (VALID_BYDAY_PART.test(value)) return value;
		else throw new Error("invalid BYDAY value \"" + value + "\"");
	},
	BYMONTHDAY: parseNumericValue.bind(void 0, "BYMONTHDAY", -31, 31),
	BYYEARDAY: parseNumericValue.bind(void 0, "BYYEARDAY", -366, 366),
	BYWEEKNO: parseNumericValue.bind(void 0, "BYWEEKNO", -53, 53),
	BYMONTH: parseNumericValue.bind(void 0, "BYMONTH", 1, 12),
	BYSETPOS: parseNumericValue.bind(void 0, "BYSETPOS", -366, 366)
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
* @ignore
* @typedef {import("./types.js").designSet} designSet
* Imports the 'designSet' type from the "types.js" module
*/
/** @module ICAL.design */
var FROM_ICAL_NEWLINE = /\\\\|\\;|\\,|\\[Nn]/g;
var TO_ICAL_NEWLINE = /\\|;|,|\n/g;
var FROM_VCARD_NEWLINE = /\\\\|\\,|\\[Nn]/g;
var TO_VCARD_NEWLINE = /\\|,|\n/g;
function createTextType(fromNewline, toNewline) {
	return {
		matches: /.*/,
		fromICAL: function(aValue, structuredEscape) {
			return replaceNewline(aValue, fromNewline, structuredEscape);
		},
		toICAL: function(aValue, structuredEscape) {
			let regEx = toNewline;
			if (structuredEscape) regEx = new RegExp(regEx.source + "|" + structuredEscape, regEx.flags);
			return aValue.replace(regEx, function(str) {
				switch (str) {
					case "\\": return "\\\\";
					case ";": return "\\;";
					case ",": return "\\,";
					case "\n": return "\\n";
					/* c8 ignore next 2 */
					default: return str;
				}
			});
		}
	};
}
var DEFAULT_TYPE_TEXT = { defaultType: "text" };
var DEFAULT_TYPE_TEXT_MULTI = {
	defaultType: "text",
	multiValue: ","
};
var DEFAULT_TYPE_TEXT_STRUCTURED = {
	defaultType: "text",
	structuredValue: ";"
};
var DEFAULT_TYPE_INTEGER = { defaultType: "integer" };
var DEFAULT_TYPE_DATETIME_DATE = {
	defaultType: "date-time",
	allowedTypes: ["date-time", "date"]
};
var DEFAULT_TYPE_DATETIME = { defaultType: "date-time" };
var DEFAULT_TYPE_URI = { defaultType: "uri" };
var DEFAULT_TYPE_UTCOFFSET = { defaultType: "utc-offset" };
var DEFAULT_TYPE_RECUR = { defaultType: "recur" };
var DEFAULT_TYPE_DATE_ANDOR_TIME = {
	defaultType: "date-and-or-time",
	allowedTypes: [
		"date-time",
		"date",
		"text"
	]
};
function replaceNewlineReplace(string) {
	switch (string) {
		case "\\\\": return "\\";
		case "\\;": return ";";
		case "\\,": return ",";
		case "\\n":
		case "\\N": return "\n";
		/* c8 ignore next 2 */
		default: return string;
	}
}
function replaceNewline(value, newline, structuredEscape) {
	if (value.indexOf("\\") === -1) return value;
	if (structuredEscape) newline = new RegExp(newline.source + "|\\\\" + structuredEscape, newline.flags);
	return value.replace(newline, replaceNewlineReplace);
}
var commonProperties = {
	"categories": DEFAULT_TYPE_TEXT_MULTI,
	"url": DEFAULT_TYPE_URI,
	"version": DEFAULT_TYPE_TEXT,
	"uid": DEFAULT_TYPE_TEXT
};
var commonValues = {
	"boolean": {
		values: ["TRUE", "FALSE"],
		fromICAL: function(aValue) {
			switch (aValue) {
				case "TRUE": return true;
				case "FALSE": return false;
				default: return false;
			}
		},
		toICAL: function(aValue) {
			if (aValue) return "TRUE";
			return "FALSE";
		}
	},
	float: {
		matches: /^[+-]?\d+\.\d+$/,
		fromICAL: function(aValue) {
			let parsed = parseFloat(aValue);
			if (isStrictlyNaN(parsed)) return 0;
			return parsed;
		},
		toICAL: function(aValue) {
			return String(aValue);
		}
	},
	integer: {
		fromICAL: function(aValue) {
			let parsed = parseInt(aValue);
			if (isStrictlyNaN(parsed)) return 0;
			return parsed;
		},
		toICAL: function(aValue) {
			return String(aValue);
		}
	},
	"utc-offset": {
		toICAL: function(aValue) {
			if (aValue.length < 7) return aValue.slice(0, 3) + aValue.slice(4, 6);
			else return aValue.slice(0, 3) + aValue.slice(4, 6) + aValue.slice(7, 9);
		},
		fromICAL: function(aValue) {
			if (aValue.length < 6) return aValue.slice(0, 3) + ":" + aValue.slice(3, 5);
			else return aValue.slice(0, 3) + ":" + aValue.slice(3, 5) + ":" + aValue.slice(5, 7);
		},
		decorate: function(aValue) {
			return UtcOffset.fromString(aValue);
		},
		undecorate: function(aValue) {
			return aValue.toString();
		}
	}
};
var icalParams = {
	"cutype": {
		values: [
			"INDIVIDUAL",
			"GROUP",
			"RESOURCE",
			"ROOM",
			"UNKNOWN"
		],
		allowXName: true,
		allowIanaToken: true
	},
	"delegated-from": {
		valueType: "cal-address",
		multiValue: ",",
		multiValueSeparateDQuote: true
	},
	"delegated-to": {
		valueType: "cal-address",
		multiValue: ",",
		multiValueSeparateDQuote: true
	},
	"encoding": { values: ["8BIT", "BASE64"] },
	"fbtype": {
		values: [
			"FREE",
			"BUSY",
			"BUSY-UNAVAILABLE",
			"BUSY-TENTATIVE"
		],
		allowXName: true,
		allowIanaToken: true
	},
	"member": {
		valueType: "cal-address",
		multiValue: ",",
		multiValueSeparateDQuote: true
	},
	"partstat": {
		values: [
			"NEEDS-ACTION",
			"ACCEPTED",
			"DECLINED",
			"TENTATIVE",
			"DELEGATED",
			"COMPLETED",
			"IN-PROCESS"
		],
		allowXName: true,
		allowIanaToken: true
	},
	"range": { values: ["THISANDFUTURE"] },
	"related": { values: ["START", "END"] },
	"reltype": {
		values: [
			"PARENT",
			"CHILD",
			"SIBLING"
		],
		allowXName: true,
		allowIanaToken: true
	},
	"role": {
		values: [
			"REQ-PARTICIPANT",
			"CHAIR",
			"OPT-PARTICIPANT",
			"NON-PARTICIPANT"
		],
		allowXName: true,
		allowIanaToken: true
	},
	"rsvp": { values: ["TRUE", "FALSE"] },
	"sent-by": { valueType: "cal-address" },
	"tzid": { matches: /^\// },
	"value": {
		values: [
			"binary",
			"boolean",
			"cal-address",
			"date",
			"date-time",
			"duration",
			"float",
			"integer",
			"period",
			"recur",
			"text",
			"time",
			"uri",
			"utc-offset"
		],
		allowXName: true,
		allowIanaToken: true
	}
};
var icalValues = extend(commonValues, {
	text: createTextType(FROM_ICAL_NEWLINE, TO_ICAL_NEWLINE),
	uri: {},
	"binary": {
		decorate: function(aString) {
			return Binary.fromString(aString);
		},
		undecorate: function(aBinary) {
			return aBinary.toString();
		}
	},
	"cal-address": {},
	"date": {
		decorate: function(aValue, aProp) {
			if (design.strict) return Time.fromDateString(aValue, aProp);
			else return Time.fromString(aValue, aProp);
		},
		/**
		* undecorates a time object.
		*/
		undecorate: function(aValue) {
			return aValue.toString();
		},
		fromICAL: function(aValue) {
			if (!design.strict && aValue.length >= 15) return icalValues["date-time"].fromICAL(aValue);
			else return aValue.slice(0, 4) + "-" + aValue.slice(4, 6) + "-" + aValue.slice(6, 8);
		},
		toICAL: function(aValue) {
			let len = aValue.length;
			if (len == 10) return aValue.slice(0, 4) + aValue.slice(5, 7) + aValue.slice(8, 10);
			else if (len >= 19) return icalValues["date-time"].toICAL(aValue);
			else return aValue;
		}
	},
	"date-time": {
		fromICAL: function(aValue) {
			if (!design.strict && aValue.length == 8) return icalValues.date.fromICAL(aValue);
			else {
				let result = aValue.slice(0, 4) + "-" + aValue.slice(4, 6) + "-" + aValue.slice(6, 8) + "T" + aValue.slice(9, 11) + ":" + aValue.slice(11, 13) + ":" + aValue.slice(13, 15);
				if (aValue[15] && aValue[15] === "Z") result += "Z";
				return result;
			}
		},
		toICAL: function(aValue) {
			let len = aValue.length;
			if (len == 10 && !design.strict) return icalValues.date.toICAL(aValue);
			else if (len >= 19) {
				let result = aValue.slice(0, 4) + aValue.slice(5, 7) + aValue.slice(8, 13) + aValue.slice(14, 16) + aValue.slice(17, 19);
				if (aValue[19] && aValue[19] === "Z") result += "Z";
				return result;
			} else return aValue;
		},
		decorate: function(aValue, aProp) {
			if (design.strict) return Time.fromDateTimeString(aValue, aProp);
			else return Time.fromString(aValue, aProp);
		},
		undecorate: function(aValue) {
			return aValue.toString();
		}
	},
	duration: {
		decorate: function(aValue) {
			return Duration.fromString(aValue);
		},
		undecorate: function(aValue) {
			return aValue.toString();
		}
	},
	period: {
		fromICAL: function(string) {
			let parts = string.split("/");
			parts[0] = icalValues["date-time"].fromICAL(parts[0]);
			if (!Duration.isValueString(parts[1])) parts[1] = icalValues["date-time"].fromICAL(parts[1]);
			return parts;
		},
		toICAL: function(parts) {
			parts = parts.slice();
			if (!design.strict && parts[0].length == 10) parts[0] = icalValues.date.toICAL(parts[0]);
			else parts[0] = icalValues["date-time"].toICAL(parts[0]);
			if (!Duration.isValueString(parts[1])) {
				if (!design.strict && parts[1].length == 10) parts[1] = icalValues.date.toICAL(parts[1]);
				else parts[1] = icalValues["date-time"].toICAL(parts[1]);
			}
			return parts.join("/");
		},
		decorate: function(aValue, aProp) {
			return Period.fromJSON(aValue, aProp, !design.strict);
		},
		undecorate: function(aValue) {
			return aValue.toJSON();
		}
	},
	recur: {
		fromICAL: function(string) {
			return Recur._stringToData(string, true);
		},
		toICAL: function(data) {
			let str = "";
			for (let [k, val] of Object.entries(data)) {
				if (k == "until") {
					if (val.length > 10) val = icalValues["date-time"].toICAL(val);
					else val = icalValues.date.toICAL(val);
				} else if (k == "wkst") {
					if (typeof val === "number") val = Recur.numericDayToIcalDay(val);
				} else if (Array.isArray(val)) val = val.join(",");
				str += k.toUpperCase() + "=" + val + ";";
			}
			return str.slice(0, Math.max(0, str.length - 1));
		},
		decorate: function decorate(aValue) {
			return Recur.fromData(aValue);
		},
		undecorate: function(aRecur) {
			return aRecur.toJSON();
		}
	},
	time: {
		fromICAL: function(aValue) {
			if (aValue.length < 6) return aValue;
			let result = aValue.slice(0, 2) + ":" + aValue.slice(2, 4) + ":" + aValue.slice(4, 6);
			if (aValue[6] === "Z") result += "Z";
			return result;
		},
		toICAL: function(aValue) {
			if (aValue.length < 8) return aValue;
			let result = aValue.slice(0, 2) + aValue.slice(3, 5) + aValue.slice(6, 8);
			if (aValue[8] === "Z") result += "Z";
			return result;
		}
	}
});
var icalProperties = extend(commonProperties, {
	"action": DEFAULT_TYPE_TEXT,
	"attach": { defaultType: "uri" },
	"attendee": { defaultType: "cal-address" },
	"calscale": DEFAULT_TYPE_TEXT,
	"class": DEFAULT_TYPE_TEXT,
	"comment": DEFAULT_TYPE_TEXT,
	"completed": DEFAULT_TYPE_DATETIME,
	"contact": DEFAULT_TYPE_TEXT,
	"created": DEFAULT_TYPE_DATETIME,
	"description": DEFAULT_TYPE_TEXT,
	"dtend": DEFAULT_TYPE_DATETIME_DATE,
	"dtstamp": DEFAULT_TYPE_DATETIME,
	"dtstart": DEFAULT_TYPE_DATETIME_DATE,
	"due": DEFAULT_TYPE_DATETIME_DATE,
	"duration": { defaultType: "duration" },
	"exdate": {
		defaultType: "date-time",
		allowedTypes: ["date-time", "date"],
		multiValue: ","
	},
	"exrule": DEFAULT_TYPE_RECUR,
	"freebusy": {
		defaultType: "period",
		multiValue: ","
	},
	"geo": {
		defaultType: "float",
		structuredValue: ";"
	},
	"last-modified": DEFAULT_TYPE_DATETIME,
	"location": DEFAULT_TYPE_TEXT,
	"method": DEFAULT_TYPE_TEXT,
	"organizer": { defaultType: "cal-address" },
	"percent-complete": DEFAULT_TYPE_INTEGER,
	"priority": DEFAULT_TYPE_INTEGER,
	"prodid": DEFAULT_TYPE_TEXT,
	"related-to": DEFAULT_TYPE_TEXT,
	"repeat": DEFAULT_TYPE_INTEGER,
	"rdate": {
		defaultType: "date-time",
		allowedTypes: [
			"date-time",
			"date",
			"period"
		],
		multiValue: ",",
		detectType: function(string) {
			if (string.indexOf("/") !== -1) return "period";
			return string.indexOf("T") === -1 ? "date" : "date-time";
		}
	},
	"recurrence-id": DEFAULT_TYPE_DATETIME_DATE,
	"resources": DEFAULT_TYPE_TEXT_MULTI,
	"request-status": DEFAULT_TYPE_TEXT_STRUCTURED,
	"rrule": DEFAULT_TYPE_RECUR,
	"sequence": DEFAULT_TYPE_INTEGER,
	"status": DEFAULT_TYPE_TEXT,
	"summary": DEFAULT_TYPE_TEXT,
	"transp": DEFAULT_TYPE_TEXT,
	"trigger": {
		defaultType: "duration",
		allowedTypes: ["duration", "date-time"]
	},
	"tzoffsetfrom": DEFAULT_TYPE_UTCOFFSET,
	"tzoffsetto": DEFAULT_TYPE_UTCOFFSET,
	"tzurl": DEFAULT_TYPE_URI,
	"tzid": DEFAULT_TYPE_TEXT,
	"tzname": DEFAULT_TYPE_TEXT
});
var vcardValues = extend(commonValues, {
	text: createTextType(FROM_VCARD_NEWLINE, TO_VCARD_NEWLINE),
	uri: createTextType(FROM_VCARD_NEWLINE, TO_VCARD_NEWLINE),
	date: {
		decorate: function(aValue) {
			return VCardTime.fromDateAndOrTimeString(aValue, "date");
		},
		undecorate: function(aValue) {
			return aValue.toString();
		},
		fromICAL: function(aValue) {
			if (aValue.length == 8) return icalValues.date.fromICAL(aValue);
			else if (aValue[0] == "-" && aValue.length == 6) return aValue.slice(0, 4) + "-" + aValue.slice(4);
			else return aValue;
		},
		toICAL: function(aValue) {
			if (aValue.length == 10) return icalValues.date.toICAL(aValue);
			else if (aValue[0] == "-" && aValue.length == 7) return aValue.slice(0, 4) + aValue.slice(5);
			else return aValue;
		}
	},
	time: {
		decorate: function(aValue) {
			return VCardTime.fromDateAndOrTimeString("T" + aValue, "time");
		},
		undecorate: function(aValue) {
			return aValue.toString();
		},
		fromICAL: function(aValue) {
			let splitzone = vcardValues.time._splitZone(aValue, true);
			let zone = splitzone[0], value = splitzone[1];
			if (value.length == 6) value = value.slice(0, 2) + ":" + value.slice(2, 4) + ":" + value.slice(4, 6);
			else if (value.length == 4 && value[0] != "-") value = value.slice(0, 2) + ":" + value.slice(2, 4);
			else if (value.length == 5) value = value.slice(0, 3) + ":" + value.slice(3, 5);
			if (zone.length == 5 && (zone[0] == "-" || zone[0] == "+")) zone = zone.slice(0, 3) + ":" + zone.slice(3);
			return value + zone;
		},
		toICAL: function(aValue) {
			let splitzone = vcardValues.time._splitZone(aValue);
			let zone = splitzone[0], value = splitzone[1];
			if (value.length == 8) value = value.slice(0, 2) + value.slice(3, 5) + value.slice(6, 8);
			else if (value.length == 5 && value[0] != "-") value = value.slice(0, 2) + value.slice(3, 5);
			else if (value.length == 6) value = value.slice(0, 3) + value.slice(4, 6);
			if (zone.length == 6 && (zone[0] == "-" || zone[0] == "+")) zone = zone.slice(0, 3) + zone.slice(4);
			return value + zone;
		},
		_splitZone: function(aValue, isFromIcal) {
			let lastChar = aValue.length - 1;
			let signChar = aValue.length - (isFromIcal ? 5 : 6);
			let sign = aValue[signChar];
			let zone, value;
			if (aValue[lastChar] == "Z") {
				zone = aValue[lastChar];
				value = aValue.slice(0, Math.max(0, lastChar));
			} else if (aValue.length > 6 && (sign == "-" || sign == "+")) {
				zone = aValue.slice(signChar);
				value = aValue.slice(0, Math.max(0, signChar));
			} else {
				zone = "";
				value = aValue;
			}
			return [zone, value];
		}
	},
	"date-time": {
		decorate: function(aValue) {
			return VCardTime.fromDateAndOrTimeString(aValue, "date-time");
		},
		undecorate: function(aValue) {
			return aValue.toString();
		},
		fromICAL: function(aValue) {
			return vcardValues["date-and-or-time"].fromICAL(aValue);
		},
		toICAL: function(aValue) {
			return vcardValues["date-and-or-time"].toICAL(aValue);
		}
	},
	"date-and-or-time": {
		decorate: function(aValue) {
			return VCardTime.fromDateAndOrTimeString(aValue, "date-and-or-time");
		},
		undecorate: function(aValue) {
			return aValue.toString();
		},
		fromICAL: function(aValue) {
			let parts = aValue.split("T");
			return (parts[0] ? vcardValues.date.fromICAL(parts[0]) : "") + (parts[1] ? "T" + vcardValues.time.fromICAL(parts[1]) : "");
		},
		toICAL: function(aValue) {
			let parts = aValue.split("T");
			return vcardValues.date.toICAL(parts[0]) + (parts[1] ? "T" + vcardValues.time.toICAL(parts[1]) : "");
		}
	},
	timestamp: icalValues["date-time"],
	"language-tag": { matches: /^[a-zA-Z0-9-]+$/ },
	"phone-number": {
		fromICAL: function(aValue) {
			return Array.from(aValue).filter(function(c) {
				return c === "\\" ? void 0 : c;
			}).join("");
		},
		toICAL: function(aValue) {
			return Array.from(aValue).map(function(c) {
				return c === "," || c === ";" ? "\\" + c : c;
			}).join("");
		}
	}
});
var vcardParams = {
	"type": {
		valueType: "text",
		multiValue: ","
	},
	"value": {
		values: [
			"text",
			"uri",
			"date",
			"time",
			"date-time",
			"date-and-or-time",
			"timestamp",
			"boolean",
			"integer",
			"float",
			"utc-offset",
			"language-tag"
		],
		allowXName: true,
		allowIanaToken: true
	}
};
var vcardProperties = extend(commonProperties, {
	"adr": {
		defaultType: "text",
		structuredValue: ";",
		multiValue: ","
	},
	"anniversary": DEFAULT_TYPE_DATE_ANDOR_TIME,
	"bday": DEFAULT_TYPE_DATE_ANDOR_TIME,
	"caladruri": DEFAULT_TYPE_URI,
	"caluri": DEFAULT_TYPE_URI,
	"clientpidmap": DEFAULT_TYPE_TEXT_STRUCTURED,
	"email": DEFAULT_TYPE_TEXT,
	"fburl": DEFAULT_TYPE_URI,
	"fn": DEFAULT_TYPE_TEXT,
	"gender": DEFAULT_TYPE_TEXT_STRUCTURED,
	"geo": DEFAULT_TYPE_URI,
	"impp": DEFAULT_TYPE_URI,
	"key": DEFAULT_TYPE_URI,
	"kind": DEFAULT_TYPE_TEXT,
	"lang": { defaultType: "language-tag" },
	"logo": DEFAULT_TYPE_URI,
	"member": DEFAULT_TYPE_URI,
	"n": {
		defaultType: "text",
		structuredValue: ";",
		multiValue: ","
	},
	"nickname": DEFAULT_TYPE_TEXT_MULTI,
	"note": DEFAULT_TYPE_TEXT,
	"org": {
		defaultType: "text",
		structuredValue: ";"
	},
	"photo": DEFAULT_TYPE_URI,
	"related": DEFAULT_TYPE_URI,
	"rev": { defaultType: "timestamp" },
	"role": DEFAULT_TYPE_TEXT,
	"sound": DEFAULT_TYPE_URI,
	"source": DEFAULT_TYPE_URI,
	"tel": {
		defaultType: "uri",
		allowedTypes: ["uri", "text"]
	},
	"title": DEFAULT_TYPE_TEXT,
	"tz": {
		defaultType: "text",
		allowedTypes: [
			"text",
			"utc-offset",
			"uri"
		]
	},
	"xml": DEFAULT_TYPE_TEXT
});
var vcard3Values = extend(commonValues, {
	binary: icalValues.binary,
	date: vcardValues.date,
	"date-time": vcardValues["date-time"],
	"phone-number": vcardValues["phone-number"],
	uri: icalValues.uri,
	text: vcardValues.text,
	time: icalValues.time,
	vcard: icalValues.text,
	"utc-offset": {
		toICAL: function(aValue) {
			return aValue.slice(0, 7);
		},
		fromICAL: function(aValue) {
			return aValue.slice(0, 7);
		},
		decorate: function(aValue) {
			return UtcOffset.fromString(aValue);
		},
		undecorate: function(aValue) {
			return aValue.toString();
		}
	}
});
var vcard3Params = {
	"type": {
		valueType: "text",
		multiValue: ","
	},
	"value": {
		values: [
			"text",
			"uri",
			"date",
			"date-time",
			"phone-number",
			"time",
			"boolean",
			"integer",
			"float",
			"utc-offset",
			"vcard",
			"binary"
		],
		allowXName: true,
		allowIanaToken: true
	}
};
var vcard3Properties = extend(commonProperties, {
	fn: DEFAULT_TYPE_TEXT,
	n: {
		defaultType: "text",
		structuredValue: ";",
		multiValue: ","
	},
	nickname: DEFAULT_TYPE_TEXT_MULTI,
	photo: {
		defaultType: "binary",
		allowedTypes: ["binary", "uri"]
	},
	bday: {
		defaultType: "date-time",
		allowedTypes: ["date-time", "date"],
		detectType: function(string) {
			return string.indexOf("T") === -1 ? "date" : "date-time";
		}
	},
	adr: {
		defaultType: "text",
		structuredValue: ";",
		multiValue: ","
	},
	label: DEFAULT_TYPE_TEXT,
	tel: { defaultType: "phone-number" },
	email: DEFAULT_TYPE_TEXT,
	mailer: DEFAULT_TYPE_TEXT,
	tz: {
		defaultType: "utc-offset",
		allowedTypes: ["utc-offset", "text"]
	},
	geo: {
		defaultType: "float",
		structuredValue: ";"
	},
	title: DEFAULT_TYPE_TEXT,
	role: DEFAULT_TYPE_TEXT,
	logo: {
		defaultType: "binary",
		allowedTypes: ["binary", "uri"]
	},
	agent: {
		defaultType: "vcard",
		allowedTypes: [
			"vcard",
			"text",
			"uri"
		]
	},
	org: DEFAULT_TYPE_TEXT_STRUCTURED,
	note: DEFAULT_TYPE_TEXT_MULTI,
	prodid: DEFAULT_TYPE_TEXT,
	rev: {
		defaultType: "date-time",
		allowedTypes: ["date-time", "date"],
		detectType: function(string) {
			return string.indexOf("T") === -1 ? "date" : "date-time";
		}
	},
	"sort-string": DEFAULT_TYPE_TEXT,
	sound: {
		defaultType: "binary",
		allowedTypes: ["binary", "uri"]
	},
	class: DEFAULT_TYPE_TEXT,
	key: {
		defaultType: "binary",
		allowedTypes: ["binary", "text"]
	}
});
/**
* iCalendar design set
* @type {designSet}
*/
var icalSet = {
	name: "ical",
	value: icalValues,
	param: icalParams,
	property: icalProperties,
	propertyGroups: false
};
/**
* vCard 4.0 design set
* @type {designSet}
*/
var vcardSet = {
	name: "vcard4",
	value: vcardValues,
	param: vcardParams,
	property: vcardProperties,
	propertyGroups: true
};
/**
* vCard 3.0 design set
* @type {designSet}
*/
var vcard3Set = {
	name: "vcard3",
	value: vcard3Values,
	param: vcard3Params,
	property: vcard3Properties,
	propertyGroups: true
};
/**
* The design data, used by the parser to determine types for properties and
* other metadata needed to produce correct jCard/jCal data.
*
* @alias ICAL.design
* @exports module:ICAL.design
*/
var design = {
	/**
	* Can be set to false to make the parser more lenient.
	*/
	strict: true,
	/**
	* The default set for new properties and components if none is specified.
	* @type {designSet}
	*/
	defaultSet: icalSet,
	/**
	* The default type for unknown properties
	* @type {String}
	*/
	defaultType: "unknown",
	/**
	* Holds the design set for known top-level components
	*
	* @type {Object}
	* @property {designSet} vcard       vCard VCARD
	* @property {designSet} vevent      iCalendar VEVENT
	* @property {designSet} vtodo       iCalendar VTODO
	* @property {designSet} vjournal    iCalendar VJOURNAL
	* @property {designSet} valarm      iCalendar VALARM
	* @property {designSet} vtimezone   iCalendar VTIMEZONE
	* @property {designSet} daylight    iCalendar DAYLIGHT
	* @property {designSet} standard    iCalendar STANDARD
	*
	* @example
	* let propertyName = 'fn';
	* let componentDesign = ICAL.design.components.vcard;
	* let propertyDetails = componentDesign.property[propertyName];
	* if (propertyDetails.defaultType == 'text') {
	*   // Yep, sure is...
	* }
	*/
	components: {
		vcard: vcardSet,
		vcard3: vcard3Set,
		vevent: icalSet,
		vtodo: icalSet,
		vjournal: icalSet,
		valarm: icalSet,
		vtimezone: icalSet,
		daylight: icalSet,
		standard: icalSet
	},
	/**
	* The design set for iCalendar (rfc5545/rfc7265) components.
	* @type {designSet}
	*/
	icalendar: icalSet,
	/**
	* The design set for vCard (rfc6350/rfc7095) components.
	* @type {designSet}
	*/
	vcard: vcardSet,
	/**
	* The design set for vCard (rfc2425/rfc2426/rfc7095) components.
	* @type {designSet}
	*/
	vcard3: vcard3Set,
	/**
	* Gets the design set for the given component name.
	*
	* @param {String} componentName        The name of the component
	* @return {designSet}      The design set for the component
	*/
	getDesignSet: function(componentName) {
		return componentName && componentName in design.components ? design.components[componentName] : design.defaultSet;
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
*
* @ignore
* @typedef {import("./types.js").designSet} designSet
* Imports the 'designSet' type from the "types.js" module
*/
var LINE_ENDING = "\r\n";
var DEFAULT_VALUE_TYPE = "unknown";
var RFC6868_REPLACE_MAP = {
	"\"": "^'",
	"\n": "^n",
	"^": "^^"
};
/**
* Convert a full jCal/jCard array into a iCalendar/vCard string.
*
* @function ICAL.stringify
* @variation function
* @param {Array} jCal    The jCal/jCard document
* @return {String}       The stringified iCalendar/vCard document
*/
function stringify(jCal) {
	if (typeof jCal[0] == "string") jCal = [jCal];
	let i = 0;
	let len = jCal.length;
	let result = "";
	for (; i < len; i++) result += stringify.component(jCal[i]) + LINE_ENDING;
	return result;
}
/**
* Converts an jCal component array into a ICAL string.
* Recursive will resolve sub-components.
*
* Exact component/property order is not saved all
* properties will come before subcomponents.
*
* @function ICAL.stringify.component
* @param {Array} component
*        jCal/jCard fragment of a component
* @param {designSet} designSet
*        The design data to use for this component
* @return {String}       The iCalendar/vCard string
*/
stringify.component = function(component, designSet) {
	let name = component[0].toUpperCase();
	let result = "BEGIN:" + name + LINE_ENDING;
	let props = component[1];
	let propIdx = 0;
	let propLen = props.length;
	let designSetName = component[0];
	if (designSetName === "vcard" && component[1].length > 0 && !(component[1][0][0] === "version" && component[1][0][3] === "4.0")) designSetName = "vcard3";
	designSet = designSet || design.getDesignSet(designSetName);
	for (; propIdx < propLen; propIdx++) result += stringify.property(props[propIdx], designSet) + LINE_ENDING;
	let comps = component[2] || [];
	let compIdx = 0;
	let compLen = comps.length;
	for (; compIdx < compLen; compIdx++) result += stringify.component(comps[compIdx], designSet) + LINE_ENDING;
	result += "END:" + name;
	return result;
};
/**
* Converts a single jCal/jCard property to a iCalendar/vCard string.
*
* @function ICAL.stringify.property
* @param {Array} property
*        jCal/jCard property array
* @param {designSet} designSet
*        The design data to use for this property
* @param {Boolean} noFold
*        If true, the line is not folded
* @return {String}       The iCalendar/vCard string
*/
stringify.property = function(property, designSet, noFold) {
	let name = property[0].toUpperCase();
	let jsName = property[0];
	let params = property[1];
	if (!designSet) designSet = design.defaultSet;
	let groupName = params.group;
	let line;
	if (designSet.propertyGroups && groupName) line = groupName.toUpperCase() + "." + name;
	else line = name;
	for (let [paramName, value] of Object.entries(params)) {
		if (designSet.propertyGroups && paramName == "group") continue;
		let paramDesign = designSet.param[paramName];
		let multiValue = paramDesign && paramDesign.multiValue;
		if (multiValue && Array.isArray(value)) {
			value = value.map(function(val) {
				val = stringify._rfc6868Unescape(val);
				val = stringify.paramPropertyValue(val, paramDesign.multiValueSeparateDQuote);
				return val;
			});
			value = stringify.multiValue(value, multiValue, "unknown", null, designSet);
		} else {
			value = stringify._rfc6868Unescape(value);
			value = stringify.paramPropertyValue(value);
		}
		line += ";" + paramName.toUpperCase() + "=" + value;
	}
	if (property.length === 3) return line + ":";
	let valueType = property[2];
	let propDetails;
	let multiValue = false;
	let structuredValue = false;
	let isDefault = false;
	if (jsName in designSet.property) {
		propDetails = designSet.property[jsName];
		if ("multiValue" in propDetails) multiValue = propDetails.multiValue;
		if ("structuredValue" in propDetails && Array.isArray(property[3])) structuredValue = propDetails.structuredValue;
		if ("defaultType" in propDetails) {
			if (valueType === propDetails.defaultType) isDefault = true;
		} else if (valueType === DEFAULT_VALUE_TYPE) isDefault = true;
	} else if (valueType === DEFAULT_VALUE_TYPE) isDefault = true;
	if (!isDefault) line += ";VALUE=" + valueType.toUpperCase();
	line += ":";
	if (multiValue && structuredValue) line += stringify.multiValue(property[3], structuredValue, valueType, multiValue, designSet, structuredValue);
	else if (multiValue) line += stringify.multiValue(property.slice(3), multiValue, valueType, null, designSet, false);
	else if (structuredValue) line += stringify.multiValue(property[3], structuredValue, valueType, null, designSet, structuredValue);
	else line += stringify.value(property[3], valueType, designSet, false);
	return noFold ? line : foldline(line);
};
/**
* Handles escaping of property values that may contain:
*
*    COLON (:), SEMICOLON (;), or COMMA (,)
*
* If any of the above are present the result is wrapped
* in double quotes.
*
* @function ICAL.stringify.paramPropertyValue
* @param {String} value      Raw property value
* @param {boolean} force     If value should be escaped even when unnecessary
* @return {String}           Given or escaped value when needed
*/
stringify.paramPropertyValue = function(value, force) {
	if (!force && value.indexOf(",") === -1 && value.indexOf(":") === -1 && value.indexOf(";") === -1) return value;
	return "\"" + value + "\"";
};
/**
* Converts an array of ical values into a single
* string based on a type and a delimiter value (like ",").
*
* @function ICAL.stringify.multiValue
* @param {Array} values      List of values to convert
* @param {String} delim      Used to join the values (",", ";", ":")
* @param {String} type       Lowecase ical value type
*        (like boolean, date-time, etc..)
* @param {?String} innerMulti If set, each value will again be processed
*        Used for structured values
* @param {designSet} designSet
*        The design data to use for this property
*
* @return {String}           iCalendar/vCard string for value
*/
stringify.multiValue = function(values, delim, type, innerMulti, designSet, structuredValue) {
	let result = "";
	let len = values.length;
	let i = 0;
	for (; i < len; i++) {
		if (innerMulti && Array.isArray(values[i])) result += stringify.multiValue(values[i], innerMulti, type, null, designSet, structuredValue);
		else result += stringify.value(values[i], type, designSet, structuredValue);
		if (i !== len - 1) result += delim;
	}
	return result;
};
/**
* Processes a single ical value runs the associated "toICAL" method from the
* design value type if available to convert the value.
*
* @function ICAL.stringify.value
* @param {String|Number} value       A formatted value
* @param {String} type               Lowercase iCalendar/vCard value type
*  (like boolean, date-time, etc..)
* @return {String}                   iCalendar/vCard value for single value
*/
stringify.value = function(value, type, designSet, structuredValue) {
	if (type in designSet.value && "toICAL" in designSet.value[type]) return designSet.value[type].toICAL(value, structuredValue);
	return value;
};
/**
* Internal helper for rfc6868. Exposing this on ICAL.stringify so that
* hackers can disable the rfc6868 parsing if the really need to.
*
* @param {String} val        The value to unescape
* @return {String}           The escaped value
*/
stringify._rfc6868Unescape = function(val) {
	return val.replace(/[\n^"]/g, function(x) {
		return RFC6868_REPLACE_MAP[x];
	});
};
var NAME_INDEX$1 = 0;
var PROP_INDEX = 1;
var TYPE_INDEX = 2;
var VALUE_INDEX = 3;
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
* @ignore
* @typedef {import("./types.js").designSet} designSet
* Imports the 'designSet' type from the "types.js" module
* @typedef {import("./types.js").Geo} Geo
* Imports the 'Geo' type from the "types.js" module
*/
/**
* Provides a layer on top of the raw jCal object for manipulating a single property, with its
* parameters and value.
*
* @memberof ICAL
*/
var Property = class Property {
	/**
	* Create an {@link ICAL.Property} by parsing the passed iCalendar string.
	*
	* @param {String} str            The iCalendar string to parse
	* @param {designSet=} designSet  The design data to use for this property
	* @return {Property}             The created iCalendar property
	*/
	static fromString(str, designSet) {
		return new Property(parse$1.property(str, designSet));
	}
	/**
	* Creates a new ICAL.Property instance.
	*
	* It is important to note that mutations done in the wrapper directly mutate the jCal object used
	* to initialize.
	*
	* Can also be used to create new properties by passing the name of the property (as a String).
	*
	* @param {Array|String} jCal         Raw jCal representation OR the new name of the property
	* @param {Component=} parent         Parent component
	*/
	constructor(jCal, parent) {
		this._parent = parent || null;
		if (typeof jCal === "string") {
			this.jCal = [
				jCal,
				{},
				design.defaultType
			];
			this.jCal[TYPE_INDEX] = this.getDefaultType();
		} else this.jCal = jCal;
		this._updateType();
	}
	/**
	* The value type for this property
	* @type {String}
	*/
	get type() {
		return this.jCal[TYPE_INDEX];
	}
	/**
	* The name of this property, in lowercase.
	* @type {String}
	*/
	get name() {
		return this.jCal[NAME_INDEX$1];
	}
	/**
	* The parent component for this property.
	* @type {Component}
	*/
	get parent() {
		return this._parent;
	}
	set parent(p) {
		let designSetChanged = !this._parent || p && p._designSet != this._parent._designSet;
		this._parent = p;
		if (this.type == design.defaultType && designSetChanged) {
			this.jCal[TYPE_INDEX] = this.getDefaultType();
			this._updateType();
		}
	}
	/**
	* The design set for this property, e.g. icalendar vs vcard
	*
	* @type {designSet}
	* @private
	*/
	get _designSet() {
		return this.parent ? this.parent._designSet : design.defaultSet;
	}
	/**
	* Updates the type metadata from the current jCal type and design set.
	*
	* @private
	*/
	_updateType() {
		let designSet = this._designSet;
		if (this.type in designSet.value) {
			if ("decorate" in designSet.value[this.type]) this.isDecorated = true;
			else this.isDecorated = false;
			if (this.name in designSet.property) {
				this.isMultiValue = "multiValue" in designSet.property[this.name];
				this.isStructuredValue = "structuredValue" in designSet.property[this.name];
			}
		}
	}
	/**
	* Hydrate a single value. The act of hydrating means turning the raw jCal
	* value into a potentially wrapped object, for example {@link ICAL.Time}.
	*
	* @private
	* @param {Number} index        The index of the value to hydrate
	* @return {?Object}             The decorated value.
	*/
	_hydrateValue(index) {
		if (this._values && this._values[index]) return this._values[index];
		if (this.jCal.length <= VALUE_INDEX + index) return null;
		if (this.isDecorated) {
			if (!this._values) this._values = [];
			return this._values[index] = this._decorate(this.jCal[VALUE_INDEX + index]);
		} else return this.jCal[VALUE_INDEX + index];
	}
	/**
	* Decorate a single value, returning its wrapped object. This is used by
	* the hydrate function to actually wrap the value.
	*
	* @private
	* @param {?} value         The value to decorate
	* @return {Object}         The decorated value
	*/
	_decorate(value) {
		return this._designSet.value[this.type].decorate(value, this);
	}
	/**
	* Undecorate a single value, returning its raw jCal data.
	*
	* @private
	* @param {Object} value         The value to undecorate
	* @return {?}                   The undecorated value
	*/
	_undecorate(value) {
		return this._designSet.value[this.type].undecorate(value, this);
	}
	/**
	* Sets the value at the given index while also hydrating it. The passed
	* value can either be a decorated or undecorated value.
	*
	* @private
	* @param {?} value             The value to set
	* @param {Number} index        The index to set it at
	*/
	_setDecoratedValue(value, index) {
		if (!this._values) this._values = [];
		if (typeof value === "object" && "icaltype" in value) {
			this.jCal[VALUE_INDEX + index] = this._undecorate(value);
			this._values[index] = value;
		} else {
			this.jCal[VALUE_INDEX + index] = value;
			this._values[index] = this._decorate(value);
		}
	}
	/**
	* Gets a parameter on the property.
	*
	* @param {String}        name   Parameter name (lowercase)
	* @return {Array|String}        Parameter value
	*/
	getParameter(name) {
		if (name in this.jCal[PROP_INDEX]) return this.jCal[PROP_INDEX][name];
		else return;
	}
	/**
	* Gets first parameter on the property.
	*
	* @param {String}        name   Parameter name (lowercase)
	* @return {String}        Parameter value
	*/
	getFirstParameter(name) {
		let parameters = this.getParameter(name);
		if (Array.isArray(parameters)) return parameters[0];
		return parameters;
	}
	/**
	* Sets a parameter on the property.
	*
	* @param {String}       name     The parameter name
	* @param {Array|String} value    The parameter value
	*/
	setParameter(name, value) {
		let lcname = name.toLowerCase();
		if (typeof value === "string" && lcname in this._designSet.param && "multiValue" in this._designSet.param[lcname]) value = [value];
		this.jCal[PROP_INDEX][name] = value;
	}
	/**
	* Removes a parameter
	*
	* @param {String} name     The parameter name
	*/
	removeParameter(name) {
		delete this.jCal[PROP_INDEX][name];
	}
	/**
	* Get the default type based on this property's name.
	*
	* @return {String}     The default type for this property
	*/
	getDefaultType() {
		let name = this.jCal[NAME_INDEX$1];
		let designSet = this._designSet;
		if (name in designSet.property) {
			let details = designSet.property[name];
			if ("defaultType" in details) return details.defaultType;
		}
		return design.defaultType;
	}
	/**
	* Sets type of property and clears out any existing values of the current
	* type.
	*
	* @param {String} type     New iCAL type (see design.*.values)
	*/
	resetType(type) {
		this.removeAllValues();
		this.jCal[TYPE_INDEX] = type;
		this._updateType();
	}
	/**
	* Finds the first property value.
	*
	* @return {Binary | Duration | Period |
	* Recur | Time | UtcOffset | Geo | string | null}         First property value
	*/
	getFirstValue() {
		return this._hydrateValue(0);
	}
	/**
	* Gets all values on the property.
	*
	* NOTE: this creates an array during each call.
	*
	* @return {Array}          List of values
	*/
	getValues() {
		let len = this.jCal.length - VALUE_INDEX;
		if (len < 1) return [];
		let i = 0;
		let result = [];
		for (; i < len; i++) result[i] = this._hydrateValue(i);
		return result;
	}
	/**
	* Removes all values from this property
	*/
	removeAllValues() {
		if (this._values) this._values.length = 0;
		this.jCal.length = 3;
	}
	/**
	* Sets the values of the property.  Will overwrite the existing values.
	* This can only be used for multi-value properties.
	*
	* @param {Array} values    An array of values
	*/
	setValues(values) {
		if (!this.isMultiValue) throw new Error(this.name + ": does not not support mulitValue.\noverride isMultiValue");
		let len = values.length;
		let i = 0;
		this.removeAllValues();
		if (len > 0 && typeof values[0] === "object" && "icaltype" in values[0]) this.resetType(values[0].icaltype);
		if (this.isDecorated) for (; i < len; i++) this._setDecoratedValue(values[i], i);
		else for (; i < len; i++) this.jCal[VALUE_INDEX + i] = values[i];
	}
	/**
	* Sets the current value of the property. If this is a multi-value
	* property, all other values will be removed.
	*
	* @param {String|Object} value     New property value.
	*/
	setValue(value) {
		this.removeAllValues();
		if (typeof value === "object" && "icaltype" in value) this.resetType(value.icaltype);
		if (this.isDecorated) this._setDecoratedValue(value, 0);
		else this.jCal[VALUE_INDEX] = value;
	}
	/**
	* Returns the Object representation of this component. The returned object
	* is a live jCal object and should be cloned if modified.
	* @return {Object}
	*/
	toJSON() {
		return this.jCal;
	}
	/**
	* The string representation of this component.
	* @return {String}
	*/
	toICALString() {
		return stringify.property(this.jCal, this._designSet, true);
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
* @ignore
* @typedef {import("./types.js").designSet} designSet
* Imports the 'designSet' type from the "types.js" module
* @typedef {import("./types.js").Geo} Geo
* Imports the 'Geo' type from the "types.js" module
*/
var NAME_INDEX = 0;
var PROPERTY_INDEX = 1;
var COMPONENT_INDEX = 2;
var PROPERTY_NAME_INDEX = 0;
var PROPERTY_VALUE_INDEX = 3;
/**
* Wraps a jCal component, adding convenience methods to add, remove and update subcomponents and
* properties.
*
* @memberof ICAL
*/
var Component = class Component {
	/**
	* Create an {@link ICAL.Component} by parsing the passed iCalendar string.
	*
	* @param {String} str        The iCalendar string to parse
	*/
	static fromString(str) {
		return new Component(parse$1.component(str));
	}
	/**
	* Creates a new Component instance.
	*
	* @param {Array|String} jCal         Raw jCal component data OR name of new
	*                                      component
	* @param {Component=} parent     Parent component to associate
	*/
	constructor(jCal, parent) {
		if (typeof jCal === "string") jCal = [
			jCal,
			[],
			[]
		];
		this.jCal = jCal;
		this.parent = parent || null;
		if (!this.parent && this.name === "vcalendar") this._timezoneCache = /* @__PURE__ */ new Map();
	}
	/**
	* Hydrated properties are inserted into the _properties array at the same
	* position as in the jCal array, so it is possible that the array contains
	* undefined values for unhydrdated properties. To avoid iterating the
	* array when checking if all properties have been hydrated, we save the
	* count here.
	*
	* @type {Number}
	* @private
	*/
	_hydratedPropertyCount = 0;
	/**
	* The same count as for _hydratedPropertyCount, but for subcomponents
	*
	* @type {Number}
	* @private
	*/
	_hydratedComponentCount = 0;
	/**
	* A cache of hydrated time zone objects which may be used by consumers, keyed
	* by time zone ID.
	*
	* @type {Map}
	* @private
	*/
	_timezoneCache = null;
	/**
	* @private
	*/
	_components = null;
	/**
	* @private
	*/
	_properties = null;
	/**
	* The name of this component
	*
	* @type {String}
	*/
	get name() {
		return this.jCal[NAME_INDEX];
	}
	/**
	* The design set for this component, e.g. icalendar vs vcard
	*
	* @type {designSet}
	* @private
	*/
	get _designSet() {
		let parentDesign = this.parent && this.parent._designSet;
		if (!parentDesign && this.name == "vcard") {
			let versionProp = this.jCal[PROPERTY_INDEX]?.[0];
			if (versionProp && versionProp[PROPERTY_NAME_INDEX] == "version" && versionProp[PROPERTY_VALUE_INDEX] == "3.0") return design.getDesignSet("vcard3");
		}
		return parentDesign || design.getDesignSet(this.name);
	}
	/**
	* @private
	*/
	_hydrateComponent(index) {
		if (!this._components) {
			this._components = [];
			this._hydratedComponentCount = 0;
		}
		if (this._components[index]) return this._components[index];
		let comp = new Component(this.jCal[COMPONENT_INDEX][index], this);
		this._hydratedComponentCount++;
		return this._components[index] = comp;
	}
	/**
	* @private
	*/
	_hydrateProperty(index) {
		if (!this._properties) {
			this._properties = [];
			this._hydratedPropertyCount = 0;
		}
		if (this._properties[index]) return this._properties[index];
		let prop = new Property(this.jCal[PROPERTY_INDEX][index], this);
		this._hydratedPropertyCount++;
		return this._properties[index] = prop;
	}
	/**
	* Finds first sub component, optionally filtered by name.
	*
	* @param {String=} name        Optional name to filter by
	* @return {?Component}     The found subcomponent
	*/
	getFirstSubcomponent(name) {
		if (name) {
			let i = 0;
			let comps = this.jCal[COMPONENT_INDEX];
			let len = comps.length;
			for (; i < len; i++) if (comps[i][NAME_INDEX] === name) return this._hydrateComponent(i);
		} else if (this.jCal[COMPONENT_INDEX].length) return this._hydrateComponent(0);
		return null;
	}
	/**
	* Finds all sub components, optionally filtering by name.
	*
	* @param {String=} name            Optional name to filter by
	* @return {Component[]}       The found sub components
	*/
	getAllSubcomponents(name) {
		let jCalLen = this.jCal[COMPONENT_INDEX].length;
		let i = 0;
		if (name) {
			let comps = this.jCal[COMPONENT_INDEX];
			let result = [];
			for (; i < jCalLen; i++) if (name === comps[i][NAME_INDEX]) result.push(this._hydrateComponent(i));
			return result;
		} else {
			if (!this._components || this._hydratedComponentCount !== jCalLen) for (; i < jCalLen; i++) this._hydrateComponent(i);
			return this._components || [];
		}
	}
	/**
	* Returns true when a named property exists.
	*
	* @param {String} name     The property name
	* @return {Boolean}        True, when property is found
	*/
	hasProperty(name) {
		let props = this.jCal[PROPERTY_INDEX];
		let len = props.length;
		let i = 0;
		for (; i < len; i++) if (props[i][NAME_INDEX] === name) return true;
		return false;
	}
	/**
	* Finds the first property, optionally with the given name.
	*
	* @param {String=} name        Lowercase property name
	* @return {?Property}     The found property
	*/
	getFirstProperty(name) {
		if (name) {
			let i = 0;
			let props = this.jCal[PROPERTY_INDEX];
			let len = props.length;
			for (; i < len; i++) if (props[i][NAME_INDEX] === name) return this._hydrateProperty(i);
		} else if (this.jCal[PROPERTY_INDEX].length) return this._hydrateProperty(0);
		return null;
	}
	/**
	* Returns first property's value, if available.
	*
	* @param {String=} name                    Lowercase property name
	* @return {Binary | Duration | Period |
	* Recur | Time | UtcOffset | Geo | string | null}         The found property value.
	*/
	getFirstPropertyValue(name) {
		let prop = this.getFirstProperty(name);
		if (prop) return prop.getFirstValue();
		return null;
	}
	/**
	* Get all properties in the component, optionally filtered by name.
	*
	* @param {String=} name        Lowercase property name
	* @return {Property[]}    List of properties
	*/
	getAllProperties(name) {
		let jCalLen = this.jCal[PROPERTY_INDEX].length;
		let i = 0;
		if (name) {
			let props = this.jCal[PROPERTY_INDEX];
			let result = [];
			for (; i < jCalLen; i++) if (name === props[i][NAME_INDEX]) result.push(this._hydrateProperty(i));
			return result;
		} else {
			if (!this._properties || this._hydratedPropertyCount !== jCalLen) for (; i < jCalLen; i++) this._hydrateProperty(i);
			return this._properties || [];
		}
	}
	/**
	* @private
	*/
	_removeObjectByIndex(jCalIndex, cache, index) {
		cache = cache || [];
		if (cache[index]) {
			let obj = cache[index];
			if ("parent" in obj) obj.parent = null;
		}
		cache.splice(index, 1);
		this.jCal[jCalIndex].splice(index, 1);
	}
	/**
	* @private
	*/
	_removeObject(jCalIndex, cache, nameOrObject) {
		let i = 0;
		let objects = this.jCal[jCalIndex];
		let len = objects.length;
		let cached = this[cache];
		if (typeof nameOrObject === "string") {
			for (; i < len; i++) if (objects[i][NAME_INDEX] === nameOrObject) {
				this._removeObjectByIndex(jCalIndex, cached, i);
				return true;
			}
		} else if (cached) {
			for (; i < len; i++) if (cached[i] && cached[i] === nameOrObject) {
				this._removeObjectByIndex(jCalIndex, cached, i);
				return true;
			}
		}
		return false;
	}
	/**
	* @private
	*/
	_removeAllObjects(jCalIndex, cache, name) {
		let cached = this[cache];
		let objects = this.jCal[jCalIndex];
		let i = objects.length - 1;
		for (; i >= 0; i--) if (!name || objects[i][NAME_INDEX] === name) this._removeObjectByIndex(jCalIndex, cached, i);
	}
	/**
	* Adds a single sub component.
	*
	* @param {Component} component        The component to add
	* @return {Component}                 The passed in component
	*/
	addSubcomponent(component) {
		if (!this._components) {
			this._components = [];
			this._hydratedComponentCount = 0;
		}
		if (component.parent) component.parent.removeSubcomponent(component);
		let idx = this.jCal[COMPONENT_INDEX].push(component.jCal);
		this._components[idx - 1] = component;
		this._hydratedComponentCount++;
		component.parent = this;
		return component;
	}
	/**
	* Removes a single component by name or the instance of a specific
	* component.
	*
	* @param {Component|String} nameOrComp    Name of component, or component
	* @return {Boolean}                            True when comp is removed
	*/
	removeSubcomponent(nameOrComp) {
		let removed = this._removeObject(COMPONENT_INDEX, "_components", nameOrComp);
		if (removed) this._hydratedComponentCount--;
		return removed;
	}
	/**
	* Removes all components or (if given) all components by a particular
	* name.
	*
	* @param {String=} name            Lowercase component name
	*/
	removeAllSubcomponents(name) {
		let removed = this._removeAllObjects(COMPONENT_INDEX, "_components", name);
		this._hydratedComponentCount = 0;
		return removed;
	}
	/**
	* Adds an {@link ICAL.Property} to the component.
	*
	* @param {Property} property      The property to add
	* @return {Property}              The passed in property
	*/
	addProperty(property) {
		if (!(property instanceof Property)) throw new TypeError("must be instance of ICAL.Property");
		if (!this._properties) {
			this._properties = [];
			this._hydratedPropertyCount = 0;
		}
		if (property.parent) property.parent.removeProperty(property);
		let idx = this.jCal[PROPERTY_INDEX].push(property.jCal);
		this._properties[idx - 1] = property;
		this._hydratedPropertyCount++;
		property.parent = this;
		return property;
	}
	/**
	* Helper method to add a property with a value to the component.
	*
	* @param {String}               name         Property name to add
	* @param {String|Number|Object} value        Property value
	* @return {Property}                    The created property
	*/
	addPropertyWithValue(name, value) {
		let prop = new Property(name);
		prop.setValue(value);
		this.addProperty(prop);
		return prop;
	}
	/**
	* Helper method that will update or create a property of the given name
	* and sets its value. If multiple properties with the given name exist,
	* only the first is updated.
	*
	* @param {String}               name         Property name to update
	* @param {String|Number|Object} value        Property value
	* @return {Property}                    The created property
	*/
	updatePropertyWithValue(name, value) {
		let prop = this.getFirstProperty(name);
		if (prop) prop.setValue(value);
		else prop = this.addPropertyWithValue(name, value);
		return prop;
	}
	/**
	* Removes a single property by name or the instance of the specific
	* property.
	*
	* @param {String|Property} nameOrProp     Property name or instance to remove
	* @return {Boolean}                            True, when deleted
	*/
	removeProperty(nameOrProp) {
		let removed = this._removeObject(PROPERTY_INDEX, "_properties", nameOrProp);
		if (removed) this._hydratedPropertyCount--;
		return removed;
	}
	/**
	* Removes all properties associated with this component, optionally
	* filtered by name.
	*
	* @param {String=} name        Lowercase property name
	* @return {Boolean}            True, when deleted
	*/
	removeAllProperties(name) {
		let removed = this._removeAllObjects(PROPERTY_INDEX, "_properties", name);
		this._hydratedPropertyCount = 0;
		return removed;
	}
	/**
	* Returns the Object representation of this component. The returned object
	* is a live jCal object and should be cloned if modified.
	* @return {Object}
	*/
	toJSON() {
		return this.jCal;
	}
	/**
	* The string representation of this component.
	* @return {String}
	*/
	toString() {
		return stringify.component(this.jCal, this._designSet);
	}
	/**
	* Retrieve a time zone definition from the component tree, if any is present.
	* If the tree contains no time zone definitions or the TZID cannot be
	* matched, returns null.
	*
	* @param {String} tzid     The ID of the time zone to retrieve
	* @return {Timezone}  The time zone corresponding to the ID, or null
	*/
	getTimeZoneByID(tzid) {
		if (this.parent) return this.parent.getTimeZoneByID(tzid);
		if (!this._timezoneCache) return null;
		if (this._timezoneCache.has(tzid)) return this._timezoneCache.get(tzid);
		const zones = this.getAllSubcomponents("vtimezone");
		for (const zone of zones) if (zone.getFirstProperty("tzid").getFirstValue() === tzid) {
			const hydratedZone = new Timezone({
				component: zone,
				tzid
			});
			this._timezoneCache.set(tzid, hydratedZone);
			return hydratedZone;
		}
		return null;
	}
};
/**
* Primary class for expanding recurring rules.  Can take multiple rrules, rdates, exdate(s) and
* iterate (in order) over each next occurrence.
*
* Once initialized this class can also be serialized saved and continue iteration from the last
* point.
*
* NOTE: it is intended that this class is to be used with {@link ICAL.Event} which handles recurrence
* exceptions.
*
* @example
* // assuming event is a parsed ical component
* var event;
*
* var expand = new ICAL.RecurExpansion({
*   component: event,
*   dtstart: event.getFirstPropertyValue('dtstart')
* });
*
* // remember there are infinite rules so it is a good idea to limit the scope of the iterations
* // then resume later on.
*
* // next is always an ICAL.Time or null
* var next;
*
* while (someCondition && (next = expand.next())) {
*   // do something with next
* }
*
* // save instance for later
* var json = JSON.stringify(expand);
*
* //...
*
* // NOTE: if the component's properties have changed you will need to rebuild the class and start
* // over. This only works when the component's recurrence info is the same.
* var expand = new ICAL.RecurExpansion(JSON.parse(json));
*
* @memberof ICAL
*/
var RecurExpansion = class {
	/**
	* Creates a new ICAL.RecurExpansion instance.
	*
	* The options object can be filled with the specified initial values. It can also contain
	* additional members, as a result of serializing a previous expansion state, as shown in the
	* example.
	*
	* @param {Object} options
	*        Recurrence expansion options
	* @param {Time} options.dtstart
	*        Start time of the event
	* @param {Component=} options.component
	*        Component for expansion, required if not resuming.
	*/
	constructor(options) {
		this.ruleDates = [];
		this.exDates = [];
		this.fromData(options);
	}
	/**
	* True when iteration is fully completed.
	* @type {Boolean}
	*/
	complete = false;
	/**
	* Array of rrule iterators.
	*
	* @type {RecurIterator[]}
	* @private
	*/
	ruleIterators = null;
	/**
	* Array of rdate instances.
	*
	* @type {Time[]}
	* @private
	*/
	ruleDates = null;
	/**
	* Array of exdate instances.
	*
	* @type {Time[]}
	* @private
	*/
	exDates = null;
	/**
	* Current position in ruleDates array.
	* @type {Number}
	* @private
	*/
	ruleDateInc = 0;
	/**
	* Current position in exDates array
	* @type {Number}
	* @private
	*/
	exDateInc = 0;
	/**
	* Current negative date.
	*
	* @type {Time}
	* @private
	*/
	exDate = null;
	/**
	* Current additional date.
	*
	* @type {Time}
	* @private
	*/
	ruleDate = null;
	/**
	* Start date of recurring rules.
	*
	* @type {Time}
	*/
	dtstart = null;
	/**
	* Last expanded time
	*
	* @type {Time}
	*/
	last = null;
	/**
	* Initialize the recurrence expansion from the data object. The options
	* object may also contain additional members, see the
	* {@link ICAL.RecurExpansion constructor} for more details.
	*
	* @param {Object} options
	*        Recurrence expansion options
	* @param {Time} options.dtstart
	*        Start time of the event
	* @param {Component=} options.component
	*        Component for expansion, required if not resuming.
	*/
	fromData(options) {
		let start = formatClassType(options.dtstart, Time);
		if (!start) throw new Error(".dtstart (ICAL.Time) must be given");
		else this.dtstart = start;
		if (options.component) this._init(options.component);
		else {
			this.last = formatClassType(options.last, Time) || start.clone();
			if (!options.ruleIterators) throw new Error(".ruleIterators or .component must be given");
			this.ruleIterators = options.ruleIterators.map(function(item) {
				return formatClassType(item, RecurIterator);
			});
			this.ruleDateInc = options.ruleDateInc;
			this.exDateInc = options.exDateInc;
			if (options.ruleDates) {
				this.ruleDates = options.ruleDates.map((item) => formatClassType(item, Time));
				this.ruleDate = this.ruleDates[this.ruleDateInc];
			}
			if (options.exDates) {
				this.exDates = options.exDates.map((item) => formatClassType(item, Time));
				this.exDate = this.exDates[this.exDateInc];
			}
			if (typeof options.complete !== "undefined") this.complete = options.complete;
		}
	}
	/**
	* Compare two ICAL.Time objects.  When the second parameter is a DATE and the first parameter is
	* DATE-TIME, strip the time and compare only the days.
	*
	* @private
	* @param {Time} a   The one object to compare
	* @param {Time} b   The other object to compare
	*/
	_compare_special(a, b) {
		if (!a.isDate && b.isDate) return new Time({
			year: a.year,
			month: a.month,
			day: a.day
		}).compare(b);
		return a.compare(b);
	}
	/**
	* Retrieve the next occurrence in the series.
	* @return {Time}
	*/
	next() {
		let iter;
		let next;
		let compare;
		let maxTries = 500;
		let currentTry = 0;
		while (true) {
			if (currentTry++ > maxTries) throw new Error("max tries have occurred, rule may be impossible to fulfill.");
			next = this.ruleDate;
			iter = this._nextRecurrenceIter(this.last);
			if (!next && !iter) {
				this.complete = true;
				break;
			}
			if (!next || iter && next.compare(iter.last) > 0) {
				next = iter.last.clone();
				iter.next();
			}
			if (this.ruleDate === next) this._nextRuleDay();
			this.last = next;
			if (this.exDate) {
				compare = this._compare_special(this.last, this.exDate);
				if (compare > 0) this._nextExDay();
				if (compare === 0) {
					this._nextExDay();
					continue;
				}
			}
			return this.last;
		}
	}
	/**
	* Converts object into a serialize-able format. This format can be passed
	* back into the expansion to resume iteration.
	* @return {Object}
	*/
	toJSON() {
		function toJSON(item) {
			return item.toJSON();
		}
		let result = Object.create(null);
		result.ruleIterators = this.ruleIterators.map(toJSON);
		if (this.ruleDates) result.ruleDates = this.ruleDates.map(toJSON);
		if (this.exDates) result.exDates = this.exDates.map(toJSON);
		result.ruleDateInc = this.ruleDateInc;
		result.exDateInc = this.exDateInc;
		result.last = this.last.toJSON();
		result.dtstart = this.dtstart.toJSON();
		result.complete = this.complete;
		return result;
	}
	/**
	* Extract all dates from the properties in the given component. The
	* properties will be filtered by the property name.
	*
	* @private
	* @param {Component} component             The component to search in
	* @param {String} propertyName             The property name to search for
	* @return {Time[]}                         The extracted dates.
	*/
	_extractDates(component, propertyName) {
		let result = [];
		let props = component.getAllProperties(propertyName);
		for (let i = 0, len = props.length; i < len; i++) for (let prop of props[i].getValues()) {
			let idx = binsearchInsert(result, prop, (a, b) => a.compare(b));
			result.splice(idx, 0, prop);
		}
		return result;
	}
	/**
	* Initialize the recurrence expansion.
	*
	* @private
	* @param {Component} component    The component to initialize from.
	*/
	_init(component) {
		this.ruleIterators = [];
		this.last = this.dtstart.clone();
		if (!component.hasProperty("rdate") && !component.hasProperty("rrule") && !component.hasProperty("recurrence-id")) {
			this.ruleDate = this.last.clone();
			this.complete = true;
			return;
		}
		if (component.hasProperty("rdate")) {
			this.ruleDates = this._extractDates(component, "rdate");
			if (this.ruleDates[0] && this.ruleDates[0].compare(this.dtstart) < 0) {
				this.ruleDateInc = 0;
				this.last = this.ruleDates[0].clone();
			} else this.ruleDateInc = binsearchInsert(this.ruleDates, this.last, (a, b) => a.compare(b));
			this.ruleDate = this.ruleDates[this.ruleDateInc];
		}
		if (component.hasProperty("rrule")) {
			let rules = component.getAllProperties("rrule");
			let i = 0;
			let len = rules.length;
			let rule;
			let iter;
			for (; i < len; i++) {
				rule = rules[i].getFirstValue();
				iter = rule.iterator(this.dtstart);
				this.ruleIterators.push(iter);
				iter.next();
			}
		}
		if (component.hasProperty("exdate")) {
			this.exDates = this._extractDates(component, "exdate");
			this.exDateInc = binsearchInsert(this.exDates, this.last, this._compare_special);
			this.exDate = this.exDates[this.exDateInc];
		}
	}
	/**
	* Advance to the next exdate
	* @private
	*/
	_nextExDay() {
		this.exDate = this.exDates[++this.exDateInc];
	}
	/**
	* Advance to the next rule date
	* @private
	*/
	_nextRuleDay() {
		this.ruleDate = this.ruleDates[++this.ruleDateInc];
	}
	/**
	* Find and return the recurrence rule with the most recent event and
	* return it.
	*
	* @private
	* @return {?RecurIterator}    Found iterator.
	*/
	_nextRecurrenceIter() {
		let iters = this.ruleIterators;
		if (iters.length === 0) return null;
		let len = iters.length;
		let iter;
		let iterTime;
		let iterIdx = 0;
		let chosenIter;
		for (; iterIdx < len; iterIdx++) {
			iter = iters[iterIdx];
			iterTime = iter.last;
			if (iter.completed) {
				len--;
				if (iterIdx !== 0) iterIdx--;
				iters.splice(iterIdx, 1);
				continue;
			}
			if (!chosenIter || chosenIter.last.compare(iterTime) > 0) chosenIter = iter;
		}
		return chosenIter;
	}
};
/**
* This lets typescript resolve our custom types in the
* generated d.ts files (jsdoc typedefs are converted to typescript types).
* Ignore prevents the typedefs from being documented more than once.
* @ignore
* @typedef {import("./types.js").frequencyValues} frequencyValues
* Imports the 'frequencyValues' type from the "types.js" module
* @typedef {import("./types.js").occurrenceDetails} occurrenceDetails
* Imports the 'occurrenceDetails' type from the "types.js" module
*/
/**
* ICAL.js is organized into multiple layers. The bottom layer is a raw jCal
* object, followed by the component/property layer. The highest level is the
* event representation, which this class is part of. See the
* {@tutorial layers} guide for more details.
*
* @memberof ICAL
*/
var Event = class Event {
	/**
	* Creates a new ICAL.Event instance.
	*
	* @param {Component=} component              The ICAL.Component to base this event on
	* @param {Object} [options]                  Options for this event
	* @param {Boolean=} options.strictExceptions  When true, will verify exceptions are related by
	*                                              their UUID
	* @param {Array<Component|Event>=} options.exceptions
	*          Exceptions to this event, either as components or events. If not
	*            specified exceptions will automatically be set in relation of
	*            component's parent
	*/
	constructor(component, options) {
		if (!(component instanceof Component)) {
			options = component;
			component = null;
		}
		if (component) this.component = component;
		else this.component = new Component("vevent");
		this._rangeExceptionCache = Object.create(null);
		this.exceptions = Object.create(null);
		this.rangeExceptions = [];
		if (options && options.strictExceptions) this.strictExceptions = options.strictExceptions;
		if (options && options.exceptions) options.exceptions.forEach(this.relateException, this);
		else if (this.component.parent && !this.isRecurrenceException()) this.component.parent.getAllSubcomponents("vevent").forEach(function(event) {
			if (event.hasProperty("recurrence-id")) this.relateException(event);
		}, this);
	}
	static THISANDFUTURE = "THISANDFUTURE";
	/**
	* List of related event exceptions.
	*
	* @type {Event[]}
	*/
	exceptions = null;
	/**
	* When true, will verify exceptions are related by their UUID.
	*
	* @type {Boolean}
	*/
	strictExceptions = false;
	/**
	* Relates a given event exception to this object.  If the given component
	* does not share the UID of this event it cannot be related and will throw
	* an exception.
	*
	* If this component is an exception it cannot have other exceptions
	* related to it.
	*
	* @param {Component|Event} obj       Component or event
	*/
	relateException(obj) {
		if (this.isRecurrenceException()) throw new Error("cannot relate exception to exceptions");
		if (obj instanceof Component) obj = new Event(obj);
		if (this.strictExceptions && obj.uid !== this.uid) throw new Error("attempted to relate unrelated exception");
		let id = obj.recurrenceId.toString();
		this.exceptions[id] = obj;
		if (obj.modifiesFuture()) {
			let item = [obj.recurrenceId.toUnixTime(), id];
			let idx = binsearchInsert(this.rangeExceptions, item, compareRangeException);
			this.rangeExceptions.splice(idx, 0, item);
		}
	}
	/**
	* Checks if this record is an exception and has the RANGE=THISANDFUTURE
	* value.
	*
	* @return {Boolean}        True, when exception is within range
	*/
	modifiesFuture() {
		if (!this.component.hasProperty("recurrence-id")) return false;
		return this.component.getFirstProperty("recurrence-id").getParameter("range") === Event.THISANDFUTURE;
	}
	/**
	* Finds the range exception nearest to the given date.
	*
	* @param {Time} time   usually an occurrence time of an event
	* @return {?Event}     the related event/exception or null
	*/
	findRangeException(time) {
		if (!this.rangeExceptions.length) return null;
		let utc = time.toUnixTime();
		let idx = binsearchInsert(this.rangeExceptions, [utc], compareRangeException);
		idx -= 1;
		if (idx < 0) return null;
		let rangeItem = this.rangeExceptions[idx];
		/* c8 ignore next 4 */
		if (utc < rangeItem[0]) return null;
		return rangeItem[1];
	}
	/**
	* Returns the occurrence details based on its start time.  If the
	* occurrence has an exception will return the details for that exception.
	*
	* NOTE: this method is intend to be used in conjunction
	*       with the {@link ICAL.Event#iterator iterator} method.
	*
	* @param {Time} occurrence               time occurrence
	* @return {occurrenceDetails}            Information about the occurrence
	*/
	getOccurrenceDetails(occurrence) {
		let id = occurrence.toString();
		let utcId = occurrence.convertToZone(Timezone.utcTimezone).toString();
		let item;
		let result = { recurrenceId: occurrence };
		if (id in this.exceptions) {
			item = result.item = this.exceptions[id];
			result.startDate = item.startDate;
			result.endDate = item.endDate;
			result.item = item;
		} else if (utcId in this.exceptions) {
			item = this.exceptions[utcId];
			result.startDate = item.startDate;
			result.endDate = item.endDate;
			result.item = item;
		} else {
			let rangeExceptionId = this.findRangeException(occurrence);
			let end;
			if (rangeExceptionId) {
				let exception = this.exceptions[rangeExceptionId];
				result.item = exception;
				let startDiff = this._rangeExceptionCache[rangeExceptionId];
				if (!startDiff) {
					let original = exception.recurrenceId.clone();
					let newStart = exception.startDate.clone();
					original.zone = newStart.zone;
					startDiff = newStart.subtractDate(original);
					this._rangeExceptionCache[rangeExceptionId] = startDiff;
				}
				let start = occurrence.clone();
				start.zone = exception.startDate.zone;
				start.addDuration(startDiff);
				end = start.clone();
				end.addDuration(exception.duration);
				result.startDate = start;
				result.endDate = end;
			} else {
				end = occurrence.clone();
				end.addDuration(this.duration);
				result.endDate = end;
				result.startDate = occurrence;
				result.item = this;
			}
		}
		return result;
	}
	/**
	* Builds a recur expansion instance for a specific point in time (defaults
	* to startDate).
	*
	* @param {Time=} startTime     Starting point for expansion
	* @return {RecurExpansion}    Expansion object
	*/
	iterator(startTime) {
		return new RecurExpansion({
			component: this.component,
			dtstart: startTime || this.startDate
		});
	}
	/**
	* Checks if the event is recurring
	*
	* @return {Boolean}        True, if event is recurring
	*/
	isRecurring() {
		let comp = this.component;
		return comp.hasProperty("rrule") || comp.hasProperty("rdate");
	}
	/**
	* Checks if the event describes a recurrence exception. See
	* {@tutorial terminology} for details.
	*
	* @return {Boolean}    True, if the event describes a recurrence exception
	*/
	isRecurrenceException() {
		return this.component.hasProperty("recurrence-id");
	}
	/**
	* Returns the types of recurrences this event may have.
	*
	* Returned as an object with the following possible keys:
	*
	*    - YEARLY
	*    - MONTHLY
	*    - WEEKLY
	*    - DAILY
	*    - MINUTELY
	*    - SECONDLY
	*
	* @return {Object.<frequencyValues, Boolean>}
	*          Object of recurrence flags
	*/
	getRecurrenceTypes() {
		let rules = this.component.getAllProperties("rrule");
		let i = 0;
		let len = rules.length;
		let result = Object.create(null);
		for (; i < len; i++) {
			let value = rules[i].getFirstValue();
			result[value.freq] = true;
		}
		return result;
	}
	/**
	* The uid of this event
	* @type {String}
	*/
	get uid() {
		return this._firstProp("uid");
	}
	set uid(value) {
		this._setProp("uid", value);
	}
	/**
	* The start date
	* @type {Time}
	*/
	get startDate() {
		return this._firstProp("dtstart");
	}
	set startDate(value) {
		this._setTime("dtstart", value);
	}
	/**
	* The end date. This can be the result directly from the property, or the
	* end date calculated from start date and duration. Setting the property
	* will remove any duration properties.
	* @type {Time}
	*/
	get endDate() {
		let endDate = this._firstProp("dtend");
		if (!endDate) {
			let duration = this._firstProp("duration");
			endDate = this.startDate.clone();
			if (duration) endDate.addDuration(duration);
			else if (endDate.isDate) endDate.day += 1;
		}
		return endDate;
	}
	set endDate(value) {
		if (this.component.hasProperty("duration")) this.component.removeProperty("duration");
		this._setTime("dtend", value);
	}
	/**
	* The duration. This can be the result directly from the property, or the
	* duration calculated from start date and end date. Setting the property
	* will remove any `dtend` properties.
	* @type {Duration}
	*/
	get duration() {
		let duration = this._firstProp("duration");
		if (!duration) return this.endDate.subtractDateTz(this.startDate);
		return duration;
	}
	set duration(value) {
		if (this.component.hasProperty("dtend")) this.component.removeProperty("dtend");
		this._setProp("duration", value);
	}
	/**
	* The location of the event.
	* @type {String}
	*/
	get location() {
		return this._firstProp("location");
	}
	set location(value) {
		this._setProp("location", value);
	}
	/**
	* The attendees in the event
	* @type {Property[]}
	*/
	get attendees() {
		return this.component.getAllProperties("attendee");
	}
	/**
	* The event summary
	* @type {String}
	*/
	get summary() {
		return this._firstProp("summary");
	}
	set summary(value) {
		this._setProp("summary", value);
	}
	/**
	* The event description.
	* @type {String}
	*/
	get description() {
		return this._firstProp("description");
	}
	set description(value) {
		this._setProp("description", value);
	}
	/**
	* The event color from [rfc7986](https://datatracker.ietf.org/doc/html/rfc7986)
	* @type {String}
	*/
	get color() {
		return this._firstProp("color");
	}
	set color(value) {
		this._setProp("color", value);
	}
	/**
	* The organizer value as an uri. In most cases this is a mailto: uri, but
	* it can also be something else, like urn:uuid:...
	* @type {String}
	*/
	get organizer() {
		return this._firstProp("organizer");
	}
	set organizer(value) {
		this._setProp("organizer", value);
	}
	/**
	* The sequence value for this event. Used for scheduling
	* see {@tutorial terminology}.
	* @type {Number}
	*/
	get sequence() {
		return this._firstProp("sequence");
	}
	set sequence(value) {
		this._setProp("sequence", value);
	}
	/**
	* The recurrence id for this event. See {@tutorial terminology} for details.
	* @type {Time}
	*/
	get recurrenceId() {
		return this._firstProp("recurrence-id");
	}
	set recurrenceId(value) {
		this._setTime("recurrence-id", value);
	}
	/**
	* Set/update a time property's value.
	* This will also update the TZID of the property.
	*
	* TODO: this method handles the case where we are switching
	* from a known timezone to an implied timezone (one without TZID).
	* This does _not_ handle the case of moving between a known
	*  (by TimezoneService) timezone to an unknown timezone...
	*
	* We will not add/remove/update the VTIMEZONE subcomponents
	*  leading to invalid ICAL data...
	* @private
	* @param {String} propName     The property name
	* @param {Time} time           The time to set
	*/
	_setTime(propName, time) {
		let prop = this.component.getFirstProperty(propName);
		if (!prop) {
			prop = new Property(propName);
			this.component.addProperty(prop);
		}
		if (time.zone === Timezone.localTimezone || time.zone === Timezone.utcTimezone) prop.removeParameter("tzid");
		else prop.setParameter("tzid", time.zone.tzid);
		prop.setValue(time);
	}
	_setProp(name, value) {
		this.component.updatePropertyWithValue(name, value);
	}
	_firstProp(name) {
		return this.component.getFirstPropertyValue(name);
	}
	/**
	* The string representation of this event.
	* @return {String}
	*/
	toString() {
		return this.component.toString();
	}
};
function compareRangeException(a, b) {
	if (a[0] > b[0]) return 1;
	if (b[0] > a[0]) return -1;
	return 0;
}
/**
* The ComponentParser is used to process a String or jCal Object,
* firing callbacks for various found components, as well as completion.
*
* @example
* var options = {
*   // when false no events will be emitted for type
*   parseEvent: true,
*   parseTimezone: true
* };
*
* var parser = new ICAL.ComponentParser(options);
*
* parser.onevent(eventComponent) {
*   //...
* }
*
* // ontimezone, etc...
*
* parser.oncomplete = function() {
*
* };
*
* parser.process(stringOrComponent);
*
* @memberof ICAL
*/
var ComponentParser = class {
	/**
	* Creates a new ICAL.ComponentParser instance.
	*
	* @param {Object=} options                   Component parser options
	* @param {Boolean} options.parseEvent        Whether events should be parsed
	* @param {Boolean} options.parseTimezeone    Whether timezones should be parsed
	*/
	constructor(options) {
		if (typeof options === "undefined") options = {};
		for (let [key, value] of Object.entries(options)) this[key] = value;
	}
	/**
	* When true, parse events
	*
	* @type {Boolean}
	*/
	parseEvent = true;
	/**
	* When true, parse timezones
	*
	* @type {Boolean}
	*/
	parseTimezone = true;
	/**
	* Fired when parsing is complete
	* @callback
	*/
	oncomplete = function() {};
	/**
	* Fired if an error occurs during parsing.
	*
	* @callback
	* @param {Error} err details of error
	*/
	onerror = function(err) {};
	/**
	* Fired when a top level component (VTIMEZONE) is found
	*
	* @callback
	* @param {Timezone} component     Timezone object
	*/
	ontimezone = function(component) {};
	/**
	* Fired when a top level component (VEVENT) is found.
	*
	* @callback
	* @param {Event} component    Top level component
	*/
	onevent = function(component) {};
	/**
	* Process a string or parse ical object.  This function itself will return
	* nothing but will start the parsing process.
	*
	* Events must be registered prior to calling this method.
	*
	* @param {Component|String|Object} ical      The component to process,
	*        either in its final form, as a jCal Object, or string representation
	*/
	process(ical) {
		if (typeof ical === "string") ical = parse$1(ical);
		if (!(ical instanceof Component)) ical = new Component(ical);
		let components = ical.getAllSubcomponents();
		let i = 0;
		let len = components.length;
		let component;
		for (; i < len; i++) {
			component = components[i];
			switch (component.name) {
				case "vtimezone":
					if (this.parseTimezone) {
						let tzid = component.getFirstPropertyValue("tzid");
						if (tzid) this.ontimezone(new Timezone({
							tzid,
							component
						}));
					}
					break;
				case "vevent":
					if (this.parseEvent) this.onevent(new Event(component));
					break;
				default: continue;
			}
		}
		this.oncomplete();
	}
};
/**
* The main ICAL module. Provides access to everything else.
*
* @alias ICAL
* @namespace ICAL
* @property {ICAL.design} design
* @property {ICAL.helpers} helpers
*/
var ICALmodule = {
	/**
	* The number of characters before iCalendar line folding should occur
	* @type {Number}
	* @default 75
	*/
	foldLength: 75,
	debug: false,
	/**
	* The character(s) to be used for a newline. The default value is provided by
	* rfc5545.
	* @type {String}
	* @default "\r\n"
	*/
	newLineChar: "\r\n",
	Binary,
	Component,
	ComponentParser,
	Duration,
	Event,
	Period,
	Property,
	Recur,
	RecurExpansion,
	RecurIterator,
	Time,
	Timezone,
	TimezoneService,
	UtcOffset,
	VCardTime,
	parse: parse$1,
	stringify,
	design,
	helpers
};
// core/vcard.ts
/** Properties Maille reads; the rest (photos above all: 2.1 base64 spans many lines) is dropped before parsing. */
var READ = /* @__PURE__ */ new Set([
	"version",
	"fn",
	"n",
	"email",
	"org",
	"title",
	"note",
	"url",
	"x-socialprofile"
]);
/** Physical lines joined into logical ones: folding (a leading space or tab) and quoted-printable soft breaks. */
function logicalLines(text) {
	const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
	const lines = [];
	for (let i = 0; i < physical.length; i++) {
		const raw = physical[i];
		const last = lines[lines.length - 1];
		if (last && /^[ \t]/.test(raw)) {
			last.text += raw.slice(1);
			continue;
		}
		const at = i + 1;
		let line = raw;
		while (isQuotedPrintable(line) && line.endsWith("=") && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i];
		lines.push({
			at,
			text: line
		});
	}
	return lines;
}
function isQuotedPrintable(line) {
	const colon = line.indexOf(":");
	return colon > 0 && /;(ENCODING=)?QUOTED-PRINTABLE\b/i.test(line.slice(0, colon));
}
/** Decodes a quoted-printable value in its charset (UTF-8 unless said otherwise). */
function decodeQuotedPrintable(value, charset) {
	const bytes = [];
	for (let i = 0; i < value.length; i++) {
		const hex = value[i] === "=" ? value.slice(i + 1, i + 3) : "";
		if (/^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else bytes.push(...new TextEncoder().encode(value[i]));
	}
	try {
		return new TextDecoder(charset, { fatal: false }).decode(new Uint8Array(bytes));
	} catch {
		return new TextDecoder().decode(new Uint8Array(bytes));
	}
}
var PROPERTY = /^([A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/s;
/**
* One logical line in the syntax ical.js reads, or null when it is not a property line. 2.1's
* bare parameters become TYPE ones; a quoted-printable value is decoded and escaped as 3.0 text.
*/
function rewrite(text) {
	const m = PROPERTY.exec(text);
	if (!m) return null;
	const [, group = "", name, rawParams = "", rawValue = ""] = m;
	let value = rawValue;
	let charset = "utf-8";
	let quoted = false;
	const params = [];
	for (const param of rawParams.split(";").filter(Boolean)) {
		const [key, ...rest] = param.split("=");
		const upper = key.toUpperCase();
		if (rest.length === 0) {
			if (upper === "QUOTED-PRINTABLE") quoted = true;
			else if (/^[A-Za-z0-9-]+$/.test(key)) params.push(`TYPE=${key}`);
			continue;
		}
		if (upper === "ENCODING" && rest.join("=").toUpperCase() === "QUOTED-PRINTABLE") quoted = true;
		else if (upper === "CHARSET") charset = rest.join("=");
		else params.push(param);
	}
	if (quoted) value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, "\\n");
	return {
		name: name.toLowerCase(),
		line: `${group}${name}${params.map((p) => `;${p}`).join("")}:${value}`
	};
}
/** The first text of a property's value (structured values, such as ORG, give their first part). */
function firstText(value) {
	const first = Array.isArray(value) ? value[0] : value;
	if (Array.isArray(first)) return firstText(first);
	return typeof first === "string" ? first.replace(/\\;/g, ";") : void 0;
}
function readCard(lines, line) {
	let card;
	try {
		card = new ICALmodule.Component(ICALmodule.parse([
			"BEGIN:VCARD",
			...lines,
			"END:VCARD"
		].join("\r\n")));
	} catch {
		return "badCard";
	}
	const texts = (name) => card.getAllProperties(name).map((p) => firstText(p.getValues())).filter((v) => !!v);
	const n = card.getFirstProperty("n")?.getValues()[0];
	const fromN = Array.isArray(n) ? [
		n[3],
		n[1],
		n[2],
		n[0],
		n[4]
	].flat().filter((part) => typeof part === "string" && part.trim()).join(" ") : void 0;
	const name = cleanText(texts("fn")[0] ?? fromN, LIMITS.name);
	if (!name) return "noName";
	const note = texts("note").join("\n\n").trim();
	return {
		line,
		name,
		emails: texts("email").map((email) => email.trim().replace(/^mailto:/i, "")).filter((email) => email && email.length <= LIMITS.email).slice(0, LIMITS.emails),
		company: cleanText(texts("org")[0], LIMITS.line),
		title: cleanText(texts("title")[0], LIMITS.line),
		note: note ? capText(note, LIMITS.notes) : void 0,
		urls: [...texts("url"), ...texts("x-socialprofile")].map((url) => url.trim()).filter((url) => url && url.length <= LIMITS.url).slice(0, LIMITS.emails)
	};
}
/** Reads a file of vCards: the cards, and the lines left out with why; or that it holds no card at all. */
function parseVCards(text) {
	const cards = [];
	const problems = [];
	let open = null;
	let seen = false;
	for (const { at, text: line } of logicalLines(text)) {
		const upper = line.trim().toUpperCase();
		if (upper === "BEGIN:VCARD") {
			if (open) problems.push({
				line: open.line,
				reason: "unfinishedCard"
			});
			open = {
				line: at,
				lines: []
			};
			seen = true;
			continue;
		}
		if (!open) continue;
		if (upper === "END:VCARD") {
			const read = readCard(open.lines, open.line);
			if (typeof read === "string") problems.push({
				line: open.line,
				reason: read
			});
			else cards.push(read);
			open = null;
			continue;
		}
		if (!line.trim()) continue;
		const property = rewrite(line);
		if (!property) {
			problems.push({
				line: at,
				reason: "badLine"
			});
			continue;
		}
		if (!READ.has(property.name)) continue;
		if (property.line.length > LIMITS.notes) {
			problems.push({
				line: at,
				reason: "tooLong"
			});
			continue;
		}
		open.lines.push(property.line);
	}
	if (open) problems.push({
		line: open.line,
		reason: "unfinishedCard"
	});
	if (!seen) return {
		ok: false,
		problem: "noCard"
	};
	return {
		ok: true,
		cards,
		problems
	};
}
/** One contact as a vCard 4.0 (name, emails, organisation, title, notes, profile URLs). */
function vcardOf(contact) {
	const card = new ICALmodule.Component([
		"vcard",
		[],
		[]
	]);
	card.addPropertyWithValue("version", "4.0");
	card.addPropertyWithValue("fn", contact.name);
	const words = contact.name.trim().split(/\s+/);
	const family = words.length > 1 ? words.pop() : "";
	card.addProperty(new ICALmodule.Property([
		"n",
		{},
		"text",
		[
			family,
			words.join(" "),
			"",
			"",
			""
		]
	]));
	if (contact.company) card.addProperty(new ICALmodule.Property([
		"org",
		{},
		"text",
		[contact.company]
	]));
	if (contact.title) card.addPropertyWithValue("title", contact.title);
	for (const email of contact.emails) card.addPropertyWithValue("email", email);
	for (const profile of contact.profiles) card.addPropertyWithValue("url", profile.url);
	if (contact.notes.trim()) card.addPropertyWithValue("note", contact.notes);
	return card.toString() + "\r\n";
}
/** Many contacts in one file, as address books take them. */
function vcardsOf(contacts) {
	return contacts.map(vcardOf).join("");
}
// components/dashboard/download.ts
/** A file to download, made on this page (nothing leaves the computer). */
function download(name, text, type) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement("a");
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
/** A person's name as a file name: no path separators or characters systems refuse. */
function fileName(name) {
	return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ").trim().slice(0, 80) || "contact";
}
// storage/introductions.ts
/** Every introduction a contact is part of, on either side, newest first. */
async function introductionsOf(contactId) {
	const [asA, asB] = await Promise.all([db.introductions.where("aId").equals(contactId).toArray(), db.introductions.where("bId").equals(contactId).toArray()]);
	return [...asA, ...asB].sort((x, y) => y.at - x.at);
}
/** Every introduction, newest first (the dashboard's Introductions section). */
function listIntroductions() {
	return db.introductions.orderBy("at").reverse().toArray();
}
// components/dashboard/ContactPage.tsx
var import_jsx_runtime = require_jsx_runtime();
/**
* Everything about one person in one place: the same parts as the sidebar (notes with the same
* autosave, timeline, introductions, where we met, tags, cadence, how to write to them), the next
* reminder and its reason, their profiles (open or unlink), and Delete with an undo.
*/
function ContactPage({ id }) {
	const now = useNow();
	const data = useLiveQuery(async () => {
		const contact = await db.contacts.get(id);
		if (!contact) return null;
		const introductions = await introductionsOf(id);
		const others = await db.contacts.bulkGet(introductions.map((i) => i.aId === id ? i.bId : i.aId));
		const views = introductions.flatMap((introduction, index) => others[index] ? [{
			introduction,
			other: others[index]
		}] : []);
		return {
			contact,
			interactions: await interactionsOf(id),
			introductions: views
		};
	}, [id]);
	const [deleted, setDeleted] = (0, import_react.useState)(false);
	const [mergeWith, setMergeWith] = (0, import_react.useState)(null);
	const [merged, setMerged] = (0, import_react.useState)(null);
	const { busy, error, run } = useAction();
	const remove = () => void run(() => sendCommand("deleteContact", { id })).then((outcome) => outcome?.ok && setDeleted(true));
	const undo = () => void run(() => sendCommand("undoDeleteContact", { id })).then((outcome) => outcome?.ok && setDeleted(false));
	const merge = () => {
		const other = mergeWith;
		run(() => sendCommand("mergeContacts", {
			keepId: id,
			otherId: other.id
		})).then((outcome) => {
			if (!outcome?.ok) return;
			setMergeWith(null);
			setMerged(other.name);
		});
	};
	const unmerge = () => void run(() => sendCommand("undoMerge", { keepId: id })).then((outcome) => outcome?.ok && setMerged(null));
	if (data === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	if (data === null) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card",
		"aria-label": t("contactsTitle"),
		children: [
			deleted ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				role: "status",
				children: [
					t("contactDeleted"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link",
						disabled: busy,
						onClick: undo,
						children: t("undo")
					})
				]
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "alert",
				children: t("refusedNotFound")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
				href: "#contacts",
				children: t("contactsBack")
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
	const { contact, interactions, introductions } = data;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card contact-page",
		"aria-label": contact.name,
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
			href: "#contacts",
			children: t("contactsBack")
		}) }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "sidebar",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ProfileHeader, {
					name: contact.name,
					headline: contact.headline ?? (contact.title && contact.company ? `${contact.title} \u00b7 ${contact.company}` : contact.company),
					location: contact.location,
					photoUrl: contact.photoUrl,
					site: contact.profiles[0]?.site ?? "linkedin"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "small",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: t("nextReminder") }),
						" ",
						contact.nextDueAt === void 0 ? t("nextReminderNone") : `${formatDay(contact.nextDueAt)} \u2014 ${describeDue(contact, Math.max(now, contact.nextDueAt), systemTimeZone())}`
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("profiles") }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("ul", {
					className: "profiles-list",
					children: [contact.profiles.map((profile) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
							href: profile.url,
							target: "_blank",
							rel: "noreferrer noopener",
							children: SITES[profile.site].label
						}),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							className: "link",
							disabled: busy,
							onClick: () => void run(() => sendCommand("unlinkProfile", {
								contactId: id,
								key: profile.key
							})),
							children: t("unlinkProfile", { site: SITES[profile.site].label })
						})
					] }, profile.key)), contact.profiles.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", {
						className: "muted small",
						children: t("noProfiles")
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(KnownContact, {
					contact,
					interactions,
					introductions
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
					className: "card",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("mergeWith") }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
							className: "small muted",
							children: t("mergeHelp")
						}),
						mergeWith ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
							tRich("mergeConfirm", {
								other: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: mergeWith.name }),
								keep: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.name })
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "primary",
								disabled: busy,
								onClick: merge,
								children: t("mergeButton")
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "link",
								onClick: () => setMergeWith(null),
								children: t("cancel")
							})
						] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactPicker, {
							id: `merge-${id}`,
							exclude: [id],
							onPick: setMergeWith
						})
					]
				}),
				merged && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					role: "status",
					children: [
						tRich("mergedWith", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: merged }) }),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							className: "link",
							disabled: busy,
							onClick: unmerge,
							children: t("undo")
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "row",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => download(`${fileName(data.contact.name)}.vcf`, vcardOf(data.contact), "text/vcard;charset=utf-8"),
						children: t("vcardExportOne")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "danger",
						disabled: busy,
						onClick: remove,
						children: t("deleteContact")
					})]
				}),
				error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "error",
					role: "alert",
					children: error
				})
			]
		})]
	});
}
// node_modules/minisearch/dist/es/index.js
/** @ignore */
var ENTRIES = "ENTRIES";
/** @ignore */
var KEYS = "KEYS";
/** @ignore */
var VALUES = "VALUES";
/** @ignore */
var LEAF = "";
/**
* @private
*/
var TreeIterator = class {
	constructor(set, type) {
		const node = set._tree;
		const keys = Array.from(node.keys());
		this.set = set;
		this._type = type;
		this._path = keys.length > 0 ? [{
			node,
			keys
		}] : [];
	}
	next() {
		const value = this.dive();
		this.backtrack();
		return value;
	}
	dive() {
		if (this._path.length === 0) return {
			done: true,
			value: void 0
		};
		const { node, keys } = last$1(this._path);
		if (last$1(keys) === LEAF) return {
			done: false,
			value: this.result()
		};
		const child = node.get(last$1(keys));
		this._path.push({
			node: child,
			keys: Array.from(child.keys())
		});
		return this.dive();
	}
	backtrack() {
		if (this._path.length === 0) return;
		const keys = last$1(this._path).keys;
		keys.pop();
		if (keys.length > 0) return;
		this._path.pop();
		this.backtrack();
	}
	key() {
		return this.set._prefix + this._path.map(({ keys }) => last$1(keys)).filter((key) => key !== LEAF).join("");
	}
	value() {
		return last$1(this._path).node.get(LEAF);
	}
	result() {
		switch (this._type) {
			case VALUES: return this.value();
			case KEYS: return this.key();
			default: return [this.key(), this.value()];
		}
	}
	[Symbol.iterator]() {
		return this;
	}
};
var last$1 = (array) => {
	return array[array.length - 1];
};
/**
* @ignore
*/
var fuzzySearch = (node, query, maxDistance) => {
	const results = /* @__PURE__ */ new Map();
	if (query === void 0) return results;
	const n = query.length + 1;
	const m = n + maxDistance;
	const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
	for (let j = 0; j < n; ++j) matrix[j] = j;
	for (let i = 1; i < m; ++i) matrix[i * n] = i;
	recurse(node, query, maxDistance, results, matrix, 1, n, "");
	return results;
};
var recurse = (node, query, maxDistance, results, matrix, m, n, prefix) => {
	const offset = m * n;
	key: for (const key of node.keys()) if (key === LEAF) {
		const distance = matrix[offset - 1];
		if (distance <= maxDistance) results.set(prefix, [node.get(key), distance]);
	} else {
		let i = m;
		for (let pos = 0; pos < key.length; ++pos, ++i) {
			const char = key[pos];
			const thisRowOffset = n * i;
			const prevRowOffset = thisRowOffset - n;
			let minDistance = matrix[thisRowOffset];
			const jmin = Math.max(0, i - maxDistance - 1);
			const jmax = Math.min(n - 1, i + maxDistance);
			for (let j = jmin; j < jmax; ++j) {
				const different = char !== query[j];
				const rpl = matrix[prevRowOffset + j] + +different;
				const del = matrix[prevRowOffset + j + 1] + 1;
				const ins = matrix[thisRowOffset + j] + 1;
				const dist = matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins);
				if (dist < minDistance) minDistance = dist;
			}
			if (minDistance > maxDistance) continue key;
		}
		recurse(node.get(key), query, maxDistance, results, matrix, i, n, prefix + key);
	}
};
/**
* A class implementing the same interface as a standard JavaScript
* [`Map`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map)
* with string keys, but adding support for efficiently searching entries with
* prefix or fuzzy search. This class is used internally by {@link MiniSearch}
* as the inverted index data structure. The implementation is a radix tree
* (compressed prefix tree).
*
* Since this class can be of general utility beyond _MiniSearch_, it is
* exported by the `minisearch` package and can be imported (or required) as
* `minisearch/SearchableMap`.
*
* @typeParam T  The type of the values stored in the map.
*/
var SearchableMap = class SearchableMap {
	/**
	* The constructor is normally called without arguments, creating an empty
	* map. In order to create a {@link SearchableMap} from an iterable or from an
	* object, check {@link SearchableMap.from} and {@link
	* SearchableMap.fromObject}.
	*
	* The constructor arguments are for internal use, when creating derived
	* mutable views of a map at a prefix.
	*/
	constructor(tree = /* @__PURE__ */ new Map(), prefix = "") {
		this._size = void 0;
		this._tree = tree;
		this._prefix = prefix;
	}
	/**
	* Creates and returns a mutable view of this {@link SearchableMap},
	* containing only entries that share the given prefix.
	*
	* ### Usage:
	*
	* ```javascript
	* let map = new SearchableMap()
	* map.set("unicorn", 1)
	* map.set("universe", 2)
	* map.set("university", 3)
	* map.set("unique", 4)
	* map.set("hello", 5)
	*
	* let uni = map.atPrefix("uni")
	* uni.get("unique") // => 4
	* uni.get("unicorn") // => 1
	* uni.get("hello") // => undefined
	*
	* let univer = map.atPrefix("univer")
	* univer.get("unique") // => undefined
	* univer.get("universe") // => 2
	* univer.get("university") // => 3
	* ```
	*
	* @param prefix  The prefix
	* @return A {@link SearchableMap} representing a mutable view of the original
	* Map at the given prefix
	*/
	atPrefix(prefix) {
		if (!prefix.startsWith(this._prefix)) throw new Error("Mismatched prefix");
		const [node, path] = trackDown(this._tree, prefix.slice(this._prefix.length));
		if (node === void 0) {
			const [parentNode, key] = last(path);
			for (const k of parentNode.keys()) if (k !== LEAF && k.startsWith(key)) {
				const node = /* @__PURE__ */ new Map();
				node.set(k.slice(key.length), parentNode.get(k));
				return new SearchableMap(node, prefix);
			}
		}
		return new SearchableMap(node, prefix);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/clear
	*/
	clear() {
		this._size = void 0;
		this._tree.clear();
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/delete
	* @param key  Key to delete
	*/
	delete(key) {
		this._size = void 0;
		return remove(this._tree, key);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/entries
	* @return An iterator iterating through `[key, value]` entries.
	*/
	entries() {
		return new TreeIterator(this, ENTRIES);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/forEach
	* @param fn  Iteration function
	*/
	forEach(fn) {
		for (const [key, value] of this) fn(key, value, this);
	}
	/**
	* Returns a Map of all the entries that have a key within the given edit
	* distance from the search key. The keys of the returned Map are the matching
	* keys, while the values are two-element arrays where the first element is
	* the value associated to the key, and the second is the edit distance of the
	* key to the search key.
	*
	* ### Usage:
	*
	* ```javascript
	* let map = new SearchableMap()
	* map.set('hello', 'world')
	* map.set('hell', 'yeah')
	* map.set('ciao', 'mondo')
	*
	* // Get all entries that match the key 'hallo' with a maximum edit distance of 2
	* map.fuzzyGet('hallo', 2)
	* // => Map(2) { 'hello' => ['world', 1], 'hell' => ['yeah', 2] }
	*
	* // In the example, the "hello" key has value "world" and edit distance of 1
	* // (change "e" to "a"), the key "hell" has value "yeah" and edit distance of 2
	* // (change "e" to "a", delete "o")
	* ```
	*
	* @param key  The search key
	* @param maxEditDistance  The maximum edit distance (Levenshtein)
	* @return A Map of the matching keys to their value and edit distance
	*/
	fuzzyGet(key, maxEditDistance) {
		return fuzzySearch(this._tree, key, maxEditDistance);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/get
	* @param key  Key to get
	* @return Value associated to the key, or `undefined` if the key is not
	* found.
	*/
	get(key) {
		const node = lookup(this._tree, key);
		return node !== void 0 ? node.get(LEAF) : void 0;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/has
	* @param key  Key
	* @return True if the key is in the map, false otherwise
	*/
	has(key) {
		const node = lookup(this._tree, key);
		return node !== void 0 && node.has(LEAF);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/keys
	* @return An `Iterable` iterating through keys
	*/
	keys() {
		return new TreeIterator(this, KEYS);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/set
	* @param key  Key to set
	* @param value  Value to associate to the key
	* @return The {@link SearchableMap} itself, to allow chaining
	*/
	set(key, value) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		createPath(this._tree, key).set(LEAF, value);
		return this;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/size
	*/
	get size() {
		if (this._size) return this._size;
		/** @ignore */
		this._size = 0;
		const iter = this.entries();
		while (!iter.next().done) this._size += 1;
		return this._size;
	}
	/**
	* Updates the value at the given key using the provided function. The function
	* is called with the current value at the key, and its return value is used as
	* the new value to be set.
	*
	* ### Example:
	*
	* ```javascript
	* // Increment the current value by one
	* searchableMap.update('somekey', (currentValue) => currentValue == null ? 0 : currentValue + 1)
	* ```
	*
	* If the value at the given key is or will be an object, it might not require
	* re-assignment. In that case it is better to use `fetch()`, because it is
	* faster.
	*
	* @param key  The key to update
	* @param fn  The function used to compute the new value from the current one
	* @return The {@link SearchableMap} itself, to allow chaining
	*/
	update(key, fn) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		const node = createPath(this._tree, key);
		node.set(LEAF, fn(node.get(LEAF)));
		return this;
	}
	/**
	* Fetches the value of the given key. If the value does not exist, calls the
	* given function to create a new value, which is inserted at the given key
	* and subsequently returned.
	*
	* ### Example:
	*
	* ```javascript
	* const map = searchableMap.fetch('somekey', () => new Map())
	* map.set('foo', 'bar')
	* ```
	*
	* @param key  The key to update
	* @param initial  A function that creates a new value if the key does not exist
	* @return The existing or new value at the given key
	*/
	fetch(key, initial) {
		if (typeof key !== "string") throw new Error("key must be a string");
		this._size = void 0;
		const node = createPath(this._tree, key);
		let value = node.get(LEAF);
		if (value === void 0) node.set(LEAF, value = initial());
		return value;
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/values
	* @return An `Iterable` iterating through values.
	*/
	values() {
		return new TreeIterator(this, VALUES);
	}
	/**
	* @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/@@iterator
	*/
	[Symbol.iterator]() {
		return this.entries();
	}
	/**
	* Creates a {@link SearchableMap} from an `Iterable` of entries
	*
	* @param entries  Entries to be inserted in the {@link SearchableMap}
	* @return A new {@link SearchableMap} with the given entries
	*/
	static from(entries) {
		const tree = new SearchableMap();
		for (const [key, value] of entries) tree.set(key, value);
		return tree;
	}
	/**
	* Creates a {@link SearchableMap} from the iterable properties of a JavaScript object
	*
	* @param object  Object of entries for the {@link SearchableMap}
	* @return A new {@link SearchableMap} with the given entries
	*/
	static fromObject(object) {
		return SearchableMap.from(Object.entries(object));
	}
};
var trackDown = (tree, key, path = []) => {
	if (key.length === 0 || tree == null) return [tree, path];
	for (const k of tree.keys()) if (k !== LEAF && key.startsWith(k)) {
		path.push([tree, k]);
		return trackDown(tree.get(k), key.slice(k.length), path);
	}
	path.push([tree, key]);
	return trackDown(void 0, "", path);
};
var lookup = (tree, key) => {
	if (key.length === 0 || tree == null) return tree;
	for (const k of tree.keys()) if (k !== LEAF && key.startsWith(k)) return lookup(tree.get(k), key.slice(k.length));
};
var createPath = (node, key) => {
	const keyLength = key.length;
	outer: for (let pos = 0; node && pos < keyLength;) {
		for (const k of node.keys()) if (k !== LEAF && key[pos] === k[0]) {
			const len = Math.min(keyLength - pos, k.length);
			let offset = 1;
			while (offset < len && key[pos + offset] === k[offset]) ++offset;
			const child = node.get(k);
			if (offset === k.length) node = child;
			else {
				const intermediate = /* @__PURE__ */ new Map();
				intermediate.set(k.slice(offset), child);
				node.set(key.slice(pos, pos + offset), intermediate);
				node.delete(k);
				node = intermediate;
			}
			pos += offset;
			continue outer;
		}
		const child = /* @__PURE__ */ new Map();
		node.set(key.slice(pos), child);
		return child;
	}
	return node;
};
var remove = (tree, key) => {
	const [node, path] = trackDown(tree, key);
	if (node === void 0) return;
	node.delete(LEAF);
	if (node.size === 0) cleanup(path);
	else if (node.size === 1) {
		const [key, value] = node.entries().next().value;
		merge$1(path, key, value);
	}
};
var cleanup = (path) => {
	if (path.length === 0) return;
	const [node, key] = last(path);
	node.delete(key);
	if (node.size === 0) cleanup(path.slice(0, -1));
	else if (node.size === 1) {
		const [key, value] = node.entries().next().value;
		if (key !== LEAF) merge$1(path.slice(0, -1), key, value);
	}
};
var merge$1 = (path, key, value) => {
	if (path.length === 0) return;
	const [node, nodeKey] = last(path);
	node.set(nodeKey + key, value);
	node.delete(nodeKey);
};
var last = (array) => {
	return array[array.length - 1];
};
var OR = "or";
var AND = "and";
var AND_NOT = "and_not";
/**
* {@link MiniSearch} is the main entrypoint class, implementing a full-text
* search engine in memory.
*
* @typeParam T  The type of the documents being indexed.
*
* ### Basic example:
*
* ```javascript
* const documents = [
*   {
*     id: 1,
*     title: 'Moby Dick',
*     text: 'Call me Ishmael. Some years ago...',
*     category: 'fiction'
*   },
*   {
*     id: 2,
*     title: 'Zen and the Art of Motorcycle Maintenance',
*     text: 'I can see by my watch...',
*     category: 'fiction'
*   },
*   {
*     id: 3,
*     title: 'Neuromancer',
*     text: 'The sky above the port was...',
*     category: 'fiction'
*   },
*   {
*     id: 4,
*     title: 'Zen and the Art of Archery',
*     text: 'At first sight it must seem...',
*     category: 'non-fiction'
*   },
*   // ...and more
* ]
*
* // Create a search engine that indexes the 'title' and 'text' fields for
* // full-text search. Search results will include 'title' and 'category' (plus the
* // id field, that is always stored and returned)
* const miniSearch = new MiniSearch({
*   fields: ['title', 'text'],
*   storeFields: ['title', 'category']
* })
*
* // Add documents to the index
* miniSearch.addAll(documents)
*
* // Search for documents:
* let results = miniSearch.search('zen art motorcycle')
* // => [
* //   { id: 2, title: 'Zen and the Art of Motorcycle Maintenance', category: 'fiction', score: 2.77258 },
* //   { id: 4, title: 'Zen and the Art of Archery', category: 'non-fiction', score: 1.38629 }
* // ]
* ```
*/
var MiniSearch = class MiniSearch {
	/**
	* @param options  Configuration options
	*
	* ### Examples:
	*
	* ```javascript
	* // Create a search engine that indexes the 'title' and 'text' fields of your
	* // documents:
	* const miniSearch = new MiniSearch({ fields: ['title', 'text'] })
	* ```
	*
	* ### ID Field:
	*
	* ```javascript
	* // Your documents are assumed to include a unique 'id' field, but if you want
	* // to use a different field for document identification, you can set the
	* // 'idField' option:
	* const miniSearch = new MiniSearch({ idField: 'key', fields: ['title', 'text'] })
	* ```
	*
	* ### Options and defaults:
	*
	* ```javascript
	* // The full set of options (here with their default value) is:
	* const miniSearch = new MiniSearch({
	*   // idField: field that uniquely identifies a document
	*   idField: 'id',
	*
	*   // extractField: function used to get the value of a field in a document.
	*   // By default, it assumes the document is a flat object with field names as
	*   // property keys and field values as string property values, but custom logic
	*   // can be implemented by setting this option to a custom extractor function.
	*   extractField: (document, fieldName) => document[fieldName],
	*
	*   // tokenize: function used to split fields into individual terms. By
	*   // default, it is also used to tokenize search queries, unless a specific
	*   // `tokenize` search option is supplied. When tokenizing an indexed field,
	*   // the field name is passed as the second argument.
	*   tokenize: (string, _fieldName) => string.split(SPACE_OR_PUNCTUATION),
	*
	*   // processTerm: function used to process each tokenized term before
	*   // indexing. It can be used for stemming and normalization. Return a falsy
	*   // value in order to discard a term. By default, it is also used to process
	*   // search queries, unless a specific `processTerm` option is supplied as a
	*   // search option. When processing a term from a indexed field, the field
	*   // name is passed as the second argument.
	*   processTerm: (term, _fieldName) => term.toLowerCase(),
	*
	*   // searchOptions: default search options, see the `search` method for
	*   // details
	*   searchOptions: undefined,
	*
	*   // fields: document fields to be indexed. Mandatory, but not set by default
	*   fields: undefined
	*
	*   // storeFields: document fields to be stored and returned as part of the
	*   // search results.
	*   storeFields: []
	* })
	* ```
	*/
	constructor(options) {
		if ((options === null || options === void 0 ? void 0 : options.fields) == null) throw new Error("MiniSearch: option \"fields\" must be provided");
		const autoVacuum = options.autoVacuum == null || options.autoVacuum === true ? defaultAutoVacuumOptions : options.autoVacuum;
		this._options = {
			...defaultOptions,
			...options,
			autoVacuum,
			searchOptions: {
				...defaultSearchOptions,
				...options.searchOptions || {}
			},
			autoSuggestOptions: {
				...defaultAutoSuggestOptions,
				...options.autoSuggestOptions || {}
			}
		};
		this._index = new SearchableMap();
		this._documentCount = 0;
		this._documentIds = /* @__PURE__ */ new Map();
		this._idToShortId = /* @__PURE__ */ new Map();
		this._fieldIds = {};
		this._fieldLength = /* @__PURE__ */ new Map();
		this._avgFieldLength = [];
		this._nextId = 0;
		this._storedFields = /* @__PURE__ */ new Map();
		this._dirtCount = 0;
		this._currentVacuum = null;
		this._enqueuedVacuum = null;
		this._enqueuedVacuumConditions = defaultVacuumConditions;
		this.addFields(this._options.fields);
	}
	/**
	* Adds a document to the index
	*
	* @param document  The document to be indexed
	*/
	add(document) {
		const { extractField, stringifyField, tokenize, processTerm, fields, idField } = this._options;
		const id = extractField(document, idField);
		if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
		if (this._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
		const shortDocumentId = this.addDocumentId(id);
		this.saveStoredFields(shortDocumentId, document);
		for (const field of fields) {
			const fieldValue = extractField(document, field);
			if (fieldValue == null) continue;
			const tokens = tokenize(stringifyField(fieldValue, field), field);
			const fieldId = this._fieldIds[field];
			const uniqueTerms = new Set(tokens).size;
			this.addFieldLength(shortDocumentId, fieldId, this._documentCount - 1, uniqueTerms);
			for (const term of tokens) {
				const processedTerm = processTerm(term, field);
				if (Array.isArray(processedTerm)) for (const t of processedTerm) this.addTerm(fieldId, shortDocumentId, t);
				else if (processedTerm) this.addTerm(fieldId, shortDocumentId, processedTerm);
			}
		}
	}
	/**
	* Adds all the given documents to the index
	*
	* @param documents  An array of documents to be indexed
	*/
	addAll(documents) {
		for (const document of documents) this.add(document);
	}
	/**
	* Adds all the given documents to the index asynchronously.
	*
	* Returns a promise that resolves (to `undefined`) when the indexing is done.
	* This method is useful when index many documents, to avoid blocking the main
	* thread. The indexing is performed asynchronously and in chunks.
	*
	* @param documents  An array of documents to be indexed
	* @param options  Configuration options
	* @return A promise resolving to `undefined` when the indexing is done
	*/
	addAllAsync(documents, options = {}) {
		const { chunkSize = 10 } = options;
		const acc = {
			chunk: [],
			promise: Promise.resolve()
		};
		const { chunk, promise } = documents.reduce(({ chunk, promise }, document, i) => {
			chunk.push(document);
			if ((i + 1) % chunkSize === 0) return {
				chunk: [],
				promise: promise.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => this.addAll(chunk))
			};
			else return {
				chunk,
				promise
			};
		}, acc);
		return promise.then(() => this.addAll(chunk));
	}
	/**
	* Removes the given document from the index.
	*
	* The document to remove must NOT have changed between indexing and removal,
	* otherwise the index will be corrupted.
	*
	* This method requires passing the full document to be removed (not just the
	* ID), and immediately removes the document from the inverted index, allowing
	* memory to be released. A convenient alternative is {@link
	* MiniSearch#discard}, which needs only the document ID, and has the same
	* visible effect, but delays cleaning up the index until the next vacuuming.
	*
	* @param document  The document to be removed
	*/
	remove(document) {
		const { tokenize, processTerm, extractField, stringifyField, fields, idField } = this._options;
		const id = extractField(document, idField);
		if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
		const shortId = this._idToShortId.get(id);
		if (shortId == null) throw new Error(`MiniSearch: cannot remove document with ID ${id}: it is not in the index`);
		for (const field of fields) {
			const fieldValue = extractField(document, field);
			if (fieldValue == null) continue;
			const tokens = tokenize(stringifyField(fieldValue, field), field);
			const fieldId = this._fieldIds[field];
			const uniqueTerms = new Set(tokens).size;
			this.removeFieldLength(shortId, fieldId, this._documentCount, uniqueTerms);
			for (const term of tokens) {
				const processedTerm = processTerm(term, field);
				if (Array.isArray(processedTerm)) for (const t of processedTerm) this.removeTerm(fieldId, shortId, t);
				else if (processedTerm) this.removeTerm(fieldId, shortId, processedTerm);
			}
		}
		this._storedFields.delete(shortId);
		this._documentIds.delete(shortId);
		this._idToShortId.delete(id);
		this._fieldLength.delete(shortId);
		this._documentCount -= 1;
	}
	/**
	* Removes all the given documents from the index. If called with no arguments,
	* it removes _all_ documents from the index.
	*
	* @param documents  The documents to be removed. If this argument is omitted,
	* all documents are removed. Note that, for removing all documents, it is
	* more efficient to call this method with no arguments than to pass all
	* documents.
	*/
	removeAll(documents) {
		if (documents) for (const document of documents) this.remove(document);
		else if (arguments.length > 0) throw new Error("Expected documents to be present. Omit the argument to remove all documents.");
		else {
			this._index = new SearchableMap();
			this._documentCount = 0;
			this._documentIds = /* @__PURE__ */ new Map();
			this._idToShortId = /* @__PURE__ */ new Map();
			this._fieldLength = /* @__PURE__ */ new Map();
			this._avgFieldLength = [];
			this._storedFields = /* @__PURE__ */ new Map();
			this._nextId = 0;
		}
	}
	/**
	* Discards the document with the given ID, so it won't appear in search results
	*
	* It has the same visible effect of {@link MiniSearch.remove} (both cause the
	* document to stop appearing in searches), but a different effect on the
	* internal data structures:
	*
	*   - {@link MiniSearch#remove} requires passing the full document to be
	*   removed as argument, and removes it from the inverted index immediately.
	*
	*   - {@link MiniSearch#discard} instead only needs the document ID, and
	*   works by marking the current version of the document as discarded, so it
	*   is immediately ignored by searches. This is faster and more convenient
	*   than {@link MiniSearch#remove}, but the index is not immediately
	*   modified. To take care of that, vacuuming is performed after a certain
	*   number of documents are discarded, cleaning up the index and allowing
	*   memory to be released.
	*
	* After discarding a document, it is possible to re-add a new version, and
	* only the new version will appear in searches. In other words, discarding
	* and re-adding a document works exactly like removing and re-adding it. The
	* {@link MiniSearch.replace} method can also be used to replace a document
	* with a new version.
	*
	* #### Details about vacuuming
	*
	* Repetite calls to this method would leave obsolete document references in
	* the index, invisible to searches. Two mechanisms take care of cleaning up:
	* clean up during search, and vacuuming.
	*
	*   - Upon search, whenever a discarded ID is found (and ignored for the
	*   results), references to the discarded document are removed from the
	*   inverted index entries for the search terms. This ensures that subsequent
	*   searches for the same terms do not need to skip these obsolete references
	*   again.
	*
	*   - In addition, vacuuming is performed automatically by default (see the
	*   `autoVacuum` field in {@link Options}) after a certain number of
	*   documents are discarded. Vacuuming traverses all terms in the index,
	*   cleaning up all references to discarded documents. Vacuuming can also be
	*   triggered manually by calling {@link MiniSearch#vacuum}.
	*
	* @param id  The ID of the document to be discarded
	*/
	discard(id) {
		const shortId = this._idToShortId.get(id);
		if (shortId == null) throw new Error(`MiniSearch: cannot discard document with ID ${id}: it is not in the index`);
		this._idToShortId.delete(id);
		this._documentIds.delete(shortId);
		this._storedFields.delete(shortId);
		(this._fieldLength.get(shortId) || []).forEach((fieldLength, fieldId) => {
			this.removeFieldLength(shortId, fieldId, this._documentCount, fieldLength);
		});
		this._fieldLength.delete(shortId);
		this._documentCount -= 1;
		this._dirtCount += 1;
		this.maybeAutoVacuum();
	}
	maybeAutoVacuum() {
		if (this._options.autoVacuum === false) return;
		const { minDirtFactor, minDirtCount, batchSize, batchWait } = this._options.autoVacuum;
		this.conditionalVacuum({
			batchSize,
			batchWait
		}, {
			minDirtCount,
			minDirtFactor
		});
	}
	/**
	* Discards the documents with the given IDs, so they won't appear in search
	* results
	*
	* It is equivalent to calling {@link MiniSearch#discard} for all the given
	* IDs, but with the optimization of triggering at most one automatic
	* vacuuming at the end.
	*
	* Note: to remove all documents from the index, it is faster and more
	* convenient to call {@link MiniSearch.removeAll} with no argument, instead
	* of passing all IDs to this method.
	*/
	discardAll(ids) {
		const autoVacuum = this._options.autoVacuum;
		try {
			this._options.autoVacuum = false;
			for (const id of ids) this.discard(id);
		} finally {
			this._options.autoVacuum = autoVacuum;
		}
		this.maybeAutoVacuum();
	}
	/**
	* It replaces an existing document with the given updated version
	*
	* It works by discarding the current version and adding the updated one, so
	* it is functionally equivalent to calling {@link MiniSearch#discard}
	* followed by {@link MiniSearch#add}. The ID of the updated document should
	* be the same as the original one.
	*
	* Since it uses {@link MiniSearch#discard} internally, this method relies on
	* vacuuming to clean up obsolete document references from the index, allowing
	* memory to be released (see {@link MiniSearch#discard}).
	*
	* @param updatedDocument  The updated document to replace the old version
	* with
	*/
	replace(updatedDocument) {
		const { idField, extractField } = this._options;
		const id = extractField(updatedDocument, idField);
		this.discard(id);
		this.add(updatedDocument);
	}
	/**
	* Triggers a manual vacuuming, cleaning up references to discarded documents
	* from the inverted index
	*
	* Vacuuming is only useful for applications that use the {@link
	* MiniSearch#discard} or {@link MiniSearch#replace} methods.
	*
	* By default, vacuuming is performed automatically when needed (controlled by
	* the `autoVacuum` field in {@link Options}), so there is usually no need to
	* call this method, unless one wants to make sure to perform vacuuming at a
	* specific moment.
	*
	* Vacuuming traverses all terms in the inverted index in batches, and cleans
	* up references to discarded documents from the posting list, allowing memory
	* to be released.
	*
	* The method takes an optional object as argument with the following keys:
	*
	*   - `batchSize`: the size of each batch (1000 by default)
	*
	*   - `batchWait`: the number of milliseconds to wait between batches (10 by
	*   default)
	*
	* On large indexes, vacuuming could have a non-negligible cost: batching
	* avoids blocking the thread for long, diluting this cost so that it is not
	* negatively affecting the application. Nonetheless, this method should only
	* be called when necessary, and relying on automatic vacuuming is usually
	* better.
	*
	* It returns a promise that resolves (to undefined) when the clean up is
	* completed. If vacuuming is already ongoing at the time this method is
	* called, a new one is enqueued immediately after the ongoing one, and a
	* corresponding promise is returned. However, no more than one vacuuming is
	* enqueued on top of the ongoing one, even if this method is called more
	* times (enqueuing multiple ones would be useless).
	*
	* @param options  Configuration options for the batch size and delay. See
	* {@link VacuumOptions}.
	*/
	vacuum(options = {}) {
		return this.conditionalVacuum(options);
	}
	conditionalVacuum(options, conditions) {
		if (this._currentVacuum) {
			this._enqueuedVacuumConditions = this._enqueuedVacuumConditions && conditions;
			if (this._enqueuedVacuum != null) return this._enqueuedVacuum;
			this._enqueuedVacuum = this._currentVacuum.then(() => {
				const conditions = this._enqueuedVacuumConditions;
				this._enqueuedVacuumConditions = defaultVacuumConditions;
				return this.performVacuuming(options, conditions);
			});
			return this._enqueuedVacuum;
		}
		if (this.vacuumConditionsMet(conditions) === false) return Promise.resolve();
		this._currentVacuum = this.performVacuuming(options);
		return this._currentVacuum;
	}
	async performVacuuming(options, conditions) {
		const initialDirtCount = this._dirtCount;
		if (this.vacuumConditionsMet(conditions)) {
			const batchSize = options.batchSize || defaultVacuumOptions.batchSize;
			const batchWait = options.batchWait || defaultVacuumOptions.batchWait;
			let i = 1;
			for (const [term, fieldsData] of this._index) {
				for (const [fieldId, fieldIndex] of fieldsData) for (const [shortId] of fieldIndex) {
					if (this._documentIds.has(shortId)) continue;
					if (fieldIndex.size <= 1) fieldsData.delete(fieldId);
					else fieldIndex.delete(shortId);
				}
				if (this._index.get(term).size === 0) this._index.delete(term);
				if (i % batchSize === 0) await new Promise((resolve) => setTimeout(resolve, batchWait));
				i += 1;
			}
			this._dirtCount -= initialDirtCount;
		}
		await null;
		this._currentVacuum = this._enqueuedVacuum;
		this._enqueuedVacuum = null;
	}
	vacuumConditionsMet(conditions) {
		if (conditions == null) return true;
		let { minDirtCount, minDirtFactor } = conditions;
		minDirtCount = minDirtCount || defaultAutoVacuumOptions.minDirtCount;
		minDirtFactor = minDirtFactor || defaultAutoVacuumOptions.minDirtFactor;
		return this.dirtCount >= minDirtCount && this.dirtFactor >= minDirtFactor;
	}
	/**
	* Is `true` if a vacuuming operation is ongoing, `false` otherwise
	*/
	get isVacuuming() {
		return this._currentVacuum != null;
	}
	/**
	* The number of documents discarded since the most recent vacuuming
	*/
	get dirtCount() {
		return this._dirtCount;
	}
	/**
	* A number between 0 and 1 giving an indication about the proportion of
	* documents that are discarded, and can therefore be cleaned up by vacuuming.
	* A value close to 0 means that the index is relatively clean, while a higher
	* value means that the index is relatively dirty, and vacuuming could release
	* memory.
	*/
	get dirtFactor() {
		return this._dirtCount / (1 + this._documentCount + this._dirtCount);
	}
	/**
	* Returns `true` if a document with the given ID is present in the index and
	* available for search, `false` otherwise
	*
	* @param id  The document ID
	*/
	has(id) {
		return this._idToShortId.has(id);
	}
	/**
	* Returns the stored fields (as configured in the `storeFields` constructor
	* option) for the given document ID. Returns `undefined` if the document is
	* not present in the index.
	*
	* @param id  The document ID
	*/
	getStoredFields(id) {
		const shortId = this._idToShortId.get(id);
		if (shortId == null) return;
		return this._storedFields.get(shortId);
	}
	/**
	* Search for documents matching the given search query.
	*
	* The result is a list of scored document IDs matching the query, sorted by
	* descending score, and each including data about which terms were matched and
	* in which fields.
	*
	* ### Basic usage:
	*
	* ```javascript
	* // Search for "zen art motorcycle" with default options: terms have to match
	* // exactly, and individual terms are joined with OR
	* miniSearch.search('zen art motorcycle')
	* // => [ { id: 2, score: 2.77258, match: { ... } }, { id: 4, score: 1.38629, match: { ... } } ]
	* ```
	*
	* ### Restrict search to specific fields:
	*
	* ```javascript
	* // Search only in the 'title' field
	* miniSearch.search('zen', { fields: ['title'] })
	* ```
	*
	* ### Field boosting:
	*
	* ```javascript
	* // Boost a field
	* miniSearch.search('zen', { boost: { title: 2 } })
	* ```
	*
	* ### Prefix search:
	*
	* ```javascript
	* // Search for "moto" with prefix search (it will match documents
	* // containing terms that start with "moto" or "neuro")
	* miniSearch.search('moto neuro', { prefix: true })
	* ```
	*
	* ### Fuzzy search:
	*
	* ```javascript
	* // Search for "ismael" with fuzzy search (it will match documents containing
	* // terms similar to "ismael", with a maximum edit distance of 0.2 term.length
	* // (rounded to nearest integer)
	* miniSearch.search('ismael', { fuzzy: 0.2 })
	* ```
	*
	* ### Combining strategies:
	*
	* ```javascript
	* // Mix of exact match, prefix search, and fuzzy search
	* miniSearch.search('ismael mob', {
	*  prefix: true,
	*  fuzzy: 0.2
	* })
	* ```
	*
	* ### Advanced prefix and fuzzy search:
	*
	* ```javascript
	* // Perform fuzzy and prefix search depending on the search term. Here
	* // performing prefix and fuzzy search only on terms longer than 3 characters
	* miniSearch.search('ismael mob', {
	*  prefix: term => term.length > 3
	*  fuzzy: term => term.length > 3 ? 0.2 : null
	* })
	* ```
	*
	* ### Combine with AND:
	*
	* ```javascript
	* // Combine search terms with AND (to match only documents that contain both
	* // "motorcycle" and "art")
	* miniSearch.search('motorcycle art', { combineWith: 'AND' })
	* ```
	*
	* ### Combine with AND_NOT:
	*
	* There is also an AND_NOT combinator, that finds documents that match the
	* first term, but do not match any of the other terms. This combinator is
	* rarely useful with simple queries, and is meant to be used with advanced
	* query combinations (see later for more details).
	*
	* ### Filtering results:
	*
	* ```javascript
	* // Filter only results in the 'fiction' category (assuming that 'category'
	* // is a stored field)
	* miniSearch.search('motorcycle art', {
	*   filter: (result) => result.category === 'fiction'
	* })
	* ```
	*
	* ### Wildcard query
	*
	* Searching for an empty string (assuming the default tokenizer) returns no
	* results. Sometimes though, one needs to match all documents, like in a
	* "wildcard" search. This is possible by passing the special value
	* {@link MiniSearch.wildcard} as the query:
	*
	* ```javascript
	* // Return search results for all documents
	* miniSearch.search(MiniSearch.wildcard)
	* ```
	*
	* Note that search options such as `filter` and `boostDocument` are still
	* applied, influencing which results are returned, and their order:
	*
	* ```javascript
	* // Return search results for all documents in the 'fiction' category
	* miniSearch.search(MiniSearch.wildcard, {
	*   filter: (result) => result.category === 'fiction'
	* })
	* ```
	*
	* ### Advanced combination of queries:
	*
	* It is possible to combine different subqueries with OR, AND, and AND_NOT,
	* and even with different search options, by passing a query expression
	* tree object as the first argument, instead of a string.
	*
	* ```javascript
	* // Search for documents that contain "zen" and ("motorcycle" or "archery")
	* miniSearch.search({
	*   combineWith: 'AND',
	*   queries: [
	*     'zen',
	*     {
	*       combineWith: 'OR',
	*       queries: ['motorcycle', 'archery']
	*     }
	*   ]
	* })
	*
	* // Search for documents that contain ("apple" or "pear") but not "juice" and
	* // not "tree"
	* miniSearch.search({
	*   combineWith: 'AND_NOT',
	*   queries: [
	*     {
	*       combineWith: 'OR',
	*       queries: ['apple', 'pear']
	*     },
	*     'juice',
	*     'tree'
	*   ]
	* })
	* ```
	*
	* Each node in the expression tree can be either a string, or an object that
	* supports all {@link SearchOptions} fields, plus a `queries` array field for
	* subqueries.
	*
	* Note that, while this can become complicated to do by hand for complex or
	* deeply nested queries, it provides a formalized expression tree API for
	* external libraries that implement a parser for custom query languages.
	*
	* @param query  Search query
	* @param searchOptions  Search options. Each option, if not given, defaults to the corresponding value of `searchOptions` given to the constructor, or to the library default.
	*/
	search(query, searchOptions = {}) {
		const { searchOptions: globalSearchOptions } = this._options;
		const searchOptionsWithDefaults = {
			...globalSearchOptions,
			...searchOptions
		};
		const rawResults = this.executeQuery(query, searchOptions);
		const results = [];
		for (const [docId, { score, terms, match }] of rawResults) {
			const quality = terms.length || 1;
			const result = {
				id: this._documentIds.get(docId),
				score: score * quality,
				terms: Object.keys(match),
				queryTerms: terms,
				match
			};
			Object.assign(result, this._storedFields.get(docId));
			if (searchOptionsWithDefaults.filter == null || searchOptionsWithDefaults.filter(result)) results.push(result);
		}
		if (query === MiniSearch.wildcard && searchOptionsWithDefaults.boostDocument == null) return results;
		results.sort(byScore);
		return results;
	}
	/**
	* Provide suggestions for the given search query
	*
	* The result is a list of suggested modified search queries, derived from the
	* given search query, each with a relevance score, sorted by descending score.
	*
	* By default, it uses the same options used for search, except that by
	* default it performs prefix search on the last term of the query, and
	* combine terms with `'AND'` (requiring all query terms to match). Custom
	* options can be passed as a second argument. Defaults can be changed upon
	* calling the {@link MiniSearch} constructor, by passing a
	* `autoSuggestOptions` option.
	*
	* ### Basic usage:
	*
	* ```javascript
	* // Get suggestions for 'neuro':
	* miniSearch.autoSuggest('neuro')
	* // => [ { suggestion: 'neuromancer', terms: [ 'neuromancer' ], score: 0.46240 } ]
	* ```
	*
	* ### Multiple words:
	*
	* ```javascript
	* // Get suggestions for 'zen ar':
	* miniSearch.autoSuggest('zen ar')
	* // => [
	* //  { suggestion: 'zen archery art', terms: [ 'zen', 'archery', 'art' ], score: 1.73332 },
	* //  { suggestion: 'zen art', terms: [ 'zen', 'art' ], score: 1.21313 }
	* // ]
	* ```
	*
	* ### Fuzzy suggestions:
	*
	* ```javascript
	* // Correct spelling mistakes using fuzzy search:
	* miniSearch.autoSuggest('neromancer', { fuzzy: 0.2 })
	* // => [ { suggestion: 'neuromancer', terms: [ 'neuromancer' ], score: 1.03998 } ]
	* ```
	*
	* ### Filtering:
	*
	* ```javascript
	* // Get suggestions for 'zen ar', but only within the 'fiction' category
	* // (assuming that 'category' is a stored field):
	* miniSearch.autoSuggest('zen ar', {
	*   filter: (result) => result.category === 'fiction'
	* })
	* // => [
	* //  { suggestion: 'zen archery art', terms: [ 'zen', 'archery', 'art' ], score: 1.73332 },
	* //  { suggestion: 'zen art', terms: [ 'zen', 'art' ], score: 1.21313 }
	* // ]
	* ```
	*
	* @param queryString  Query string to be expanded into suggestions
	* @param options  Search options. The supported options and default values
	* are the same as for the {@link MiniSearch#search} method, except that by
	* default prefix search is performed on the last term in the query, and terms
	* are combined with `'AND'`.
	* @return  A sorted array of suggestions sorted by relevance score.
	*/
	autoSuggest(queryString, options = {}) {
		options = {
			...this._options.autoSuggestOptions,
			...options
		};
		const suggestions = /* @__PURE__ */ new Map();
		for (const { score, terms } of this.search(queryString, options)) {
			const phrase = terms.join(" ");
			const suggestion = suggestions.get(phrase);
			if (suggestion != null) {
				suggestion.score += score;
				suggestion.count += 1;
			} else suggestions.set(phrase, {
				score,
				terms,
				count: 1
			});
		}
		const results = [];
		for (const [suggestion, { score, terms, count }] of suggestions) results.push({
			suggestion,
			terms,
			score: score / count
		});
		results.sort(byScore);
		return results;
	}
	/**
	* Total number of documents available to search
	*/
	get documentCount() {
		return this._documentCount;
	}
	/**
	* Number of terms in the index
	*/
	get termCount() {
		return this._index.size;
	}
	/**
	* Deserializes a JSON index (serialized with `JSON.stringify(miniSearch)`)
	* and instantiates a MiniSearch instance. It should be given the same options
	* originally used when serializing the index.
	*
	* ### Usage:
	*
	* ```javascript
	* // If the index was serialized with:
	* let miniSearch = new MiniSearch({ fields: ['title', 'text'] })
	* miniSearch.addAll(documents)
	*
	* const json = JSON.stringify(miniSearch)
	* // It can later be deserialized like this:
	* miniSearch = MiniSearch.loadJSON(json, { fields: ['title', 'text'] })
	* ```
	*
	* @param json  JSON-serialized index
	* @param options  configuration options, same as the constructor
	* @return An instance of MiniSearch deserialized from the given JSON.
	*/
	static loadJSON(json, options) {
		if (options == null) throw new Error("MiniSearch: loadJSON should be given the same options used when serializing the index");
		return this.loadJS(JSON.parse(json), options);
	}
	/**
	* Async equivalent of {@link MiniSearch.loadJSON}
	*
	* This function is an alternative to {@link MiniSearch.loadJSON} that returns
	* a promise, and loads the index in batches, leaving pauses between them to avoid
	* blocking the main thread. It tends to be slower than the synchronous
	* version, but does not block the main thread, so it can be a better choice
	* when deserializing very large indexes.
	*
	* @param json  JSON-serialized index
	* @param options  configuration options, same as the constructor
	* @return A Promise that will resolve to an instance of MiniSearch deserialized from the given JSON.
	*/
	static async loadJSONAsync(json, options) {
		if (options == null) throw new Error("MiniSearch: loadJSON should be given the same options used when serializing the index");
		return this.loadJSAsync(JSON.parse(json), options);
	}
	/**
	* Returns the default value of an option. It will throw an error if no option
	* with the given name exists.
	*
	* @param optionName  Name of the option
	* @return The default value of the given option
	*
	* ### Usage:
	*
	* ```javascript
	* // Get default tokenizer
	* MiniSearch.getDefault('tokenize')
	*
	* // Get default term processor
	* MiniSearch.getDefault('processTerm')
	*
	* // Unknown options will throw an error
	* MiniSearch.getDefault('notExisting')
	* // => throws 'MiniSearch: unknown option "notExisting"'
	* ```
	*/
	static getDefault(optionName) {
		if (defaultOptions.hasOwnProperty(optionName)) return getOwnProperty(defaultOptions, optionName);
		else throw new Error(`MiniSearch: unknown option "${optionName}"`);
	}
	/**
	* @ignore
	*/
	static loadJS(js, options) {
		const { index, documentIds, fieldLength, storedFields, serializationVersion } = js;
		const miniSearch = this.instantiateMiniSearch(js, options);
		miniSearch._documentIds = objectToNumericMap(documentIds);
		miniSearch._fieldLength = objectToNumericMap(fieldLength);
		miniSearch._storedFields = objectToNumericMap(storedFields);
		for (const [shortId, id] of miniSearch._documentIds) miniSearch._idToShortId.set(id, shortId);
		for (const [term, data] of index) {
			const dataMap = /* @__PURE__ */ new Map();
			for (const fieldId of Object.keys(data)) {
				let indexEntry = data[fieldId];
				if (serializationVersion === 1) indexEntry = indexEntry.ds;
				dataMap.set(parseInt(fieldId, 10), objectToNumericMap(indexEntry));
			}
			miniSearch._index.set(term, dataMap);
		}
		return miniSearch;
	}
	/**
	* @ignore
	*/
	static async loadJSAsync(js, options) {
		const { index, documentIds, fieldLength, storedFields, serializationVersion } = js;
		const miniSearch = this.instantiateMiniSearch(js, options);
		miniSearch._documentIds = await objectToNumericMapAsync(documentIds);
		miniSearch._fieldLength = await objectToNumericMapAsync(fieldLength);
		miniSearch._storedFields = await objectToNumericMapAsync(storedFields);
		for (const [shortId, id] of miniSearch._documentIds) miniSearch._idToShortId.set(id, shortId);
		let count = 0;
		for (const [term, data] of index) {
			const dataMap = /* @__PURE__ */ new Map();
			for (const fieldId of Object.keys(data)) {
				let indexEntry = data[fieldId];
				if (serializationVersion === 1) indexEntry = indexEntry.ds;
				dataMap.set(parseInt(fieldId, 10), await objectToNumericMapAsync(indexEntry));
			}
			if (++count % 1e3 === 0) await wait(0);
			miniSearch._index.set(term, dataMap);
		}
		return miniSearch;
	}
	/**
	* @ignore
	*/
	static instantiateMiniSearch(js, options) {
		const { documentCount, nextId, fieldIds, averageFieldLength, dirtCount, serializationVersion } = js;
		if (serializationVersion !== 1 && serializationVersion !== 2) throw new Error("MiniSearch: cannot deserialize an index created with an incompatible version");
		const miniSearch = new MiniSearch(options);
		miniSearch._documentCount = documentCount;
		miniSearch._nextId = nextId;
		miniSearch._idToShortId = /* @__PURE__ */ new Map();
		miniSearch._fieldIds = fieldIds;
		miniSearch._avgFieldLength = averageFieldLength;
		miniSearch._dirtCount = dirtCount || 0;
		miniSearch._index = new SearchableMap();
		return miniSearch;
	}
	/**
	* @ignore
	*/
	executeQuery(query, searchOptions = {}) {
		if (query === MiniSearch.wildcard) return this.executeWildcardQuery(searchOptions);
		if (typeof query !== "string") {
			const options = {
				...searchOptions,
				...query,
				queries: void 0
			};
			const results = query.queries.map((subquery) => this.executeQuery(subquery, options));
			return this.combineResults(results, options.combineWith);
		}
		const { tokenize, processTerm, searchOptions: globalSearchOptions } = this._options;
		const options = {
			tokenize,
			processTerm,
			...globalSearchOptions,
			...searchOptions
		};
		const { tokenize: searchTokenize, processTerm: searchProcessTerm } = options;
		const results = searchTokenize(query).flatMap((term) => searchProcessTerm(term)).filter((term) => !!term).map(termToQuerySpec(options)).map((query) => this.executeQuerySpec(query, options));
		return this.combineResults(results, options.combineWith);
	}
	/**
	* @ignore
	*/
	executeQuerySpec(query, searchOptions) {
		const options = {
			...this._options.searchOptions,
			...searchOptions
		};
		const boosts = (options.fields || this._options.fields).reduce((boosts, field) => ({
			...boosts,
			[field]: getOwnProperty(options.boost, field) || 1
		}), {});
		const { boostDocument, weights, maxFuzzy, bm25: bm25params } = options;
		const { fuzzy: fuzzyWeight, prefix: prefixWeight } = {
			...defaultSearchOptions.weights,
			...weights
		};
		const data = this._index.get(query.term);
		const results = this.termResults(query.term, query.term, 1, query.termBoost, data, boosts, boostDocument, bm25params);
		let prefixMatches;
		let fuzzyMatches;
		if (query.prefix) prefixMatches = this._index.atPrefix(query.term);
		if (query.fuzzy) {
			const fuzzy = query.fuzzy === true ? .2 : query.fuzzy;
			const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(query.term.length * fuzzy)) : fuzzy;
			if (maxDistance) fuzzyMatches = this._index.fuzzyGet(query.term, maxDistance);
		}
		if (prefixMatches) for (const [term, data] of prefixMatches) {
			const distance = term.length - query.term.length;
			if (!distance) continue;
			fuzzyMatches === null || fuzzyMatches === void 0 || fuzzyMatches.delete(term);
			const weight = prefixWeight * term.length / (term.length + .3 * distance);
			this.termResults(query.term, term, weight, query.termBoost, data, boosts, boostDocument, bm25params, results);
		}
		if (fuzzyMatches) for (const term of fuzzyMatches.keys()) {
			const [data, distance] = fuzzyMatches.get(term);
			if (!distance) continue;
			const weight = fuzzyWeight * term.length / (term.length + distance);
			this.termResults(query.term, term, weight, query.termBoost, data, boosts, boostDocument, bm25params, results);
		}
		return results;
	}
	/**
	* @ignore
	*/
	executeWildcardQuery(searchOptions) {
		const results = /* @__PURE__ */ new Map();
		const options = {
			...this._options.searchOptions,
			...searchOptions
		};
		for (const [shortId, id] of this._documentIds) {
			const score = options.boostDocument ? options.boostDocument(id, "", this._storedFields.get(shortId)) : 1;
			results.set(shortId, {
				score,
				terms: [],
				match: {}
			});
		}
		return results;
	}
	/**
	* @ignore
	*/
	combineResults(results, combineWith = OR) {
		if (results.length === 0) return /* @__PURE__ */ new Map();
		const combinator = combinators[combineWith.toLowerCase()];
		if (!combinator) throw new Error(`Invalid combination operator: ${combineWith}`);
		return results.reduce(combinator) || /* @__PURE__ */ new Map();
	}
	/**
	* Allows serialization of the index to JSON, to possibly store it and later
	* deserialize it with {@link MiniSearch.loadJSON}.
	*
	* Normally one does not directly call this method, but rather call the
	* standard JavaScript `JSON.stringify()` passing the {@link MiniSearch}
	* instance, and JavaScript will internally call this method. Upon
	* deserialization, one must pass to {@link MiniSearch.loadJSON} the same
	* options used to create the original instance that was serialized.
	*
	* ### Usage:
	*
	* ```javascript
	* // Serialize the index:
	* let miniSearch = new MiniSearch({ fields: ['title', 'text'] })
	* miniSearch.addAll(documents)
	* const json = JSON.stringify(miniSearch)
	*
	* // Later, to deserialize it:
	* miniSearch = MiniSearch.loadJSON(json, { fields: ['title', 'text'] })
	* ```
	*
	* @return A plain-object serializable representation of the search index.
	*/
	toJSON() {
		const index = [];
		for (const [term, fieldIndex] of this._index) {
			const data = {};
			for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
			index.push([term, data]);
		}
		return {
			documentCount: this._documentCount,
			nextId: this._nextId,
			documentIds: Object.fromEntries(this._documentIds),
			fieldIds: this._fieldIds,
			fieldLength: Object.fromEntries(this._fieldLength),
			averageFieldLength: this._avgFieldLength,
			storedFields: Object.fromEntries(this._storedFields),
			dirtCount: this._dirtCount,
			index,
			serializationVersion: 2
		};
	}
	/**
	* @ignore
	*/
	termResults(sourceTerm, derivedTerm, termWeight, termBoost, fieldTermData, fieldBoosts, boostDocumentFn, bm25params, results = /* @__PURE__ */ new Map()) {
		if (fieldTermData == null) return results;
		for (const field of Object.keys(fieldBoosts)) {
			const fieldBoost = fieldBoosts[field];
			const fieldId = this._fieldIds[field];
			const fieldTermFreqs = fieldTermData.get(fieldId);
			if (fieldTermFreqs == null) continue;
			let matchingFields = fieldTermFreqs.size;
			const avgFieldLength = this._avgFieldLength[fieldId];
			for (const docId of fieldTermFreqs.keys()) {
				if (!this._documentIds.has(docId)) {
					this.removeTerm(fieldId, docId, derivedTerm);
					matchingFields -= 1;
					continue;
				}
				const docBoost = boostDocumentFn ? boostDocumentFn(this._documentIds.get(docId), derivedTerm, this._storedFields.get(docId)) : 1;
				if (!docBoost) continue;
				const termFreq = fieldTermFreqs.get(docId);
				const fieldLength = this._fieldLength.get(docId)[fieldId];
				const rawScore = calcBM25Score(termFreq, matchingFields, this._documentCount, fieldLength, avgFieldLength, bm25params);
				const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
				const result = results.get(docId);
				if (result) {
					result.score += weightedScore;
					assignUniqueTerm(result.terms, sourceTerm);
					const match = getOwnProperty(result.match, derivedTerm);
					if (match) match.push(field);
					else result.match[derivedTerm] = [field];
				} else results.set(docId, {
					score: weightedScore,
					terms: [sourceTerm],
					match: { [derivedTerm]: [field] }
				});
			}
		}
		return results;
	}
	/**
	* @ignore
	*/
	addTerm(fieldId, documentId, term) {
		const indexData = this._index.fetch(term, createMap);
		let fieldIndex = indexData.get(fieldId);
		if (fieldIndex == null) {
			fieldIndex = /* @__PURE__ */ new Map();
			fieldIndex.set(documentId, 1);
			indexData.set(fieldId, fieldIndex);
		} else {
			const docs = fieldIndex.get(documentId);
			fieldIndex.set(documentId, (docs || 0) + 1);
		}
	}
	/**
	* @ignore
	*/
	removeTerm(fieldId, documentId, term) {
		if (!this._index.has(term)) {
			this.warnDocumentChanged(documentId, fieldId, term);
			return;
		}
		const indexData = this._index.fetch(term, createMap);
		const fieldIndex = indexData.get(fieldId);
		if (fieldIndex == null || fieldIndex.get(documentId) == null) this.warnDocumentChanged(documentId, fieldId, term);
		else if (fieldIndex.get(documentId) <= 1) {
			if (fieldIndex.size <= 1) indexData.delete(fieldId);
			else fieldIndex.delete(documentId);
		} else fieldIndex.set(documentId, fieldIndex.get(documentId) - 1);
		if (this._index.get(term).size === 0) this._index.delete(term);
	}
	/**
	* @ignore
	*/
	warnDocumentChanged(shortDocumentId, fieldId, term) {
		for (const fieldName of Object.keys(this._fieldIds)) if (this._fieldIds[fieldName] === fieldId) {
			this._options.logger("warn", `MiniSearch: document with ID ${this._documentIds.get(shortDocumentId)} has changed before removal: term "${term}" was not present in field "${fieldName}". Removing a document after it has changed can corrupt the index!`, "version_conflict");
			return;
		}
	}
	/**
	* @ignore
	*/
	addDocumentId(documentId) {
		const shortDocumentId = this._nextId;
		this._idToShortId.set(documentId, shortDocumentId);
		this._documentIds.set(shortDocumentId, documentId);
		this._documentCount += 1;
		this._nextId += 1;
		return shortDocumentId;
	}
	/**
	* @ignore
	*/
	addFields(fields) {
		for (let i = 0; i < fields.length; i++) this._fieldIds[fields[i]] = i;
	}
	/**
	* @ignore
	*/
	addFieldLength(documentId, fieldId, count, length) {
		let fieldLengths = this._fieldLength.get(documentId);
		if (fieldLengths == null) this._fieldLength.set(documentId, fieldLengths = []);
		fieldLengths[fieldId] = length;
		const totalFieldLength = (this._avgFieldLength[fieldId] || 0) * count + length;
		this._avgFieldLength[fieldId] = totalFieldLength / (count + 1);
	}
	/**
	* @ignore
	*/
	removeFieldLength(documentId, fieldId, count, length) {
		if (count === 1) {
			this._avgFieldLength[fieldId] = 0;
			return;
		}
		const totalFieldLength = this._avgFieldLength[fieldId] * count - length;
		this._avgFieldLength[fieldId] = totalFieldLength / (count - 1);
	}
	/**
	* @ignore
	*/
	saveStoredFields(documentId, doc) {
		const { storeFields, extractField } = this._options;
		if (storeFields == null || storeFields.length === 0) return;
		let documentFields = this._storedFields.get(documentId);
		if (documentFields == null) this._storedFields.set(documentId, documentFields = {});
		for (const fieldName of storeFields) {
			const fieldValue = extractField(doc, fieldName);
			if (fieldValue !== void 0) documentFields[fieldName] = fieldValue;
		}
	}
};
/**
* The special wildcard symbol that can be passed to {@link MiniSearch#search}
* to match all documents
*/
MiniSearch.wildcard = Symbol("*");
var getOwnProperty = (object, property) => Object.prototype.hasOwnProperty.call(object, property) ? object[property] : void 0;
var combinators = {
	[OR]: (a, b) => {
		for (const docId of b.keys()) {
			const existing = a.get(docId);
			if (existing == null) a.set(docId, b.get(docId));
			else {
				const { score, terms, match } = b.get(docId);
				existing.score = existing.score + score;
				existing.match = Object.assign(existing.match, match);
				assignUniqueTerms(existing.terms, terms);
			}
		}
		return a;
	},
	[AND]: (a, b) => {
		const combined = /* @__PURE__ */ new Map();
		for (const docId of b.keys()) {
			const existing = a.get(docId);
			if (existing == null) continue;
			const { score, terms, match } = b.get(docId);
			assignUniqueTerms(existing.terms, terms);
			combined.set(docId, {
				score: existing.score + score,
				terms: existing.terms,
				match: Object.assign(existing.match, match)
			});
		}
		return combined;
	},
	[AND_NOT]: (a, b) => {
		for (const docId of b.keys()) a.delete(docId);
		return a;
	}
};
var defaultBM25params = {
	k: 1.2,
	b: .7,
	d: .5
};
var calcBM25Score = (termFreq, matchingCount, totalCount, fieldLength, avgFieldLength, bm25params) => {
	const { k, b, d } = bm25params;
	return Math.log(1 + (totalCount - matchingCount + .5) / (matchingCount + .5)) * (d + termFreq * (k + 1) / (termFreq + k * (1 - b + b * fieldLength / avgFieldLength)));
};
var termToQuerySpec = (options) => (term, i, terms) => {
	return {
		term,
		fuzzy: typeof options.fuzzy === "function" ? options.fuzzy(term, i, terms) : options.fuzzy || false,
		prefix: typeof options.prefix === "function" ? options.prefix(term, i, terms) : options.prefix === true,
		termBoost: typeof options.boostTerm === "function" ? options.boostTerm(term, i, terms) : 1
	};
};
var defaultOptions = {
	idField: "id",
	extractField: (document, fieldName) => document[fieldName],
	stringifyField: (fieldValue, fieldName) => fieldValue.toString(),
	tokenize: (text) => text.split(SPACE_OR_PUNCTUATION),
	processTerm: (term) => term.toLowerCase(),
	fields: void 0,
	searchOptions: void 0,
	storeFields: [],
	logger: (level, message) => {
		if (typeof (console === null || console === void 0 ? void 0 : console[level]) === "function") console[level](message);
	},
	autoVacuum: true
};
var defaultSearchOptions = {
	combineWith: OR,
	prefix: false,
	fuzzy: false,
	maxFuzzy: 6,
	boost: {},
	weights: {
		fuzzy: .45,
		prefix: .375
	},
	bm25: defaultBM25params
};
var defaultAutoSuggestOptions = {
	combineWith: AND,
	prefix: (term, i, terms) => i === terms.length - 1
};
var defaultVacuumOptions = {
	batchSize: 1e3,
	batchWait: 10
};
var defaultVacuumConditions = {
	minDirtFactor: .1,
	minDirtCount: 20
};
var defaultAutoVacuumOptions = {
	...defaultVacuumOptions,
	...defaultVacuumConditions
};
var assignUniqueTerm = (target, term) => {
	if (!target.includes(term)) target.push(term);
};
var assignUniqueTerms = (target, source) => {
	for (const term of source) if (!target.includes(term)) target.push(term);
};
var byScore = ({ score: a }, { score: b }) => b - a;
var createMap = () => /* @__PURE__ */ new Map();
var objectToNumericMap = (object) => {
	const map = /* @__PURE__ */ new Map();
	for (const key of Object.keys(object)) map.set(parseInt(key, 10), object[key]);
	return map;
};
var objectToNumericMapAsync = async (object) => {
	const map = /* @__PURE__ */ new Map();
	let count = 0;
	for (const key of Object.keys(object)) {
		map.set(parseInt(key, 10), object[key]);
		if (++count % 1e3 === 0) await wait(0);
	}
	return map;
};
var wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
// core/contact-index.ts
/**
* The contacts table's search: a MiniSearch index over name, company, headline, title, notes,
* tags and the event met at, kept in step with the records by `sync` (only what changed is
* re-indexed), so a keystroke searches the index, never every record.
*/
var ContactIndex = class {
	index = new MiniSearch({
		fields: [
			"name",
			"company",
			"headline",
			"title",
			"notes",
			"tags",
			"event"
		],
		extractField: (contact, field) => {
			if (field === "tags") return contact.tags.join(" ");
			if (field === "event") return contact.met?.eventName ?? "";
			return String(contact[field] ?? "");
		},
		processTerm: (term) => nameKey(term) || null,
		searchOptions: {
			prefix: true,
			fuzzy: .15,
			combineWith: "AND",
			boost: {
				name: 3,
				company: 2,
				tags: 2
			}
		}
	});
	/** What is indexed: each contact's id and the `updatedAt` it was indexed at. */
	indexed = /* @__PURE__ */ new Map();
	/** Brings the index in step with `contacts`: adds the new, re-indexes the changed, drops the gone. */
	sync(contacts) {
		const seen = /* @__PURE__ */ new Set();
		let added = 0;
		let changed = 0;
		for (const contact of contacts) {
			seen.add(contact.id);
			const at = this.indexed.get(contact.id);
			if (at === void 0) {
				this.index.add(contact);
				added++;
			} else if (at !== contact.updatedAt) {
				this.index.replace(contact);
				changed++;
			} else continue;
			this.indexed.set(contact.id, contact.updatedAt);
		}
		let removed = 0;
		for (const id of [...this.indexed.keys()]) {
			if (seen.has(id)) continue;
			this.index.discard(id);
			this.indexed.delete(id);
			removed++;
		}
		return {
			added,
			changed,
			removed
		};
	}
	/** The ids matching `query`, best first; null for an empty query (no search: everyone). */
	search(query) {
		if (!query.trim()) return null;
		return this.index.search(query).map((result) => String(result.id));
	}
	get size() {
		return this.indexed.size;
	}
};
// core/duplicates.ts
/**
* Records that may be the same person: one profile seen under two keys (one record holds a key
* the other was seen under), a shared email, or the same name (accents and case aside). The
* older record is the one to keep. Each pair once, with its strongest sign.
*/
function duplicatePairs(contacts, limit = 50) {
	const pairs = /* @__PURE__ */ new Map();
	const add = (group, reason) => {
		const sorted = [...group].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
		for (let i = 1; i < sorted.length; i++) {
			const [keep, other] = [sorted[0], sorted[i]];
			const key = [keep.id, other.id].sort().join("|");
			if (!pairs.has(key)) pairs.set(key, {
				keep,
				other,
				reason
			});
		}
	};
	const byEmail = /* @__PURE__ */ new Map();
	const byName = /* @__PURE__ */ new Map();
	const byProfileKey = /* @__PURE__ */ new Map();
	for (const contact of contacts) for (const key of contact.profileKeys) byProfileKey.set(key, contact);
	for (const contact of contacts) {
		for (const key of contact.aliasKeys ?? []) {
			const holder = byProfileKey.get(key);
			if (holder && holder !== contact) add([contact, holder], "sameProfile");
		}
		for (const email of contact.emails) byEmail.set(email, [...byEmail.get(email) ?? [], contact]);
		if (contact.nameKey) byName.set(contact.nameKey, [...byName.get(contact.nameKey) ?? [], contact]);
	}
	for (const group of byEmail.values()) if (group.length > 1) add(group, "sameEmail");
	for (const group of byName.values()) if (group.length > 1) add(group, "sameName");
	return [...pairs.values()].slice(0, limit);
}
// core/contacts-table.ts
function contactState(contact, now, timeZone) {
	if (contact.cadenceDays == null && contact.nextDueAt === void 0) return "noCadence";
	if (isLosingTouch(contact, now, timeZone)) return "losingTouch";
	if (contact.nextDueAt !== void 0 && contact.nextDueAt <= now) return "due";
	return "fresh";
}
var collator = new Intl.Collator(void 0, {
	sensitivity: "base",
	numeric: true
});
/** Compares two contacts on a column; missing values last, whatever the direction. */
function compare(a, b, { key, descending }) {
	const value = (c) => ({
		name: c.name,
		company: c.company,
		lastContact: c.lastContactAt,
		nextDue: c.nextDueAt
	})[key];
	const [x, y] = [value(a), value(b)];
	if (x === void 0 || y === void 0) return x === y ? 0 : x === void 0 ? 1 : -1;
	const order = typeof x === "number" ? x - y : collator.compare(x, y);
	return descending ? -order : order;
}
/** Whether a contact passes every filter set. */
function passes(contact, filters, now, timeZone) {
	if (filters.tag && !contact.tags.includes(filters.tag)) return false;
	if (filters.site && !contact.profiles.some((p) => p.site === filters.site)) return false;
	if (filters.eventId && contact.met?.eventId !== filters.eventId) return false;
	if (filters.neverContacted && contact.lastContactAt !== void 0) return false;
	if (filters.state && contactState(contact, now, timeZone) !== filters.state) return false;
	return true;
}
/**
* The table's rows: the search's matches (best first) or everyone, filtered, then sorted on a
* column when one is chosen (a search without a column keeps its ranking).
*/
function tableRows(contacts, matches, filters, sort, now, timeZone) {
	const rows = (matches ? matches.map((id) => contacts.get(id)).filter((c) => c !== void 0) : [...contacts.values()]).filter((c) => passes(c, filters, now, timeZone));
	const order = sort ?? (matches ? null : {
		key: "name",
		descending: false
	});
	if (order) rows.sort((a, b) => compare(a, b, order) || collator.compare(a.name, b.name));
	return rows;
}
// core/events.ts
/** Whether an event is still to come (or today): its people from earlier editions may be there. */
function isUpcoming(event, today) {
	return event.date !== void 0 && event.date >= today;
}
// storage/events.ts
/** Every event, newest first (the Events section). */
function listEvents() {
	return db.events.orderBy("date").reverse().toArray();
}
/** The people met at an event, through the `met.eventId` index. */
function peopleMetAt(eventId) {
	return db.contacts.where("met.eventId").equals(eventId).sortBy("name");
}
/** How many people were met at each event. */
async function peopleCounts(eventIds) {
	const counts = await Promise.all(eventIds.map(async (id) => [id, await db.contacts.where("met.eventId").equals(id).count()]));
	return new Map(counts);
}
/** People met at the earlier editions of a series (before `beforeDay`): "you may see them again". */
async function peopleOfEarlierEditions(series, beforeDay) {
	const editions = (await db.events.where("series").equals(series).toArray()).filter((e) => e.date !== void 0 && e.date < beforeDay);
	editions.sort((a, b) => b.date.localeCompare(a.date));
	return Promise.all(editions.map(async (event) => ({
		event,
		people: await peopleMetAt(event.id)
	})));
}
// components/dashboard/ContactsSection.tsx
var STATES = {
	fresh: "stateFresh",
	due: "stateDue",
	losingTouch: "stateLosingTouch",
	noCadence: "stateNoCadence"
};
var COLUMNS$1 = [
	{
		key: "name",
		label: "name"
	},
	{
		key: "company",
		label: "company"
	},
	{
		key: "lastContact",
		label: "lastContact"
	},
	{
		key: "nextDue",
		label: "nextDue"
	}
];
var ROW_HEIGHT = 52;
var DUPLICATE_REASONS = {
	sameProfile: "duplicateSameProfile",
	sameEmail: "duplicateSameEmail",
	sameName: "duplicateSameName"
};
/**
* Every contact in one table: search as you type (through the index), filters, sorting on each
* column, a virtualized list that stays smooth at 30,000, and bulk changes to the selection.
*/
function ContactsSection() {
	const id = (0, import_react.useId)();
	const now = useNow();
	const timeZone = systemTimeZone();
	const contacts = useLiveQuery(() => db.contacts.toArray(), []);
	const events = useLiveQuery(() => listEvents(), []);
	const tags = useLiveQuery(async () => await db.contacts.orderBy("tags").uniqueKeys(), []);
	const [query, setQuery] = (0, import_react.useState)("");
	const deferredQuery = (0, import_react.useDeferredValue)(query);
	const [filters, setFilters] = (0, import_react.useState)({});
	const [sort, setSort] = (0, import_react.useState)(null);
	const [selected, setSelected] = (0, import_react.useState)(/* @__PURE__ */ new Set());
	const [bulkTag, setBulkTag] = (0, import_react.useState)("");
	const [done, setDone] = (0, import_react.useState)(null);
	const { busy, error, run } = useAction();
	const index = (0, import_react.useMemo)(() => new ContactIndex(), []);
	const byId = (0, import_react.useMemo)(() => {
		if (!contacts) return null;
		index.sync(contacts);
		return new Map(contacts.map((c) => [c.id, c]));
	}, [contacts, index]);
	const matches = (0, import_react.useMemo)(() => byId ? index.search(deferredQuery) : null, [
		byId,
		index,
		deferredQuery
	]);
	const rows = (0, import_react.useMemo)(() => byId ? tableRows(byId, matches, filters, sort, now, timeZone) : [], [
		byId,
		matches,
		filters,
		sort,
		now,
		timeZone
	]);
	const duplicates = (0, import_react.useMemo)(() => contacts ? duplicatePairs(contacts) : [], [contacts]);
	const [mergedInto, setMergedInto] = (0, import_react.useState)(null);
	const merge = (keep, other) => void run(() => sendCommand("mergeContacts", {
		keepId: keep.id,
		otherId: other.id
	})).then((outcome) => outcome?.ok && setMergedInto({
		keepId: keep.id,
		keep: keep.name,
		other: other.name
	}));
	const unmerge = (keepId) => void run(() => sendCommand("undoMerge", { keepId })).then((outcome) => outcome?.ok && setMergedInto(null));
	const scroller = (0, import_react.useRef)(null);
	const virtualizer = useVirtualizer({
		count: rows.length,
		getScrollElement: () => scroller.current,
		estimateSize: () => ROW_HEIGHT,
		overscan: 10,
		initialRect: {
			width: 900,
			height: 560
		}
	});
	const setFilter = (patch) => setFilters((f) => ({
		...f,
		...patch
	}));
	const sortBy = (key) => setSort((current) => current?.key === key ? {
		key,
		descending: !current.descending
	} : {
		key,
		descending: false
	});
	const toggle = (contactId) => setSelected((s) => {
		const next = new Set(s);
		if (next.has(contactId)) next.delete(contactId);
		else next.add(contactId);
		return next;
	});
	const bulk = (change) => void run(() => sendCommand("bulkEdit", {
		ids: [...selected],
		...change
	})).then((outcome) => outcome?.ok && setDone(t("bulkDone", { count: outcome.value })));
	if (!contacts || !byId) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	const allShownSelected = rows.length > 0 && rows.every((c) => selected.has(c.id));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card contacts",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", {
				id: `${id}-title`,
				children: [
					t("contactsTitle"),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "muted",
						children: contacts.length
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row filters",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field grow",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("search") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "search",
							value: query,
							onChange: (e) => setQuery(e.target.value),
							placeholder: t("searchHelp")
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("tags") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
							value: filters.tag ?? "",
							onChange: (e) => setFilter({ tag: e.target.value || void 0 }),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "",
								children: t("filterAll")
							}), tags?.map((tag) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: tag,
								children: tag
							}, tag))]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("filterSite") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
							value: filters.site ?? "",
							onChange: (e) => setFilter({ site: e.target.value || void 0 }),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "",
								children: t("filterAll")
							}), SITE_IDS.map((site) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: site,
								children: SITES[site].label
							}, site))]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("filterState") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
							value: filters.state ?? "",
							onChange: (e) => setFilter({ state: e.target.value || void 0 }),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "",
								children: t("filterAll")
							}), Object.keys(STATES).map((state) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: state,
								children: t(STATES[state])
							}, state))]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("event") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
							value: filters.eventId ?? "",
							onChange: (e) => setFilter({ eventId: e.target.value || void 0 }),
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "",
								children: t("filterAll")
							}), events?.map((event) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: event.id,
								children: event.name
							}, event.id))]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "check",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "checkbox",
							checked: !!filters.neverContacted,
							onChange: (e) => setFilter({ neverContacted: e.target.checked || void 0 })
						}), t("filterNeverContacted")]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				className: "muted small",
				children: t("contactsShown", { count: rows.length })
			}),
			duplicates.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", {
				className: "duplicates",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("duplicatesTitle", { count: duplicates.length }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "people",
					children: duplicates.map(({ keep, other, reason }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: keep.name }),
						" \u00b7 ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: other.name }),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
							className: "muted small",
							children: ["\u2014 ", t(DUPLICATE_REASONS[reason])]
						}),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							disabled: busy,
							onClick: () => merge(keep, other),
							children: t("mergeButton")
						})
					] }, `${keep.id}|${other.id}`))
				})]
			}),
			mergedInto && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				role: "status",
				children: [
					tRich("mergedInto", {
						other: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: mergedInto.other }),
						keep: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: mergedInto.keep })
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link",
						disabled: busy,
						onClick: () => unmerge(mergedInto.keepId),
						children: t("undo")
					})
				]
			}),
			selected.size > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "bulk row",
				role: "group",
				"aria-label": t("bulkActions", { count: selected.size }),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("bulkActions", { count: selected.size }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						"aria-label": t("bulkTag"),
						placeholder: t("bulkTag"),
						value: bulkTag,
						onChange: (e) => setBulkTag(e.target.value)
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						disabled: busy || !bulkTag.trim(),
						onClick: () => bulk({ addTag: bulkTag }),
						children: t("bulkAddTag")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						disabled: busy || !bulkTag.trim(),
						onClick: () => bulk({ removeTag: bulkTag }),
						children: t("bulkRemoveTag")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "visually-hidden",
						children: t("cadence")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
						"aria-label": t("bulkCadence"),
						value: "",
						disabled: busy,
						onChange: (e) => e.target.value && bulk({ cadenceDays: e.target.value === "none" ? null : Number(e.target.value) }),
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
							value: "",
							children: t("bulkCadence")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CadenceOptions, { current: null })]
					})] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "link",
						onClick: () => setSelected(/* @__PURE__ */ new Set()),
						children: t("bulkClear")
					})
				]
			}),
			done && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "small",
				role: "status",
				children: done
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				role: "table",
				"aria-label": t("contactsTitle"),
				"aria-rowcount": rows.length + 1,
				className: "table",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					role: "row",
					className: "tr th",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							role: "columnheader",
							className: "td check-cell",
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								type: "checkbox",
								"aria-label": t("selectAllShown"),
								checked: allShownSelected,
								onChange: (e) => setSelected(e.target.checked ? /* @__PURE__ */ new Set([...selected, ...rows.map((c) => c.id)]) : /* @__PURE__ */ new Set())
							})
						}),
						COLUMNS$1.map(({ key, label }) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							role: "columnheader",
							className: `td col-${key}`,
							"aria-sort": sort?.key === key ? sort.descending ? "descending" : "ascending" : "none",
							children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "link",
								onClick: () => sortBy(key),
								children: t(label)
							})
						}, key)),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							role: "columnheader",
							className: "td col-sites",
							children: t("profiles")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							role: "columnheader",
							className: "td col-tags",
							children: t("tags")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							role: "columnheader",
							className: "td col-state",
							children: t("filterState")
						})
					]
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					ref: scroller,
					className: "table-body",
					role: "rowgroup",
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
						style: {
							height: virtualizer.getTotalSize(),
							position: "relative"
						},
						children: virtualizer.getVirtualItems().map((item) => {
							const contact = rows[item.index];
							return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactRow, {
								contact,
								top: item.start,
								index: item.index,
								selected: selected.has(contact.id),
								onToggle: toggle,
								now,
								timeZone
							}, contact.id);
						})
					})
				})]
			})
		]
	});
}
function ContactRow({ contact, top, index, selected, onToggle, now, timeZone }) {
	const state = contactState(contact, now, timeZone);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		role: "row",
		"aria-rowindex": index + 2,
		className: "tr",
		style: {
			position: "absolute",
			top: 0,
			left: 0,
			right: 0,
			height: ROW_HEIGHT,
			transform: `translateY(${top}px)`
		},
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td check-cell",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "checkbox",
					"aria-label": t("selectContact", { name: contact.name }),
					checked: selected,
					onChange: () => onToggle(contact.id)
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
				role: "cell",
				className: "td col-name",
				children: [contact.photoUrl ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("img", {
					className: "avatar",
					src: contact.photoUrl,
					alt: "",
					referrerPolicy: "no-referrer"
				}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "avatar",
					"aria-hidden": "true",
					children: firstGrapheme(contact.name)
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
					href: `#contact/${encodeURIComponent(contact.id)}`,
					children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.name })
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td col-company",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: contact.company })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td col-lastContact",
				children: contact.lastContactAt ? formatDay(contact.lastContactAt) : t("lastContactNever")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td col-nextDue",
				children: contact.nextDueAt !== void 0 ? formatDay(contact.nextDueAt) : "\u2014"
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td col-sites",
				children: contact.profiles.map((p) => SITES[p.site].label).join(", ")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: "td col-tags",
				children: contact.tags.join(", ")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
				role: "cell",
				className: `td col-state state-${state}`,
				children: t(STATES[state])
			})
		]
	});
}
// core/backup.ts
/**
* Maille's full backup: every record and the settings, in one JSON file. Versioned: a file from
* a newer Maille is refused (with what to do), an older one is read by its own migration here.
* Checked field by field before anything is written; a problem names where it is.
*/
var BACKUP_FORMAT = "maille-backup";
var str = string();
var optStr = optional(string());
var num = pipe(number(), finite());
var optNum = optional(num);
var base = {
	id: pipe(str, nonEmpty(), maxLength(LIMITS.id)),
	createdAt: num,
	updatedAt: num
};
var profileRef = object({
	site: picklist(SITE_IDS),
	key: str,
	url: str
});
var met = object({
	eventId: optStr,
	eventName: optStr,
	place: optStr,
	date: optStr,
	topic: optStr,
	throughContactId: optStr
});
var contact = object({
	...base,
	name: pipe(str, nonEmpty()),
	nameKey: str,
	headline: optStr,
	company: optStr,
	title: optStr,
	location: optStr,
	photoUrl: optStr,
	emails: array(str),
	tags: array(str),
	language: optional(picklist(LANGUAGES)),
	register: optional(picklist(REGISTERS)),
	notes: pipe(str, maxLength(LIMITS.notes)),
	profiles: array(profileRef),
	profileKeys: array(str),
	aliasKeys: optional(array(str)),
	met: optional(met),
	cadenceDays: nullable(num),
	connectedOn: optStr,
	snoozedUntil: optNum,
	lastContactAt: optNum,
	lastInPersonAt: optNum,
	lunchKey: optNum,
	nextDueAt: optNum,
	dueReason: optional(picklist([
		"follow-up",
		"reconnect",
		"losing-touch",
		"occasion",
		"new-year"
	])),
	dueJob: optional(object({
		company: optStr,
		title: optStr
	}))
});
var interaction = object({
	...base,
	contactId: str,
	kind: picklist(INTERACTION_KINDS),
	at: num,
	summary: str,
	nextStep: optStr
});
var event = object({
	...base,
	name: pipe(str, nonEmpty()),
	nameKey: str,
	series: optStr,
	date: optStr,
	place: optStr,
	notes: optStr
});
var answer = optional(picklist(["yes", "no"]));
var introduction = object({
	...base,
	aId: str,
	bId: str,
	at: num,
	status: picklist(INTRODUCTION_STATUSES),
	note: optStr,
	outcome: optStr,
	askedAAt: optNum,
	askedBAt: optNum,
	aAnswer: answer,
	bAnswer: answer,
	introducedAt: optNum
});
var observation = object({
	...base,
	contactId: str,
	profileKey: str,
	at: num,
	headline: optStr,
	company: optStr,
	title: optStr,
	location: optStr
});
var news = object({
	...base,
	text: str,
	recipients: array(object({
		contactId: str,
		state: picklist([
			"pending",
			"sent",
			"skipped"
		]),
		reason: optional(picklist(["paceGuard", "byHand"])),
		at: optNum
	}))
});
var backupSchema = object({
	format: literal(BACKUP_FORMAT),
	version: literal(1),
	exportedAt: str,
	contacts: array(contact),
	interactions: array(interaction),
	events: array(event),
	introductions: array(introduction),
	observations: array(observation),
	news: array(news),
	/** The settings as stored (checked by their own storage item's migrations when restored). */
	settings: optional(record(string(), unknown()))
});
/** Reads a backup file's text: the backup, or what is wrong with it and where. Nothing is written. */
function readBackup(text) {
	let data;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch {
		return {
			ok: false,
			problem: { kind: "notJson" }
		};
	}
	return checkBackup(data);
}
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
	const result = safeParse(backupSchema, data);
	if (!result.success) return {
		ok: false,
		problem: {
			kind: "invalid",
			where: getDotPath(result.issues[0]) ?? ""
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
/** How many records of each kind a backup holds, to say before restoring. */
function backupCounts(backup) {
	return {
		contacts: backup.contacts.length,
		interactions: backup.interactions.length,
		events: backup.events.length,
		introductions: backup.introductions.length,
		news: backup.news.length
	};
}
/* @license
Papa Parse
v5.7.1
https://github.com/mholt/PapaParse
License: MIT
*/
// core/csv-export.ts
var import_papaparse_min = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	((e, t) => {
		"function" == typeof define && define.amd ? define([], t) : "object" == typeof module && "undefined" != typeof exports ? module.exports = t() : e.Papa = t();
	})(this$1, function r() {
		var n = "undefined" != typeof self ? self : "undefined" != typeof window ? window : void 0 !== n ? n : {};
		var s = !n.document && !!n.postMessage, a = n.IS_PAPA_WORKER || !1, o = {}, h = 0, w = {};
		function q(e) {
			return 65279 === e.charCodeAt(0) ? e.slice(1) : e;
		}
		function u(e) {
			this._handle = null, this._finished = !1, this._completed = !1, this._halted = !1, this._input = null, this._baseIndex = 0, this._partialLine = "", this._rowCount = 0, this._start = 0, this._nextChunk = null, this.isFirstChunk = !0, this._completeResults = {
				data: [],
				errors: [],
				meta: {}
			}, function(e) {
				var t = E(e);
				t.chunkSize = parseInt(t.chunkSize), e.step || e.chunk || (t.chunkSize = null);
				this._handle = new i(t), (this._handle.streamer = this)._config = t;
			}.call(this, e), this.parseChunk = function(t, e) {
				var i = parseInt(this._config.skipFirstNLines) || 0;
				if (this.isFirstChunk && 0 < i) {
					let e = this._config.newline;
					e || (r = this._config.quoteChar || "\"", e = this._handle.guessLineEndings(t, r)), t = [...t.split(e).slice(i)].join(e);
				}
				this.isFirstChunk && U(this._config.beforeFirstChunk) && void 0 !== (r = this._config.beforeFirstChunk(t)) && (t = r), this.isFirstChunk = !1, this._halted = !1;
				var i = this._partialLine + t, r = (this._partialLine = "", this._handle.parse(i, this._baseIndex, !this._finished));
				if (!this._handle.paused() && !this._handle.aborted()) {
					t = r.meta.cursor, i = (this._finished || (this._partialLine = i.substring(t - this._baseIndex), this._baseIndex = t), r && r.data && (this._rowCount += r.data.length), this._finished || this._config.preview && this._rowCount >= this._config.preview);
					if (a) n.postMessage({
						results: r,
						workerId: w.WORKER_ID,
						finished: i
					});
					else if (U(this._config.chunk) && !e) {
						if (this._config.chunk(r, this._handle), this._handle.paused() || this._handle.aborted()) return void (this._halted = !0);
						this._completeResults = r = void 0;
					}
					return this._config.step || this._config.chunk || (this._completeResults.data = this._completeResults.data.concat(r.data), this._completeResults.errors = this._completeResults.errors.concat(r.errors), this._completeResults.meta = r.meta), this._completed || !i || !U(this._config.complete) || r && r.meta.aborted || (this._config.complete(this._completeResults, this._input), this._completed = !0), i || r && r.meta.paused || this._nextChunk(), r;
				}
				this._halted = !0;
			}, this._sendError = function(e) {
				U(this._config.error) ? this._config.error(e) : a && this._config.error && n.postMessage({
					workerId: w.WORKER_ID,
					error: e,
					finished: !1
				});
			};
		}
		function d(e) {
			var r;
			(e = e || {}).chunkSize || (e.chunkSize = w.RemoteChunkSize), u.call(this, e), this._nextChunk = s ? function() {
				this._readChunk(), this._chunkLoaded();
			} : function() {
				this._readChunk();
			}, this.stream = function(e) {
				this._input = e, this._nextChunk();
			}, this._readChunk = function() {
				if (this._finished) this._chunkLoaded();
				else {
					if (r = new XMLHttpRequest(), this._config.withCredentials && (r.withCredentials = this._config.withCredentials), s || (r.onload = m(this._chunkLoaded, this), r.onerror = m(this._chunkError, this)), r.ontimeout = m(this._chunkTimeout, this), r.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !s), this._config.downloadTimeout && !s && (r.timeout = this._config.downloadTimeout), this._config.downloadRequestHeaders) {
						var e, t = this._config.downloadRequestHeaders;
						for (e in t) r.setRequestHeader(e, t[e]);
					}
					var i;
					this._config.chunkSize && (i = this._start + this._config.chunkSize - 1, r.setRequestHeader("Range", "bytes=" + this._start + "-" + i));
					try {
						r.send(this._config.downloadRequestBody);
					} catch (e) {
						this._chunkError(e.message);
					}
					s && 0 === r.status && this._chunkError();
				}
			}, this._chunkLoaded = function() {
				4 === r.readyState && (r.status < 200 || 400 <= r.status ? this._chunkError() : (this._start += this._config.chunkSize || r.responseText.length, this._finished = !this._config.chunkSize || this._start >= ((e) => null !== (e = e.getResponseHeader("Content-Range")) ? parseInt(e.substring(e.lastIndexOf("/") + 1)) : -1)(r), this.parseChunk(r.responseText)));
			}, this._chunkError = function(e) {
				e = r.statusText || e;
				this._sendError(new Error(e));
			}, this._chunkTimeout = function() {
				this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
			};
		}
		function l(e) {
			(e = e || {}).chunkSize || (e.chunkSize = w.LocalChunkSize), u.call(this, e);
			var i, r, n = "undefined" != typeof FileReader;
			this.stream = function(e) {
				this._input = e, r = e.slice || e.webkitSlice || e.mozSlice, n ? ((i = new FileReader()).onload = m(this._chunkLoaded, this), i.onerror = m(this._chunkError, this)) : i = new FileReaderSync(), this._nextChunk();
			}, this._nextChunk = function() {
				this._finished || this._config.preview && !(this._rowCount < this._config.preview) || this._readChunk();
			}, this._readChunk = function() {
				var e = this._input, t = (this._config.chunkSize && (t = Math.min(this._start + this._config.chunkSize, this._input.size), e = r.call(e, this._start, t)), i.readAsText(e, this._config.encoding));
				n || this._chunkLoaded({ target: { result: t } });
			}, this._chunkLoaded = function(e) {
				this._start += this._config.chunkSize, this._finished = !this._config.chunkSize || this._start >= this._input.size, this.parseChunk(e.target.result);
			}, this._chunkError = function() {
				this._sendError(i.error);
			};
		}
		function f(e) {
			var i;
			u.call(this, e = e || {}), this.stream = function(e) {
				return i = e, this._nextChunk();
			}, this._nextChunk = function() {
				var e, t;
				if (!this._finished) return e = this._config.chunkSize, i = e ? (t = i.substring(0, e), i.substring(e)) : (t = i, ""), this._finished = !i, this.parseChunk(t);
			};
		}
		function c(e) {
			u.call(this, e = e || {});
			var t = [], i = !0, r = !1;
			this.pause = function() {
				u.prototype.pause.apply(this, arguments), this._input.pause();
			}, this.resume = function() {
				u.prototype.resume.apply(this, arguments), this._input.resume();
			}, this.stream = function(e) {
				this._input = e, this._input.on("data", this._streamData), this._input.on("end", this._streamEnd), this._input.on("error", this._streamError);
			}, this._checkIsFinished = function() {
				r && 1 === t.length && (this._finished = !0);
			}, this._nextChunk = function() {
				this._checkIsFinished(), t.length ? this.parseChunk(t.shift()) : i = !0;
			}, this._streamData = m(function(e) {
				try {
					t.push("string" == typeof e ? e : e.toString(this._config.encoding)), i && (i = !1, this._checkIsFinished(), this.parseChunk(t.shift()));
				} catch (e) {
					this._streamError(e);
				}
			}, this), this._streamError = m(function(e) {
				this._streamCleanUp(), this._sendError(e);
			}, this), this._streamEnd = m(function() {
				this._streamCleanUp(), r = !0, this._streamData("");
			}, this), this._streamCleanUp = m(function() {
				this._input.removeListener("data", this._streamData), this._input.removeListener("end", this._streamEnd), this._input.removeListener("error", this._streamError);
			}, this);
		}
		function i(m) {
			var n, s, a, t, o = Math.pow(2, 53), h = -o, u = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/, d = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/, i = this, r = 0, l = 0, f = !1, e = !1, c = [], p = {
				data: [],
				errors: [],
				meta: {}
			};
			function y(e) {
				return "greedy" === m.skipEmptyLines ? "" === e.join("").trim() : 1 === e.length && 0 === e[0].length;
			}
			function _() {
				if (p && a && (k("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + w.DefaultDelimiter + "'"), a = !1), m.skipEmptyLines && (p.data = p.data.filter(function(e) {
					return !y(e);
				})), g()) {
					if (p) if (Array.isArray(p.data[0])) {
						for (var e = 0; g() && e < p.data.length; e++) p.data[e].forEach(t);
						p.data.splice(0, 1);
					} else p.data.forEach(t);
					function t(e) {
						c.push(e);
					}
				}
				function i(e, t) {
					for (var i = m.header ? {} : [], r = 0; r < e.length; r++) {
						var n = r, s = e[r], s = ((e, t) => ((e) => (m.dynamicTypingFunction && void 0 === m.dynamicTyping[e] && (m.dynamicTyping[e] = m.dynamicTypingFunction(e)), !0 === (m.dynamicTyping[e] || m.dynamicTyping)))(e) ? "true" === t || "TRUE" === t || "false" !== t && "FALSE" !== t && (((e) => {
							if (u.test(e)) {
								e = parseFloat(e);
								if (h < e && e < o) return 1;
							}
						})(t) ? parseFloat(t) : d.test(t) ? new Date(t) : "" === t ? null : t) : t)(n = m.header ? r >= c.length ? "__parsed_extra" : c[r] : n, s = m.transform ? m.transform(s, n) : s);
						"__parsed_extra" === n ? (i[n] = i[n] || [], i[n].push(s)) : i[n] = s;
					}
					return m.header && (r > c.length ? k("FieldMismatch", "TooManyFields", "Too many fields: expected " + c.length + " fields but parsed " + r, l + t) : r < c.length && k("FieldMismatch", "TooFewFields", "Too few fields: expected " + c.length + " fields but parsed " + r, l + t)), i;
				}
				var r;
				p && (m.header || m.dynamicTyping || m.transform) && (r = 1, !p.data.length || Array.isArray(p.data[0]) ? (p.data = p.data.map(i), r = p.data.length) : p.data = i(p.data, 0), m.header && p.meta && (p.meta.fields = c), l += r);
			}
			function g() {
				return m.header && 0 === c.length;
			}
			function k(e, t, i, r) {
				e = {
					type: e,
					code: t,
					message: i
				};
				void 0 !== r && (e.row = r), p.errors.push(e);
			}
			U(m.step) && (t = m.step, m.step = function(e) {
				p = e, g() ? _() : (_(), 0 !== p.data.length && (r += e.data.length, m.preview && r > m.preview ? s.abort() : (p.data = p.data[0], t(p, i))));
			}), this.parse = function(e, t, i) {
				var r = m.quoteChar || "\"", r = (m.newline || (m.newline = this.guessLineEndings(e, r)), a = !1, m.delimiter ? U(m.delimiter) && (m.delimiter = m.delimiter(e), p.meta.delimiter = m.delimiter) : ((r = ((e, t, i, r, n) => {
					var s, a, o, h;
					n = n || [
						",",
						"	",
						"|",
						";",
						w.RECORD_SEP,
						w.UNIT_SEP
					];
					for (var u = 0; u < n.length; u++) {
						for (var d, l = n[u], f = 0, c = 0, p = 0, _ = (o = void 0, new b({
							comments: r,
							delimiter: l,
							newline: t,
							preview: 10
						}).parse(e)), g = 0; g < _.data.length; g++) i && y(_.data[g]) ? p++ : (d = _.data[g].length, c += d, void 0 === o ? o = d : 0 < d && (f += Math.abs(d - o), o = d));
						0 < _.data.length && (c /= _.data.length - p), 1.99 < c && (void 0 === a || f < a || f === a && h < c) && (a = f, s = l, h = c);
					}
					return {
						successful: !!(m.delimiter = s),
						bestDelimiter: s
					};
				})(e, m.newline, m.skipEmptyLines, m.comments, m.delimitersToGuess)).successful ? m.delimiter = r.bestDelimiter : (a = !0, m.delimiter = w.DefaultDelimiter), p.meta.delimiter = m.delimiter), E(m));
				return r.header = g(), m.preview && m.header && r.preview++, n = e, s = new b(r), p = s.parse(n, t, i), _(), f ? { meta: { paused: !0 } } : p || { meta: { paused: !1 } };
			}, this.paused = function() {
				return f;
			}, this.pause = function() {
				f = !0, s.abort(), n = U(m.chunk) ? "" : n.substring(s.getCharIndex());
			}, this.resume = function() {
				i.streamer._halted ? (f = !1, i.streamer.parseChunk(n, !0)) : setTimeout(i.resume, 3);
			}, this.aborted = function() {
				return e;
			}, this.abort = function() {
				e = !0, s.abort(), p.meta.aborted = !0, U(m.complete) && m.complete(p), n = "";
			}, this.guessLineEndings = function(e, t) {
				e = e.substring(0, 1048576);
				var t = new RegExp(P(t) + "([^]*?)" + P(t), "gm"), i = (e = e.replace(t, "")).split("\r"), t = e.split("\n"), e = 1 < t.length && t[0].length < i[0].length;
				if (1 === i.length || e) return "\n";
				for (var r = 0, n = 0; n < i.length; n++) "\n" === i[n][0] && r++;
				return r >= i.length / 2 ? "\r\n" : "\r";
			};
		}
		function P(e) {
			return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		}
		function b(C) {
			var S = (C = C || {}).delimiter, O = C.newline, x = C.comments, T = C.step, I = C.preview, A = C.fastMode, D = null, L = !1, F = null == C.quoteChar ? "\"" : C.quoteChar, z = F;
			if (void 0 !== C.escapeChar && (z = C.escapeChar), ("string" != typeof S || -1 < w.BAD_DELIMITERS.indexOf(S)) && (S = ","), x === S) throw new Error("Comment character same as delimiter");
			!0 === x ? x = "#" : ("string" != typeof x || -1 < w.BAD_DELIMITERS.indexOf(x)) && (x = !1), "\n" !== O && "\r" !== O && "\r\n" !== O && (O = "\n");
			var M = 0, j = !1;
			this.parse = function(i, t, r) {
				if ("string" != typeof i) throw new Error("Input must be a string");
				var n = i.length, e = S.length, s = O.length, a = x.length, o = U(T), h = [], u = [], d = [], l = M = 0;
				if (!i) return v();
				if (A || !1 !== A && -1 === i.indexOf(F)) {
					for (var f = i.split(O), c = 0; c < f.length; c++) {
						if (d = f[c], M += d.length, c !== f.length - 1) M += O.length;
						else if (r) return v();
						if (!x || d.substring(0, a) !== x) {
							if (o) {
								if (h = [], k(d.split(S)), R(), j) return v();
							} else k(d.split(S));
							if (I && I <= c) return h = h.slice(0, I), v(!0);
						}
					}
					return v();
				}
				for (var p = i.indexOf(S, M), _ = i.indexOf(O, M), g = new RegExp(P(z) + P(F), "g"), m = i.indexOf(F, M);;) if (i[M] === F) for (m = M, M++;;) {
					if (-1 === (m = i.indexOf(F, m + 1))) return r || u.push({
						type: "Quotes",
						code: "MissingQuotes",
						message: "Quoted field unterminated",
						row: h.length,
						index: M
					}), b();
					if (m === n - 1) return b(i.substring(M, m).replace(g, F));
					if (F === z && i[m + 1] === z) m++;
					else if (F === z || 0 === m || i[m - 1] !== z) {
						-1 !== p && p < m + 1 && (p = i.indexOf(S, m + 1));
						var y = w(-1 === (_ = -1 !== _ && _ < m + 1 ? i.indexOf(O, m + 1) : _) ? p : Math.min(p, _));
						if (i.substr(m + 1 + y, e) === S) {
							d.push(i.substring(M, m).replace(g, F)), i[M = m + 1 + y + e] !== F && (m = i.indexOf(F, M)), -1 !== p && p < M && (p = i.indexOf(S, M)), -1 !== _ && _ < M && (_ = i.indexOf(O, M));
							break;
						}
						y = w(_);
						if (i.substring(m + 1 + y, m + 1 + y + s) === O) {
							if (d.push(i.substring(M, m).replace(g, F)), E(m + 1 + y + s), -1 !== p && p < M && (p = i.indexOf(S, M)), m = i.indexOf(F, M), o && (R(), j)) return v();
							if (I && h.length >= I) return v(!0);
							break;
						}
						u.push({
							type: "Quotes",
							code: "InvalidQuotes",
							message: "Trailing quote on quoted field is malformed",
							row: h.length,
							index: M
						}), m++;
					}
				}
				else if (x && 0 === d.length && i.substring(M, M + a) === x) {
					if (-1 === _) return v();
					M = _ + s, _ = i.indexOf(O, M), -1 !== p && p < M && (p = i.indexOf(S, M));
				} else if (-1 !== p && (p < _ || -1 === _)) d.push(i.substring(M, p)), M = p + e, p = i.indexOf(S, M);
				else {
					if (-1 === _) break;
					if (d.push(i.substring(M, _)), E(_ + s), o && (R(), j)) return v();
					if (I && h.length >= I) return v(!0);
				}
				return b();
				function k(e) {
					h.push(e), l = M;
				}
				function w(e) {
					var t = 0;
					return t = -1 !== e && (e = i.substring(m + 1, e)) && "" === e.trim() ? e.length : t;
				}
				function b(e) {
					return r || (void 0 === e && (e = i.substring(M)), d.push(e), M = n, k(d), o && R()), v();
				}
				function E(e) {
					M = e, k(d), d = [], _ = i.indexOf(O, M);
				}
				function v(e) {
					if (C.header && !t && h.length && !L) {
						var s = h[0], a = Object.create(null), o = new Set(s);
						let n = !1;
						for (let r = 0; r < s.length; r++) {
							let i = q(s[r]);
							if (a[i = U(C.transformHeader) ? C.transformHeader(i, r) : i]) {
								let e, t = a[i];
								for (; e = i + "_" + t, t++, o.has(e););
								o.add(e), s[r] = e, a[i]++, n = !0, (D = null === D ? {} : D)[e] = i;
							} else a[i] = 1, s[r] = i;
							o.add(i);
						}
						n && console.warn("Duplicate headers found and renamed."), L = !0;
					}
					return {
						data: h,
						errors: u,
						meta: {
							delimiter: S,
							linebreak: O,
							aborted: j,
							truncated: !!e,
							cursor: l + (t || 0),
							renamedHeaders: D
						}
					};
				}
				function R() {
					T(v()), h = [], u = [];
				}
			}, this.abort = function() {
				j = !0;
			}, this.getCharIndex = function() {
				return M;
			};
		}
		function p(e) {
			var t = e.data, i = o[t.workerId], r = !1;
			if (t.error) i.userError(t.error, t.file);
			else if (t.results && t.results.data) {
				var n = {
					abort: function() {
						r = !0, _(t.workerId, {
							data: [],
							errors: [],
							meta: { aborted: !0 }
						});
					},
					pause: g,
					resume: g
				};
				if (U(i.userStep)) {
					for (var s = 0; s < t.results.data.length && (i.userStep({
						data: t.results.data[s],
						errors: t.results.errors,
						meta: t.results.meta
					}, n), !r); s++);
					delete t.results;
				} else U(i.userChunk) && (i.userChunk(t.results, n, t.file), delete t.results);
			}
			t.finished && !r && _(t.workerId, t.results);
		}
		function _(e, t) {
			var i = o[e];
			U(i.userComplete) && i.userComplete(t), i.terminate(), delete o[e];
		}
		function g() {
			throw new Error("Not implemented.");
		}
		function E(e) {
			if ("object" != typeof e || null === e) return e;
			var t, i = Array.isArray(e) ? [] : {};
			for (t in e) i[t] = E(e[t]);
			return i;
		}
		function m(e, t) {
			return function() {
				e.apply(t, arguments);
			};
		}
		function U(e) {
			return "function" == typeof e;
		}
		return w.parse = function(e, t) {
			var i = (t = t || {}).dynamicTyping || !1;
			U(i) && (t.dynamicTypingFunction = i, i = {});
			if (t.dynamicTyping = i, t.transform = !!U(t.transform) && t.transform, void 0 !== t.downloadTimeout) {
				var i = parseInt(t.downloadTimeout);
				if (isNaN(i)) throw new Error("Config downloadTimeout value (" + t.downloadTimeout + ") not parsable by parseInt(val).");
				t.downloadTimeout = i;
			}
			if (!t.worker || !w.WORKERS_SUPPORTED) return i = null, w.NODE_STREAM_INPUT, "string" == typeof e ? (e = q(e), i = new (t.download ? d : f)(t)) : !0 === e.readable && U(e.read) && U(e.on) ? i = new c(t) : (n.File && e instanceof File || e instanceof Object) && (i = new l(t)), i.stream(e);
			(i = (() => {
				var e;
				return !!w.WORKERS_SUPPORTED && (e = (() => {
					var e = n.URL || n.webkitURL || null, t = r.toString();
					return w.BLOB_URL || (w.BLOB_URL = e.createObjectURL(new Blob([
						"var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ",
						"(",
						t,
						")();"
					], { type: "text/javascript" })));
				})(), (e = new n.Worker(e)).onmessage = p, e.id = h++, o[e.id] = e);
			})()).userStep = t.step, i.userChunk = t.chunk, i.userComplete = t.complete, i.userError = t.error, t.step = U(t.step), t.chunk = U(t.chunk), t.complete = U(t.complete), t.error = U(t.error), delete t.worker, i.postMessage({
				input: e,
				config: t,
				workerId: i.id
			});
		}, w.unparse = function(e, t) {
			var s = !1, g = !0, m = ",", y = "\r\n", a = "\"", o = a + a, i = !1, r = null, h = !1, u = ((() => {
				if ("object" == typeof t) {
					if ("string" != typeof t.delimiter || w.BAD_DELIMITERS.filter(function(e) {
						return -1 !== t.delimiter.indexOf(e);
					}).length || (m = t.delimiter), "boolean" != typeof t.quotes && "function" != typeof t.quotes && !Array.isArray(t.quotes) || (s = t.quotes), "boolean" != typeof t.skipEmptyLines && "string" != typeof t.skipEmptyLines || (i = t.skipEmptyLines), "string" == typeof t.newline && (y = t.newline), "string" == typeof t.quoteChar && (a = t.quoteChar, o = a + a), "boolean" == typeof t.header && (g = t.header), Array.isArray(t.columns)) {
						if (0 === t.columns.length) throw new Error("Option columns is empty");
						r = t.columns;
					}
					void 0 !== t.escapeChar && (o = t.escapeChar + a), t.escapeFormulae instanceof RegExp ? h = t.escapeFormulae : "boolean" == typeof t.escapeFormulae && t.escapeFormulae && (h = /^[=+\-@\t\r].*$/);
				}
			})(), new RegExp(P(a), "g"));
			"string" == typeof e && (e = JSON.parse(e));
			if (Array.isArray(e)) {
				if (!e.length) return n(r, e, i);
				if (Array.isArray(e[0])) return n(null, e, i);
				if ("object" == typeof e[0]) return n(r || Object.keys(e[0]), e, i);
			} else if ("object" == typeof e) return "string" == typeof e.data && (e.data = JSON.parse(e.data)), Array.isArray(e.data) && (e.fields || (e.fields = e.meta && e.meta.fields || r), e.fields || (e.fields = Array.isArray(e.data[0]) ? e.fields : "object" == typeof e.data[0] ? Object.keys(e.data[0]) : []), Array.isArray(e.data[0]) || "object" == typeof e.data[0] || (e.data = [e.data])), n(e.fields || [], e.data || [], i);
			throw new Error("Unable to serialize unrecognized input");
			function n(e, t, i) {
				var r = "", n = ("string" == typeof e && (e = JSON.parse(e)), "string" == typeof t && (t = JSON.parse(t)), Array.isArray(e) && 0 < e.length), s = !Array.isArray(t[0]);
				if (n && g) {
					for (var a = 0; a < e.length; a++) 0 < a && (r += m), r += k(e[a], a);
					0 < t.length && (r += y);
				}
				for (var o = 0; o < t.length; o++) {
					var h = (n ? e : t[o]).length, u = !1, d = n ? 0 === Object.keys(t[o]).length : 0 === t[o].length;
					if (i && !n && (u = "greedy" === i ? "" === t[o].join("").trim() : 1 === t[o].length && (null == t[o][0] || 0 === t[o][0].length)), "greedy" === i && n) {
						for (var l = [], f = 0; f < h; f++) {
							var c = s ? e[f] : f;
							l.push(t[o][c]);
						}
						u = "" === l.join("").trim();
					}
					if (!u) {
						for (var p = 0; p < h; p++) {
							0 < p && !d && (r += m);
							var _ = n && s ? e[p] : p;
							r += k(t[o][_], p);
						}
						o < t.length - 1 && (!i || 0 < h && !d) && (r += y);
					}
				}
				return r;
			}
			function k(e, t) {
				var i, r, n;
				return null == e ? "" : e.constructor === Date ? isNaN(e.getTime()) ? "" : e.toISOString() : (n = !1, i = e.toString(), h && "number" != typeof e && "bigint" != typeof e && "boolean" != typeof e && h.test(i) && (e = i = "'" + i, n = !0), r = i.replace(u, o), (n = n || !0 === s || "function" == typeof s && s(e, t) || Array.isArray(s) && s[t] || ((e, t) => {
					for (var i = 0; i < t.length; i++) if (-1 < e.indexOf(t[i])) return !0;
					return !1;
				})(r, w.BAD_DELIMITERS) || -1 < r.indexOf(m) || -1 < i.indexOf(a) || " " === r.charAt(0) || " " === r.charAt(r.length - 1)) ? a + r + a : r);
			}
		}, w.RECORD_SEP = String.fromCharCode(30), w.UNIT_SEP = String.fromCharCode(31), w.BYTE_ORDER_MARK = "\ufeff", w.BAD_DELIMITERS = [
			"\r",
			"\n",
			"\"",
			w.BYTE_ORDER_MARK
		], w.WORKERS_SUPPORTED = !s && !!n.Worker, w.NODE_STREAM_INPUT = 1, w.LocalChunkSize = 10485760, w.RemoteChunkSize = 5242880, w.DefaultDelimiter = ",", w.Parser = b, w.ParserHandle = i, w.NetworkStreamer = d, w.FileStreamer = l, w.StringStreamer = f, w.ReadableStreamStreamer = c, a && (n.onmessage = function(e) {
			e = e.data;
			void 0 === w.WORKER_ID && e && (w.WORKER_ID = e.workerId);
			"string" == typeof e.input ? n.postMessage({
				workerId: w.WORKER_ID,
				results: w.parse(e.input, e.config),
				finished: !0
			}) : (n.File && e.input instanceof File || e.input instanceof Object) && (e = w.parse(e.input, e.config)) && n.postMessage({
				workerId: w.WORKER_ID,
				results: e,
				finished: !0
			});
		}), (d.prototype = Object.create(u.prototype)).constructor = d, (l.prototype = Object.create(u.prototype)).constructor = l, (f.prototype = Object.create(f.prototype)).constructor = f, (c.prototype = Object.create(u.prototype)).constructor = c, w;
	});
})))(), 1);
/**
* A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
* first: `=HYPERLINK(\u2026)`) gets a leading apostrophe, which shows as text. Text from pages and
* imports is untrusted: a name must never become a formula in someone's spreadsheet.
*/
function neutraliseFormula(cell) {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
var COLUMNS = [
	"Name",
	"Company",
	"Title",
	"Headline",
	"Location",
	"Emails",
	"Tags",
	"LinkedIn",
	"Viadeo",
	"XING",
	"Last contact",
	"Next due",
	"Cadence (days)",
	"Notes"
];
/** A day as spreadsheets read it everywhere, `YYYY-MM-DD` (UTC), or empty. */
function day(at) {
	return at === void 0 ? "" : new Date(at).toISOString().slice(0, 10);
}
/**
* The contacts as a CSV file for LibreOffice and Excel: UTF-8 with a byte-order mark (Excel reads
* the accents), CRLF line ends, every cell quoted when it needs to be, formulas neutralised.
*/
function contactsCsv(contacts) {
	const rows = contacts.map((c) => {
		const profile = (site) => c.profiles.find((p) => p.site === site)?.url ?? "";
		return [
			c.name,
			c.company ?? "",
			c.title ?? "",
			c.headline ?? "",
			c.location ?? "",
			c.emails.join(", "),
			c.tags.join(", "),
			profile("linkedin"),
			profile("viadeo"),
			profile("xing"),
			day(c.lastContactAt),
			day(c.nextDueAt),
			c.cadenceDays == null ? "" : String(c.cadenceDays),
			c.notes
		].map(neutraliseFormula);
	});
	return `\uFEFF${import_papaparse_min.default.unparse({
		fields: [...COLUMNS],
		data: rows
	}, {
		newline: "\r\n",
		quotes: false
	})}\r\n`;
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
/** Every record, as a backup (the settings are added by the page, which reads them). */
async function exportRecords(now) {
	return db.transaction("r", TABLES, async () => ({
		format: BACKUP_FORMAT,
		version: 1,
		exportedAt: new Date(now).toISOString(),
		contacts: await db.contacts.toArray(),
		interactions: await db.interactions.toArray(),
		events: await db.events.toArray(),
		introductions: await db.introductions.toArray(),
		observations: await db.observations.toArray(),
		news: await db.news.toArray()
	}));
}
/** How many records there are of each kind (said before deleting everything). */
async function recordCounts() {
	const [contacts, interactions, events, introductions, news] = await Promise.all([
		db.contacts.count(),
		db.interactions.count(),
		db.events.count(),
		db.introductions.count(),
		db.news.count()
	]);
	return {
		contacts,
		interactions,
		events,
		introductions,
		news
	};
}
// components/dashboard/FileImport.tsx
/** Rows per message: one write transaction in the background each (at most `LIMITS.importBatch`). */
var BATCH = 1e3;
/**
* An import from files: read here, sent in batches (one transaction each) with a progress bar,
* then a summary \u2014 added, updated, and each line left out or read in part, with why. A file that
* is not of the kind changes nothing; a batch refused stops the import where it is (what was
* imported stays, and importing again duplicates nobody).
*/
function FileImport({ title, help, label, accept, multiple, read, send, skipReason }) {
	const id = (0, import_react.useId)();
	const [progress, setProgress] = (0, import_react.useState)(null);
	const [summary, setSummary] = (0, import_react.useState)(null);
	const [problem, setProblem] = (0, import_react.useState)(null);
	const load = async (files) => {
		setSummary(null);
		setProblem(null);
		setProgress(null);
		if (!files.length) return;
		const batches = [];
		const total = {
			added: 0,
			updated: 0,
			notes: []
		};
		const named = files.length > 1;
		for (const file of files) {
			const parsed = read(await file.text(), file.name);
			if (!parsed.ok) return setProblem(named ? t("importFileProblem", {
				file: file.name,
				problem: t(parsed.problem)
			}) : t(parsed.problem));
			total.notes.push(...parsed.notes.map((note) => named ? {
				...note,
				file: file.name
			} : note));
			for (let start = 0; start < parsed.rows.length; start += BATCH) batches.push({
				file: named ? file.name : void 0,
				rows: parsed.rows.slice(start, start + BATCH)
			});
		}
		const count = batches.reduce((sum, batch) => sum + batch.rows.length, 0);
		let done = 0;
		setProgress({
			done,
			total: count
		});
		for (const batch of batches) {
			const outcome = await send(batch.rows);
			if (!outcome.ok) {
				setProblem(refusalText(outcome.refusal));
				break;
			}
			total.added += outcome.value.added;
			total.updated += outcome.value.updated;
			total.notes.push(...outcome.value.skipped.map((skip) => ({
				file: batch.file,
				line: skip.line,
				reason: skipReason(skip.reason)
			})));
			done += batch.rows.length;
			setProgress({
				done,
				total: count
			});
		}
		total.notes.sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.line - b.line);
		setSummary(total);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: `${id}-title`,
				children: t(title)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t(help)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t(label) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "file",
					accept,
					multiple,
					onChange: (e) => void load([...e.target.files ?? []])
				})]
			}),
			progress && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
					htmlFor: `${id}-progress`,
					children: t("importProgress", progress)
				}),
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("progress", {
					id: `${id}-progress`,
					max: progress.total || 1,
					value: progress.done
				})
			] }),
			problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: problem
			}),
			summary && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				role: "status",
				className: "confirm",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("importSummary", {
					added: summary.added,
					updated: summary.updated,
					notes: summary.notes.length
				}) }), summary.notes.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "small",
					children: summary.notes.map((note, index) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: note.file ? t("importFileLine", {
						file: note.file,
						line: note.line,
						reason: t(note.reason)
					}) : t("importLine", {
						line: note.line,
						reason: t(note.reason)
					}) }, index))
				})]
			})
		]
	});
}
// components/dashboard/CardsImport.tsx
var REASONS$1 = {
	badLine: "vcardBadLine",
	unfinishedCard: "vcardUnfinished",
	badCard: "vcardBadCard",
	noName: "importNoName",
	tooLong: "importTooLong"
};
function read$1(text) {
	const parsed = parseVCards(text);
	if (!parsed.ok) return {
		ok: false,
		problem: "vcardNoCard"
	};
	return {
		ok: true,
		rows: parsed.cards,
		notes: parsed.problems.map((p) => ({
			line: p.line,
			reason: REASONS$1[p.reason]
		}))
	};
}
/** vCards from a phone or an address book: one file or many, several cards each. */
function CardsImport() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FileImport, {
		title: "vcardImport",
		help: "vcardImportHelp",
		label: "vcardFiles",
		accept: ".vcf,.vcard,text/vcard,text/x-vcard",
		multiple: true,
		read: read$1,
		send: (cards) => sendCommand("importCards", { cards }),
		skipReason: () => "importNotLinkedInUrl"
	});
}
// core/linkedin-connections.ts
var HEADER = [
	"first name",
	"last name",
	"url",
	"email address",
	"company",
	"position",
	"connected on"
];
var MONTHS = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12,
	janv: 1,
	"f\u00e9vr": 2,
	fevr: 2,
	mars: 3,
	avr: 4,
	mai: 5,
	juin: 6,
	juil: 7,
	"ao\u00fbt": 8,
	aout: 8,
	"d\u00e9c": 12
};
/** "12 Jan 2024" (or "12 janv. 2024") as `YYYY-MM-DD`; undefined when it is not such a date. */
function connectionDate(text) {
	const m = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(text.trim());
	const month = m && MONTHS[m[2].toLowerCase()];
	if (!m || !month) return void 0;
	const [day, year] = [Number(m[1]), Number(m[3])];
	if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || year < 1900) return void 0;
	return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
/** Reads the file's text: its rows, and the lines left out with why; or why it is not that file. */
function parseConnections(text) {
	const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
	const headerIndex = lines.findIndex((line) => {
		const cells = line.split(",").map((cell) => cell.trim().replace(/^"|"$/g, "").toLowerCase());
		return HEADER.slice(0, 3).every((name, i) => cells[i] === name);
	});
	if (headerIndex < 0) return {
		ok: false,
		problem: "noHeader"
	};
	const body = lines.slice(headerIndex).join("\n");
	const rows = [];
	const problems = [];
	let columns = null;
	let cursor = 0;
	let newlines = 0;
	import_papaparse_min.default.parse(body, {
		skipEmptyLines: "greedy",
		step: (result) => {
			let start = cursor;
			while (body[start] === "\n") start++;
			for (let i = cursor; i < start; i++) newlines++;
			const line = headerIndex + 1 + newlines;
			for (let i = start; i < result.meta.cursor; i++) if (body[i] === "\n") newlines++;
			cursor = result.meta.cursor;
			if (!columns) {
				columns = result.data.map((name) => name.trim().toLowerCase());
				return;
			}
			if (result.errors.some((error) => error.type === "Quotes")) {
				problems.push({
					line,
					reason: "badQuoting"
				});
				return;
			}
			const cells = Object.fromEntries(columns.map((name, index) => [name, result.data[index] ?? ""]));
			if (result.data.some((value) => value.length > LIMITS.notes)) {
				problems.push({
					line,
					reason: "tooLong"
				});
				return;
			}
			const name = cleanText([cells["first name"], cells["last name"]].filter(Boolean).join(" "), LIMITS.name);
			if (!name) {
				problems.push({
					line,
					reason: "noName"
				});
				return;
			}
			const dateText = cells["connected on"]?.trim();
			const connectedOn = dateText ? connectionDate(dateText) : void 0;
			if (dateText && !connectedOn) problems.push({
				line,
				reason: "badDate"
			});
			const url = cells.url?.trim();
			rows.push({
				line,
				name,
				url: url ? capText(url, LIMITS.url) : void 0,
				email: cells["email address"]?.trim() || void 0,
				company: cleanText(cells.company, LIMITS.line),
				position: cleanText(cells.position, LIMITS.line),
				connectedOn
			});
		}
	});
	return {
		ok: true,
		rows,
		problems
	};
}
// components/dashboard/ConnectionsImport.tsx
var REASONS = {
	noName: "importNoName",
	badDate: "importBadDate",
	tooLong: "importTooLong",
	badQuoting: "importBadQuoting"
};
function read(text) {
	const parsed = parseConnections(text);
	if (!parsed.ok) return {
		ok: false,
		problem: "importNoHeader"
	};
	return {
		ok: true,
		rows: parsed.rows,
		notes: parsed.problems.map((p) => ({
			line: p.line,
			reason: REASONS[p.reason]
		}))
	};
}
/** LinkedIn's own export of your connections. */
function ConnectionsImport() {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(FileImport, {
		title: "importConnections",
		help: "importConnectionsHelp",
		label: "importConnectionsFile",
		accept: ".csv,text/csv",
		read,
		send: (rows) => sendCommand("importConnections", { rows }),
		skipReason: () => "importNotLinkedInUrl"
	});
}
// components/dashboard/DataSection.tsx
/**
* Data in and out: a full backup to download, a backup to restore (checked before anything is
* written; all of it or nothing), and deleting everything after saying exactly what.
*/
function DataSection() {
	const id = (0, import_react.useId)();
	const counts = useLiveQuery(() => recordCounts(), []);
	const [status, setStatus] = (0, import_react.useState)(null);
	const [problem, setProblem] = (0, import_react.useState)(null);
	const [pending, setPending] = (0, import_react.useState)(null);
	const [confirmDelete, setConfirmDelete] = (0, import_react.useState)(false);
	const { busy, error, run } = useAction();
	const exportAll = async () => {
		const backup = {
			...await exportRecords(Date.now()),
			settings: { ...await settingsItem.getValue() }
		};
		const file = `maille-backup-${toLocalDay(Date.now())}.json`;
		download(file, JSON.stringify(backup, null, 1), "application/json");
		setStatus(t("backupExported", { file }));
	};
	const exportCsv = async () => {
		const file = `maille-contacts-${toLocalDay(Date.now())}.csv`;
		download(file, contactsCsv(await db.contacts.orderBy("name").toArray()), "text/csv;charset=utf-8");
		setStatus(t("backupExported", { file }));
	};
	const exportCards = async () => {
		const file = `maille-contacts-${toLocalDay(Date.now())}.vcf`;
		download(file, vcardsOf(await db.contacts.orderBy("name").toArray()), "text/vcard;charset=utf-8");
		setStatus(t("backupExported", { file }));
	};
	const choose = async (file) => {
		setPending(null);
		setProblem(null);
		setStatus(null);
		if (!file) return;
		const read = readBackup(await file.text());
		if (read.ok) setPending(read.backup);
		else setProblem(backupProblemText(read.problem));
	};
	const restore = () => void run(() => sendCommand("restoreBackup", { backup: pending })).then((outcome) => {
		if (!outcome?.ok) return;
		setPending(null);
		setStatus(t("backupRestored"));
	});
	const deleteAll = () => void run(() => sendCommand("deleteAllData", { confirm: true })).then((outcome) => {
		if (!outcome?.ok) return;
		setConfirmDelete(false);
		setStatus(t("deleteAllDone"));
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("dataTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("dataHelp")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
				className: "row",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => void exportAll(),
						children: t("backupExport")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => void exportCsv(),
						children: t("csvExport")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => void exportCards(),
						children: t("vcardExport")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(ConnectionsImport, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(CardsImport, {}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("backupRestore") }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("backupFile") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
					type: "file",
					accept: "application/json,.json",
					onChange: (e) => void choose(e.target.files?.[0])
				})]
			}),
			problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: problem
			}),
			pending && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "confirm",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("backupHolds", backupCounts(pending)) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					className: "primary",
					disabled: busy,
					onClick: restore,
					children: t("backupReplace")
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("deleteAll") }),
			!confirmDelete ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
				type: "button",
				onClick: () => setConfirmDelete(true),
				disabled: !counts,
				children: [t("deleteAll"), "\u2026"]
			}) : counts && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "confirm",
				role: "alertdialog",
				"aria-label": t("deleteAll"),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("deleteAllWhat", counts) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						className: "danger",
						disabled: busy,
						onClick: deleteAll,
						children: t("deleteAllConfirm")
					}),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						onClick: () => setConfirmDelete(false),
						children: t("cancel")
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				children: status
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// components/dashboard/DisplaySection.tsx
/**
* Where Maille shows on each site: in the page (the sidebar beside the profile) or in the
* browser's own side panel, which adds nothing to the site's page. Applies at once, in open tabs too.
*/
function DisplaySection() {
	const id = (0, import_react.useId)();
	const [panelSites, setSites] = (0, import_react.useState)(null);
	(0, import_react.useEffect)(() => {
		getPanelSites().then(setSites);
		return watchPanelSites(setSites);
	}, []);
	if (!panelSites) return null;
	const choose = (site, inPanel) => void setPanelSites(inPanel ? [...panelSites, site] : panelSites.filter((s) => s !== site));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("displayTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("displayHelp")
			}),
			SITE_IDS.map((site) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
				className: "field",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: SITES[site].label }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
					value: panelSites.includes(site) ? "panel" : "page",
					onChange: (e) => choose(site, e.target.value === "panel"),
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
						value: "page",
						children: t("displayInPage")
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
						value: "panel",
						children: t("displayInPanel")
					})]
				})]
			}, site))
		]
	});
}
// components/dashboard/EventPage.tsx
/** Where a person met at the event stands with their follow-up, in words. */
function followUpState(contact, now) {
	if (contact.dueReason === "follow-up") return contact.nextDueAt !== void 0 && contact.nextDueAt <= now ? describeDue(contact, now, systemTimeZone()) : t("followUpTomorrow");
	return contact.lastContactAt !== void 0 ? t("followedUpOn", { date: formatDay(contact.lastContactAt) }) : t("followUpNone");
}
/** The people met at the event, each with their follow-up; one draft open at a time, to one person. */
function PeopleMet({ people }) {
	const now = useNow();
	const context = useDraftContext();
	const [drafting, setDrafting] = (0, import_react.useState)(null);
	if (people.length === 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		className: "muted",
		children: t("eventNobody")
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
		className: "people",
		children: people.map((person) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "person-line",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", {
						className: "person-name",
						children: person.name
					}),
					person.company && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "muted small",
						children: [" \u00b7 ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.company })]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "small",
						children: [" \u2014 ", followUpState(person, now)]
					})
				]
			}),
			person.dueReason === "follow-up" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "button",
				"aria-expanded": drafting === person.id,
				onClick: () => setDrafting((open) => open === person.id ? null : person.id),
				children: t("draftFollowUp")
			}),
			drafting === person.id && context && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftPanel, {
				contact: person,
				kind: "followUp",
				context,
				onSent: () => setDrafting(null)
			})
		] }, person.id))
	});
}
/** The event's own fields, editable (its name is copied to the people met there). */
function EventForm({ event }) {
	const id = (0, import_react.useId)();
	const [fields, setFields] = (0, import_react.useState)({
		name: event.name,
		series: event.series ?? "",
		date: event.date ?? "",
		place: event.place ?? "",
		notes: event.notes ?? ""
	});
	const [saved, setSaved] = (0, import_react.useState)(false);
	const { busy, refusal, refuse, run } = useAction();
	const submit = (e) => {
		e.preventDefault();
		const input = {
			id: event.id,
			patch: fields
		};
		const checked = checkCommand("updateEvent", input, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("updateEvent", input)).then((outcome) => setSaved(!!outcome?.ok));
	};
	const field = (name, label, type = "text") => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				htmlFor: `${id}-${name}`,
				children: t(label)
			}),
			name === "notes" ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
				id: `${id}-${name}`,
				rows: 3,
				value: fields.notes,
				onChange: (e) => {
					setFields({
						...fields,
						notes: e.target.value
					});
					setSaved(false);
				}
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				id: `${id}-${name}`,
				type,
				value: fields[name],
				onChange: (e) => {
					setFields({
						...fields,
						[name]: e.target.value
					});
					setSaved(false);
					refuse(null);
				},
				...fieldState(refusal, `patch.${name}`, `${id}-${name}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
				refusal,
				field: `patch.${name}`,
				id: `${id}-${name}`
			})
		]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("eventEdit") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
		onSubmit: submit,
		noValidate: true,
		"aria-label": t("eventEdit"),
		children: [
			field("name", "eventName"),
			field("series", "eventSeries"),
			field("date", "date", "date"),
			field("place", "place"),
			field("notes", "notes"),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				type: "submit",
				className: "primary",
				disabled: busy,
				children: t("save")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				children: saved && t("eventSaved")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
				refusal,
				fields: ["patch"]
			})
		]
	})] });
}
/**
* One event: who was met there and where each stands with their follow-up ("Draft follow-up":
* one message per person, never one to several); for an edition still to come, the people met at
* the series' earlier editions \u2014 "you may see them again".
*/
function EventPage({ id }) {
	const event = useLiveQuery(async () => await db.events.get(id) ?? null, [id]);
	const people = useLiveQuery(() => peopleMetAt(id), [id]);
	const today = toLocalDay(useNow());
	const upcoming = !!event && isUpcoming(event, today);
	const earlier = useLiveQuery(() => event?.series && event.date && upcoming ? peopleOfEarlierEditions(event.series, event.date) : Promise.resolve([]), [
		event?.series,
		event?.date,
		upcoming
	]);
	if (event === void 0) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	if (event === null) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		className: "card",
		role: "alert",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("eventNotFound") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
			href: "#events",
			children: t("eventsBack")
		})]
	});
	const day = event.date ? fromLocalDay(event.date) : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "event-title",
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
				href: "#events",
				children: t("eventsBack")
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "event-title",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: event.name })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: [
					day !== void 0 ? formatDay(day) : void 0,
					event.place,
					event.series
				].filter(Boolean).join(" \u00b7 ")
			}),
			event.notes && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "event-notes",
				dir: "auto",
				children: event.notes
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(EventForm, { event }, event.id),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("eventPeopleMet") }),
			people ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PeopleMet, { people }) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				children: t("loading")
			}),
			upcoming && event.series && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("eventSeeAgain") }), earlier && earlier.length > 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "people",
				children: earlier.flatMap(({ event: edition, people: met }) => met.map((person) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", {
					className: "person-name",
					children: person.name
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "muted small",
					children: [" \u2014 ", tRich("metAtEdition", { event: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: edition.name }) })]
				})] }, `${edition.id}:${person.id}`)))
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: t("eventSeeAgainNobody")
			})] })
		]
	});
}
// components/dashboard/EventsSection.tsx
/** Every event, newest first, with how many people were met there; and a new one. */
function EventsSection() {
	const id = (0, import_react.useId)();
	const events = useLiveQuery(() => listEvents(), []);
	const counts = useLiveQuery(() => events ? peopleCounts(events.map((e) => e.id)) : void 0, [events]);
	const [fields, setFields] = (0, import_react.useState)({
		name: "",
		series: "",
		date: "",
		place: ""
	});
	const { busy, refusal, refuse, run } = useAction();
	const add = (event) => {
		event.preventDefault();
		const checked = checkCommand("addEvent", fields, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("addEvent", fields)).then((outcome) => {
			if (outcome?.ok) location.hash = `#event/${encodeURIComponent(outcome.value.id)}`;
		});
	};
	const input = (name, label, type = "text") => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
				htmlFor: `${id}-${name}`,
				children: t(label)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				id: `${id}-${name}`,
				type,
				value: fields[name],
				required: name === "name",
				onChange: (e) => {
					setFields({
						...fields,
						[name]: e.target.value
					});
					refuse(null);
				},
				...fieldState(refusal, name, `${id}-${name}`)
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
				refusal,
				field: name,
				id: `${id}-${name}`
			})
		]
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("eventsTitle")
			}),
			!events ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				children: t("loading")
			}) : events.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: t("eventsEmpty")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "event-list",
				children: events.map((event) => {
					const day = event.date ? fromLocalDay(event.date) : void 0;
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
						href: `#event/${encodeURIComponent(event.id)}`,
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: event.name })
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "muted small",
						children: [
							day !== void 0 && ` \u00b7 ${formatDay(day)}`,
							event.series && ` \u00b7 ${event.series}`,
							counts && ` \u00b7 ${t("peopleMetCount", { count: counts.get(event.id) ?? 0 })}`
						]
					})] }, event.id);
				})
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("details", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("summary", { children: t("eventAdd") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				onSubmit: add,
				noValidate: true,
				"aria-label": t("eventAdd"),
				children: [
					input("name", "eventName"),
					input("series", "eventSeries"),
					input("date", "date", "date"),
					input("place", "place"),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "submit",
						className: "primary",
						disabled: busy,
						children: t("eventAdd")
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
						refusal,
						fields: [
							"name",
							"series",
							"date",
							"place"
						]
					})
				]
			})] })
		]
	});
}
// core/network-health.ts
/** The network by time since last contact: the health chart's bars. */
var TOUCH_BUCKETS = [
	"fresh",
	"due",
	"losingTouch",
	"noCadence",
	"never"
];
/** How many contacts are in touch, due, losing touch, without a cadence, or never contacted. */
function touchCounts(contacts, now, timeZone) {
	const counts = {
		fresh: 0,
		due: 0,
		losingTouch: 0,
		noCadence: 0,
		never: 0
	};
	for (const contact of contacts) counts[contact.lastContactAt === void 0 ? "never" : contactState(contact, now, timeZone)]++;
	return counts;
}
/** Where the weekly chart begins: the Monday 51 weeks before this week's. */
function weeksFrom(now, timeZone) {
	return weekStart(midnightAfter(weekStart(now, timeZone), -357, timeZone), timeZone);
}
/**
* Interactions per week over the last 52 weeks (this one last), in-person meetings (meetings,
* lunches, events) apart from the rest. Weeks are local calendar weeks, so a DST change moves nothing.
*/
function weeklyInteractions(interactions, now, timeZone) {
	const first = weeksFrom(now, timeZone);
	const weeks = Array.from({ length: 52 }, (_, i) => ({
		start: midnightAfter(first, 7 * i, timeZone),
		inPerson: 0,
		other: 0
	}));
	for (const { at, kind } of interactions) {
		if (at < first || at > now) continue;
		const week = weeks[Math.floor(daysBetween(first, at, timeZone) / 7)];
		if (!week) continue;
		if (IN_PERSON_KINDS.has(kind)) week.inPerson++;
		else week.other++;
	}
	return weeks;
}
// node_modules/@kurkle/color/dist/color.esm.js
/*!
* @kurkle/color v0.3.4
* https://github.com/kurkle/color#readme
* (c) 2024 Jukka Kurkela
* Released under the MIT License
*/
function round(v) {
	return v + .5 | 0;
}
var lim = (v, l, h) => Math.max(Math.min(v, h), l);
function p2b(v) {
	return lim(round(v * 2.55), 0, 255);
}
function n2b(v) {
	return lim(round(v * 255), 0, 255);
}
function b2n(v) {
	return lim(round(v / 2.55) / 100, 0, 1);
}
function n2p(v) {
	return lim(round(v * 100), 0, 100);
}
var map$1 = {
	0: 0,
	1: 1,
	2: 2,
	3: 3,
	4: 4,
	5: 5,
	6: 6,
	7: 7,
	8: 8,
	9: 9,
	A: 10,
	B: 11,
	C: 12,
	D: 13,
	E: 14,
	F: 15,
	a: 10,
	b: 11,
	c: 12,
	d: 13,
	e: 14,
	f: 15
};
var hex = [..."0123456789ABCDEF"];
var h1 = (b) => hex[b & 15];
var h2 = (b) => hex[(b & 240) >> 4] + hex[b & 15];
var eq = (b) => (b & 240) >> 4 === (b & 15);
var isShort = (v) => eq(v.r) && eq(v.g) && eq(v.b) && eq(v.a);
function hexParse(str) {
	var len = str.length;
	var ret;
	if (str[0] === "#") {
		if (len === 4 || len === 5) ret = {
			r: 255 & map$1[str[1]] * 17,
			g: 255 & map$1[str[2]] * 17,
			b: 255 & map$1[str[3]] * 17,
			a: len === 5 ? map$1[str[4]] * 17 : 255
		};
		else if (len === 7 || len === 9) ret = {
			r: map$1[str[1]] << 4 | map$1[str[2]],
			g: map$1[str[3]] << 4 | map$1[str[4]],
			b: map$1[str[5]] << 4 | map$1[str[6]],
			a: len === 9 ? map$1[str[7]] << 4 | map$1[str[8]] : 255
		};
	}
	return ret;
}
var alpha = (a, f) => a < 255 ? f(a) : "";
function hexString(v) {
	var f = isShort(v) ? h1 : h2;
	return v ? "#" + f(v.r) + f(v.g) + f(v.b) + alpha(v.a, f) : void 0;
}
var HUE_RE = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
function hsl2rgbn(h, s, l) {
	const a = s * Math.min(l, 1 - l);
	const f = (n, k = (n + h / 30) % 12) => l - a * Math.max(Math.min(k - 3, 9 - k, 1), -1);
	return [
		f(0),
		f(8),
		f(4)
	];
}
function hsv2rgbn(h, s, v) {
	const f = (n, k = (n + h / 60) % 6) => v - v * s * Math.max(Math.min(k, 4 - k, 1), 0);
	return [
		f(5),
		f(3),
		f(1)
	];
}
function hwb2rgbn(h, w, b) {
	const rgb = hsl2rgbn(h, 1, .5);
	let i;
	if (w + b > 1) {
		i = 1 / (w + b);
		w *= i;
		b *= i;
	}
	for (i = 0; i < 3; i++) {
		rgb[i] *= 1 - w - b;
		rgb[i] += w;
	}
	return rgb;
}
function hueValue(r, g, b, d, max) {
	if (r === max) return (g - b) / d + (g < b ? 6 : 0);
	if (g === max) return (b - r) / d + 2;
	return (r - g) / d + 4;
}
function rgb2hsl(v) {
	const range = 255;
	const r = v.r / range;
	const g = v.g / range;
	const b = v.b / range;
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	let h, s, d;
	if (max !== min) {
		d = max - min;
		s = l > .5 ? d / (2 - max - min) : d / (max + min);
		h = hueValue(r, g, b, d, max);
		h = h * 60 + .5;
	}
	return [
		h | 0,
		s || 0,
		l
	];
}
function calln(f, a, b, c) {
	return (Array.isArray(a) ? f(a[0], a[1], a[2]) : f(a, b, c)).map(n2b);
}
function hsl2rgb(h, s, l) {
	return calln(hsl2rgbn, h, s, l);
}
function hwb2rgb(h, w, b) {
	return calln(hwb2rgbn, h, w, b);
}
function hsv2rgb(h, s, v) {
	return calln(hsv2rgbn, h, s, v);
}
function hue(h) {
	return (h % 360 + 360) % 360;
}
function hueParse(str) {
	const m = HUE_RE.exec(str);
	let a = 255;
	let v;
	if (!m) return;
	if (m[5] !== v) a = m[6] ? p2b(+m[5]) : n2b(+m[5]);
	const h = hue(+m[2]);
	const p1 = +m[3] / 100;
	const p2 = +m[4] / 100;
	if (m[1] === "hwb") v = hwb2rgb(h, p1, p2);
	else if (m[1] === "hsv") v = hsv2rgb(h, p1, p2);
	else v = hsl2rgb(h, p1, p2);
	return {
		r: v[0],
		g: v[1],
		b: v[2],
		a
	};
}
function rotate(v, deg) {
	var h = rgb2hsl(v);
	h[0] = hue(h[0] + deg);
	h = hsl2rgb(h);
	v.r = h[0];
	v.g = h[1];
	v.b = h[2];
}
function hslString(v) {
	if (!v) return;
	const a = rgb2hsl(v);
	const h = a[0];
	const s = n2p(a[1]);
	const l = n2p(a[2]);
	return v.a < 255 ? `hsla(${h}, ${s}%, ${l}%, ${b2n(v.a)})` : `hsl(${h}, ${s}%, ${l}%)`;
}
var map = {
	x: "dark",
	Z: "light",
	Y: "re",
	X: "blu",
	W: "gr",
	V: "medium",
	U: "slate",
	A: "ee",
	T: "ol",
	S: "or",
	B: "ra",
	C: "lateg",
	D: "ights",
	R: "in",
	Q: "turquois",
	E: "hi",
	P: "ro",
	O: "al",
	N: "le",
	M: "de",
	L: "yello",
	F: "en",
	K: "ch",
	G: "arks",
	H: "ea",
	I: "ightg",
	J: "wh"
};
var names$1 = {
	OiceXe: "f0f8ff",
	antiquewEte: "faebd7",
	aqua: "ffff",
	aquamarRe: "7fffd4",
	azuY: "f0ffff",
	beige: "f5f5dc",
	bisque: "ffe4c4",
	black: "0",
	blanKedOmond: "ffebcd",
	Xe: "ff",
	XeviTet: "8a2be2",
	bPwn: "a52a2a",
	burlywood: "deb887",
	caMtXe: "5f9ea0",
	KartYuse: "7fff00",
	KocTate: "d2691e",
	cSO: "ff7f50",
	cSnflowerXe: "6495ed",
	cSnsilk: "fff8dc",
	crimson: "dc143c",
	cyan: "ffff",
	xXe: "8b",
	xcyan: "8b8b",
	xgTMnPd: "b8860b",
	xWay: "a9a9a9",
	xgYF: "6400",
	xgYy: "a9a9a9",
	xkhaki: "bdb76b",
	xmagFta: "8b008b",
	xTivegYF: "556b2f",
	xSange: "ff8c00",
	xScEd: "9932cc",
	xYd: "8b0000",
	xsOmon: "e9967a",
	xsHgYF: "8fbc8f",
	xUXe: "483d8b",
	xUWay: "2f4f4f",
	xUgYy: "2f4f4f",
	xQe: "ced1",
	xviTet: "9400d3",
	dAppRk: "ff1493",
	dApskyXe: "bfff",
	dimWay: "696969",
	dimgYy: "696969",
	dodgerXe: "1e90ff",
	fiYbrick: "b22222",
	flSOwEte: "fffaf0",
	foYstWAn: "228b22",
	fuKsia: "ff00ff",
	gaRsbSo: "dcdcdc",
	ghostwEte: "f8f8ff",
	gTd: "ffd700",
	gTMnPd: "daa520",
	Way: "808080",
	gYF: "8000",
	gYFLw: "adff2f",
	gYy: "808080",
	honeyMw: "f0fff0",
	hotpRk: "ff69b4",
	RdianYd: "cd5c5c",
	Rdigo: "4b0082",
	ivSy: "fffff0",
	khaki: "f0e68c",
	lavFMr: "e6e6fa",
	lavFMrXsh: "fff0f5",
	lawngYF: "7cfc00",
	NmoncEffon: "fffacd",
	ZXe: "add8e6",
	ZcSO: "f08080",
	Zcyan: "e0ffff",
	ZgTMnPdLw: "fafad2",
	ZWay: "d3d3d3",
	ZgYF: "90ee90",
	ZgYy: "d3d3d3",
	ZpRk: "ffb6c1",
	ZsOmon: "ffa07a",
	ZsHgYF: "20b2aa",
	ZskyXe: "87cefa",
	ZUWay: "778899",
	ZUgYy: "778899",
	ZstAlXe: "b0c4de",
	ZLw: "ffffe0",
	lime: "ff00",
	limegYF: "32cd32",
	lRF: "faf0e6",
	magFta: "ff00ff",
	maPon: "800000",
	VaquamarRe: "66cdaa",
	VXe: "cd",
	VScEd: "ba55d3",
	VpurpN: "9370db",
	VsHgYF: "3cb371",
	VUXe: "7b68ee",
	VsprRggYF: "fa9a",
	VQe: "48d1cc",
	VviTetYd: "c71585",
	midnightXe: "191970",
	mRtcYam: "f5fffa",
	mistyPse: "ffe4e1",
	moccasR: "ffe4b5",
	navajowEte: "ffdead",
	navy: "80",
	Tdlace: "fdf5e6",
	Tive: "808000",
	TivedBb: "6b8e23",
	Sange: "ffa500",
	SangeYd: "ff4500",
	ScEd: "da70d6",
	pOegTMnPd: "eee8aa",
	pOegYF: "98fb98",
	pOeQe: "afeeee",
	pOeviTetYd: "db7093",
	papayawEp: "ffefd5",
	pHKpuff: "ffdab9",
	peru: "cd853f",
	pRk: "ffc0cb",
	plum: "dda0dd",
	powMrXe: "b0e0e6",
	purpN: "800080",
	YbeccapurpN: "663399",
	Yd: "ff0000",
	Psybrown: "bc8f8f",
	PyOXe: "4169e1",
	saddNbPwn: "8b4513",
	sOmon: "fa8072",
	sandybPwn: "f4a460",
	sHgYF: "2e8b57",
	sHshell: "fff5ee",
	siFna: "a0522d",
	silver: "c0c0c0",
	skyXe: "87ceeb",
	UXe: "6a5acd",
	UWay: "708090",
	UgYy: "708090",
	snow: "fffafa",
	sprRggYF: "ff7f",
	stAlXe: "4682b4",
	tan: "d2b48c",
	teO: "8080",
	tEstN: "d8bfd8",
	tomato: "ff6347",
	Qe: "40e0d0",
	viTet: "ee82ee",
	JHt: "f5deb3",
	wEte: "ffffff",
	wEtesmoke: "f5f5f5",
	Lw: "ffff00",
	LwgYF: "9acd32"
};
function unpack() {
	const unpacked = {};
	const keys = Object.keys(names$1);
	const tkeys = Object.keys(map);
	let i, j, k, ok, nk;
	for (i = 0; i < keys.length; i++) {
		ok = nk = keys[i];
		for (j = 0; j < tkeys.length; j++) {
			k = tkeys[j];
			nk = nk.replace(k, map[k]);
		}
		k = parseInt(names$1[ok], 16);
		unpacked[nk] = [
			k >> 16 & 255,
			k >> 8 & 255,
			k & 255
		];
	}
	return unpacked;
}
var names;
function nameParse(str) {
	if (!names) {
		names = unpack();
		names.transparent = [
			0,
			0,
			0,
			0
		];
	}
	const a = names[str.toLowerCase()];
	return a && {
		r: a[0],
		g: a[1],
		b: a[2],
		a: a.length === 4 ? a[3] : 255
	};
}
var RGB_RE = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
function rgbParse(str) {
	const m = RGB_RE.exec(str);
	let a = 255;
	let r, g, b;
	if (!m) return;
	if (m[7] !== r) {
		const v = +m[7];
		a = m[8] ? p2b(v) : lim(v * 255, 0, 255);
	}
	r = +m[1];
	g = +m[3];
	b = +m[5];
	r = 255 & (m[2] ? p2b(r) : lim(r, 0, 255));
	g = 255 & (m[4] ? p2b(g) : lim(g, 0, 255));
	b = 255 & (m[6] ? p2b(b) : lim(b, 0, 255));
	return {
		r,
		g,
		b,
		a
	};
}
function rgbString(v) {
	return v && (v.a < 255 ? `rgba(${v.r}, ${v.g}, ${v.b}, ${b2n(v.a)})` : `rgb(${v.r}, ${v.g}, ${v.b})`);
}
var to = (v) => v <= .0031308 ? v * 12.92 : Math.pow(v, 1 / 2.4) * 1.055 - .055;
var from = (v) => v <= .04045 ? v / 12.92 : Math.pow((v + .055) / 1.055, 2.4);
function interpolate$1(rgb1, rgb2, t) {
	const r = from(b2n(rgb1.r));
	const g = from(b2n(rgb1.g));
	const b = from(b2n(rgb1.b));
	return {
		r: n2b(to(r + t * (from(b2n(rgb2.r)) - r))),
		g: n2b(to(g + t * (from(b2n(rgb2.g)) - g))),
		b: n2b(to(b + t * (from(b2n(rgb2.b)) - b))),
		a: rgb1.a + t * (rgb2.a - rgb1.a)
	};
}
function modHSL(v, i, ratio) {
	if (v) {
		let tmp = rgb2hsl(v);
		tmp[i] = Math.max(0, Math.min(tmp[i] + tmp[i] * ratio, i === 0 ? 360 : 1));
		tmp = hsl2rgb(tmp);
		v.r = tmp[0];
		v.g = tmp[1];
		v.b = tmp[2];
	}
}
function clone$1(v, proto) {
	return v ? Object.assign(proto || {}, v) : v;
}
function fromObject(input) {
	var v = {
		r: 0,
		g: 0,
		b: 0,
		a: 255
	};
	if (Array.isArray(input)) {
		if (input.length >= 3) {
			v = {
				r: input[0],
				g: input[1],
				b: input[2],
				a: 255
			};
			if (input.length > 3) v.a = n2b(input[3]);
		}
	} else {
		v = clone$1(input, {
			r: 0,
			g: 0,
			b: 0,
			a: 1
		});
		v.a = n2b(v.a);
	}
	return v;
}
function functionParse(str) {
	if (str.charAt(0) === "r") return rgbParse(str);
	return hueParse(str);
}
var Color = class Color {
	constructor(input) {
		if (input instanceof Color) return input;
		const type = typeof input;
		let v;
		if (type === "object") v = fromObject(input);
		else if (type === "string") v = hexParse(input) || nameParse(input) || functionParse(input);
		this._rgb = v;
		this._valid = !!v;
	}
	get valid() {
		return this._valid;
	}
	get rgb() {
		var v = clone$1(this._rgb);
		if (v) v.a = b2n(v.a);
		return v;
	}
	set rgb(obj) {
		this._rgb = fromObject(obj);
	}
	rgbString() {
		return this._valid ? rgbString(this._rgb) : void 0;
	}
	hexString() {
		return this._valid ? hexString(this._rgb) : void 0;
	}
	hslString() {
		return this._valid ? hslString(this._rgb) : void 0;
	}
	mix(color, weight) {
		if (color) {
			const c1 = this.rgb;
			const c2 = color.rgb;
			let w2;
			const p = weight === w2 ? .5 : weight;
			const w = 2 * p - 1;
			const a = c1.a - c2.a;
			const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
			w2 = 1 - w1;
			c1.r = 255 & w1 * c1.r + w2 * c2.r + .5;
			c1.g = 255 & w1 * c1.g + w2 * c2.g + .5;
			c1.b = 255 & w1 * c1.b + w2 * c2.b + .5;
			c1.a = p * c1.a + (1 - p) * c2.a;
			this.rgb = c1;
		}
		return this;
	}
	interpolate(color, t) {
		if (color) this._rgb = interpolate$1(this._rgb, color._rgb, t);
		return this;
	}
	clone() {
		return new Color(this.rgb);
	}
	alpha(a) {
		this._rgb.a = n2b(a);
		return this;
	}
	clearer(ratio) {
		const rgb = this._rgb;
		rgb.a *= 1 - ratio;
		return this;
	}
	greyscale() {
		const rgb = this._rgb;
		rgb.r = rgb.g = rgb.b = round(rgb.r * .3 + rgb.g * .59 + rgb.b * .11);
		return this;
	}
	opaquer(ratio) {
		const rgb = this._rgb;
		rgb.a *= 1 + ratio;
		return this;
	}
	negate() {
		const v = this._rgb;
		v.r = 255 - v.r;
		v.g = 255 - v.g;
		v.b = 255 - v.b;
		return this;
	}
	lighten(ratio) {
		modHSL(this._rgb, 2, ratio);
		return this;
	}
	darken(ratio) {
		modHSL(this._rgb, 2, -ratio);
		return this;
	}
	saturate(ratio) {
		modHSL(this._rgb, 1, ratio);
		return this;
	}
	desaturate(ratio) {
		modHSL(this._rgb, 1, -ratio);
		return this;
	}
	rotate(deg) {
		rotate(this._rgb, deg);
		return this;
	}
};
// node_modules/chart.js/dist/chunks/index.js
/*!
* Chart.js v4.6.1
* https://www.chartjs.org
* (c) 2026 Chart.js Contributors
* Released under the MIT License
*/
/**
* @namespace Chart.helpers
*/ /**
* An empty function that can be used, for example, for optional callback.
*/ function noop() {}
/**
* Returns a unique id, sequentially generated from a global variable.
*/ var uid = (() => {
	let id = 0;
	return () => id++;
})();
/**
* Returns true if `value` is neither null nor undefined, else returns false.
* @param value - The value to test.
* @since 2.7.0
*/ function isNullOrUndef(value) {
	return value === null || value === void 0;
}
/**
* Returns true if `value` is an array (including typed arrays), else returns false.
* @param value - The value to test.
* @function
*/ function isArray(value) {
	if (Array.isArray && Array.isArray(value)) return true;
	const type = Object.prototype.toString.call(value);
	if (type.slice(0, 7) === "[object" && type.slice(-6) === "Array]") return true;
	return false;
}
/**
* Returns true if `value` is an object (excluding null), else returns false.
* @param value - The value to test.
* @since 2.7.0
*/ function isObject(value) {
	return value !== null && Object.prototype.toString.call(value) === "[object Object]";
}
/**
* Returns true if `value` is a finite number, else returns false
* @param value  - The value to test.
*/ function isNumberFinite(value) {
	return (typeof value === "number" || value instanceof Number) && isFinite(+value);
}
/**
* Returns `value` if finite, else returns `defaultValue`.
* @param value - The value to return if defined.
* @param defaultValue - The value to return if `value` is not finite.
*/ function finiteOrDefault(value, defaultValue) {
	return isNumberFinite(value) ? value : defaultValue;
}
/**
* Returns `value` if defined, else returns `defaultValue`.
* @param value - The value to return if defined.
* @param defaultValue - The value to return if `value` is undefined.
*/ function valueOrDefault(value, defaultValue) {
	return typeof value === "undefined" ? defaultValue : value;
}
var toDimension = (value, dimension) => typeof value === "string" && value.endsWith("%") ? parseFloat(value) / 100 * dimension : +value;
/**
* Calls `fn` with the given `args` in the scope defined by `thisArg` and returns the
* value returned by `fn`. If `fn` is not a function, this method returns undefined.
* @param fn - The function to call.
* @param args - The arguments with which `fn` should be called.
* @param [thisArg] - The value of `this` provided for the call to `fn`.
*/ function callback(fn, args, thisArg) {
	if (fn && typeof fn.call === "function") return fn.apply(thisArg, args);
}
function each(loopable, fn, thisArg, reverse) {
	let i, len, keys;
	if (isArray(loopable)) {
		len = loopable.length;
		if (reverse) for (i = len - 1; i >= 0; i--) fn.call(thisArg, loopable[i], i);
		else for (i = 0; i < len; i++) fn.call(thisArg, loopable[i], i);
	} else if (isObject(loopable)) {
		keys = Object.keys(loopable);
		len = keys.length;
		for (i = 0; i < len; i++) fn.call(thisArg, loopable[keys[i]], keys[i]);
	}
}
/**
* Returns true if the `a0` and `a1` arrays have the same content, else returns false.
* @param a0 - The array to compare
* @param a1 - The array to compare
* @private
*/ function _elementsEqual(a0, a1) {
	let i, ilen, v0, v1;
	if (!a0 || !a1 || a0.length !== a1.length) return false;
	for (i = 0, ilen = a0.length; i < ilen; ++i) {
		v0 = a0[i];
		v1 = a1[i];
		if (v0.datasetIndex !== v1.datasetIndex || v0.index !== v1.index) return false;
	}
	return true;
}
/**
* Returns a deep copy of `source` without keeping references on objects and arrays.
* @param source - The value to clone.
*/ function clone(source) {
	if (isArray(source)) return source.map(clone);
	if (isObject(source)) {
		const target = Object.create(null);
		const keys = Object.keys(source);
		const klen = keys.length;
		let k = 0;
		for (; k < klen; ++k) target[keys[k]] = clone(source[keys[k]]);
		return target;
	}
	return source;
}
function isValidKey(key) {
	return [
		"__proto__",
		"prototype",
		"constructor"
	].indexOf(key) === -1;
}
/**
* The default merger when Chart.helpers.merge is called without merger option.
* Note(SB): also used by mergeConfig and mergeScaleConfig as fallback.
* @private
*/ function _merger(key, target, source, options) {
	if (!isValidKey(key)) return;
	const tval = target[key];
	const sval = source[key];
	if (isObject(tval) && isObject(sval)) merge(tval, sval, options);
	else target[key] = clone(sval);
}
function merge(target, source, options) {
	const sources = isArray(source) ? source : [source];
	const ilen = sources.length;
	if (!isObject(target)) return target;
	options = options || {};
	const merger = options.merger || _merger;
	let current;
	for (let i = 0; i < ilen; ++i) {
		current = sources[i];
		if (!isObject(current)) continue;
		const keys = Object.keys(current);
		for (let k = 0, klen = keys.length; k < klen; ++k) merger(keys[k], target, current, options);
	}
	return target;
}
function mergeIf(target, source) {
	return merge(target, source, { merger: _mergerIf });
}
/**
* Merges source[key] in target[key] only if target[key] is undefined.
* @private
*/ function _mergerIf(key, target, source) {
	if (!isValidKey(key)) return;
	const tval = target[key];
	const sval = source[key];
	if (isObject(tval) && isObject(sval)) mergeIf(tval, sval);
	else if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = clone(sval);
}
var keyResolvers = {
	"": (v) => v,
	x: (o) => o.x,
	y: (o) => o.y
};
/**
* @private
*/ function _splitKey(key) {
	const parts = key.split(".");
	const keys = [];
	let tmp = "";
	for (const part of parts) {
		tmp += part;
		if (tmp.endsWith("\\")) tmp = tmp.slice(0, -1) + ".";
		else {
			keys.push(tmp);
			tmp = "";
		}
	}
	return keys;
}
function _getKeyResolver(key) {
	const keys = _splitKey(key);
	return (obj) => {
		for (const k of keys) {
			if (k === "") break;
			obj = obj && obj[k];
		}
		return obj;
	};
}
function resolveObjectKey(obj, key) {
	return (keyResolvers[key] || (keyResolvers[key] = _getKeyResolver(key)))(obj);
}
/**
* @private
*/ function _capitalize(str) {
	return str.charAt(0).toUpperCase() + str.slice(1);
}
var defined = (value) => typeof value !== "undefined";
var isFunction = (value) => typeof value === "function";
var setsEqual = (a, b) => {
	if (a.size !== b.size) return false;
	for (const item of a) if (!b.has(item)) return false;
	return true;
};
/**
* @param e - The event
* @private
*/ function _isClickEvent(e) {
	return e.type === "mouseup" || e.type === "click" || e.type === "contextmenu";
}
/**
* @alias Chart.helpers.math
* @namespace
*/ var PI = Math.PI;
var TAU = 2 * PI;
TAU + PI;
var INFINITY = Number.POSITIVE_INFINITY;
var RAD_PER_DEG = PI / 180;
var HALF_PI = PI / 2;
var QUARTER_PI = PI / 4;
var TWO_THIRDS_PI = PI * 2 / 3;
var log10 = Math.log10;
var sign = Math.sign;
function almostEquals(x, y, epsilon) {
	return Math.abs(x - y) < epsilon;
}
/**
* Implementation of the nice number algorithm used in determining where axis labels will go
*/ function niceNum(range) {
	const roundedRange = Math.round(range);
	range = almostEquals(range, roundedRange, range / 1e3) ? roundedRange : range;
	const niceRange = Math.pow(10, Math.floor(log10(range)));
	const fraction = range / niceRange;
	return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * niceRange;
}
/**
* Returns an array of factors sorted from 1 to sqrt(value)
* @private
*/ function _factorize(value) {
	const result = [];
	const sqrt = Math.sqrt(value);
	let i = 1;
	for (; i < sqrt; i++) if (value % i === 0) {
		result.push(i);
		result.push(value / i);
	}
	if (sqrt === (sqrt | 0)) result.push(sqrt);
	result.sort((a, b) => a - b).pop();
	return result;
}
/**
* Verifies that attempting to coerce n to string or number won't throw a TypeError.
*/ function isNonPrimitive(n) {
	return typeof n === "symbol" || typeof n === "object" && n !== null && !(Symbol.toPrimitive in n || "toString" in n || "valueOf" in n);
}
function isNumber(n) {
	return !isNonPrimitive(n) && !isNaN(parseFloat(n)) && isFinite(n);
}
function almostWhole(x, epsilon) {
	const rounded = Math.round(x);
	return rounded - epsilon <= x && rounded + epsilon >= x;
}
/**
* @private
*/ function _setMinAndMaxByKey(array, target, property) {
	let i, ilen, value;
	for (i = 0, ilen = array.length; i < ilen; i++) {
		value = array[i][property];
		if (!isNaN(value)) {
			target.min = Math.min(target.min, value);
			target.max = Math.max(target.max, value);
		}
	}
}
function toRadians(degrees) {
	return degrees * (PI / 180);
}
function toDegrees(radians) {
	return radians * (180 / PI);
}
/**
* Returns the number of decimal places
* i.e. the number of digits after the decimal point, of the value of this Number.
* @param x - A number.
* @returns The number of decimal places.
* @private
*/ function _decimalPlaces(x) {
	if (!isNumberFinite(x)) return;
	let e = 1;
	let p = 0;
	while (Math.round(x * e) / e !== x) {
		e *= 10;
		p++;
	}
	return p;
}
function getAngleFromPoint(centrePoint, anglePoint) {
	const distanceFromXCenter = anglePoint.x - centrePoint.x;
	const distanceFromYCenter = anglePoint.y - centrePoint.y;
	const radialDistanceFromCenter = Math.sqrt(distanceFromXCenter * distanceFromXCenter + distanceFromYCenter * distanceFromYCenter);
	let angle = Math.atan2(distanceFromYCenter, distanceFromXCenter);
	if (angle < -.5 * PI) angle += TAU;
	return {
		angle,
		distance: radialDistanceFromCenter
	};
}
function distanceBetweenPoints(pt1, pt2) {
	return Math.sqrt(Math.pow(pt2.x - pt1.x, 2) + Math.pow(pt2.y - pt1.y, 2));
}
/**
* Normalize angle to be between 0 and 2*PI
* @private
*/ function _normalizeAngle(a) {
	return (a % TAU + TAU) % TAU;
}
/**
* @private
*/ function _angleBetween(angle, start, end, sameAngleIsFullCircle) {
	const a = _normalizeAngle(angle);
	const s = _normalizeAngle(start);
	const e = _normalizeAngle(end);
	const angleToStart = _normalizeAngle(s - a);
	const angleToEnd = _normalizeAngle(e - a);
	const startToAngle = _normalizeAngle(a - s);
	const endToAngle = _normalizeAngle(a - e);
	return a === s || a === e || sameAngleIsFullCircle && s === e || angleToStart > angleToEnd && startToAngle < endToAngle;
}
/**
* Limit `value` between `min` and `max`
* @param value
* @param min
* @param max
* @private
*/ function _limitValue(value, min, max) {
	return Math.max(min, Math.min(max, value));
}
/**
* @param {number} value
* @private
*/ function _int16Range(value) {
	return _limitValue(value, -32768, 32767);
}
/**
* @param value
* @param start
* @param end
* @param [epsilon]
* @private
*/ function _isBetween(value, start, end, epsilon = 1e-6) {
	return value >= Math.min(start, end) - epsilon && value <= Math.max(start, end) + epsilon;
}
function _lookup(table, value, cmp) {
	cmp = cmp || ((index) => table[index] < value);
	let hi = table.length - 1;
	let lo = 0;
	let mid;
	while (hi - lo > 1) {
		mid = lo + hi >> 1;
		if (cmp(mid)) lo = mid;
		else hi = mid;
	}
	return {
		lo,
		hi
	};
}
/**
* Binary search
* @param table - the table search. must be sorted!
* @param key - property name for the value in each entry
* @param value - value to find
* @param last - lookup last index
* @private
*/ var _lookupByKey = (table, key, value, last) => _lookup(table, value, last ? (index) => {
	const ti = table[index][key];
	return ti < value || ti === value && table[index + 1][key] === value;
} : (index) => table[index][key] < value);
/**
* Reverse binary search
* @param table - the table search. must be sorted!
* @param key - property name for the value in each entry
* @param value - value to find
* @private
*/ var _rlookupByKey = (table, key, value) => _lookup(table, value, (index) => table[index][key] >= value);
/**
* Return subset of `values` between `min` and `max` inclusive.
* Values are assumed to be in sorted order.
* @param values - sorted array of values
* @param min - min value
* @param max - max value
*/ function _filterBetween(values, min, max) {
	let start = 0;
	let end = values.length;
	while (start < end && values[start] < min) start++;
	while (end > start && values[end - 1] > max) end--;
	return start > 0 || end < values.length ? values.slice(start, end) : values;
}
var arrayEvents = [
	"push",
	"pop",
	"shift",
	"splice",
	"unshift"
];
function listenArrayEvents(array, listener) {
	if (array._chartjs) {
		array._chartjs.listeners.push(listener);
		return;
	}
	Object.defineProperty(array, "_chartjs", {
		configurable: true,
		enumerable: false,
		value: { listeners: [listener] }
	});
	arrayEvents.forEach((key) => {
		const method = "_onData" + _capitalize(key);
		const base = array[key];
		Object.defineProperty(array, key, {
			configurable: true,
			enumerable: false,
			value(...args) {
				const res = base.apply(this, args);
				array._chartjs.listeners.forEach((object) => {
					if (typeof object[method] === "function") object[method](...args);
				});
				return res;
			}
		});
	});
}
function unlistenArrayEvents(array, listener) {
	const stub = array._chartjs;
	if (!stub) return;
	const listeners = stub.listeners;
	const index = listeners.indexOf(listener);
	if (index !== -1) listeners.splice(index, 1);
	if (listeners.length > 0) return;
	arrayEvents.forEach((key) => {
		delete array[key];
	});
	delete array._chartjs;
}
/**
* @param items
*/ function _arrayUnique(items) {
	const set = new Set(items);
	if (set.size === items.length) return items;
	return Array.from(set);
}
/**
* Request animation polyfill
*/ var requestAnimFrame = function() {
	if (typeof window === "undefined") return function(callback) {
		return callback();
	};
	return window.requestAnimationFrame;
}();
/**
* Throttles calling `fn` once per animation frame
* Latest arguments are used on the actual call
*/ function throttled(fn, thisArg) {
	let argsToUse = [];
	let ticking = false;
	return function(...args) {
		argsToUse = args;
		if (!ticking) {
			ticking = true;
			requestAnimFrame.call(window, () => {
				ticking = false;
				fn.apply(thisArg, argsToUse);
			});
		}
	};
}
/**
* Debounces calling `fn` for `delay` ms
*/ function debounce(fn, delay) {
	let timeout;
	return function(...args) {
		if (delay) {
			clearTimeout(timeout);
			timeout = setTimeout(fn, delay, args);
		} else fn.apply(this, args);
		return delay;
	};
}
/**
* Converts 'start' to 'left', 'end' to 'right' and others to 'center'
* @private
*/ var _toLeftRightCenter = (align) => align === "start" ? "left" : align === "end" ? "right" : "center";
/**
* Returns `start`, `end` or `(start + end) / 2` depending on `align`. Defaults to `center`
* @private
*/ var _alignStartEnd = (align, start, end) => align === "start" ? start : align === "end" ? end : (start + end) / 2;
/**
* Returns `left`, `right` or `(left + right) / 2` depending on `align`. Defaults to `left`
* @private
*/ var _textX = (align, left, right, rtl) => {
	return align === (rtl ? "left" : "right") ? right : align === "center" ? (left + right) / 2 : left;
};
var atEdge = (t) => t === 0 || t === 1;
var elasticIn = (t, s, p) => -(Math.pow(2, 10 * (t -= 1)) * Math.sin((t - s) * TAU / p));
var elasticOut = (t, s, p) => Math.pow(2, -10 * t) * Math.sin((t - s) * TAU / p) + 1;
/**
* Easing functions adapted from Robert Penner's easing equations.
* @namespace Chart.helpers.easing.effects
* @see http://www.robertpenner.com/easing/
*/ var effects = {
	linear: (t) => t,
	easeInQuad: (t) => t * t,
	easeOutQuad: (t) => -t * (t - 2),
	easeInOutQuad: (t) => (t /= .5) < 1 ? .5 * t * t : -.5 * (--t * (t - 2) - 1),
	easeInCubic: (t) => t * t * t,
	easeOutCubic: (t) => (t -= 1) * t * t + 1,
	easeInOutCubic: (t) => (t /= .5) < 1 ? .5 * t * t * t : .5 * ((t -= 2) * t * t + 2),
	easeInQuart: (t) => t * t * t * t,
	easeOutQuart: (t) => -((t -= 1) * t * t * t - 1),
	easeInOutQuart: (t) => (t /= .5) < 1 ? .5 * t * t * t * t : -.5 * ((t -= 2) * t * t * t - 2),
	easeInQuint: (t) => t * t * t * t * t,
	easeOutQuint: (t) => (t -= 1) * t * t * t * t + 1,
	easeInOutQuint: (t) => (t /= .5) < 1 ? .5 * t * t * t * t * t : .5 * ((t -= 2) * t * t * t * t + 2),
	easeInSine: (t) => -Math.cos(t * HALF_PI) + 1,
	easeOutSine: (t) => Math.sin(t * HALF_PI),
	easeInOutSine: (t) => -.5 * (Math.cos(PI * t) - 1),
	easeInExpo: (t) => t === 0 ? 0 : Math.pow(2, 10 * (t - 1)),
	easeOutExpo: (t) => t === 1 ? 1 : -Math.pow(2, -10 * t) + 1,
	easeInOutExpo: (t) => atEdge(t) ? t : t < .5 ? .5 * Math.pow(2, 10 * (t * 2 - 1)) : .5 * (-Math.pow(2, -10 * (t * 2 - 1)) + 2),
	easeInCirc: (t) => t >= 1 ? t : -(Math.sqrt(1 - t * t) - 1),
	easeOutCirc: (t) => Math.sqrt(1 - (t -= 1) * t),
	easeInOutCirc: (t) => (t /= .5) < 1 ? -.5 * (Math.sqrt(1 - t * t) - 1) : .5 * (Math.sqrt(1 - (t -= 2) * t) + 1),
	easeInElastic: (t) => atEdge(t) ? t : elasticIn(t, .075, .3),
	easeOutElastic: (t) => atEdge(t) ? t : elasticOut(t, .075, .3),
	easeInOutElastic(t) {
		const s = .1125;
		const p = .45;
		return atEdge(t) ? t : t < .5 ? .5 * elasticIn(t * 2, s, p) : .5 + .5 * elasticOut(t * 2 - 1, s, p);
	},
	easeInBack(t) {
		return t * t * (2.70158 * t - 1.70158);
	},
	easeOutBack(t) {
		return (t -= 1) * t * (2.70158 * t + 1.70158) + 1;
	},
	easeInOutBack(t) {
		let s = 1.70158;
		if ((t /= .5) < 1) return .5 * (t * t * (((s *= 1.525) + 1) * t - s));
		return .5 * ((t -= 2) * t * (((s *= 1.525) + 1) * t + s) + 2);
	},
	easeInBounce: (t) => 1 - effects.easeOutBounce(1 - t),
	easeOutBounce(t) {
		const m = 7.5625;
		const d = 2.75;
		if (t < 1 / d) return m * t * t;
		if (t < 2 / d) return m * (t -= 1.5 / d) * t + .75;
		if (t < 2.5 / d) return m * (t -= 2.25 / d) * t + .9375;
		return m * (t -= 2.625 / d) * t + .984375;
	},
	easeInOutBounce: (t) => t < .5 ? effects.easeInBounce(t * 2) * .5 : effects.easeOutBounce(t * 2 - 1) * .5 + .5
};
function isPatternOrGradient(value) {
	if (value && typeof value === "object") {
		const type = value.toString();
		return type === "[object CanvasPattern]" || type === "[object CanvasGradient]";
	}
	return false;
}
function color(value) {
	return isPatternOrGradient(value) ? value : new Color(value);
}
function getHoverColor(value) {
	return isPatternOrGradient(value) ? value : new Color(value).saturate(.5).darken(.1).hexString();
}
var numbers = [
	"x",
	"y",
	"borderWidth",
	"radius",
	"tension"
];
var colors = [
	"color",
	"borderColor",
	"backgroundColor"
];
function applyAnimationsDefaults(defaults) {
	defaults.set("animation", {
		delay: void 0,
		duration: 1e3,
		easing: "easeOutQuart",
		fn: void 0,
		from: void 0,
		loop: void 0,
		to: void 0,
		type: void 0
	});
	defaults.describe("animation", {
		_fallback: false,
		_indexable: false,
		_scriptable: (name) => name !== "onProgress" && name !== "onComplete" && name !== "fn"
	});
	defaults.set("animations", {
		colors: {
			type: "color",
			properties: colors
		},
		numbers: {
			type: "number",
			properties: numbers
		}
	});
	defaults.describe("animations", { _fallback: "animation" });
	defaults.set("transitions", {
		active: { animation: { duration: 400 } },
		resize: { animation: { duration: 0 } },
		show: { animations: {
			colors: { from: "transparent" },
			visible: {
				type: "boolean",
				duration: 0
			}
		} },
		hide: { animations: {
			colors: { to: "transparent" },
			visible: {
				type: "boolean",
				easing: "linear",
				fn: (v) => v | 0
			}
		} }
	});
}
function applyLayoutsDefaults(defaults) {
	defaults.set("layout", {
		autoPadding: true,
		padding: {
			top: 0,
			right: 0,
			bottom: 0,
			left: 0
		}
	});
}
var intlCache = /* @__PURE__ */ new Map();
function getNumberFormat(locale, options) {
	options = options || {};
	const cacheKey = locale + JSON.stringify(options);
	let formatter = intlCache.get(cacheKey);
	if (!formatter) {
		formatter = new Intl.NumberFormat(locale, options);
		intlCache.set(cacheKey, formatter);
	}
	return formatter;
}
function formatNumber(num, locale, options) {
	return getNumberFormat(locale, options).format(num);
}
var formatters = {
	values(value) {
		return isArray(value) ? value : "" + value;
	},
	numeric(tickValue, index, ticks) {
		if (tickValue === 0) return "0";
		const locale = this.chart.options.locale;
		let notation;
		let delta = tickValue;
		if (ticks.length > 1) {
			const maxTick = Math.max(Math.abs(ticks[0].value), Math.abs(ticks[ticks.length - 1].value));
			if (maxTick < 1e-4 || maxTick > 0x38d7ea4c68000) notation = "scientific";
			delta = calculateDelta(tickValue, ticks);
		}
		const logDelta = log10(Math.abs(delta));
		const numDecimal = isNaN(logDelta) ? 1 : Math.max(Math.min(-1 * Math.floor(logDelta), 20), 0);
		const options = {
			notation,
			minimumFractionDigits: numDecimal,
			maximumFractionDigits: numDecimal
		};
		Object.assign(options, this.options.ticks.format);
		return formatNumber(tickValue, locale, options);
	},
	logarithmic(tickValue, index, ticks) {
		if (tickValue === 0) return "0";
		const remain = ticks[index].significand || tickValue / Math.pow(10, Math.floor(log10(tickValue)));
		if ([
			1,
			2,
			3,
			5,
			10,
			15
		].includes(remain) || index > .8 * ticks.length) return formatters.numeric.call(this, tickValue, index, ticks);
		return "";
	}
};
function calculateDelta(tickValue, ticks) {
	let delta = ticks.length > 3 ? ticks[2].value - ticks[1].value : ticks[1].value - ticks[0].value;
	if (Math.abs(delta) >= 1 && tickValue !== Math.floor(tickValue)) delta = tickValue - Math.floor(tickValue);
	return delta;
}
var Ticks = { formatters };
function applyScaleDefaults(defaults) {
	defaults.set("scale", {
		display: true,
		offset: false,
		reverse: false,
		beginAtZero: false,
		bounds: "ticks",
		clip: true,
		grace: 0,
		grid: {
			display: true,
			lineWidth: 1,
			drawOnChartArea: true,
			drawTicks: true,
			tickLength: 8,
			tickWidth: (_ctx, options) => options.lineWidth,
			tickColor: (_ctx, options) => options.color,
			offset: false
		},
		border: {
			display: true,
			dash: [],
			dashOffset: 0,
			width: 1
		},
		title: {
			display: false,
			text: "",
			padding: {
				top: 4,
				bottom: 4
			}
		},
		ticks: {
			minRotation: 0,
			maxRotation: 50,
			mirror: false,
			textStrokeWidth: 0,
			textStrokeColor: "",
			padding: 3,
			display: true,
			autoSkip: true,
			autoSkipPadding: 3,
			labelOffset: 0,
			callback: Ticks.formatters.values,
			minor: {},
			major: {},
			align: "center",
			crossAlign: "near",
			showLabelBackdrop: false,
			backdropColor: "rgba(255, 255, 255, 0.75)",
			backdropPadding: 2
		}
	});
	defaults.route("scale.ticks", "color", "", "color");
	defaults.route("scale.grid", "color", "", "borderColor");
	defaults.route("scale.border", "color", "", "borderColor");
	defaults.route("scale.title", "color", "", "color");
	defaults.describe("scale", {
		_fallback: false,
		_scriptable: (name) => !name.startsWith("before") && !name.startsWith("after") && name !== "callback" && name !== "parser",
		_indexable: (name) => name !== "borderDash" && name !== "tickBorderDash" && name !== "dash"
	});
	defaults.describe("scales", { _fallback: "scale" });
	defaults.describe("scale.ticks", {
		_scriptable: (name) => name !== "backdropPadding" && name !== "callback",
		_indexable: (name) => name !== "backdropPadding"
	});
}
var overrides = Object.create(null);
var descriptors = Object.create(null);
function getScope$1(node, key) {
	if (!key) return node;
	const keys = key.split(".");
	for (let i = 0, n = keys.length; i < n; ++i) {
		const k = keys[i];
		node = node[k] || (node[k] = Object.create(null));
	}
	return node;
}
function set(root, scope, values) {
	if (typeof scope === "string") return merge(getScope$1(root, scope), values);
	return merge(getScope$1(root, ""), scope);
}
var Defaults = class {
	constructor(_descriptors, _appliers) {
		this.animation = void 0;
		this.backgroundColor = "rgba(0,0,0,0.1)";
		this.borderColor = "rgba(0,0,0,0.1)";
		this.color = "#666";
		this.datasets = {};
		this.devicePixelRatio = (context) => context.chart.platform.getDevicePixelRatio();
		this.elements = {};
		this.events = [
			"mousemove",
			"mouseout",
			"click",
			"touchstart",
			"touchmove"
		];
		this.font = {
			family: "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",
			size: 12,
			style: "normal",
			lineHeight: 1.2,
			weight: null
		};
		this.hover = {};
		this.hoverBackgroundColor = (ctx, options) => getHoverColor(options.backgroundColor);
		this.hoverBorderColor = (ctx, options) => getHoverColor(options.borderColor);
		this.hoverColor = (ctx, options) => getHoverColor(options.color);
		this.indexAxis = "x";
		this.interaction = {
			mode: "nearest",
			intersect: true,
			includeInvisible: false
		};
		this.maintainAspectRatio = true;
		this.onHover = null;
		this.onClick = null;
		this.parsing = true;
		this.plugins = {};
		this.responsive = true;
		this.scale = void 0;
		this.scales = {};
		this.showLine = true;
		this.drawActiveElementsOnTop = true;
		this.describe(_descriptors);
		this.apply(_appliers);
	}
	set(scope, values) {
		return set(this, scope, values);
	}
	get(scope) {
		return getScope$1(this, scope);
	}
	describe(scope, values) {
		return set(descriptors, scope, values);
	}
	override(scope, values) {
		return set(overrides, scope, values);
	}
	route(scope, name, targetScope, targetName) {
		const scopeObject = getScope$1(this, scope);
		const targetScopeObject = getScope$1(this, targetScope);
		const privateName = "_" + name;
		Object.defineProperties(scopeObject, {
			[privateName]: {
				value: scopeObject[name],
				writable: true
			},
			[name]: {
				enumerable: true,
				get() {
					const local = this[privateName];
					const target = targetScopeObject[targetName];
					if (isObject(local)) return Object.assign({}, target, local);
					return valueOrDefault(local, target);
				},
				set(value) {
					this[privateName] = value;
				}
			}
		});
	}
	apply(appliers) {
		appliers.forEach((apply) => apply(this));
	}
};
var defaults = /* #__PURE__ */ new Defaults({
	_scriptable: (name) => !name.startsWith("on"),
	_indexable: (name) => name !== "events",
	hover: { _fallback: "interaction" },
	interaction: {
		_scriptable: false,
		_indexable: false
	}
}, [
	applyAnimationsDefaults,
	applyLayoutsDefaults,
	applyScaleDefaults
]);
/**
* Converts the given font object into a CSS font string.
* @param font - A font object.
* @return The CSS font string. See https://developer.mozilla.org/en-US/docs/Web/CSS/font
* @private
*/ function toFontString(font) {
	if (!font || isNullOrUndef(font.size) || isNullOrUndef(font.family)) return null;
	return (font.style ? font.style + " " : "") + (font.weight ? font.weight + " " : "") + font.size + "px " + font.family;
}
/**
* @private
*/ function _measureText(ctx, data, gc, longest, string) {
	let textWidth = data[string];
	if (!textWidth) {
		textWidth = data[string] = ctx.measureText(string).width;
		gc.push(string);
	}
	if (textWidth > longest) longest = textWidth;
	return longest;
}
/**
* @private
*/ function _longestText(ctx, font, arrayOfThings, cache) {
	cache = cache || {};
	let data = cache.data = cache.data || {};
	let gc = cache.garbageCollect = cache.garbageCollect || [];
	if (cache.font !== font) {
		data = cache.data = {};
		gc = cache.garbageCollect = [];
		cache.font = font;
	}
	ctx.save();
	ctx.font = font;
	let longest = 0;
	const ilen = arrayOfThings.length;
	let i, j, jlen, thing, nestedThing;
	for (i = 0; i < ilen; i++) {
		thing = arrayOfThings[i];
		if (thing !== void 0 && thing !== null && !isArray(thing)) longest = _measureText(ctx, data, gc, longest, thing);
		else if (isArray(thing)) for (j = 0, jlen = thing.length; j < jlen; j++) {
			nestedThing = thing[j];
			if (nestedThing !== void 0 && nestedThing !== null && !isArray(nestedThing)) longest = _measureText(ctx, data, gc, longest, nestedThing);
		}
	}
	ctx.restore();
	const gcLen = gc.length / 2;
	if (gcLen > arrayOfThings.length) {
		for (i = 0; i < gcLen; i++) delete data[gc[i]];
		gc.splice(0, gcLen);
	}
	return longest;
}
/**
* Returns the aligned pixel value to avoid anti-aliasing blur
* @param chart - The chart instance.
* @param pixel - A pixel value.
* @param width - The width of the element.
* @returns The aligned pixel value.
* @private
*/ function _alignPixel(chart, pixel, width) {
	const devicePixelRatio = chart.currentDevicePixelRatio;
	const halfWidth = width !== 0 ? Math.max(width / 2, .5) : 0;
	return Math.round((pixel - halfWidth) * devicePixelRatio) / devicePixelRatio + halfWidth;
}
/**
* Clears the entire canvas.
*/ function clearCanvas(canvas, ctx) {
	if (!ctx && !canvas) return;
	ctx = ctx || canvas.getContext("2d");
	ctx.save();
	ctx.resetTransform();
	ctx.clearRect(0, 0, canvas.width, canvas.height);
	ctx.restore();
}
function drawPoint(ctx, options, x, y) {
	drawPointLegend(ctx, options, x, y, null);
}
function drawPointLegend(ctx, options, x, y, w) {
	let type, xOffset, yOffset, size, cornerRadius, width, xOffsetW, yOffsetW;
	const style = options.pointStyle;
	const rotation = options.rotation;
	const radius = options.radius;
	let rad = (rotation || 0) * RAD_PER_DEG;
	if (style && typeof style === "object") {
		type = style.toString();
		if (type === "[object HTMLImageElement]" || type === "[object HTMLCanvasElement]") {
			ctx.save();
			ctx.translate(x, y);
			ctx.rotate(rad);
			ctx.drawImage(style, -style.width / 2, -style.height / 2, style.width, style.height);
			ctx.restore();
			return;
		}
	}
	if (isNaN(radius) || radius <= 0) return;
	ctx.beginPath();
	switch (style) {
		default:
			if (w) ctx.ellipse(x, y, w / 2, radius, 0, 0, TAU);
			else ctx.arc(x, y, radius, 0, TAU);
			ctx.closePath();
			break;
		case "triangle":
			width = w ? w / 2 : radius;
			ctx.moveTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			rad += TWO_THIRDS_PI;
			ctx.lineTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			rad += TWO_THIRDS_PI;
			ctx.lineTo(x + Math.sin(rad) * width, y - Math.cos(rad) * radius);
			ctx.closePath();
			break;
		case "rectRounded":
			cornerRadius = radius * .516;
			size = radius - cornerRadius;
			xOffset = Math.cos(rad + QUARTER_PI) * size;
			xOffsetW = Math.cos(rad + QUARTER_PI) * (w ? w / 2 - cornerRadius : size);
			yOffset = Math.sin(rad + QUARTER_PI) * size;
			yOffsetW = Math.sin(rad + QUARTER_PI) * (w ? w / 2 - cornerRadius : size);
			ctx.arc(x - xOffsetW, y - yOffset, cornerRadius, rad - PI, rad - HALF_PI);
			ctx.arc(x + yOffsetW, y - xOffset, cornerRadius, rad - HALF_PI, rad);
			ctx.arc(x + xOffsetW, y + yOffset, cornerRadius, rad, rad + HALF_PI);
			ctx.arc(x - yOffsetW, y + xOffset, cornerRadius, rad + HALF_PI, rad + PI);
			ctx.closePath();
			break;
		case "rect":
			if (!rotation) {
				size = Math.SQRT1_2 * radius;
				width = w ? w / 2 : size;
				ctx.rect(x - width, y - size, 2 * width, 2 * size);
				break;
			}
			rad += QUARTER_PI;
		case "rectRot":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			ctx.closePath();
			break;
		case "crossRot": rad += QUARTER_PI;
		case "cross":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			break;
		case "star":
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			rad += QUARTER_PI;
			xOffsetW = Math.cos(rad) * (w ? w / 2 : radius);
			xOffset = Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			yOffsetW = Math.sin(rad) * (w ? w / 2 : radius);
			ctx.moveTo(x - xOffsetW, y - yOffset);
			ctx.lineTo(x + xOffsetW, y + yOffset);
			ctx.moveTo(x + yOffsetW, y - xOffset);
			ctx.lineTo(x - yOffsetW, y + xOffset);
			break;
		case "line":
			xOffset = w ? w / 2 : Math.cos(rad) * radius;
			yOffset = Math.sin(rad) * radius;
			ctx.moveTo(x - xOffset, y - yOffset);
			ctx.lineTo(x + xOffset, y + yOffset);
			break;
		case "dash":
			ctx.moveTo(x, y);
			ctx.lineTo(x + Math.cos(rad) * (w ? w / 2 : radius), y + Math.sin(rad) * radius);
			break;
		case false: ctx.closePath();
	}
	ctx.fill();
	if (options.borderWidth > 0) ctx.stroke();
}
/**
* Returns true if the point is inside the rectangle
* @param point - The point to test
* @param area - The rectangle
* @param margin - allowed margin
* @private
*/ function _isPointInArea(point, area, margin) {
	margin = margin || .5;
	return !area || point && point.x > area.left - margin && point.x < area.right + margin && point.y > area.top - margin && point.y < area.bottom + margin;
}
function clipArea(ctx, area) {
	ctx.save();
	ctx.beginPath();
	ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
	ctx.clip();
}
function unclipArea(ctx) {
	ctx.restore();
}
function setRenderOpts(ctx, opts) {
	if (opts.translation) ctx.translate(opts.translation[0], opts.translation[1]);
	if (!isNullOrUndef(opts.rotation)) ctx.rotate(opts.rotation);
	if (opts.color) ctx.fillStyle = opts.color;
	if (opts.textAlign) ctx.textAlign = opts.textAlign;
	if (opts.textBaseline) ctx.textBaseline = opts.textBaseline;
}
function decorateText(ctx, x, y, line, opts) {
	if (opts.strikethrough || opts.underline) {
		/**
		* Now that IE11 support has been dropped, we can use more
		* of the TextMetrics object. The actual bounding boxes
		* are unflagged in Chrome, Firefox, Edge, and Safari so they
		* can be safely used.
		* See https://developer.mozilla.org/en-US/docs/Web/API/TextMetrics#Browser_compatibility
		*/ const metrics = ctx.measureText(line);
		const left = x - metrics.actualBoundingBoxLeft;
		const right = x + metrics.actualBoundingBoxRight;
		const top = y - metrics.actualBoundingBoxAscent;
		const bottom = y + metrics.actualBoundingBoxDescent;
		const yDecoration = opts.strikethrough ? (top + bottom) / 2 : bottom;
		ctx.strokeStyle = ctx.fillStyle;
		ctx.beginPath();
		ctx.lineWidth = opts.decorationWidth || 2;
		ctx.moveTo(left, yDecoration);
		ctx.lineTo(right, yDecoration);
		ctx.stroke();
	}
}
function drawBackdrop(ctx, opts) {
	const oldColor = ctx.fillStyle;
	ctx.fillStyle = opts.color;
	ctx.fillRect(opts.left, opts.top, opts.width, opts.height);
	ctx.fillStyle = oldColor;
}
/**
* Render text onto the canvas
*/ function renderText(ctx, text, x, y, font, opts = {}) {
	const lines = isArray(text) ? text : [text];
	const stroke = opts.strokeWidth > 0 && opts.strokeColor !== "";
	let i, line;
	ctx.save();
	ctx.font = font.string;
	setRenderOpts(ctx, opts);
	for (i = 0; i < lines.length; ++i) {
		line = lines[i];
		if (opts.backdrop) drawBackdrop(ctx, opts.backdrop);
		if (stroke) {
			if (opts.strokeColor) ctx.strokeStyle = opts.strokeColor;
			if (!isNullOrUndef(opts.strokeWidth)) ctx.lineWidth = opts.strokeWidth;
			ctx.strokeText(line, x, y, opts.maxWidth);
		}
		ctx.fillText(line, x, y, opts.maxWidth);
		decorateText(ctx, x, y, line, opts);
		y += Number(font.lineHeight);
	}
	ctx.restore();
}
/**
* Add a path of a rectangle with rounded corners to the current sub-path
* @param ctx - Context
* @param rect - Bounding rect
*/ function addRoundedRectPath(ctx, rect) {
	const { x, y, w, h, radius } = rect;
	ctx.arc(x + radius.topLeft, y + radius.topLeft, radius.topLeft, 1.5 * PI, PI, true);
	ctx.lineTo(x, y + h - radius.bottomLeft);
	ctx.arc(x + radius.bottomLeft, y + h - radius.bottomLeft, radius.bottomLeft, PI, HALF_PI, true);
	ctx.lineTo(x + w - radius.bottomRight, y + h);
	ctx.arc(x + w - radius.bottomRight, y + h - radius.bottomRight, radius.bottomRight, HALF_PI, 0, true);
	ctx.lineTo(x + w, y + radius.topRight);
	ctx.arc(x + w - radius.topRight, y + radius.topRight, radius.topRight, 0, -HALF_PI, true);
	ctx.lineTo(x + radius.topLeft, y);
}
var LINE_HEIGHT = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/;
var FONT_STYLE = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
/**
* @alias Chart.helpers.options
* @namespace
*/ /**
* Converts the given line height `value` in pixels for a specific font `size`.
* @param value - The lineHeight to parse (eg. 1.6, '14px', '75%', '1.6em').
* @param size - The font size (in pixels) used to resolve relative `value`.
* @returns The effective line height in pixels (size * 1.2 if value is invalid).
* @see https://developer.mozilla.org/en-US/docs/Web/CSS/line-height
* @since 2.7.0
*/ function toLineHeight(value, size) {
	const matches = ("" + value).match(LINE_HEIGHT);
	if (!matches || matches[1] === "normal") return size * 1.2;
	value = +matches[2];
	switch (matches[3]) {
		case "px": return value;
		case "%": value /= 100;
	}
	return size * value;
}
var numberOrZero = (v) => +v || 0;
function _readValueToProps(value, props) {
	const ret = {};
	const objProps = isObject(props);
	const keys = objProps ? Object.keys(props) : props;
	const read = isObject(value) ? objProps ? (prop) => valueOrDefault(value[prop], value[props[prop]]) : (prop) => value[prop] : () => value;
	for (const prop of keys) ret[prop] = numberOrZero(read(prop));
	return ret;
}
/**
* Converts the given value into a TRBL object.
* @param value - If a number, set the value to all TRBL component,
*  else, if an object, use defined properties and sets undefined ones to 0.
*  x / y are shorthands for same value for left/right and top/bottom.
* @returns The padding values (top, right, bottom, left)
* @since 3.0.0
*/ function toTRBL(value) {
	return _readValueToProps(value, {
		top: "y",
		right: "x",
		bottom: "y",
		left: "x"
	});
}
/**
* Converts the given value into a TRBL corners object (similar with css border-radius).
* @param value - If a number, set the value to all TRBL corner components,
*  else, if an object, use defined properties and sets undefined ones to 0.
* @returns The TRBL corner values (topLeft, topRight, bottomLeft, bottomRight)
* @since 3.0.0
*/ function toTRBLCorners(value) {
	return _readValueToProps(value, [
		"topLeft",
		"topRight",
		"bottomLeft",
		"bottomRight"
	]);
}
/**
* Converts the given value into a padding object with pre-computed width/height.
* @param value - If a number, set the value to all TRBL component,
*  else, if an object, use defined properties and sets undefined ones to 0.
*  x / y are shorthands for same value for left/right and top/bottom.
* @returns The padding values (top, right, bottom, left, width, height)
* @since 2.7.0
*/ function toPadding(value) {
	const obj = toTRBL(value);
	obj.width = obj.left + obj.right;
	obj.height = obj.top + obj.bottom;
	return obj;
}
/**
* Parses font options and returns the font object.
* @param options - A object that contains font options to be parsed.
* @param fallback - A object that contains fallback font options.
* @return The font object.
* @private
*/ function toFont(options, fallback) {
	options = options || {};
	fallback = fallback || defaults.font;
	let size = valueOrDefault(options.size, fallback.size);
	if (typeof size === "string") size = parseInt(size, 10);
	let style = valueOrDefault(options.style, fallback.style);
	if (style && !("" + style).match(FONT_STYLE)) {
		console.warn("Invalid font style specified: \"" + style + "\"");
		style = void 0;
	}
	const font = {
		family: valueOrDefault(options.family, fallback.family),
		lineHeight: toLineHeight(valueOrDefault(options.lineHeight, fallback.lineHeight), size),
		size,
		style,
		weight: valueOrDefault(options.weight, fallback.weight),
		string: ""
	};
	font.string = toFontString(font);
	return font;
}
/**
* Evaluates the given `inputs` sequentially and returns the first defined value.
* @param inputs - An array of values, falling back to the last value.
* @param context - If defined and the current value is a function, the value
* is called with `context` as first argument and the result becomes the new input.
* @param index - If defined and the current value is an array, the value
* at `index` become the new input.
* @param info - object to return information about resolution in
* @param info.cacheable - Will be set to `false` if option is not cacheable.
* @since 2.7.0
*/ function resolve(inputs, context, index, info) {
	let cacheable = true;
	let i, ilen, value;
	for (i = 0, ilen = inputs.length; i < ilen; ++i) {
		value = inputs[i];
		if (value === void 0) continue;
		if (context !== void 0 && typeof value === "function") {
			value = value(context);
			cacheable = false;
		}
		if (index !== void 0 && isArray(value)) {
			value = value[index % value.length];
			cacheable = false;
		}
		if (value !== void 0) {
			if (info && !cacheable) info.cacheable = false;
			return value;
		}
	}
}
/**
* @param minmax
* @param grace
* @param beginAtZero
* @private
*/ function _addGrace(minmax, grace, beginAtZero) {
	const { min, max } = minmax;
	const change = toDimension(grace, (max - min) / 2);
	const keepZero = (value, add) => beginAtZero && value === 0 ? 0 : value + add;
	return {
		min: keepZero(min, -Math.abs(change)),
		max: keepZero(max, change)
	};
}
function createContext(parentContext, context) {
	return Object.assign(Object.create(parentContext), context);
}
/**
* Creates a Proxy for resolving raw values for options.
* @param scopes - The option scopes to look for values, in resolution order
* @param prefixes - The prefixes for values, in resolution order.
* @param rootScopes - The root option scopes
* @param fallback - Parent scopes fallback
* @param getTarget - callback for getting the target for changed values
* @returns Proxy
* @private
*/ function _createResolver(scopes, prefixes = [""], rootScopes, fallback, getTarget = () => scopes[0]) {
	const finalRootScopes = rootScopes || scopes;
	if (typeof fallback === "undefined") fallback = _resolve("_fallback", scopes);
	return new Proxy({
		[Symbol.toStringTag]: "Object",
		_cacheable: true,
		_scopes: scopes,
		_rootScopes: finalRootScopes,
		_fallback: fallback,
		_getTarget: getTarget,
		override: (scope) => _createResolver([scope, ...scopes], prefixes, finalRootScopes, fallback)
	}, {
		/**
		* A trap for the delete operator.
		*/ deleteProperty(target, prop) {
			delete target[prop];
			delete target._keys;
			delete scopes[0][prop];
			return true;
		},
		/**
		* A trap for getting property values.
		*/ get(target, prop) {
			return _cached(target, prop, () => _resolveWithPrefixes(prop, prefixes, scopes, target));
		},
		/**
		* A trap for Object.getOwnPropertyDescriptor.
		* Also used by Object.hasOwnProperty.
		*/ getOwnPropertyDescriptor(target, prop) {
			return Reflect.getOwnPropertyDescriptor(target._scopes[0], prop);
		},
		/**
		* A trap for Object.getPrototypeOf.
		*/ getPrototypeOf() {
			return Reflect.getPrototypeOf(scopes[0]);
		},
		/**
		* A trap for the in operator.
		*/ has(target, prop) {
			return getKeysFromAllScopes(target).includes(prop);
		},
		/**
		* A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
		*/ ownKeys(target) {
			return getKeysFromAllScopes(target);
		},
		/**
		* A trap for setting property values.
		*/ set(target, prop, value) {
			const storage = target._storage || (target._storage = getTarget());
			target[prop] = storage[prop] = value;
			delete target._keys;
			return true;
		}
	});
}
/**
* Returns an Proxy for resolving option values with context.
* @param proxy - The Proxy returned by `_createResolver`
* @param context - Context object for scriptable/indexable options
* @param subProxy - The proxy provided for scriptable options
* @param descriptorDefaults - Defaults for descriptors
* @private
*/ function _attachContext(proxy, context, subProxy, descriptorDefaults) {
	const cache = {
		_cacheable: false,
		_proxy: proxy,
		_context: context,
		_subProxy: subProxy,
		_stack: /* @__PURE__ */ new Set(),
		_descriptors: _descriptors(proxy, descriptorDefaults),
		setContext: (ctx) => _attachContext(proxy, ctx, subProxy, descriptorDefaults),
		override: (scope) => _attachContext(proxy.override(scope), context, subProxy, descriptorDefaults)
	};
	return new Proxy(cache, {
		/**
		* A trap for the delete operator.
		*/ deleteProperty(target, prop) {
			delete target[prop];
			delete proxy[prop];
			return true;
		},
		/**
		* A trap for getting property values.
		*/ get(target, prop, receiver) {
			return _cached(target, prop, () => _resolveWithContext(target, prop, receiver));
		},
		/**
		* A trap for Object.getOwnPropertyDescriptor.
		* Also used by Object.hasOwnProperty.
		*/ getOwnPropertyDescriptor(target, prop) {
			return target._descriptors.allKeys ? Reflect.has(proxy, prop) ? {
				enumerable: true,
				configurable: true
			} : void 0 : Reflect.getOwnPropertyDescriptor(proxy, prop);
		},
		/**
		* A trap for Object.getPrototypeOf.
		*/ getPrototypeOf() {
			return Reflect.getPrototypeOf(proxy);
		},
		/**
		* A trap for the in operator.
		*/ has(target, prop) {
			return Reflect.has(proxy, prop);
		},
		/**
		* A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
		*/ ownKeys() {
			return Reflect.ownKeys(proxy);
		},
		/**
		* A trap for setting property values.
		*/ set(target, prop, value) {
			proxy[prop] = value;
			delete target[prop];
			return true;
		}
	});
}
/**
* @private
*/ function _descriptors(proxy, defaults = {
	scriptable: true,
	indexable: true
}) {
	const { _scriptable = defaults.scriptable, _indexable = defaults.indexable, _allKeys = defaults.allKeys } = proxy;
	return {
		allKeys: _allKeys,
		scriptable: _scriptable,
		indexable: _indexable,
		isScriptable: isFunction(_scriptable) ? _scriptable : () => _scriptable,
		isIndexable: isFunction(_indexable) ? _indexable : () => _indexable
	};
}
var readKey = (prefix, name) => prefix ? prefix + _capitalize(name) : name;
var needsSubResolver = (prop, value) => isObject(value) && prop !== "adapters" && (Object.getPrototypeOf(value) === null || value.constructor === Object);
function _cached(target, prop, resolve) {
	if (Object.prototype.hasOwnProperty.call(target, prop) || prop === "constructor") return target[prop];
	const value = resolve();
	target[prop] = value;
	return value;
}
function _resolveWithContext(target, prop, receiver) {
	const { _proxy, _context, _subProxy, _descriptors: descriptors } = target;
	let value = _proxy[prop];
	if (isFunction(value) && descriptors.isScriptable(prop)) value = _resolveScriptable(prop, value, target, receiver);
	if (isArray(value) && value.length) value = _resolveArray(prop, value, target, descriptors.isIndexable);
	if (needsSubResolver(prop, value)) value = _attachContext(value, _context, _subProxy && _subProxy[prop], descriptors);
	return value;
}
function _resolveScriptable(prop, getValue, target, receiver) {
	const { _proxy, _context, _subProxy, _stack } = target;
	if (_stack.has(prop)) throw new Error("Recursion detected: " + Array.from(_stack).join("->") + "->" + prop);
	_stack.add(prop);
	let value = getValue(_context, _subProxy || receiver);
	_stack.delete(prop);
	if (needsSubResolver(prop, value)) value = createSubResolver(_proxy._scopes, _proxy, prop, value);
	return value;
}
function _resolveArray(prop, value, target, isIndexable) {
	const { _proxy, _context, _subProxy, _descriptors: descriptors } = target;
	if (typeof _context.index !== "undefined" && isIndexable(prop)) return value[_context.index % value.length];
	else if (isObject(value[0])) {
		const arr = value;
		const scopes = _proxy._scopes.filter((s) => s !== arr);
		value = [];
		for (const item of arr) {
			const resolver = createSubResolver(scopes, _proxy, prop, item);
			value.push(_attachContext(resolver, _context, _subProxy && _subProxy[prop], descriptors));
		}
	}
	return value;
}
function resolveFallback(fallback, prop, value) {
	return isFunction(fallback) ? fallback(prop, value) : fallback;
}
var getScope = (key, parent) => key === true ? parent : typeof key === "string" ? resolveObjectKey(parent, key) : void 0;
function addScopes(set, parentScopes, key, parentFallback, value) {
	for (const parent of parentScopes) {
		const scope = getScope(key, parent);
		if (scope) {
			set.add(scope);
			const fallback = resolveFallback(scope._fallback, key, value);
			if (typeof fallback !== "undefined" && fallback !== key && fallback !== parentFallback) return fallback;
		} else if (scope === false && typeof parentFallback !== "undefined" && key !== parentFallback) return null;
	}
	return false;
}
function createSubResolver(parentScopes, resolver, prop, value) {
	const rootScopes = resolver._rootScopes;
	const fallback = resolveFallback(resolver._fallback, prop, value);
	const allScopes = [...parentScopes, ...rootScopes];
	const set = /* @__PURE__ */ new Set();
	set.add(value);
	let key = addScopesFromKey(set, allScopes, prop, fallback || prop, value);
	if (key === null) return false;
	if (typeof fallback !== "undefined" && fallback !== prop) {
		key = addScopesFromKey(set, allScopes, fallback, key, value);
		if (key === null) return false;
	}
	return _createResolver(Array.from(set), [""], rootScopes, fallback, () => subGetTarget(resolver, prop, value));
}
function addScopesFromKey(set, allScopes, key, fallback, item) {
	while (key) key = addScopes(set, allScopes, key, fallback, item);
	return key;
}
function subGetTarget(resolver, prop, value) {
	const parent = resolver._getTarget();
	if (!(prop in parent)) parent[prop] = {};
	const target = parent[prop];
	if (isArray(target) && isObject(value)) return value;
	return target || {};
}
function _resolveWithPrefixes(prop, prefixes, scopes, proxy) {
	let value;
	for (const prefix of prefixes) {
		value = _resolve(readKey(prefix, prop), scopes);
		if (typeof value !== "undefined") return needsSubResolver(prop, value) ? createSubResolver(scopes, proxy, prop, value) : value;
	}
}
function _resolve(key, scopes) {
	for (const scope of scopes) {
		if (!scope) continue;
		const value = scope[key];
		if (typeof value !== "undefined") return value;
	}
}
function getKeysFromAllScopes(target) {
	let keys = target._keys;
	if (!keys) keys = target._keys = resolveKeysFromAllScopes(target._scopes);
	return keys;
}
function resolveKeysFromAllScopes(scopes) {
	const set = /* @__PURE__ */ new Set();
	for (const scope of scopes) for (const key of Object.keys(scope).filter((k) => !k.startsWith("_"))) set.add(key);
	return Array.from(set);
}
/**
* @private
*/ function _isDomSupported() {
	return typeof window !== "undefined" && typeof document !== "undefined";
}
/**
* @private
*/ function _getParentNode(domNode) {
	let parent = domNode.parentNode;
	if (parent && parent.toString() === "[object ShadowRoot]") parent = parent.host;
	return parent;
}
/**
* convert max-width/max-height values that may be percentages into a number
* @private
*/ function parseMaxStyle(styleValue, node, parentProperty) {
	let valueInPixels;
	if (typeof styleValue === "string") {
		valueInPixels = parseInt(styleValue, 10);
		if (styleValue.indexOf("%") !== -1) valueInPixels = valueInPixels / 100 * node.parentNode[parentProperty];
	} else valueInPixels = styleValue;
	return valueInPixels;
}
var getComputedStyle$1 = (element) => element.ownerDocument.defaultView.getComputedStyle(element, null);
function getStyle(el, property) {
	return getComputedStyle$1(el).getPropertyValue(property);
}
var positions = [
	"top",
	"right",
	"bottom",
	"left"
];
function getPositionedStyle(styles, style, suffix) {
	const result = {};
	suffix = suffix ? "-" + suffix : "";
	for (let i = 0; i < 4; i++) {
		const pos = positions[i];
		result[pos] = parseFloat(styles[style + "-" + pos + suffix]) || 0;
	}
	result.width = result.left + result.right;
	result.height = result.top + result.bottom;
	return result;
}
var useOffsetPos = (x, y, target) => (x > 0 || y > 0) && (!target || !target.shadowRoot);
/**
* @param e
* @param canvas
* @returns Canvas position
*/ function getCanvasPosition(e, canvas) {
	const touches = e.touches;
	const source = touches && touches.length ? touches[0] : e;
	const { offsetX, offsetY } = source;
	let box = false;
	let x, y;
	if (useOffsetPos(offsetX, offsetY, e.target)) {
		x = offsetX;
		y = offsetY;
	} else {
		const rect = canvas.getBoundingClientRect();
		x = source.clientX - rect.left;
		y = source.clientY - rect.top;
		box = true;
	}
	return {
		x,
		y,
		box
	};
}
/**
* Gets an event's x, y coordinates, relative to the chart area
* @param event
* @param chart
* @returns x and y coordinates of the event
*/ function getRelativePosition(event, chart) {
	if ("native" in event) return event;
	const { canvas, currentDevicePixelRatio } = chart;
	const style = getComputedStyle$1(canvas);
	const borderBox = style.boxSizing === "border-box";
	const paddings = getPositionedStyle(style, "padding");
	const borders = getPositionedStyle(style, "border", "width");
	const { x, y, box } = getCanvasPosition(event, canvas);
	const xOffset = paddings.left + (box && borders.left);
	const yOffset = paddings.top + (box && borders.top);
	let { width, height } = chart;
	if (borderBox) {
		width -= paddings.width + borders.width;
		height -= paddings.height + borders.height;
	}
	return {
		x: Math.round((x - xOffset) / width * canvas.width / currentDevicePixelRatio),
		y: Math.round((y - yOffset) / height * canvas.height / currentDevicePixelRatio)
	};
}
function getContainerSize(canvas, width, height) {
	let maxWidth, maxHeight;
	if (width === void 0 || height === void 0) {
		const container = canvas && _getParentNode(canvas);
		if (!container) {
			width = canvas.clientWidth;
			height = canvas.clientHeight;
		} else {
			const rect = container.getBoundingClientRect();
			const containerStyle = getComputedStyle$1(container);
			const containerBorder = getPositionedStyle(containerStyle, "border", "width");
			const containerPadding = getPositionedStyle(containerStyle, "padding");
			width = rect.width - containerPadding.width - containerBorder.width;
			height = rect.height - containerPadding.height - containerBorder.height;
			maxWidth = parseMaxStyle(containerStyle.maxWidth, container, "clientWidth");
			maxHeight = parseMaxStyle(containerStyle.maxHeight, container, "clientHeight");
		}
	}
	return {
		width,
		height,
		maxWidth: maxWidth || INFINITY,
		maxHeight: maxHeight || INFINITY
	};
}
var round1 = (v) => Math.round(v * 10) / 10;
function getMaximumSize(canvas, bbWidth, bbHeight, aspectRatio) {
	const style = getComputedStyle$1(canvas);
	const margins = getPositionedStyle(style, "margin");
	const maxWidth = parseMaxStyle(style.maxWidth, canvas, "clientWidth") || INFINITY;
	const maxHeight = parseMaxStyle(style.maxHeight, canvas, "clientHeight") || INFINITY;
	const containerSize = getContainerSize(canvas, bbWidth, bbHeight);
	let { width, height } = containerSize;
	if (style.boxSizing === "content-box") {
		const borders = getPositionedStyle(style, "border", "width");
		const paddings = getPositionedStyle(style, "padding");
		width -= paddings.width + borders.width;
		height -= paddings.height + borders.height;
	}
	width = Math.max(0, width - margins.width);
	height = Math.max(0, aspectRatio ? width / aspectRatio : height - margins.height);
	width = round1(Math.min(width, maxWidth, containerSize.maxWidth));
	height = round1(Math.min(height, maxHeight, containerSize.maxHeight));
	if (width && !height) height = round1(width / 2);
	if ((bbWidth !== void 0 || bbHeight !== void 0) && aspectRatio && containerSize.height && height > containerSize.height) {
		height = containerSize.height;
		width = round1(Math.floor(height * aspectRatio));
	}
	return {
		width,
		height
	};
}
/**
* @param chart
* @param forceRatio
* @param forceStyle
* @returns True if the canvas context size or transformation has changed.
*/ function retinaScale(chart, forceRatio, forceStyle) {
	const pixelRatio = forceRatio || 1;
	const deviceHeight = round1(chart.height * pixelRatio);
	const deviceWidth = round1(chart.width * pixelRatio);
	chart.height = round1(chart.height);
	chart.width = round1(chart.width);
	const canvas = chart.canvas;
	if (canvas.style && (forceStyle || !canvas.style.height && !canvas.style.width)) {
		canvas.style.height = `${chart.height}px`;
		canvas.style.width = `${chart.width}px`;
	}
	const canvasHeight = Math.floor(deviceHeight);
	const canvasWidth = Math.floor(deviceWidth);
	if (chart.currentDevicePixelRatio !== pixelRatio || canvas.height !== canvasHeight || canvas.width !== canvasWidth) {
		chart.currentDevicePixelRatio = pixelRatio;
		canvas.height = canvasHeight;
		canvas.width = canvasWidth;
		chart.ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
		return true;
	}
	return false;
}
/**
* Detects support for options object argument in addEventListener.
* https://developer.mozilla.org/en-US/docs/Web/API/EventTarget/addEventListener#Safely_detecting_option_support
* @private
*/ var supportsEventListenerOptions = function() {
	let passiveSupported = false;
	try {
		const options = { get passive() {
			passiveSupported = true;
			return false;
		} };
		if (_isDomSupported()) {
			window.addEventListener("test", null, options);
			window.removeEventListener("test", null, options);
		}
	} catch (e) {}
	return passiveSupported;
}();
/**
* The "used" size is the final value of a dimension property after all calculations have
* been performed. This method uses the computed style of `element` but returns undefined
* if the computed style is not expressed in pixels. That can happen in some cases where
* `element` has a size relative to its parent and this last one is not yet displayed,
* for example because of `display: none` on a parent node.
* @see https://developer.mozilla.org/en-US/docs/Web/CSS/used_value
* @returns Size in pixels or undefined if unknown.
*/ function readUsedSize(element, property) {
	const value = getStyle(element, property);
	const matches = value && value.match(/^(\d+)(\.\d+)?px$/);
	return matches ? +matches[1] : void 0;
}
var getRightToLeftAdapter = function(rectX, width) {
	return {
		x(x) {
			return rectX + rectX + width - x;
		},
		setWidth(w) {
			width = w;
		},
		textAlign(align) {
			if (align === "center") return align;
			return align === "right" ? "left" : "right";
		},
		xPlus(x, value) {
			return x - value;
		},
		leftForLtr(x, itemWidth) {
			return x - itemWidth;
		}
	};
};
var getLeftToRightAdapter = function() {
	return {
		x(x) {
			return x;
		},
		setWidth(w) {},
		textAlign(align) {
			return align;
		},
		xPlus(x, value) {
			return x + value;
		},
		leftForLtr(x, _itemWidth) {
			return x;
		}
	};
};
function getRtlAdapter(rtl, rectX, width) {
	return rtl ? getRightToLeftAdapter(rectX, width) : getLeftToRightAdapter();
}
function overrideTextDirection(ctx, direction) {
	let style, original;
	if (direction === "ltr" || direction === "rtl") {
		style = ctx.canvas.style;
		original = [style.getPropertyValue("direction"), style.getPropertyPriority("direction")];
		style.setProperty("direction", direction, "important");
		ctx.prevTextDirection = original;
	}
}
function restoreTextDirection(ctx, original) {
	if (original !== void 0) {
		delete ctx.prevTextDirection;
		ctx.canvas.style.setProperty("direction", original[0], original[1]);
	}
}
function getSizeForArea(scale, chartArea, field) {
	return scale.options.clip ? scale[field] : chartArea[field];
}
function getDatasetArea(meta, chartArea) {
	const { xScale, yScale } = meta;
	if (xScale && yScale) return {
		left: getSizeForArea(xScale, chartArea, "left"),
		right: getSizeForArea(xScale, chartArea, "right"),
		top: getSizeForArea(yScale, chartArea, "top"),
		bottom: getSizeForArea(yScale, chartArea, "bottom")
	};
	return chartArea;
}
function getDatasetClipArea(chart, meta) {
	const clip = meta._clip;
	if (clip.disabled) return false;
	const area = getDatasetArea(meta, chart.chartArea);
	return {
		left: clip.left === false ? 0 : area.left - (clip.left === true ? 0 : clip.left),
		right: clip.right === false ? chart.width : area.right + (clip.right === true ? 0 : clip.right),
		top: clip.top === false ? 0 : area.top - (clip.top === true ? 0 : clip.top),
		bottom: clip.bottom === false ? chart.height : area.bottom + (clip.bottom === true ? 0 : clip.bottom)
	};
}
// node_modules/chart.js/dist/chart.js
/*!
* Chart.js v4.6.1
* https://www.chartjs.org
* (c) 2026 Chart.js Contributors
* Released under the MIT License
*/
var Animator = class {
	constructor() {
		this._request = null;
		this._charts = /* @__PURE__ */ new Map();
		this._running = false;
		this._lastDate = void 0;
	}
	_notify(chart, anims, date, type) {
		const callbacks = anims.listeners[type];
		const numSteps = anims.duration;
		callbacks.forEach((fn) => fn({
			chart,
			initial: anims.initial,
			numSteps,
			currentStep: Math.min(date - anims.start, numSteps)
		}));
	}
	_refresh() {
		if (this._request) return;
		this._running = true;
		this._request = requestAnimFrame.call(window, () => {
			this._update();
			this._request = null;
			if (this._running) this._refresh();
		});
	}
	_update(date = Date.now()) {
		let remaining = 0;
		this._charts.forEach((anims, chart) => {
			if (!anims.running || !anims.items.length) return;
			const items = anims.items;
			let i = items.length - 1;
			let draw = false;
			let item;
			for (; i >= 0; --i) {
				item = items[i];
				if (item._active) {
					if (item._total > anims.duration) anims.duration = item._total;
					item.tick(date);
					draw = true;
				} else {
					items[i] = items[items.length - 1];
					items.pop();
				}
			}
			if (draw) {
				chart.draw();
				this._notify(chart, anims, date, "progress");
			}
			if (!items.length) {
				anims.running = false;
				this._notify(chart, anims, date, "complete");
				anims.initial = false;
			}
			remaining += items.length;
		});
		this._lastDate = date;
		if (remaining === 0) this._running = false;
	}
	_getAnims(chart) {
		const charts = this._charts;
		let anims = charts.get(chart);
		if (!anims) {
			anims = {
				running: false,
				initial: true,
				items: [],
				listeners: {
					complete: [],
					progress: []
				}
			};
			charts.set(chart, anims);
		}
		return anims;
	}
	listen(chart, event, cb) {
		this._getAnims(chart).listeners[event].push(cb);
	}
	add(chart, items) {
		if (!items || !items.length) return;
		this._getAnims(chart).items.push(...items);
	}
	has(chart) {
		return this._getAnims(chart).items.length > 0;
	}
	start(chart) {
		const anims = this._charts.get(chart);
		if (!anims) return;
		anims.running = true;
		anims.start = Date.now();
		anims.duration = anims.items.reduce((acc, cur) => Math.max(acc, cur._duration), 0);
		this._refresh();
	}
	running(chart) {
		if (!this._running) return false;
		const anims = this._charts.get(chart);
		if (!anims || !anims.running || !anims.items.length) return false;
		return true;
	}
	stop(chart) {
		const anims = this._charts.get(chart);
		if (!anims || !anims.items.length) return;
		const items = anims.items;
		let i = items.length - 1;
		for (; i >= 0; --i) items[i].cancel();
		anims.items = [];
		this._notify(chart, anims, Date.now(), "complete");
	}
	remove(chart) {
		return this._charts.delete(chart);
	}
};
var animator = /* #__PURE__ */ new Animator();
var transparent = "transparent";
var interpolators = {
	boolean(from, to, factor) {
		return factor > .5 ? to : from;
	},
	color(from, to, factor) {
		const c0 = color(from || transparent);
		const c1 = c0.valid && color(to || transparent);
		return c1 && c1.valid ? c1.mix(c0, factor).hexString() : to;
	},
	number(from, to, factor) {
		return from + (to - from) * factor;
	}
};
var Animation = class {
	constructor(cfg, target, prop, to) {
		const currentValue = target[prop];
		to = resolve([
			cfg.to,
			to,
			currentValue,
			cfg.from
		]);
		const from = resolve([
			cfg.from,
			currentValue,
			to
		]);
		this._active = true;
		this._fn = cfg.fn || interpolators[cfg.type || typeof from];
		this._easing = effects[cfg.easing] || effects.linear;
		this._start = Math.floor(Date.now() + (cfg.delay || 0));
		this._duration = this._total = Math.floor(cfg.duration);
		this._loop = !!cfg.loop;
		this._target = target;
		this._prop = prop;
		this._from = from;
		this._to = to;
		this._promises = void 0;
	}
	active() {
		return this._active;
	}
	update(cfg, to, date) {
		if (this._active) {
			this._notify(false);
			const currentValue = this._target[this._prop];
			const elapsed = date - this._start;
			const remain = this._duration - elapsed;
			this._start = date;
			this._duration = Math.floor(Math.max(remain, cfg.duration));
			this._total += elapsed;
			this._loop = !!cfg.loop;
			this._to = resolve([
				cfg.to,
				to,
				currentValue,
				cfg.from
			]);
			this._from = resolve([
				cfg.from,
				currentValue,
				to
			]);
		}
	}
	cancel() {
		if (this._active) {
			this.tick(Date.now());
			this._active = false;
			this._notify(false);
		}
	}
	tick(date) {
		const elapsed = date - this._start;
		const duration = this._duration;
		const prop = this._prop;
		const from = this._from;
		const loop = this._loop;
		const to = this._to;
		let factor;
		this._active = from !== to && (loop || elapsed < duration);
		if (!this._active) {
			this._target[prop] = to;
			this._notify(true);
			return;
		}
		if (elapsed < 0) {
			this._target[prop] = from;
			return;
		}
		factor = elapsed / duration % 2;
		factor = loop && factor > 1 ? 2 - factor : factor;
		factor = this._easing(Math.min(1, Math.max(0, factor)));
		this._target[prop] = this._fn(from, to, factor);
	}
	wait() {
		const promises = this._promises || (this._promises = []);
		return new Promise((res, rej) => {
			promises.push({
				res,
				rej
			});
		});
	}
	_notify(resolved) {
		const method = resolved ? "res" : "rej";
		const promises = this._promises || [];
		for (let i = 0; i < promises.length; i++) promises[i][method]();
	}
};
var Animations = class {
	constructor(chart, config) {
		this._chart = chart;
		this._properties = /* @__PURE__ */ new Map();
		this.configure(config);
	}
	configure(config) {
		if (!isObject(config)) return;
		const animationOptions = Object.keys(defaults.animation);
		const animatedProps = this._properties;
		Object.getOwnPropertyNames(config).forEach((key) => {
			const cfg = config[key];
			if (!isObject(cfg)) return;
			const resolved = {};
			for (const option of animationOptions) resolved[option] = cfg[option];
			(isArray(cfg.properties) && cfg.properties || [key]).forEach((prop) => {
				if (prop === key || !animatedProps.has(prop)) animatedProps.set(prop, resolved);
			});
		});
	}
	_animateOptions(target, values) {
		const newOptions = values.options;
		const options = resolveTargetOptions(target, newOptions);
		if (!options) return [];
		const animations = this._createAnimations(options, newOptions);
		if (newOptions.$shared) awaitAll(target.options.$animations, newOptions).then(() => {
			target.options = newOptions;
		}, () => {});
		return animations;
	}
	_createAnimations(target, values) {
		const animatedProps = this._properties;
		const animations = [];
		const running = target.$animations || (target.$animations = {});
		const props = Object.keys(values);
		const date = Date.now();
		let i;
		for (i = props.length - 1; i >= 0; --i) {
			const prop = props[i];
			if (prop.charAt(0) === "$") continue;
			if (prop === "options") {
				animations.push(...this._animateOptions(target, values));
				continue;
			}
			const value = values[prop];
			let animation = running[prop];
			const cfg = animatedProps.get(prop);
			if (animation) {
				if (cfg && animation.active()) {
					animation.update(cfg, value, date);
					continue;
				} else animation.cancel();
			}
			if (!cfg || !cfg.duration) {
				target[prop] = value;
				continue;
			}
			running[prop] = animation = new Animation(cfg, target, prop, value);
			animations.push(animation);
		}
		return animations;
	}
	update(target, values) {
		if (this._properties.size === 0) {
			Object.assign(target, values);
			return;
		}
		const animations = this._createAnimations(target, values);
		if (animations.length) {
			animator.add(this._chart, animations);
			return true;
		}
	}
};
function awaitAll(animations, properties) {
	const running = [];
	const keys = Object.keys(properties);
	for (let i = 0; i < keys.length; i++) {
		const anim = animations[keys[i]];
		if (anim && anim.active()) running.push(anim.wait());
	}
	return Promise.all(running);
}
function resolveTargetOptions(target, newOptions) {
	if (!newOptions) return;
	let options = target.options;
	if (!options) {
		target.options = newOptions;
		return;
	}
	if (options.$shared) target.options = options = Object.assign({}, options, {
		$shared: false,
		$animations: {}
	});
	return options;
}
function scaleClip(scale, allowedOverflow) {
	const opts = scale && scale.options || {};
	const reverse = opts.reverse;
	const min = opts.min === void 0 ? allowedOverflow : 0;
	const max = opts.max === void 0 ? allowedOverflow : 0;
	return {
		start: reverse ? max : min,
		end: reverse ? min : max
	};
}
function defaultClip(xScale, yScale, allowedOverflow) {
	if (allowedOverflow === false) return false;
	const x = scaleClip(xScale, allowedOverflow);
	const y = scaleClip(yScale, allowedOverflow);
	return {
		top: y.end,
		right: x.end,
		bottom: y.start,
		left: x.start
	};
}
function toClip(value) {
	let t, r, b, l;
	if (isObject(value)) {
		t = value.top;
		r = value.right;
		b = value.bottom;
		l = value.left;
	} else t = r = b = l = value;
	return {
		top: t,
		right: r,
		bottom: b,
		left: l,
		disabled: value === false
	};
}
function getSortedDatasetIndices(chart, filterVisible) {
	const keys = [];
	const metasets = chart._getSortedDatasetMetas(filterVisible);
	let i, ilen;
	for (i = 0, ilen = metasets.length; i < ilen; ++i) keys.push(metasets[i].index);
	return keys;
}
function applyStack(stack, value, dsIndex, options = {}) {
	const keys = stack.keys;
	const singleMode = options.mode === "single";
	let i, ilen, datasetIndex, otherValue;
	if (value === null) return;
	let found = false;
	for (i = 0, ilen = keys.length; i < ilen; ++i) {
		datasetIndex = +keys[i];
		if (datasetIndex === dsIndex) {
			found = true;
			if (options.all) continue;
			break;
		}
		otherValue = stack.values[datasetIndex];
		if (isNumberFinite(otherValue) && (singleMode || value === 0 || sign(value) === sign(otherValue))) value += otherValue;
	}
	if (!found && !options.all) return 0;
	return value;
}
function convertObjectDataToArray(data, meta) {
	const { iScale, vScale } = meta;
	const iAxisKey = iScale.axis === "x" ? "x" : "y";
	const vAxisKey = vScale.axis === "x" ? "x" : "y";
	const keys = Object.keys(data);
	const adata = new Array(keys.length);
	let i, ilen, key;
	for (i = 0, ilen = keys.length; i < ilen; ++i) {
		key = keys[i];
		adata[i] = {
			[iAxisKey]: key,
			[vAxisKey]: data[key]
		};
	}
	return adata;
}
function isStacked(scale, meta) {
	const stacked = scale && scale.options.stacked;
	return stacked || stacked === void 0 && meta.stack !== void 0;
}
function getStackKey(indexScale, valueScale, meta) {
	return `${indexScale.id}.${valueScale.id}.${meta.stack || meta.type}`;
}
function getUserBounds(scale) {
	const { min, max, minDefined, maxDefined } = scale.getUserBounds();
	return {
		min: minDefined ? min : Number.NEGATIVE_INFINITY,
		max: maxDefined ? max : Number.POSITIVE_INFINITY
	};
}
function getOrCreateStack(stacks, stackKey, indexValue) {
	const subStack = stacks[stackKey] || (stacks[stackKey] = {});
	return subStack[indexValue] || (subStack[indexValue] = {});
}
function getLastIndexInStack(stack, vScale, positive, type) {
	for (const meta of vScale.getMatchingVisibleMetas(type).reverse()) {
		const value = stack[meta.index];
		if (positive && value > 0 || !positive && value < 0) return meta.index;
	}
	return null;
}
function updateStacks(controller, parsed) {
	const { chart, _cachedMeta: meta } = controller;
	const stacks = chart._stacks || (chart._stacks = {});
	const { iScale, vScale, index: datasetIndex } = meta;
	const iAxis = iScale.axis;
	const vAxis = vScale.axis;
	const key = getStackKey(iScale, vScale, meta);
	const ilen = parsed.length;
	let stack;
	for (let i = 0; i < ilen; ++i) {
		const item = parsed[i];
		const { [iAxis]: index, [vAxis]: value } = item;
		const itemStacks = item._stacks || (item._stacks = {});
		stack = itemStacks[vAxis] = getOrCreateStack(stacks, key, index);
		stack[datasetIndex] = value;
		stack._top = getLastIndexInStack(stack, vScale, true, meta.type);
		stack._bottom = getLastIndexInStack(stack, vScale, false, meta.type);
		const visualValues = stack._visualValues || (stack._visualValues = {});
		visualValues[datasetIndex] = value;
	}
}
function getFirstScaleId(chart, axis) {
	const scales = chart.scales;
	return Object.keys(scales).filter((key) => scales[key].axis === axis).shift();
}
function createDatasetContext(parent, index) {
	return createContext(parent, {
		active: false,
		dataset: void 0,
		datasetIndex: index,
		index,
		mode: "default",
		type: "dataset"
	});
}
function createDataContext(parent, index, element) {
	return createContext(parent, {
		active: false,
		dataIndex: index,
		parsed: void 0,
		raw: void 0,
		element,
		index,
		mode: "default",
		type: "data"
	});
}
function clearStacks(meta, items) {
	const datasetIndex = meta.controller.index;
	const axis = meta.vScale && meta.vScale.axis;
	if (!axis) return;
	items = items || meta._parsed;
	for (const parsed of items) {
		const stacks = parsed._stacks;
		if (!stacks || stacks[axis] === void 0 || stacks[axis][datasetIndex] === void 0) continue;
		delete stacks[axis][datasetIndex];
		if (stacks[axis]._visualValues !== void 0 && stacks[axis]._visualValues[datasetIndex] !== void 0) delete stacks[axis]._visualValues[datasetIndex];
	}
}
var isDirectUpdateMode = (mode) => mode === "reset" || mode === "none";
var cloneIfNotShared = (cached, shared) => shared ? cached : Object.assign({}, cached);
var createStack = (canStack, meta, chart) => canStack && !meta.hidden && meta._stacked && {
	keys: getSortedDatasetIndices(chart, true),
	values: null
};
var DatasetController = class {
	static defaults = {};
	static datasetElementType = null;
	static dataElementType = null;
	constructor(chart, datasetIndex) {
		this.chart = chart;
		this._ctx = chart.ctx;
		this.index = datasetIndex;
		this._cachedDataOpts = {};
		this._cachedMeta = this.getMeta();
		this._type = this._cachedMeta.type;
		this.options = void 0;
		this._parsing = false;
		this._data = void 0;
		this._objectData = void 0;
		this._sharedOptions = void 0;
		this._drawStart = void 0;
		this._drawCount = void 0;
		this.enableOptionSharing = false;
		this.supportsDecimation = false;
		this.$context = void 0;
		this._syncList = [];
		this.datasetElementType = new.target.datasetElementType;
		this.dataElementType = new.target.dataElementType;
		this.initialize();
	}
	initialize() {
		const meta = this._cachedMeta;
		this.configure();
		this.linkScales();
		meta._stacked = isStacked(meta.vScale, meta);
		this.addElements();
		if (this.options.fill && !this.chart.isPluginEnabled("filler")) console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
	}
	updateIndex(datasetIndex) {
		if (this.index !== datasetIndex) clearStacks(this._cachedMeta);
		this.index = datasetIndex;
	}
	linkScales() {
		const chart = this.chart;
		const meta = this._cachedMeta;
		const dataset = this.getDataset();
		const chooseId = (axis, x, y, r) => axis === "x" ? x : axis === "r" ? r : y;
		const xid = meta.xAxisID = valueOrDefault(dataset.xAxisID, getFirstScaleId(chart, "x"));
		const yid = meta.yAxisID = valueOrDefault(dataset.yAxisID, getFirstScaleId(chart, "y"));
		const rid = meta.rAxisID = valueOrDefault(dataset.rAxisID, getFirstScaleId(chart, "r"));
		const indexAxis = meta.indexAxis;
		const iid = meta.iAxisID = chooseId(indexAxis, xid, yid, rid);
		const vid = meta.vAxisID = chooseId(indexAxis, yid, xid, rid);
		meta.xScale = this.getScaleForId(xid);
		meta.yScale = this.getScaleForId(yid);
		meta.rScale = this.getScaleForId(rid);
		meta.iScale = this.getScaleForId(iid);
		meta.vScale = this.getScaleForId(vid);
	}
	getDataset() {
		return this.chart.data.datasets[this.index];
	}
	getMeta() {
		return this.chart.getDatasetMeta(this.index);
	}
	getScaleForId(scaleID) {
		return this.chart.scales[scaleID];
	}
	_getOtherScale(scale) {
		const meta = this._cachedMeta;
		return scale === meta.iScale ? meta.vScale : meta.iScale;
	}
	reset() {
		this._update("reset");
	}
	_destroy() {
		const meta = this._cachedMeta;
		if (this._data) unlistenArrayEvents(this._data, this);
		if (meta._stacked) clearStacks(meta);
	}
	_dataCheck() {
		const dataset = this.getDataset();
		const data = dataset.data || (dataset.data = []);
		const _data = this._data;
		if (isObject(data)) {
			const meta = this._cachedMeta;
			this._data = convertObjectDataToArray(data, meta);
		} else if (_data !== data) {
			if (_data) {
				unlistenArrayEvents(_data, this);
				const meta = this._cachedMeta;
				clearStacks(meta);
				meta._parsed = [];
			}
			if (data && Object.isExtensible(data)) listenArrayEvents(data, this);
			this._syncList = [];
			this._data = data;
		}
	}
	addElements() {
		const meta = this._cachedMeta;
		this._dataCheck();
		if (this.datasetElementType) meta.dataset = new this.datasetElementType();
	}
	buildOrUpdateElements(resetNewElements) {
		const meta = this._cachedMeta;
		const dataset = this.getDataset();
		let stackChanged = false;
		this._dataCheck();
		const oldStacked = meta._stacked;
		meta._stacked = isStacked(meta.vScale, meta);
		if (meta.stack !== dataset.stack) {
			stackChanged = true;
			clearStacks(meta);
			meta.stack = dataset.stack;
		}
		this._resyncElements(resetNewElements);
		if (stackChanged || oldStacked !== meta._stacked) {
			updateStacks(this, meta._parsed);
			meta._stacked = isStacked(meta.vScale, meta);
		}
	}
	configure() {
		const config = this.chart.config;
		const scopeKeys = config.datasetScopeKeys(this._type);
		const scopes = config.getOptionScopes(this.getDataset(), scopeKeys, true);
		this.options = config.createResolver(scopes, this.getContext());
		this._parsing = this.options.parsing;
		this._cachedDataOpts = {};
	}
	parse(start, count) {
		const { _cachedMeta: meta, _data: data } = this;
		const { iScale, _stacked } = meta;
		const iAxis = iScale.axis;
		let sorted = start === 0 && count === data.length ? true : meta._sorted;
		let prev = start > 0 && meta._parsed[start - 1];
		let i, cur, parsed;
		if (this._parsing === false) {
			meta._parsed = data;
			meta._sorted = true;
			parsed = data;
		} else {
			if (isArray(data[start])) parsed = this.parseArrayData(meta, data, start, count);
			else if (isObject(data[start])) parsed = this.parseObjectData(meta, data, start, count);
			else parsed = this.parsePrimitiveData(meta, data, start, count);
			const isNotInOrderComparedToPrev = () => cur[iAxis] === null || prev && cur[iAxis] < prev[iAxis];
			for (i = 0; i < count; ++i) {
				meta._parsed[i + start] = cur = parsed[i];
				if (sorted) {
					if (isNotInOrderComparedToPrev()) sorted = false;
					prev = cur;
				}
			}
			meta._sorted = sorted;
		}
		if (_stacked) updateStacks(this, parsed);
	}
	parsePrimitiveData(meta, data, start, count) {
		const { iScale, vScale } = meta;
		const iAxis = iScale.axis;
		const vAxis = vScale.axis;
		const labels = iScale.getLabels();
		const singleScale = iScale === vScale;
		const parsed = new Array(count);
		let i, ilen, index;
		for (i = 0, ilen = count; i < ilen; ++i) {
			index = i + start;
			parsed[i] = {
				[iAxis]: singleScale || iScale.parse(labels[index], index),
				[vAxis]: vScale.parse(data[index], index)
			};
		}
		return parsed;
	}
	parseArrayData(meta, data, start, count) {
		const { xScale, yScale } = meta;
		const parsed = new Array(count);
		let i, ilen, index, item;
		for (i = 0, ilen = count; i < ilen; ++i) {
			index = i + start;
			item = data[index];
			parsed[i] = {
				x: xScale.parse(item[0], index),
				y: yScale.parse(item[1], index)
			};
		}
		return parsed;
	}
	parseObjectData(meta, data, start, count) {
		const { xScale, yScale } = meta;
		const { xAxisKey = "x", yAxisKey = "y" } = this._parsing;
		const parsed = new Array(count);
		let i, ilen, index, item;
		for (i = 0, ilen = count; i < ilen; ++i) {
			index = i + start;
			item = data[index];
			parsed[i] = {
				x: xScale.parse(resolveObjectKey(item, xAxisKey), index),
				y: yScale.parse(resolveObjectKey(item, yAxisKey), index)
			};
		}
		return parsed;
	}
	getParsed(index) {
		return this._cachedMeta._parsed[index];
	}
	getDataElement(index) {
		return this._cachedMeta.data[index];
	}
	applyStack(scale, parsed, mode) {
		const chart = this.chart;
		const meta = this._cachedMeta;
		const value = parsed[scale.axis];
		return applyStack({
			keys: getSortedDatasetIndices(chart, true),
			values: parsed._stacks[scale.axis]._visualValues
		}, value, meta.index, { mode });
	}
	updateRangeFromParsed(range, scale, parsed, stack) {
		const parsedValue = parsed[scale.axis];
		let value = parsedValue === null ? NaN : parsedValue;
		const values = stack && parsed._stacks[scale.axis];
		if (stack && values) {
			stack.values = values;
			value = applyStack(stack, parsedValue, this._cachedMeta.index);
		}
		range.min = Math.min(range.min, value);
		range.max = Math.max(range.max, value);
	}
	getMinMax(scale, canStack) {
		const meta = this._cachedMeta;
		const _parsed = meta._parsed;
		const sorted = meta._sorted && scale === meta.iScale;
		const ilen = _parsed.length;
		const otherScale = this._getOtherScale(scale);
		const stack = createStack(canStack, meta, this.chart);
		const range = {
			min: Number.POSITIVE_INFINITY,
			max: Number.NEGATIVE_INFINITY
		};
		const { min: otherMin, max: otherMax } = getUserBounds(otherScale);
		let i, parsed;
		function _skip() {
			parsed = _parsed[i];
			const otherValue = parsed[otherScale.axis];
			return !isNumberFinite(parsed[scale.axis]) || otherMin > otherValue || otherMax < otherValue;
		}
		for (i = 0; i < ilen; ++i) {
			if (_skip()) continue;
			this.updateRangeFromParsed(range, scale, parsed, stack);
			if (sorted) break;
		}
		if (sorted) for (i = ilen - 1; i >= 0; --i) {
			if (_skip()) continue;
			this.updateRangeFromParsed(range, scale, parsed, stack);
			break;
		}
		return range;
	}
	getAllParsedValues(scale) {
		const parsed = this._cachedMeta._parsed;
		const values = [];
		let i, ilen, value;
		for (i = 0, ilen = parsed.length; i < ilen; ++i) {
			value = parsed[i][scale.axis];
			if (isNumberFinite(value)) values.push(value);
		}
		return values;
	}
	getMaxOverflow() {
		return false;
	}
	getLabelAndValue(index) {
		const meta = this._cachedMeta;
		const iScale = meta.iScale;
		const vScale = meta.vScale;
		const parsed = this.getParsed(index);
		return {
			label: iScale ? "" + iScale.getLabelForValue(parsed[iScale.axis]) : "",
			value: vScale ? "" + vScale.getLabelForValue(parsed[vScale.axis]) : ""
		};
	}
	_update(mode) {
		const meta = this._cachedMeta;
		this.update(mode || "default");
		meta._clip = toClip(valueOrDefault(this.options.clip, defaultClip(meta.xScale, meta.yScale, this.getMaxOverflow())));
	}
	update(mode) {}
	draw() {
		const ctx = this._ctx;
		const chart = this.chart;
		const meta = this._cachedMeta;
		const elements = meta.data || [];
		const area = chart.chartArea;
		const active = [];
		const start = this._drawStart || 0;
		const count = this._drawCount || elements.length - start;
		const drawActiveElementsOnTop = this.options.drawActiveElementsOnTop;
		let i;
		if (meta.dataset) meta.dataset.draw(ctx, area, start, count);
		for (i = start; i < start + count; ++i) {
			const element = elements[i];
			if (element.hidden) continue;
			if (element.active && drawActiveElementsOnTop) active.push(element);
			else element.draw(ctx, area);
		}
		for (i = 0; i < active.length; ++i) active[i].draw(ctx, area);
	}
	getStyle(index, active) {
		const mode = active ? "active" : "default";
		return index === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(mode) : this.resolveDataElementOptions(index || 0, mode);
	}
	getContext(index, active, mode) {
		const dataset = this.getDataset();
		let context;
		if (index >= 0 && index < this._cachedMeta.data.length) {
			const element = this._cachedMeta.data[index];
			context = element.$context || (element.$context = createDataContext(this.getContext(), index, element));
			context.parsed = this.getParsed(index);
			context.raw = dataset.data[index];
			context.index = context.dataIndex = index;
		} else {
			context = this.$context || (this.$context = createDatasetContext(this.chart.getContext(), this.index));
			context.dataset = dataset;
			context.index = context.datasetIndex = this.index;
		}
		context.active = !!active;
		context.mode = mode;
		return context;
	}
	resolveDatasetElementOptions(mode) {
		return this._resolveElementOptions(this.datasetElementType.id, mode);
	}
	resolveDataElementOptions(index, mode) {
		return this._resolveElementOptions(this.dataElementType.id, mode, index);
	}
	_resolveElementOptions(elementType, mode = "default", index) {
		const active = mode === "active";
		const cache = this._cachedDataOpts;
		const cacheKey = elementType + "-" + mode;
		const cached = cache[cacheKey];
		const sharing = this.enableOptionSharing && defined(index);
		if (cached) return cloneIfNotShared(cached, sharing);
		const config = this.chart.config;
		const scopeKeys = config.datasetElementScopeKeys(this._type, elementType);
		const prefixes = active ? [
			`${elementType}Hover`,
			"hover",
			elementType,
			""
		] : [elementType, ""];
		const scopes = config.getOptionScopes(this.getDataset(), scopeKeys);
		const names = Object.keys(defaults.elements[elementType]);
		const context = () => this.getContext(index, active, mode);
		const values = config.resolveNamedOptions(scopes, names, context, prefixes);
		if (values.$shared) {
			values.$shared = sharing;
			cache[cacheKey] = Object.freeze(cloneIfNotShared(values, sharing));
		}
		return values;
	}
	_resolveAnimations(index, transition, active) {
		const chart = this.chart;
		const cache = this._cachedDataOpts;
		const cacheKey = `animation-${transition}`;
		const cached = cache[cacheKey];
		if (cached) return cached;
		let options;
		if (chart.options.animation !== false) {
			const config = this.chart.config;
			const scopeKeys = config.datasetAnimationScopeKeys(this._type, transition);
			const scopes = config.getOptionScopes(this.getDataset(), scopeKeys);
			options = config.createResolver(scopes, this.getContext(index, active, transition));
		}
		const animations = new Animations(chart, options && options.animations);
		if (options && options._cacheable) cache[cacheKey] = Object.freeze(animations);
		return animations;
	}
	getSharedOptions(options) {
		if (!options.$shared) return;
		return this._sharedOptions || (this._sharedOptions = Object.assign({}, options));
	}
	includeOptions(mode, sharedOptions) {
		return !sharedOptions || isDirectUpdateMode(mode) || this.chart._animationsDisabled;
	}
	_getSharedOptions(start, mode) {
		const firstOpts = this.resolveDataElementOptions(start, mode);
		const previouslySharedOptions = this._sharedOptions;
		const sharedOptions = this.getSharedOptions(firstOpts);
		const includeOptions = this.includeOptions(mode, sharedOptions) || sharedOptions !== previouslySharedOptions;
		this.updateSharedOptions(sharedOptions, mode, firstOpts);
		return {
			sharedOptions,
			includeOptions
		};
	}
	updateElement(element, index, properties, mode) {
		if (isDirectUpdateMode(mode)) Object.assign(element, properties);
		else this._resolveAnimations(index, mode).update(element, properties);
	}
	updateSharedOptions(sharedOptions, mode, newOptions) {
		if (sharedOptions && !isDirectUpdateMode(mode)) this._resolveAnimations(void 0, mode).update(sharedOptions, newOptions);
	}
	_setStyle(element, index, mode, active) {
		element.active = active;
		const options = this.getStyle(index, active);
		this._resolveAnimations(index, mode, active).update(element, { options: !active && this.getSharedOptions(options) || options });
	}
	removeHoverStyle(element, datasetIndex, index) {
		this._setStyle(element, index, "active", false);
	}
	setHoverStyle(element, datasetIndex, index) {
		this._setStyle(element, index, "active", true);
	}
	_removeDatasetHoverStyle() {
		const element = this._cachedMeta.dataset;
		if (element) this._setStyle(element, void 0, "active", false);
	}
	_setDatasetHoverStyle() {
		const element = this._cachedMeta.dataset;
		if (element) this._setStyle(element, void 0, "active", true);
	}
	_resyncElements(resetNewElements) {
		const data = this._data;
		const elements = this._cachedMeta.data;
		for (const [method, arg1, arg2] of this._syncList) this[method](arg1, arg2);
		this._syncList = [];
		const numMeta = elements.length;
		const numData = data.length;
		const count = Math.min(numData, numMeta);
		if (count) this.parse(0, count);
		if (numData > numMeta) this._insertElements(numMeta, numData - numMeta, resetNewElements);
		else if (numData < numMeta) this._removeElements(numData, numMeta - numData);
	}
	_insertElements(start, count, resetNewElements = true) {
		const meta = this._cachedMeta;
		const data = meta.data;
		const end = start + count;
		let i;
		const move = (arr) => {
			arr.length += count;
			for (i = arr.length - 1; i >= end; i--) arr[i] = arr[i - count];
		};
		move(data);
		for (i = start; i < end; ++i) data[i] = new this.dataElementType();
		if (this._parsing) move(meta._parsed);
		this.parse(start, count);
		if (resetNewElements) this.updateElements(data, start, count, "reset");
	}
	updateElements(element, start, count, mode) {}
	_removeElements(start, count) {
		const meta = this._cachedMeta;
		if (this._parsing) {
			const removed = meta._parsed.splice(start, count);
			if (meta._stacked) clearStacks(meta, removed);
		}
		meta.data.splice(start, count);
	}
	_sync(args) {
		if (this._parsing) this._syncList.push(args);
		else {
			const [method, arg1, arg2] = args;
			this[method](arg1, arg2);
		}
		this.chart._dataChanges.push([this.index, ...args]);
	}
	_onDataPush() {
		const count = arguments.length;
		this._sync([
			"_insertElements",
			this.getDataset().data.length - count,
			count
		]);
	}
	_onDataPop() {
		this._sync([
			"_removeElements",
			this._cachedMeta.data.length - 1,
			1
		]);
	}
	_onDataShift() {
		this._sync([
			"_removeElements",
			0,
			1
		]);
	}
	_onDataSplice(start, count) {
		if (count) this._sync([
			"_removeElements",
			start,
			count
		]);
		const newCount = arguments.length - 2;
		if (newCount) this._sync([
			"_insertElements",
			start,
			newCount
		]);
	}
	_onDataUnshift() {
		this._sync([
			"_insertElements",
			0,
			arguments.length
		]);
	}
};
function getAllScaleValues(scale, type) {
	if (!scale._cache.$bar) {
		const visibleMetas = scale.getMatchingVisibleMetas(type);
		let values = [];
		for (let i = 0, ilen = visibleMetas.length; i < ilen; i++) values = values.concat(visibleMetas[i].controller.getAllParsedValues(scale));
		scale._cache.$bar = _arrayUnique(values.sort((a, b) => a - b));
	}
	return scale._cache.$bar;
}
function computeMinSampleSize(meta) {
	const scale = meta.iScale;
	const values = getAllScaleValues(scale, meta.type);
	let min = scale._length;
	let i, ilen, curr, prev;
	const updateMinAndPrev = () => {
		if (curr === 32767 || curr === -32768) return;
		if (defined(prev)) min = Math.min(min, Math.abs(curr - prev) || min);
		prev = curr;
	};
	for (i = 0, ilen = values.length; i < ilen; ++i) {
		curr = scale.getPixelForValue(values[i]);
		updateMinAndPrev();
	}
	prev = void 0;
	for (i = 0, ilen = scale.ticks.length; i < ilen; ++i) {
		curr = scale.getPixelForTick(i);
		updateMinAndPrev();
	}
	return min;
}
function computeFitCategoryTraits(index, ruler, options, stackCount) {
	const thickness = options.barThickness;
	let size, ratio;
	if (isNullOrUndef(thickness)) {
		size = ruler.min * options.categoryPercentage;
		ratio = options.barPercentage;
	} else {
		size = thickness * stackCount;
		ratio = 1;
	}
	return {
		chunk: size / stackCount,
		ratio,
		start: ruler.pixels[index] - size / 2
	};
}
function computeFlexCategoryTraits(index, ruler, options, stackCount) {
	const pixels = ruler.pixels;
	const curr = pixels[index];
	let prev = index > 0 ? pixels[index - 1] : null;
	let next = index < pixels.length - 1 ? pixels[index + 1] : null;
	const percent = options.categoryPercentage;
	if (prev === null) prev = curr - (next === null ? ruler.end - ruler.start : next - curr);
	if (next === null) next = curr + curr - prev;
	const start = curr - (curr - Math.min(prev, next)) / 2 * percent;
	return {
		chunk: Math.abs(next - prev) / 2 * percent / stackCount,
		ratio: options.barPercentage,
		start
	};
}
function parseFloatBar(entry, item, vScale, i) {
	const startValue = vScale.parse(entry[0], i);
	const endValue = vScale.parse(entry[1], i);
	const min = Math.min(startValue, endValue);
	const max = Math.max(startValue, endValue);
	let barStart = min;
	let barEnd = max;
	if (Math.abs(min) > Math.abs(max)) {
		barStart = max;
		barEnd = min;
	}
	item[vScale.axis] = barEnd;
	item._custom = {
		barStart,
		barEnd,
		start: startValue,
		end: endValue,
		min,
		max
	};
}
function parseValue(entry, item, vScale, i) {
	if (isArray(entry)) parseFloatBar(entry, item, vScale, i);
	else item[vScale.axis] = vScale.parse(entry, i);
	return item;
}
function parseArrayOrPrimitive(meta, data, start, count) {
	const iScale = meta.iScale;
	const vScale = meta.vScale;
	const labels = iScale.getLabels();
	const singleScale = iScale === vScale;
	const parsed = [];
	let i, ilen, item, entry;
	for (i = start, ilen = start + count; i < ilen; ++i) {
		entry = data[i];
		item = {};
		item[iScale.axis] = singleScale || iScale.parse(labels[i], i);
		parsed.push(parseValue(entry, item, vScale, i));
	}
	return parsed;
}
function isFloatBar(custom) {
	return custom && custom.barStart !== void 0 && custom.barEnd !== void 0;
}
function barSign(size, vScale, actualBase) {
	if (size !== 0) return sign(size);
	return (vScale.isHorizontal() ? 1 : -1) * (vScale.min >= actualBase ? 1 : -1);
}
function borderProps(properties) {
	let reverse, start, end, top, bottom;
	if (properties.horizontal) {
		reverse = properties.base > properties.x;
		start = "left";
		end = "right";
	} else {
		reverse = properties.base < properties.y;
		start = "bottom";
		end = "top";
	}
	if (reverse) {
		top = "end";
		bottom = "start";
	} else {
		top = "start";
		bottom = "end";
	}
	return {
		start,
		end,
		reverse,
		top,
		bottom
	};
}
function setBorderSkipped(properties, options, stack, index) {
	let edge = options.borderSkipped;
	const res = {};
	if (!edge) {
		properties.borderSkipped = res;
		return;
	}
	if (edge === true) {
		properties.borderSkipped = {
			top: true,
			right: true,
			bottom: true,
			left: true
		};
		return;
	}
	const { start, end, reverse, top, bottom } = borderProps(properties);
	if (edge === "middle" && stack) {
		properties.enableBorderRadius = true;
		if ((stack._top || 0) === index) edge = top;
		else if ((stack._bottom || 0) === index) edge = bottom;
		else {
			res[parseEdge(bottom, start, end, reverse)] = true;
			edge = top;
		}
	}
	res[parseEdge(edge, start, end, reverse)] = true;
	properties.borderSkipped = res;
}
function parseEdge(edge, a, b, reverse) {
	if (reverse) {
		edge = swap(edge, a, b);
		edge = startEnd(edge, b, a);
	} else edge = startEnd(edge, a, b);
	return edge;
}
function swap(orig, v1, v2) {
	return orig === v1 ? v2 : orig === v2 ? v1 : orig;
}
function startEnd(v, start, end) {
	return v === "start" ? start : v === "end" ? end : v;
}
function setInflateAmount(properties, { inflateAmount }, ratio) {
	properties.inflateAmount = inflateAmount === "auto" ? ratio === 1 ? .33 : 0 : inflateAmount;
}
var BarController = class extends DatasetController {
	static id = "bar";
	static defaults = {
		datasetElementType: false,
		dataElementType: "bar",
		categoryPercentage: .8,
		barPercentage: .9,
		grouped: true,
		animations: { numbers: {
			type: "number",
			properties: [
				"x",
				"y",
				"base",
				"width",
				"height"
			]
		} }
	};
	static overrides = { scales: {
		_index_: {
			type: "category",
			offset: true,
			grid: { offset: true }
		},
		_value_: {
			type: "linear",
			beginAtZero: true
		}
	} };
	parsePrimitiveData(meta, data, start, count) {
		return parseArrayOrPrimitive(meta, data, start, count);
	}
	parseArrayData(meta, data, start, count) {
		return parseArrayOrPrimitive(meta, data, start, count);
	}
	parseObjectData(meta, data, start, count) {
		const { iScale, vScale } = meta;
		const { xAxisKey = "x", yAxisKey = "y" } = this._parsing;
		const iAxisKey = iScale.axis === "x" ? xAxisKey : yAxisKey;
		const vAxisKey = vScale.axis === "x" ? xAxisKey : yAxisKey;
		const parsed = [];
		let i, ilen, item, obj;
		for (i = start, ilen = start + count; i < ilen; ++i) {
			obj = data[i];
			item = {};
			item[iScale.axis] = iScale.parse(resolveObjectKey(obj, iAxisKey), i);
			parsed.push(parseValue(resolveObjectKey(obj, vAxisKey), item, vScale, i));
		}
		return parsed;
	}
	updateRangeFromParsed(range, scale, parsed, stack) {
		super.updateRangeFromParsed(range, scale, parsed, stack);
		const custom = parsed._custom;
		if (custom && scale === this._cachedMeta.vScale) {
			range.min = Math.min(range.min, custom.min);
			range.max = Math.max(range.max, custom.max);
		}
	}
	getMaxOverflow() {
		return 0;
	}
	getLabelAndValue(index) {
		const { iScale, vScale } = this._cachedMeta;
		const parsed = this.getParsed(index);
		const custom = parsed._custom;
		const value = isFloatBar(custom) ? "[" + custom.start + ", " + custom.end + "]" : "" + vScale.getLabelForValue(parsed[vScale.axis]);
		return {
			label: "" + iScale.getLabelForValue(parsed[iScale.axis]),
			value
		};
	}
	initialize() {
		this.enableOptionSharing = true;
		super.initialize();
		const meta = this._cachedMeta;
		meta.stack = this.getDataset().stack;
	}
	update(mode) {
		const meta = this._cachedMeta;
		this.updateElements(meta.data, 0, meta.data.length, mode);
	}
	updateElements(bars, start, count, mode) {
		const reset = mode === "reset";
		const { index, _cachedMeta: { vScale } } = this;
		const base = vScale.getBasePixel();
		const horizontal = vScale.isHorizontal();
		const ruler = this._getRuler();
		const { sharedOptions, includeOptions } = this._getSharedOptions(start, mode);
		for (let i = start; i < start + count; i++) {
			const parsed = this.getParsed(i);
			const vpixels = reset || isNullOrUndef(parsed[vScale.axis]) ? {
				base,
				head: base
			} : this._calculateBarValuePixels(i);
			const ipixels = this._calculateBarIndexPixels(i, ruler);
			const stack = (parsed._stacks || {})[vScale.axis];
			const properties = {
				horizontal,
				base: vpixels.base,
				enableBorderRadius: !stack || isFloatBar(parsed._custom) || index === stack._top || index === stack._bottom,
				x: horizontal ? vpixels.head : ipixels.center,
				y: horizontal ? ipixels.center : vpixels.head,
				height: horizontal ? ipixels.size : Math.abs(vpixels.size),
				width: horizontal ? Math.abs(vpixels.size) : ipixels.size
			};
			if (includeOptions) properties.options = sharedOptions || this.resolveDataElementOptions(i, bars[i].active ? "active" : mode);
			const options = properties.options || bars[i].options;
			setBorderSkipped(properties, options, stack, index);
			setInflateAmount(properties, options, ruler.ratio);
			this.updateElement(bars[i], i, properties, mode);
		}
	}
	_getStacks(last, dataIndex) {
		const { iScale } = this._cachedMeta;
		const metasets = iScale.getMatchingVisibleMetas(this._type).filter((meta) => meta.controller.options.grouped);
		const stacked = iScale.options.stacked;
		const stacks = [];
		const currentParsed = this._cachedMeta.controller.getParsed(dataIndex);
		const iScaleValue = currentParsed && currentParsed[iScale.axis];
		const skipNull = (meta) => {
			const parsed = meta._parsed.find((item) => item[iScale.axis] === iScaleValue);
			const val = parsed && parsed[meta.vScale.axis];
			if (isNullOrUndef(val) || isNaN(val)) return true;
		};
		for (const meta of metasets) {
			if (dataIndex !== void 0 && skipNull(meta)) continue;
			if (stacked === false || stacks.indexOf(meta.stack) === -1 || stacked === void 0 && meta.stack === void 0) stacks.push(meta.stack);
			if (meta.index === last) break;
		}
		if (!stacks.length) stacks.push(void 0);
		return stacks;
	}
	_getStackCount(index) {
		return this._getStacks(void 0, index).length;
	}
	_getAxisCount() {
		return this._getAxis().length;
	}
	getFirstScaleIdForIndexAxis() {
		const scales = this.chart.scales;
		const indexScaleId = this.chart.options.indexAxis;
		return Object.keys(scales).filter((key) => scales[key].axis === indexScaleId).shift();
	}
	_getAxis() {
		const axis = {};
		const firstScaleAxisId = this.getFirstScaleIdForIndexAxis();
		for (const dataset of this.chart.data.datasets) axis[valueOrDefault(this.chart.options.indexAxis === "x" ? dataset.xAxisID : dataset.yAxisID, firstScaleAxisId)] = true;
		return Object.keys(axis);
	}
	_getStackIndex(datasetIndex, name, dataIndex) {
		const stacks = this._getStacks(datasetIndex, dataIndex);
		const index = name !== void 0 ? stacks.indexOf(name) : -1;
		return index === -1 ? stacks.length - 1 : index;
	}
	_getRuler() {
		const opts = this.options;
		const meta = this._cachedMeta;
		const iScale = meta.iScale;
		const pixels = [];
		let i, ilen;
		for (i = 0, ilen = meta.data.length; i < ilen; ++i) pixels.push(iScale.getPixelForValue(this.getParsed(i)[iScale.axis], i));
		const barThickness = opts.barThickness;
		return {
			min: barThickness || computeMinSampleSize(meta),
			pixels,
			start: iScale._startPixel,
			end: iScale._endPixel,
			stackCount: this._getStackCount(),
			scale: iScale,
			grouped: opts.grouped,
			ratio: barThickness ? 1 : opts.categoryPercentage * opts.barPercentage
		};
	}
	_calculateBarValuePixels(index) {
		const { _cachedMeta: { vScale, _stacked, index: datasetIndex }, options: { base: baseValue, minBarLength } } = this;
		const actualBase = baseValue || 0;
		const parsed = this.getParsed(index);
		const custom = parsed._custom;
		const floating = isFloatBar(custom);
		let value = parsed[vScale.axis];
		let start = 0;
		let length = _stacked ? this.applyStack(vScale, parsed, _stacked) : value;
		let head, size;
		if (length !== value) {
			start = length - value;
			length = value;
		}
		if (floating) {
			value = custom.barStart;
			length = custom.barEnd - custom.barStart;
			if (value !== 0 && sign(value) !== sign(custom.barEnd)) start = 0;
			start += value;
		}
		const startValue = !isNullOrUndef(baseValue) && !floating ? baseValue : start;
		let base = vScale.getPixelForValue(startValue);
		if (this.chart.getDataVisibility(index)) head = vScale.getPixelForValue(start + length);
		else head = base;
		size = head - base;
		if (Math.abs(size) < minBarLength) {
			size = barSign(size, vScale, actualBase) * minBarLength;
			if (value === actualBase) base -= size / 2;
			const startPixel = vScale.getPixelForDecimal(0);
			const endPixel = vScale.getPixelForDecimal(1);
			base = Math.max(Math.min(base, Math.max(startPixel, endPixel)), Math.min(startPixel, endPixel));
			head = base + size;
			if (_stacked && !floating) parsed._stacks[vScale.axis]._visualValues[datasetIndex] = vScale.getValueForPixel(head) - vScale.getValueForPixel(base);
		}
		if (base === vScale.getPixelForValue(actualBase)) {
			const halfGrid = sign(size) * vScale.getLineWidthForValue(actualBase) / 2;
			base += halfGrid;
			size -= halfGrid;
		}
		return {
			size,
			base,
			head,
			center: head + size / 2
		};
	}
	_calculateBarIndexPixels(index, ruler) {
		const scale = ruler.scale;
		const options = this.options;
		const skipNull = options.skipNull;
		const maxBarThickness = valueOrDefault(options.maxBarThickness, Infinity);
		let center, size;
		const axisCount = this._getAxisCount();
		if (ruler.grouped) {
			const stackCount = skipNull ? this._getStackCount(index) : ruler.stackCount;
			const range = options.barThickness === "flex" ? computeFlexCategoryTraits(index, ruler, options, stackCount * axisCount) : computeFitCategoryTraits(index, ruler, options, stackCount * axisCount);
			const axisID = this.chart.options.indexAxis === "x" ? this.getDataset().xAxisID : this.getDataset().yAxisID;
			const axisNumber = this._getAxis().indexOf(valueOrDefault(axisID, this.getFirstScaleIdForIndexAxis()));
			const stackIndex = this._getStackIndex(this.index, this._cachedMeta.stack, skipNull ? index : void 0) + axisNumber;
			center = range.start + range.chunk * stackIndex + range.chunk / 2;
			size = Math.min(maxBarThickness, range.chunk * range.ratio);
		} else {
			center = scale.getPixelForValue(this.getParsed(index)[scale.axis], index);
			size = Math.min(maxBarThickness, ruler.min * ruler.ratio);
		}
		return {
			base: center - size / 2,
			head: center + size / 2,
			center,
			size
		};
	}
	draw() {
		const meta = this._cachedMeta;
		const vScale = meta.vScale;
		const rects = meta.data;
		const ilen = rects.length;
		let i = 0;
		for (; i < ilen; ++i) if (this.getParsed(i)[vScale.axis] !== null && !rects[i].hidden) rects[i].draw(this._ctx);
	}
};
/**
* @namespace Chart._adapters
* @since 2.8.0
* @private
*/ function abstract() {
	throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
var adapters = { _date: class DateAdapterBase {
	/**
	* Override default date adapter methods.
	* Accepts type parameter to define options type.
	* @example
	* Chart._adapters._date.override<{myAdapterOption: string}>({
	*   init() {
	*     console.log(this.options.myAdapterOption);
	*   }
	* })
	*/ static override(members) {
		Object.assign(DateAdapterBase.prototype, members);
	}
	options;
	constructor(options) {
		this.options = options || {};
	}
	init() {}
	formats() {
		return abstract();
	}
	parse() {
		return abstract();
	}
	format() {
		return abstract();
	}
	add() {
		return abstract();
	}
	diff() {
		return abstract();
	}
	startOf() {
		return abstract();
	}
	endOf() {
		return abstract();
	}
} };
function binarySearch(metaset, axis, value, intersect) {
	const { controller, data, _sorted } = metaset;
	const iScale = controller._cachedMeta.iScale;
	const spanGaps = metaset.dataset ? metaset.dataset.options ? metaset.dataset.options.spanGaps : null : null;
	if (iScale && axis === iScale.axis && axis !== "r" && _sorted && data.length) {
		const lookupMethod = iScale._reversePixels ? _rlookupByKey : _lookupByKey;
		if (!intersect) {
			const result = lookupMethod(data, axis, value);
			if (spanGaps) {
				const { vScale } = controller._cachedMeta;
				const { _parsed } = metaset;
				const distanceToDefinedLo = _parsed.slice(0, result.lo + 1).reverse().findIndex((point) => !isNullOrUndef(point[vScale.axis]));
				result.lo -= Math.max(0, distanceToDefinedLo);
				const distanceToDefinedHi = _parsed.slice(result.hi).findIndex((point) => !isNullOrUndef(point[vScale.axis]));
				result.hi += Math.max(0, distanceToDefinedHi);
			}
			return result;
		} else if (controller._sharedOptions) {
			const el = data[0];
			const range = typeof el.getRange === "function" && el.getRange(axis);
			if (range) {
				const start = lookupMethod(data, axis, value - range);
				const end = lookupMethod(data, axis, value + range);
				return {
					lo: start.lo,
					hi: end.hi
				};
			}
		}
	}
	return {
		lo: 0,
		hi: data.length - 1
	};
}
function evaluateInteractionItems(chart, axis, position, handler, intersect) {
	const metasets = chart.getSortedVisibleDatasetMetas();
	const value = position[axis];
	for (let i = 0, ilen = metasets.length; i < ilen; ++i) {
		const { index, data } = metasets[i];
		const { lo, hi } = binarySearch(metasets[i], axis, value, intersect);
		for (let j = lo; j <= hi; ++j) {
			const element = data[j];
			if (!element.skip) handler(element, index, j);
		}
	}
}
function getDistanceMetricForAxis(axis) {
	const useX = axis.indexOf("x") !== -1;
	const useY = axis.indexOf("y") !== -1;
	return function(pt1, pt2) {
		const deltaX = useX ? Math.abs(pt1.x - pt2.x) : 0;
		const deltaY = useY ? Math.abs(pt1.y - pt2.y) : 0;
		return Math.sqrt(Math.pow(deltaX, 2) + Math.pow(deltaY, 2));
	};
}
function getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) {
	const items = [];
	if (!includeInvisible && !chart.isPointInArea(position)) return items;
	const evaluationFunc = function(element, datasetIndex, index) {
		if (!includeInvisible && !_isPointInArea(element, chart.chartArea, 0)) return;
		if (element.inRange(position.x, position.y, useFinalPosition)) items.push({
			element,
			datasetIndex,
			index
		});
	};
	evaluateInteractionItems(chart, axis, position, evaluationFunc, true);
	return items;
}
function getNearestRadialItems(chart, position, axis, useFinalPosition) {
	let items = [];
	function evaluationFunc(element, datasetIndex, index) {
		const { startAngle, endAngle } = element.getProps(["startAngle", "endAngle"], useFinalPosition);
		const { angle } = getAngleFromPoint(element, {
			x: position.x,
			y: position.y
		});
		if (_angleBetween(angle, startAngle, endAngle)) items.push({
			element,
			datasetIndex,
			index
		});
	}
	evaluateInteractionItems(chart, axis, position, evaluationFunc);
	return items;
}
function getNearestCartesianItems(chart, position, axis, intersect, useFinalPosition, includeInvisible) {
	let items = [];
	const distanceMetric = getDistanceMetricForAxis(axis);
	let minDistance = Number.POSITIVE_INFINITY;
	function evaluationFunc(element, datasetIndex, index) {
		const inRange = element.inRange(position.x, position.y, useFinalPosition);
		if (intersect && !inRange) return;
		const center = element.getCenterPoint(useFinalPosition);
		if (!(!!includeInvisible || chart.isPointInArea(center)) && !inRange) return;
		const distance = distanceMetric(position, center);
		if (distance < minDistance) {
			items = [{
				element,
				datasetIndex,
				index
			}];
			minDistance = distance;
		} else if (distance === minDistance) items.push({
			element,
			datasetIndex,
			index
		});
	}
	evaluateInteractionItems(chart, axis, position, evaluationFunc);
	return items;
}
function getNearestItems(chart, position, axis, intersect, useFinalPosition, includeInvisible) {
	if (!includeInvisible && !chart.isPointInArea(position)) return [];
	return axis === "r" && !intersect ? getNearestRadialItems(chart, position, axis, useFinalPosition) : getNearestCartesianItems(chart, position, axis, intersect, useFinalPosition, includeInvisible);
}
function getAxisItems(chart, position, axis, intersect, useFinalPosition) {
	const items = [];
	const rangeMethod = axis === "x" ? "inXRange" : "inYRange";
	let intersectsItem = false;
	evaluateInteractionItems(chart, axis, position, (element, datasetIndex, index) => {
		if (element[rangeMethod] && element[rangeMethod](position[axis], useFinalPosition)) {
			items.push({
				element,
				datasetIndex,
				index
			});
			intersectsItem = intersectsItem || element.inRange(position.x, position.y, useFinalPosition);
		}
	});
	if (intersect && !intersectsItem) return [];
	return items;
}
var Interaction = {
	evaluateInteractionItems,
	modes: {
		index(chart, e, options, useFinalPosition) {
			const position = getRelativePosition(e, chart);
			const axis = options.axis || "x";
			const includeInvisible = options.includeInvisible || false;
			const items = options.intersect ? getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) : getNearestItems(chart, position, axis, false, useFinalPosition, includeInvisible);
			const elements = [];
			if (!items.length) return [];
			chart.getSortedVisibleDatasetMetas().forEach((meta) => {
				const index = items[0].index;
				const element = meta.data[index];
				if (element && !element.skip) elements.push({
					element,
					datasetIndex: meta.index,
					index
				});
			});
			return elements;
		},
		dataset(chart, e, options, useFinalPosition) {
			const position = getRelativePosition(e, chart);
			const axis = options.axis || "xy";
			const includeInvisible = options.includeInvisible || false;
			let items = options.intersect ? getIntersectItems(chart, position, axis, useFinalPosition, includeInvisible) : getNearestItems(chart, position, axis, false, useFinalPosition, includeInvisible);
			if (items.length > 0) {
				const datasetIndex = items[0].datasetIndex;
				const data = chart.getDatasetMeta(datasetIndex).data;
				items = [];
				for (let i = 0; i < data.length; ++i) items.push({
					element: data[i],
					datasetIndex,
					index: i
				});
			}
			return items;
		},
		point(chart, e, options, useFinalPosition) {
			return getIntersectItems(chart, getRelativePosition(e, chart), options.axis || "xy", useFinalPosition, options.includeInvisible || false);
		},
		nearest(chart, e, options, useFinalPosition) {
			const position = getRelativePosition(e, chart);
			const axis = options.axis || "xy";
			const includeInvisible = options.includeInvisible || false;
			return getNearestItems(chart, position, axis, options.intersect, useFinalPosition, includeInvisible);
		},
		x(chart, e, options, useFinalPosition) {
			return getAxisItems(chart, getRelativePosition(e, chart), "x", options.intersect, useFinalPosition);
		},
		y(chart, e, options, useFinalPosition) {
			return getAxisItems(chart, getRelativePosition(e, chart), "y", options.intersect, useFinalPosition);
		}
	}
};
var STATIC_POSITIONS = [
	"left",
	"top",
	"right",
	"bottom"
];
function filterByPosition(array, position) {
	return array.filter((v) => v.pos === position);
}
function filterDynamicPositionByAxis(array, axis) {
	return array.filter((v) => STATIC_POSITIONS.indexOf(v.pos) === -1 && v.box.axis === axis);
}
function sortByWeight(array, reverse) {
	return array.sort((a, b) => {
		const v0 = reverse ? b : a;
		const v1 = reverse ? a : b;
		return v0.weight === v1.weight ? v0.index - v1.index : v0.weight - v1.weight;
	});
}
function wrapBoxes(boxes) {
	const layoutBoxes = [];
	let i, ilen, box, pos, stack, stackWeight;
	for (i = 0, ilen = (boxes || []).length; i < ilen; ++i) {
		box = boxes[i];
		({position: pos, options: {stack, stackWeight = 1}} = box);
		layoutBoxes.push({
			index: i,
			box,
			pos,
			horizontal: box.isHorizontal(),
			weight: box.weight,
			stack: stack && pos + stack,
			stackWeight
		});
	}
	return layoutBoxes;
}
function buildStacks(layouts) {
	const stacks = {};
	for (const wrap of layouts) {
		const { stack, pos, stackWeight } = wrap;
		if (!stack || !STATIC_POSITIONS.includes(pos)) continue;
		const _stack = stacks[stack] || (stacks[stack] = {
			count: 0,
			placed: 0,
			weight: 0,
			size: 0
		});
		_stack.count++;
		_stack.weight += stackWeight;
	}
	return stacks;
}
function setLayoutDims(layouts, params) {
	const stacks = buildStacks(layouts);
	const { vBoxMaxWidth, hBoxMaxHeight } = params;
	let i, ilen, layout;
	for (i = 0, ilen = layouts.length; i < ilen; ++i) {
		layout = layouts[i];
		const { fullSize } = layout.box;
		const stack = stacks[layout.stack];
		const factor = stack && layout.stackWeight / stack.weight;
		if (layout.horizontal) {
			layout.width = factor ? factor * vBoxMaxWidth : fullSize && params.availableWidth;
			layout.height = hBoxMaxHeight;
		} else {
			layout.width = vBoxMaxWidth;
			layout.height = factor ? factor * hBoxMaxHeight : fullSize && params.availableHeight;
		}
	}
	return stacks;
}
function buildLayoutBoxes(boxes) {
	const layoutBoxes = wrapBoxes(boxes);
	const fullSize = sortByWeight(layoutBoxes.filter((wrap) => wrap.box.fullSize), true);
	const left = sortByWeight(filterByPosition(layoutBoxes, "left"), true);
	const right = sortByWeight(filterByPosition(layoutBoxes, "right"));
	const top = sortByWeight(filterByPosition(layoutBoxes, "top"), true);
	const bottom = sortByWeight(filterByPosition(layoutBoxes, "bottom"));
	const centerHorizontal = filterDynamicPositionByAxis(layoutBoxes, "x");
	const centerVertical = filterDynamicPositionByAxis(layoutBoxes, "y");
	return {
		fullSize,
		leftAndTop: left.concat(top),
		rightAndBottom: right.concat(centerVertical).concat(bottom).concat(centerHorizontal),
		chartArea: filterByPosition(layoutBoxes, "chartArea"),
		vertical: left.concat(right).concat(centerVertical),
		horizontal: top.concat(bottom).concat(centerHorizontal)
	};
}
function getCombinedMax(maxPadding, chartArea, a, b) {
	return Math.max(maxPadding[a], chartArea[a]) + Math.max(maxPadding[b], chartArea[b]);
}
function updateMaxPadding(maxPadding, boxPadding) {
	maxPadding.top = Math.max(maxPadding.top, boxPadding.top);
	maxPadding.left = Math.max(maxPadding.left, boxPadding.left);
	maxPadding.bottom = Math.max(maxPadding.bottom, boxPadding.bottom);
	maxPadding.right = Math.max(maxPadding.right, boxPadding.right);
}
function updateDims(chartArea, params, layout, stacks) {
	const { pos, box } = layout;
	const maxPadding = chartArea.maxPadding;
	if (!isObject(pos)) {
		if (layout.size) chartArea[pos] -= layout.size;
		const stack = stacks[layout.stack] || {
			size: 0,
			count: 1
		};
		stack.size = Math.max(stack.size, layout.horizontal ? box.height : box.width);
		layout.size = stack.size / stack.count;
		chartArea[pos] += layout.size;
	}
	if (box.getPadding) updateMaxPadding(maxPadding, box.getPadding());
	const newWidth = Math.max(0, params.outerWidth - getCombinedMax(maxPadding, chartArea, "left", "right"));
	const newHeight = Math.max(0, params.outerHeight - getCombinedMax(maxPadding, chartArea, "top", "bottom"));
	const widthChanged = newWidth !== chartArea.w;
	const heightChanged = newHeight !== chartArea.h;
	chartArea.w = newWidth;
	chartArea.h = newHeight;
	return layout.horizontal ? {
		same: widthChanged,
		other: heightChanged
	} : {
		same: heightChanged,
		other: widthChanged
	};
}
function handleMaxPadding(chartArea) {
	const maxPadding = chartArea.maxPadding;
	function updatePos(pos) {
		const change = Math.max(maxPadding[pos] - chartArea[pos], 0);
		chartArea[pos] += change;
		return change;
	}
	chartArea.y += updatePos("top");
	chartArea.x += updatePos("left");
	updatePos("right");
	updatePos("bottom");
}
function getMargins(horizontal, chartArea) {
	const maxPadding = chartArea.maxPadding;
	function marginForPositions(positions) {
		const margin = {
			left: 0,
			top: 0,
			right: 0,
			bottom: 0
		};
		positions.forEach((pos) => {
			margin[pos] = Math.max(chartArea[pos], maxPadding[pos]);
		});
		return margin;
	}
	return horizontal ? marginForPositions(["left", "right"]) : marginForPositions(["top", "bottom"]);
}
function fitBoxes(boxes, chartArea, params, stacks) {
	const refitBoxes = [];
	let i, ilen, layout, box, refit, changed;
	for (i = 0, ilen = boxes.length, refit = 0; i < ilen; ++i) {
		layout = boxes[i];
		box = layout.box;
		box.update(layout.width || chartArea.w, layout.height || chartArea.h, getMargins(layout.horizontal, chartArea));
		const { same, other } = updateDims(chartArea, params, layout, stacks);
		refit |= same && refitBoxes.length;
		changed = changed || other;
		if (!box.fullSize) refitBoxes.push(layout);
	}
	return refit && fitBoxes(refitBoxes, chartArea, params, stacks) || changed;
}
function setBoxDims(box, left, top, width, height) {
	box.top = top;
	box.left = left;
	box.right = left + width;
	box.bottom = top + height;
	box.width = width;
	box.height = height;
}
function placeBoxes(boxes, chartArea, params, stacks) {
	const userPadding = params.padding;
	let { x, y } = chartArea;
	for (const layout of boxes) {
		const box = layout.box;
		const stack = stacks[layout.stack] || {
			count: 1,
			placed: 0,
			weight: 1
		};
		const weight = layout.stackWeight / stack.weight || 1;
		if (layout.horizontal) {
			const width = chartArea.w * weight;
			const height = stack.size || box.height;
			if (defined(stack.start)) y = stack.start;
			if (box.fullSize) setBoxDims(box, userPadding.left, y, params.outerWidth - userPadding.right - userPadding.left, height);
			else setBoxDims(box, chartArea.left + stack.placed, y, width, height);
			stack.start = y;
			stack.placed += width;
			y = box.bottom;
		} else {
			const height = chartArea.h * weight;
			const width = stack.size || box.width;
			if (defined(stack.start)) x = stack.start;
			if (box.fullSize) setBoxDims(box, x, userPadding.top, width, params.outerHeight - userPadding.bottom - userPadding.top);
			else setBoxDims(box, x, chartArea.top + stack.placed, width, height);
			stack.start = x;
			stack.placed += height;
			x = box.right;
		}
	}
	chartArea.x = x;
	chartArea.y = y;
}
var layouts = {
	addBox(chart, item) {
		if (!chart.boxes) chart.boxes = [];
		item.fullSize = item.fullSize || false;
		item.position = item.position || "top";
		item.weight = item.weight || 0;
		item._layers = item._layers || function() {
			return [{
				z: 0,
				draw(chartArea) {
					item.draw(chartArea);
				}
			}];
		};
		chart.boxes.push(item);
	},
	removeBox(chart, layoutItem) {
		const index = chart.boxes ? chart.boxes.indexOf(layoutItem) : -1;
		if (index !== -1) chart.boxes.splice(index, 1);
	},
	configure(chart, item, options) {
		item.fullSize = options.fullSize;
		item.position = options.position;
		item.weight = options.weight;
	},
	update(chart, width, height, minPadding) {
		if (!chart) return;
		const padding = toPadding(chart.options.layout.padding);
		const availableWidth = Math.max(width - padding.width, 0);
		const availableHeight = Math.max(height - padding.height, 0);
		const boxes = buildLayoutBoxes(chart.boxes);
		const verticalBoxes = boxes.vertical;
		const horizontalBoxes = boxes.horizontal;
		each(chart.boxes, (box) => {
			if (typeof box.beforeLayout === "function") box.beforeLayout();
		});
		const visibleVerticalBoxCount = verticalBoxes.reduce((total, wrap) => wrap.box.options && wrap.box.options.display === false ? total : total + 1, 0) || 1;
		const params = Object.freeze({
			outerWidth: width,
			outerHeight: height,
			padding,
			availableWidth,
			availableHeight,
			vBoxMaxWidth: availableWidth / 2 / visibleVerticalBoxCount,
			hBoxMaxHeight: availableHeight / 2
		});
		const maxPadding = Object.assign({}, padding);
		updateMaxPadding(maxPadding, toPadding(minPadding));
		const chartArea = Object.assign({
			maxPadding,
			w: availableWidth,
			h: availableHeight,
			x: padding.left,
			y: padding.top
		}, padding);
		const stacks = setLayoutDims(verticalBoxes.concat(horizontalBoxes), params);
		fitBoxes(boxes.fullSize, chartArea, params, stacks);
		fitBoxes(verticalBoxes, chartArea, params, stacks);
		if (fitBoxes(horizontalBoxes, chartArea, params, stacks)) fitBoxes(verticalBoxes, chartArea, params, stacks);
		handleMaxPadding(chartArea);
		placeBoxes(boxes.leftAndTop, chartArea, params, stacks);
		chartArea.x += chartArea.w;
		chartArea.y += chartArea.h;
		placeBoxes(boxes.rightAndBottom, chartArea, params, stacks);
		chart.chartArea = {
			left: chartArea.left,
			top: chartArea.top,
			right: chartArea.left + chartArea.w,
			bottom: chartArea.top + chartArea.h,
			height: chartArea.h,
			width: chartArea.w
		};
		each(boxes.chartArea, (layout) => {
			const box = layout.box;
			Object.assign(box, chart.chartArea);
			box.update(chartArea.w, chartArea.h, {
				left: 0,
				top: 0,
				right: 0,
				bottom: 0
			});
		});
	}
};
var BasePlatform = class {
	acquireContext(canvas, aspectRatio) {}
	releaseContext(context) {
		return false;
	}
	addEventListener(chart, type, listener) {}
	removeEventListener(chart, type, listener) {}
	getDevicePixelRatio() {
		return 1;
	}
	getMaximumSize(element, width, height, aspectRatio) {
		width = Math.max(0, width || element.width);
		height = height || element.height;
		return {
			width,
			height: Math.max(0, aspectRatio ? Math.floor(width / aspectRatio) : height)
		};
	}
	isAttached(canvas) {
		return true;
	}
	updateConfig(config) {}
};
var BasicPlatform = class extends BasePlatform {
	acquireContext(item) {
		return item && item.getContext && item.getContext("2d") || null;
	}
	updateConfig(config) {
		config.options.animation = false;
	}
};
var EXPANDO_KEY = "$chartjs";
var EVENT_TYPES = {
	touchstart: "mousedown",
	touchmove: "mousemove",
	touchend: "mouseup",
	pointerenter: "mouseenter",
	pointerdown: "mousedown",
	pointermove: "mousemove",
	pointerup: "mouseup",
	pointerleave: "mouseout",
	pointerout: "mouseout"
};
var isNullOrEmpty = (value) => value === null || value === "";
function initCanvas(canvas, aspectRatio) {
	const style = canvas.style;
	const renderHeight = canvas.getAttribute("height");
	const renderWidth = canvas.getAttribute("width");
	canvas[EXPANDO_KEY] = { initial: {
		height: renderHeight,
		width: renderWidth,
		style: {
			display: style.display,
			height: style.height,
			width: style.width
		}
	} };
	style.display = style.display || "block";
	style.boxSizing = style.boxSizing || "border-box";
	if (isNullOrEmpty(renderWidth)) {
		const displayWidth = readUsedSize(canvas, "width");
		if (displayWidth !== void 0) canvas.width = displayWidth;
	}
	if (isNullOrEmpty(renderHeight)) {
		if (canvas.style.height === "") canvas.height = canvas.width / (aspectRatio || 2);
		else {
			const displayHeight = readUsedSize(canvas, "height");
			if (displayHeight !== void 0) canvas.height = displayHeight;
		}
	}
	return canvas;
}
var eventListenerOptions = supportsEventListenerOptions ? { passive: true } : false;
function addListener(node, type, listener) {
	if (node) node.addEventListener(type, listener, eventListenerOptions);
}
function removeListener(chart, type, listener) {
	if (chart && chart.canvas) chart.canvas.removeEventListener(type, listener, eventListenerOptions);
}
function fromNativeEvent(event, chart) {
	const type = EVENT_TYPES[event.type] || event.type;
	const { x, y } = getRelativePosition(event, chart);
	return {
		type,
		chart,
		native: event,
		x: x !== void 0 ? x : null,
		y: y !== void 0 ? y : null
	};
}
function nodeListContains(nodeList, canvas) {
	for (const node of nodeList) if (node === canvas || node.contains(canvas)) return true;
}
function createAttachObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const observer = new MutationObserver((entries) => {
		let trigger = false;
		for (const entry of entries) {
			trigger = trigger || nodeListContains(entry.addedNodes, canvas);
			trigger = trigger && !nodeListContains(entry.removedNodes, canvas);
		}
		if (trigger) listener();
	});
	observer.observe(document, {
		childList: true,
		subtree: true
	});
	return observer;
}
function createDetachObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const observer = new MutationObserver((entries) => {
		let trigger = false;
		for (const entry of entries) {
			trigger = trigger || nodeListContains(entry.removedNodes, canvas);
			trigger = trigger && !nodeListContains(entry.addedNodes, canvas);
		}
		if (trigger) listener();
	});
	observer.observe(document, {
		childList: true,
		subtree: true
	});
	return observer;
}
var drpListeningCharts = /* @__PURE__ */ new Map();
var oldDevicePixelRatio = 0;
function onWindowResize() {
	const dpr = window.devicePixelRatio;
	if (dpr === oldDevicePixelRatio) return;
	oldDevicePixelRatio = dpr;
	drpListeningCharts.forEach((resize, chart) => {
		if (chart.currentDevicePixelRatio !== dpr) resize();
	});
}
function listenDevicePixelRatioChanges(chart, resize) {
	if (!drpListeningCharts.size) window.addEventListener("resize", onWindowResize);
	drpListeningCharts.set(chart, resize);
}
function unlistenDevicePixelRatioChanges(chart) {
	drpListeningCharts.delete(chart);
	if (!drpListeningCharts.size) window.removeEventListener("resize", onWindowResize);
}
function createResizeObserver(chart, type, listener) {
	const canvas = chart.canvas;
	const container = canvas && _getParentNode(canvas);
	if (!container) return;
	const resize = throttled((width, height) => {
		const w = container.clientWidth;
		listener(width, height);
		if (w < container.clientWidth) listener();
	}, window);
	const observer = new ResizeObserver((entries) => {
		const entry = entries[0];
		const width = entry.contentRect.width;
		const height = entry.contentRect.height;
		if (width === 0 && height === 0) return;
		resize(width, height);
	});
	observer.observe(container);
	listenDevicePixelRatioChanges(chart, resize);
	return observer;
}
function releaseObserver(chart, type, observer) {
	if (observer) observer.disconnect();
	if (type === "resize") unlistenDevicePixelRatioChanges(chart);
}
function createProxyAndListen(chart, type, listener) {
	const canvas = chart.canvas;
	const proxy = throttled((event) => {
		if (chart.ctx !== null) listener(fromNativeEvent(event, chart));
	}, chart);
	addListener(canvas, type, proxy);
	return proxy;
}
var DomPlatform = class extends BasePlatform {
	acquireContext(canvas, aspectRatio) {
		const context = canvas && canvas.getContext && canvas.getContext("2d");
		if (context && context.canvas === canvas) {
			initCanvas(canvas, aspectRatio);
			return context;
		}
		return null;
	}
	releaseContext(context) {
		const canvas = context.canvas;
		if (!canvas[EXPANDO_KEY]) return false;
		const initial = canvas[EXPANDO_KEY].initial;
		["height", "width"].forEach((prop) => {
			const value = initial[prop];
			if (isNullOrUndef(value)) canvas.removeAttribute(prop);
			else canvas.setAttribute(prop, value);
		});
		const style = initial.style || {};
		Object.keys(style).forEach((key) => {
			canvas.style[key] = style[key];
		});
		canvas.width = canvas.width;
		delete canvas[EXPANDO_KEY];
		return true;
	}
	addEventListener(chart, type, listener) {
		this.removeEventListener(chart, type);
		const proxies = chart.$proxies || (chart.$proxies = {});
		proxies[type] = ({
			attach: createAttachObserver,
			detach: createDetachObserver,
			resize: createResizeObserver
		}[type] || createProxyAndListen)(chart, type, listener);
	}
	removeEventListener(chart, type) {
		const proxies = chart.$proxies || (chart.$proxies = {});
		const proxy = proxies[type];
		if (!proxy) return;
		({
			attach: releaseObserver,
			detach: releaseObserver,
			resize: releaseObserver
		}[type] || removeListener)(chart, type, proxy);
		proxies[type] = void 0;
	}
	getDevicePixelRatio() {
		return window.devicePixelRatio;
	}
	getMaximumSize(canvas, width, height, aspectRatio) {
		return getMaximumSize(canvas, width, height, aspectRatio);
	}
	isAttached(canvas) {
		const container = canvas && _getParentNode(canvas);
		return !!(container && container.isConnected);
	}
};
function _detectPlatform(canvas) {
	if (!_isDomSupported() || typeof OffscreenCanvas !== "undefined" && canvas instanceof OffscreenCanvas) return BasicPlatform;
	return DomPlatform;
}
var Element = class {
	static defaults = {};
	static defaultRoutes = void 0;
	x;
	y;
	active = false;
	options;
	$animations;
	tooltipPosition(useFinalPosition) {
		const { x, y } = this.getProps(["x", "y"], useFinalPosition);
		return {
			x,
			y
		};
	}
	hasValue() {
		return isNumber(this.x) && isNumber(this.y);
	}
	getProps(props, final) {
		const anims = this.$animations;
		if (!final || !anims) return this;
		const ret = {};
		props.forEach((prop) => {
			ret[prop] = anims[prop] && anims[prop].active() ? anims[prop]._to : this[prop];
		});
		return ret;
	}
};
function autoSkip(scale, ticks) {
	const tickOpts = scale.options.ticks;
	const determinedMaxTicks = determineMaxTicks(scale);
	const ticksLimit = Math.min(tickOpts.maxTicksLimit || determinedMaxTicks, determinedMaxTicks);
	const majorIndices = tickOpts.major.enabled ? getMajorIndices(ticks) : [];
	const numMajorIndices = majorIndices.length;
	const first = majorIndices[0];
	const last = majorIndices[numMajorIndices - 1];
	const newTicks = [];
	if (numMajorIndices > ticksLimit) {
		skipMajors(ticks, newTicks, majorIndices, numMajorIndices / ticksLimit);
		return newTicks;
	}
	const spacing = calculateSpacing(majorIndices, ticks, ticksLimit);
	if (numMajorIndices > 0) {
		let i, ilen;
		const avgMajorSpacing = numMajorIndices > 1 ? Math.round((last - first) / (numMajorIndices - 1)) : null;
		skip(ticks, newTicks, spacing, isNullOrUndef(avgMajorSpacing) ? 0 : first - avgMajorSpacing, first);
		for (i = 0, ilen = numMajorIndices - 1; i < ilen; i++) skip(ticks, newTicks, spacing, majorIndices[i], majorIndices[i + 1]);
		skip(ticks, newTicks, spacing, last, isNullOrUndef(avgMajorSpacing) ? ticks.length : last + avgMajorSpacing);
		return newTicks;
	}
	skip(ticks, newTicks, spacing);
	return newTicks;
}
function determineMaxTicks(scale) {
	const offset = scale.options.offset;
	const tickLength = scale._tickSize();
	const maxScale = scale._length / tickLength + (offset ? 0 : 1);
	const maxChart = scale._maxLength / tickLength;
	return Math.floor(Math.min(maxScale, maxChart));
}
function calculateSpacing(majorIndices, ticks, ticksLimit) {
	const evenMajorSpacing = getEvenSpacing(majorIndices);
	const spacing = ticks.length / ticksLimit;
	if (!evenMajorSpacing) return Math.max(spacing, 1);
	const factors = _factorize(evenMajorSpacing);
	for (let i = 0, ilen = factors.length - 1; i < ilen; i++) {
		const factor = factors[i];
		if (factor > spacing) return factor;
	}
	return Math.max(spacing, 1);
}
function getMajorIndices(ticks) {
	const result = [];
	let i, ilen;
	for (i = 0, ilen = ticks.length; i < ilen; i++) if (ticks[i].major) result.push(i);
	return result;
}
function skipMajors(ticks, newTicks, majorIndices, spacing) {
	let count = 0;
	let next = majorIndices[0];
	let i;
	spacing = Math.ceil(spacing);
	for (i = 0; i < ticks.length; i++) if (i === next) {
		newTicks.push(ticks[i]);
		count++;
		next = majorIndices[count * spacing];
	}
}
function skip(ticks, newTicks, spacing, majorStart, majorEnd) {
	const start = valueOrDefault(majorStart, 0);
	const end = Math.min(valueOrDefault(majorEnd, ticks.length), ticks.length);
	let count = 0;
	let length, i, next;
	spacing = Math.ceil(spacing);
	if (majorEnd) {
		length = majorEnd - majorStart;
		spacing = length / Math.floor(length / spacing);
	}
	next = start;
	while (next < 0) {
		count++;
		next = Math.round(start + count * spacing);
	}
	for (i = Math.max(start, 0); i < end; i++) if (i === next) {
		newTicks.push(ticks[i]);
		count++;
		next = Math.round(start + count * spacing);
	}
}
function getEvenSpacing(arr) {
	const len = arr.length;
	let i, diff;
	if (len < 2) return false;
	for (diff = arr[0], i = 1; i < len; ++i) if (arr[i] - arr[i - 1] !== diff) return false;
	return diff;
}
var reverseAlign = (align) => align === "left" ? "right" : align === "right" ? "left" : align;
var offsetFromEdge = (scale, edge, offset) => edge === "top" || edge === "left" ? scale[edge] + offset : scale[edge] - offset;
var getTicksLimit = (ticksLength, maxTicksLimit) => Math.min(maxTicksLimit || ticksLength, ticksLength);
function sample(arr, numItems) {
	const result = [];
	const increment = arr.length / numItems;
	const len = arr.length;
	let i = 0;
	for (; i < len; i += increment) result.push(arr[Math.floor(i)]);
	return result;
}
function getPixelForGridLine(scale, index, offsetGridLines) {
	const length = scale.ticks.length;
	const validIndex = Math.min(index, length - 1);
	const start = scale._startPixel;
	const end = scale._endPixel;
	const epsilon = 1e-6;
	let lineValue = scale.getPixelForTick(validIndex);
	let offset;
	if (offsetGridLines) {
		if (length === 1) offset = Math.max(lineValue - start, end - lineValue);
		else if (index === 0) offset = (scale.getPixelForTick(1) - lineValue) / 2;
		else offset = (lineValue - scale.getPixelForTick(validIndex - 1)) / 2;
		lineValue += validIndex < index ? offset : -offset;
		if (lineValue < start - epsilon || lineValue > end + epsilon) return;
	}
	return lineValue;
}
function garbageCollect(caches, length) {
	each(caches, (cache) => {
		const gc = cache.gc;
		const gcLen = gc.length / 2;
		let i;
		if (gcLen > length) {
			for (i = 0; i < gcLen; ++i) delete cache.data[gc[i]];
			gc.splice(0, gcLen);
		}
	});
}
function getTickMarkLength(options) {
	return options.drawTicks ? options.tickLength : 0;
}
function getTitleHeight(options, fallback) {
	if (!options.display) return 0;
	const font = toFont(options.font, fallback);
	const padding = toPadding(options.padding);
	return (isArray(options.text) ? options.text.length : 1) * font.lineHeight + padding.height;
}
function createScaleContext(parent, scale) {
	return createContext(parent, {
		scale,
		type: "scale"
	});
}
function createTickContext(parent, index, tick) {
	return createContext(parent, {
		tick,
		index,
		type: "tick"
	});
}
function titleAlign(align, position, reverse) {
	let ret = _toLeftRightCenter(align);
	if (reverse && position !== "right" || !reverse && position === "right") ret = reverseAlign(ret);
	return ret;
}
function titleArgs(scale, offset, position, align) {
	const { top, left, bottom, right, chart } = scale;
	const { chartArea, scales } = chart;
	let rotation = 0;
	let maxWidth, titleX, titleY;
	const height = bottom - top;
	const width = right - left;
	if (scale.isHorizontal()) {
		titleX = _alignStartEnd(align, left, right);
		if (isObject(position)) {
			const positionAxisID = Object.keys(position)[0];
			const value = position[positionAxisID];
			titleY = scales[positionAxisID].getPixelForValue(value) + height - offset;
		} else if (position === "center") titleY = (chartArea.bottom + chartArea.top) / 2 + height - offset;
		else titleY = offsetFromEdge(scale, position, offset);
		maxWidth = right - left;
	} else {
		if (isObject(position)) {
			const positionAxisID = Object.keys(position)[0];
			const value = position[positionAxisID];
			titleX = scales[positionAxisID].getPixelForValue(value) - width + offset;
		} else if (position === "center") titleX = (chartArea.left + chartArea.right) / 2 - width + offset;
		else titleX = offsetFromEdge(scale, position, offset);
		titleY = _alignStartEnd(align, bottom, top);
		rotation = position === "left" ? -HALF_PI : HALF_PI;
	}
	return {
		titleX,
		titleY,
		maxWidth,
		rotation
	};
}
var Scale = class Scale extends Element {
	constructor(cfg) {
		super();
		this.id = cfg.id;
		this.type = cfg.type;
		this.options = void 0;
		this.ctx = cfg.ctx;
		this.chart = cfg.chart;
		this.top = void 0;
		this.bottom = void 0;
		this.left = void 0;
		this.right = void 0;
		this.width = void 0;
		this.height = void 0;
		this._margins = {
			left: 0,
			right: 0,
			top: 0,
			bottom: 0
		};
		this.maxWidth = void 0;
		this.maxHeight = void 0;
		this.paddingTop = void 0;
		this.paddingBottom = void 0;
		this.paddingLeft = void 0;
		this.paddingRight = void 0;
		this.axis = void 0;
		this.labelRotation = void 0;
		this.min = void 0;
		this.max = void 0;
		this._range = void 0;
		this.ticks = [];
		this._gridLineItems = null;
		this._labelItems = null;
		this._labelSizes = null;
		this._length = 0;
		this._maxLength = 0;
		this._longestTextCache = {};
		this._startPixel = void 0;
		this._endPixel = void 0;
		this._reversePixels = false;
		this._userMax = void 0;
		this._userMin = void 0;
		this._suggestedMax = void 0;
		this._suggestedMin = void 0;
		this._ticksLength = 0;
		this._borderValue = 0;
		this._cache = {};
		this._dataLimitsCached = false;
		this.$context = void 0;
	}
	init(options) {
		this.options = options.setContext(this.getContext());
		this.axis = options.axis;
		this._userMin = this.parse(options.min);
		this._userMax = this.parse(options.max);
		this._suggestedMin = this.parse(options.suggestedMin);
		this._suggestedMax = this.parse(options.suggestedMax);
	}
	parse(raw, index) {
		return raw;
	}
	getUserBounds() {
		let { _userMin, _userMax, _suggestedMin, _suggestedMax } = this;
		_userMin = finiteOrDefault(_userMin, Number.POSITIVE_INFINITY);
		_userMax = finiteOrDefault(_userMax, Number.NEGATIVE_INFINITY);
		_suggestedMin = finiteOrDefault(_suggestedMin, Number.POSITIVE_INFINITY);
		_suggestedMax = finiteOrDefault(_suggestedMax, Number.NEGATIVE_INFINITY);
		return {
			min: finiteOrDefault(_userMin, _suggestedMin),
			max: finiteOrDefault(_userMax, _suggestedMax),
			minDefined: isNumberFinite(_userMin),
			maxDefined: isNumberFinite(_userMax)
		};
	}
	getMinMax(canStack) {
		let { min, max, minDefined, maxDefined } = this.getUserBounds();
		let range;
		if (minDefined && maxDefined) return {
			min,
			max
		};
		const metas = this.getMatchingVisibleMetas();
		for (let i = 0, ilen = metas.length; i < ilen; ++i) {
			range = metas[i].controller.getMinMax(this, canStack);
			if (!minDefined) min = Math.min(min, range.min);
			if (!maxDefined) max = Math.max(max, range.max);
		}
		min = maxDefined && min > max ? max : min;
		max = minDefined && min > max ? min : max;
		return {
			min: finiteOrDefault(min, finiteOrDefault(max, min)),
			max: finiteOrDefault(max, finiteOrDefault(min, max))
		};
	}
	getPadding() {
		return {
			left: this.paddingLeft || 0,
			top: this.paddingTop || 0,
			right: this.paddingRight || 0,
			bottom: this.paddingBottom || 0
		};
	}
	getTicks() {
		return this.ticks;
	}
	getLabels() {
		const data = this.chart.data;
		return this.options.labels || (this.isHorizontal() ? data.xLabels : data.yLabels) || data.labels || [];
	}
	getLabelItems(chartArea = this.chart.chartArea) {
		return this._labelItems || (this._labelItems = this._computeLabelItems(chartArea));
	}
	beforeLayout() {
		this._cache = {};
		this._dataLimitsCached = false;
	}
	beforeUpdate() {
		callback(this.options.beforeUpdate, [this]);
	}
	update(maxWidth, maxHeight, margins) {
		const { beginAtZero, grace, ticks: tickOpts } = this.options;
		const sampleSize = tickOpts.sampleSize;
		this.beforeUpdate();
		this.maxWidth = maxWidth;
		this.maxHeight = maxHeight;
		this._margins = margins = Object.assign({
			left: 0,
			right: 0,
			top: 0,
			bottom: 0
		}, margins);
		this.ticks = null;
		this._labelSizes = null;
		this._gridLineItems = null;
		this._labelItems = null;
		this.beforeSetDimensions();
		this.setDimensions();
		this.afterSetDimensions();
		this._maxLength = this.isHorizontal() ? this.width + margins.left + margins.right : this.height + margins.top + margins.bottom;
		if (!this._dataLimitsCached) {
			this.beforeDataLimits();
			this.determineDataLimits();
			this.afterDataLimits();
			this._range = _addGrace(this, grace, beginAtZero);
			this._dataLimitsCached = true;
		}
		this.beforeBuildTicks();
		this.ticks = this.buildTicks() || [];
		this.afterBuildTicks();
		const samplingEnabled = sampleSize < this.ticks.length;
		this._convertTicksToLabels(samplingEnabled ? sample(this.ticks, sampleSize) : this.ticks);
		this.configure();
		this.beforeCalculateLabelRotation();
		this.calculateLabelRotation();
		this.afterCalculateLabelRotation();
		if (tickOpts.display && (tickOpts.autoSkip || tickOpts.source === "auto")) {
			this.ticks = autoSkip(this, this.ticks);
			this._labelSizes = null;
			this.afterAutoSkip();
		}
		if (samplingEnabled) this._convertTicksToLabels(this.ticks);
		this.beforeFit();
		this.fit();
		this.afterFit();
		this.afterUpdate();
	}
	configure() {
		let reversePixels = this.options.reverse;
		let startPixel, endPixel;
		if (this.isHorizontal()) {
			startPixel = this.left;
			endPixel = this.right;
		} else {
			startPixel = this.top;
			endPixel = this.bottom;
			reversePixels = !reversePixels;
		}
		this._startPixel = startPixel;
		this._endPixel = endPixel;
		this._reversePixels = reversePixels;
		this._length = endPixel - startPixel;
		this._alignToPixels = this.options.alignToPixels;
	}
	afterUpdate() {
		callback(this.options.afterUpdate, [this]);
	}
	beforeSetDimensions() {
		callback(this.options.beforeSetDimensions, [this]);
	}
	setDimensions() {
		if (this.isHorizontal()) {
			this.width = this.maxWidth;
			this.left = 0;
			this.right = this.width;
		} else {
			this.height = this.maxHeight;
			this.top = 0;
			this.bottom = this.height;
		}
		this.paddingLeft = 0;
		this.paddingTop = 0;
		this.paddingRight = 0;
		this.paddingBottom = 0;
	}
	afterSetDimensions() {
		callback(this.options.afterSetDimensions, [this]);
	}
	_callHooks(name) {
		this.chart.notifyPlugins(name, this.getContext());
		callback(this.options[name], [this]);
	}
	beforeDataLimits() {
		this._callHooks("beforeDataLimits");
	}
	determineDataLimits() {}
	afterDataLimits() {
		this._callHooks("afterDataLimits");
	}
	beforeBuildTicks() {
		this._callHooks("beforeBuildTicks");
	}
	buildTicks() {
		return [];
	}
	afterBuildTicks() {
		this._callHooks("afterBuildTicks");
	}
	beforeTickToLabelConversion() {
		callback(this.options.beforeTickToLabelConversion, [this]);
	}
	generateTickLabels(ticks) {
		const tickOpts = this.options.ticks;
		let i, ilen, tick;
		for (i = 0, ilen = ticks.length; i < ilen; i++) {
			tick = ticks[i];
			tick.label = callback(tickOpts.callback, [
				tick.value,
				i,
				ticks
			], this);
		}
	}
	afterTickToLabelConversion() {
		callback(this.options.afterTickToLabelConversion, [this]);
	}
	beforeCalculateLabelRotation() {
		callback(this.options.beforeCalculateLabelRotation, [this]);
	}
	calculateLabelRotation() {
		const options = this.options;
		const tickOpts = options.ticks;
		const numTicks = getTicksLimit(this.ticks.length, options.ticks.maxTicksLimit);
		const minRotation = tickOpts.minRotation || 0;
		const maxRotation = tickOpts.maxRotation;
		let labelRotation = minRotation;
		let tickWidth, maxHeight, maxLabelDiagonal;
		if (!this._isVisible() || !tickOpts.display || minRotation >= maxRotation || numTicks <= 1 || !this.isHorizontal()) {
			this.labelRotation = minRotation;
			return;
		}
		const labelSizes = this._getLabelSizes();
		const maxLabelWidth = labelSizes.widest.width;
		const maxLabelHeight = labelSizes.highest.height;
		const maxWidth = _limitValue(this.chart.width - maxLabelWidth, 0, this.maxWidth);
		tickWidth = options.offset ? this.maxWidth / numTicks : maxWidth / (numTicks - 1);
		if (maxLabelWidth + 6 > tickWidth) {
			tickWidth = maxWidth / (numTicks - (options.offset ? .5 : 1));
			maxHeight = this.maxHeight - getTickMarkLength(options.grid) - tickOpts.padding - getTitleHeight(options.title, this.chart.options.font);
			maxLabelDiagonal = Math.sqrt(maxLabelWidth * maxLabelWidth + maxLabelHeight * maxLabelHeight);
			labelRotation = toDegrees(Math.min(Math.asin(_limitValue((labelSizes.highest.height + 6) / tickWidth, -1, 1)), Math.asin(_limitValue(maxHeight / maxLabelDiagonal, -1, 1)) - Math.asin(_limitValue(maxLabelHeight / maxLabelDiagonal, -1, 1))));
			labelRotation = Math.max(minRotation, Math.min(maxRotation, labelRotation));
		}
		this.labelRotation = labelRotation;
	}
	afterCalculateLabelRotation() {
		callback(this.options.afterCalculateLabelRotation, [this]);
	}
	afterAutoSkip() {}
	beforeFit() {
		callback(this.options.beforeFit, [this]);
	}
	fit() {
		const minSize = {
			width: 0,
			height: 0
		};
		const { chart, options: { ticks: tickOpts, title: titleOpts, grid: gridOpts } } = this;
		const display = this._isVisible();
		const isHorizontal = this.isHorizontal();
		if (display) {
			const titleHeight = getTitleHeight(titleOpts, chart.options.font);
			if (isHorizontal) {
				minSize.width = this.maxWidth;
				minSize.height = getTickMarkLength(gridOpts) + titleHeight;
			} else {
				minSize.height = this.maxHeight;
				minSize.width = getTickMarkLength(gridOpts) + titleHeight;
			}
			if (tickOpts.display && this.ticks.length) {
				const { first, last, widest, highest } = this._getLabelSizes();
				const tickPadding = tickOpts.padding * 2;
				const angleRadians = toRadians(this.labelRotation);
				const cos = Math.cos(angleRadians);
				const sin = Math.sin(angleRadians);
				if (isHorizontal) {
					const labelHeight = tickOpts.mirror ? 0 : sin * widest.width + cos * highest.height;
					minSize.height = Math.min(this.maxHeight, minSize.height + labelHeight + tickPadding);
				} else {
					const labelWidth = tickOpts.mirror ? 0 : cos * widest.width + sin * highest.height;
					minSize.width = Math.min(this.maxWidth, minSize.width + labelWidth + tickPadding);
				}
				this._calculatePadding(first, last, sin, cos);
			}
		}
		this._handleMargins();
		if (isHorizontal) {
			this.width = this._length = chart.width - this._margins.left - this._margins.right;
			this.height = minSize.height;
		} else {
			this.width = minSize.width;
			this.height = this._length = chart.height - this._margins.top - this._margins.bottom;
		}
	}
	_calculatePadding(first, last, sin, cos) {
		const { ticks: { align, padding }, position } = this.options;
		const isRotated = this.labelRotation !== 0;
		const labelsBelowTicks = position !== "top" && this.axis === "x";
		if (this.isHorizontal()) {
			const offsetLeft = this.getPixelForTick(0) - this.left;
			const offsetRight = this.right - this.getPixelForTick(this.ticks.length - 1);
			let paddingLeft = 0;
			let paddingRight = 0;
			if (isRotated) {
				if (labelsBelowTicks) {
					paddingLeft = cos * first.width;
					paddingRight = sin * last.height;
				} else {
					paddingLeft = sin * first.height;
					paddingRight = cos * last.width;
				}
			} else if (align === "start") paddingRight = last.width;
			else if (align === "end") paddingLeft = first.width;
			else if (align !== "inner") {
				paddingLeft = first.width / 2;
				paddingRight = last.width / 2;
			}
			this.paddingLeft = Math.max((paddingLeft - offsetLeft + padding) * this.width / (this.width - offsetLeft), 0);
			this.paddingRight = Math.max((paddingRight - offsetRight + padding) * this.width / (this.width - offsetRight), 0);
		} else {
			let paddingTop = last.height / 2;
			let paddingBottom = first.height / 2;
			if (align === "start") {
				paddingTop = 0;
				paddingBottom = first.height;
			} else if (align === "end") {
				paddingTop = last.height;
				paddingBottom = 0;
			}
			this.paddingTop = paddingTop + padding;
			this.paddingBottom = paddingBottom + padding;
		}
	}
	_handleMargins() {
		if (this._margins) {
			this._margins.left = Math.max(this.paddingLeft, this._margins.left);
			this._margins.top = Math.max(this.paddingTop, this._margins.top);
			this._margins.right = Math.max(this.paddingRight, this._margins.right);
			this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom);
		}
	}
	afterFit() {
		callback(this.options.afterFit, [this]);
	}
	isHorizontal() {
		const { axis, position } = this.options;
		return position === "top" || position === "bottom" || axis === "x";
	}
	isFullSize() {
		return this.options.fullSize;
	}
	_convertTicksToLabels(ticks) {
		this.beforeTickToLabelConversion();
		this.generateTickLabels(ticks);
		let i, ilen;
		for (i = 0, ilen = ticks.length; i < ilen; i++) if (isNullOrUndef(ticks[i].label)) {
			ticks.splice(i, 1);
			ilen--;
			i--;
		}
		this.afterTickToLabelConversion();
	}
	_getLabelSizes() {
		let labelSizes = this._labelSizes;
		if (!labelSizes) {
			const sampleSize = this.options.ticks.sampleSize;
			let ticks = this.ticks;
			if (sampleSize < ticks.length) ticks = sample(ticks, sampleSize);
			this._labelSizes = labelSizes = this._computeLabelSizes(ticks, ticks.length, this.options.ticks.maxTicksLimit);
		}
		return labelSizes;
	}
	_computeLabelSizes(ticks, length, maxTicksLimit) {
		const { ctx, _longestTextCache: caches } = this;
		const widths = [];
		const heights = [];
		const increment = Math.floor(length / getTicksLimit(length, maxTicksLimit));
		let widestLabelSize = 0;
		let highestLabelSize = 0;
		let i, j, jlen, label, tickFont, fontString, cache, lineHeight, width, height, nestedLabel;
		for (i = 0; i < length; i += increment) {
			label = ticks[i].label;
			tickFont = this._resolveTickFontOptions(i);
			ctx.font = fontString = tickFont.string;
			cache = caches[fontString] = caches[fontString] || {
				data: {},
				gc: []
			};
			lineHeight = tickFont.lineHeight;
			width = height = 0;
			if (!isNullOrUndef(label) && !isArray(label)) {
				width = _measureText(ctx, cache.data, cache.gc, width, label);
				height = lineHeight;
			} else if (isArray(label)) for (j = 0, jlen = label.length; j < jlen; ++j) {
				nestedLabel = label[j];
				if (!isNullOrUndef(nestedLabel) && !isArray(nestedLabel)) {
					width = _measureText(ctx, cache.data, cache.gc, width, nestedLabel);
					height += lineHeight;
				}
			}
			widths.push(width);
			heights.push(height);
			widestLabelSize = Math.max(width, widestLabelSize);
			highestLabelSize = Math.max(height, highestLabelSize);
		}
		garbageCollect(caches, length);
		const widest = widths.indexOf(widestLabelSize);
		const highest = heights.indexOf(highestLabelSize);
		const valueAt = (idx) => ({
			width: widths[idx] || 0,
			height: heights[idx] || 0
		});
		return {
			first: valueAt(0),
			last: valueAt(length - 1),
			widest: valueAt(widest),
			highest: valueAt(highest),
			widths,
			heights
		};
	}
	getLabelForValue(value) {
		return value;
	}
	getPixelForValue(value, index) {
		return NaN;
	}
	getValueForPixel(pixel) {}
	getPixelForTick(index) {
		const ticks = this.ticks;
		if (index < 0 || index > ticks.length - 1) return null;
		return this.getPixelForValue(ticks[index].value);
	}
	getPixelForDecimal(decimal) {
		if (this._reversePixels) decimal = 1 - decimal;
		const pixel = this._startPixel + decimal * this._length;
		return _int16Range(this._alignToPixels ? _alignPixel(this.chart, pixel, 0) : pixel);
	}
	getDecimalForPixel(pixel) {
		const decimal = (pixel - this._startPixel) / this._length;
		return this._reversePixels ? 1 - decimal : decimal;
	}
	getBasePixel() {
		return this.getPixelForValue(this.getBaseValue());
	}
	getBaseValue() {
		const { min, max } = this;
		return min < 0 && max < 0 ? max : min > 0 && max > 0 ? min : 0;
	}
	getContext(index) {
		const ticks = this.ticks || [];
		if (index >= 0 && index < ticks.length) {
			const tick = ticks[index];
			return tick.$context || (tick.$context = createTickContext(this.getContext(), index, tick));
		}
		return this.$context || (this.$context = createScaleContext(this.chart.getContext(), this));
	}
	_tickSize() {
		const optionTicks = this.options.ticks;
		const rot = toRadians(this.labelRotation);
		const cos = Math.abs(Math.cos(rot));
		const sin = Math.abs(Math.sin(rot));
		const labelSizes = this._getLabelSizes();
		const padding = optionTicks.autoSkipPadding || 0;
		const w = labelSizes ? labelSizes.widest.width + padding : 0;
		const h = labelSizes ? labelSizes.highest.height + padding : 0;
		return this.isHorizontal() ? h * cos > w * sin ? w / cos : h / sin : h * sin < w * cos ? h / cos : w / sin;
	}
	_isVisible() {
		const display = this.options.display;
		if (display !== "auto") return !!display;
		return this.getMatchingVisibleMetas().length > 0;
	}
	_computeGridLineItems(chartArea) {
		const axis = this.axis;
		const chart = this.chart;
		const options = this.options;
		const { grid, position, border } = options;
		const offset = grid.offset;
		const isHorizontal = this.isHorizontal();
		const ticksLength = this.ticks.length + (offset ? 1 : 0);
		const tl = getTickMarkLength(grid);
		const items = [];
		const borderOpts = border.setContext(this.getContext());
		const axisWidth = borderOpts.display ? borderOpts.width : 0;
		const axisHalfWidth = axisWidth / 2;
		const alignBorderValue = function(pixel) {
			return _alignPixel(chart, pixel, axisWidth);
		};
		let borderValue, i, lineValue, alignedLineValue;
		let tx1, ty1, tx2, ty2, x1, y1, x2, y2;
		if (position === "top") {
			borderValue = alignBorderValue(this.bottom);
			ty1 = this.bottom - tl;
			ty2 = borderValue - axisHalfWidth;
			y1 = alignBorderValue(chartArea.top) + axisHalfWidth;
			y2 = chartArea.bottom;
		} else if (position === "bottom") {
			borderValue = alignBorderValue(this.top);
			y1 = chartArea.top;
			y2 = alignBorderValue(chartArea.bottom) - axisHalfWidth;
			ty1 = borderValue + axisHalfWidth;
			ty2 = this.top + tl;
		} else if (position === "left") {
			borderValue = alignBorderValue(this.right);
			tx1 = this.right - tl;
			tx2 = borderValue - axisHalfWidth;
			x1 = alignBorderValue(chartArea.left) + axisHalfWidth;
			x2 = chartArea.right;
		} else if (position === "right") {
			borderValue = alignBorderValue(this.left);
			x1 = chartArea.left;
			x2 = alignBorderValue(chartArea.right) - axisHalfWidth;
			tx1 = borderValue + axisHalfWidth;
			tx2 = this.left + tl;
		} else if (axis === "x") {
			if (position === "center") borderValue = alignBorderValue((chartArea.top + chartArea.bottom) / 2 + .5);
			else if (isObject(position)) {
				const positionAxisID = Object.keys(position)[0];
				const value = position[positionAxisID];
				borderValue = alignBorderValue(this.chart.scales[positionAxisID].getPixelForValue(value));
			}
			y1 = chartArea.top;
			y2 = chartArea.bottom;
			ty1 = borderValue + axisHalfWidth;
			ty2 = ty1 + tl;
		} else if (axis === "y") {
			if (position === "center") borderValue = alignBorderValue((chartArea.left + chartArea.right) / 2);
			else if (isObject(position)) {
				const positionAxisID = Object.keys(position)[0];
				const value = position[positionAxisID];
				borderValue = alignBorderValue(this.chart.scales[positionAxisID].getPixelForValue(value));
			}
			tx1 = borderValue - axisHalfWidth;
			tx2 = tx1 - tl;
			x1 = chartArea.left;
			x2 = chartArea.right;
		}
		const limit = valueOrDefault(options.ticks.maxTicksLimit, ticksLength);
		const step = Math.max(1, Math.ceil(ticksLength / limit));
		for (i = 0; i < ticksLength; i += step) {
			const context = this.getContext(i);
			const optsAtIndex = grid.setContext(context);
			const optsAtIndexBorder = border.setContext(context);
			const lineWidth = optsAtIndex.lineWidth;
			const lineColor = optsAtIndex.color;
			const borderDash = optsAtIndexBorder.dash || [];
			const borderDashOffset = optsAtIndexBorder.dashOffset;
			const tickWidth = optsAtIndex.tickWidth;
			const tickColor = optsAtIndex.tickColor;
			const tickBorderDash = optsAtIndex.tickBorderDash || [];
			const tickBorderDashOffset = optsAtIndex.tickBorderDashOffset;
			lineValue = getPixelForGridLine(this, i, offset);
			if (lineValue === void 0) continue;
			alignedLineValue = _alignPixel(chart, lineValue, lineWidth);
			if (isHorizontal) tx1 = tx2 = x1 = x2 = alignedLineValue;
			else ty1 = ty2 = y1 = y2 = alignedLineValue;
			items.push({
				tx1,
				ty1,
				tx2,
				ty2,
				x1,
				y1,
				x2,
				y2,
				width: lineWidth,
				color: lineColor,
				borderDash,
				borderDashOffset,
				tickWidth,
				tickColor,
				tickBorderDash,
				tickBorderDashOffset
			});
		}
		this._ticksLength = ticksLength;
		this._borderValue = borderValue;
		return items;
	}
	_computeLabelItems(chartArea) {
		const axis = this.axis;
		const options = this.options;
		const { position, ticks: optionTicks } = options;
		const isHorizontal = this.isHorizontal();
		const ticks = this.ticks;
		const { align, crossAlign, padding, mirror } = optionTicks;
		const tl = getTickMarkLength(options.grid);
		const tickAndPadding = tl + padding;
		const hTickAndPadding = mirror ? -padding : tickAndPadding;
		const rotation = -toRadians(this.labelRotation);
		const items = [];
		let i, ilen, tick, label, x, y, textAlign, pixel, font, lineHeight, lineCount, textOffset;
		let textBaseline = "middle";
		if (position === "top") {
			y = this.bottom - hTickAndPadding;
			textAlign = this._getXAxisLabelAlignment();
		} else if (position === "bottom") {
			y = this.top + hTickAndPadding;
			textAlign = this._getXAxisLabelAlignment();
		} else if (position === "left") {
			const ret = this._getYAxisLabelAlignment(tl);
			textAlign = ret.textAlign;
			x = ret.x;
		} else if (position === "right") {
			const ret = this._getYAxisLabelAlignment(tl);
			textAlign = ret.textAlign;
			x = ret.x;
		} else if (axis === "x") {
			if (position === "center") y = (chartArea.top + chartArea.bottom) / 2 + tickAndPadding;
			else if (isObject(position)) {
				const positionAxisID = Object.keys(position)[0];
				const value = position[positionAxisID];
				y = this.chart.scales[positionAxisID].getPixelForValue(value) + tickAndPadding;
			}
			textAlign = this._getXAxisLabelAlignment();
		} else if (axis === "y") {
			if (position === "center") x = (chartArea.left + chartArea.right) / 2 - tickAndPadding;
			else if (isObject(position)) {
				const positionAxisID = Object.keys(position)[0];
				const value = position[positionAxisID];
				x = this.chart.scales[positionAxisID].getPixelForValue(value);
			}
			textAlign = this._getYAxisLabelAlignment(tl).textAlign;
		}
		if (axis === "y") {
			if (align === "start") textBaseline = "top";
			else if (align === "end") textBaseline = "bottom";
		}
		const labelSizes = this._getLabelSizes();
		for (i = 0, ilen = ticks.length; i < ilen; ++i) {
			tick = ticks[i];
			label = tick.label;
			const optsAtIndex = optionTicks.setContext(this.getContext(i));
			pixel = this.getPixelForTick(i) + optionTicks.labelOffset;
			font = this._resolveTickFontOptions(i);
			lineHeight = font.lineHeight;
			lineCount = isArray(label) ? label.length : 1;
			const halfCount = lineCount / 2;
			const color = optsAtIndex.color;
			const strokeColor = optsAtIndex.textStrokeColor;
			const strokeWidth = optsAtIndex.textStrokeWidth;
			let tickTextAlign = textAlign;
			if (isHorizontal) {
				x = pixel;
				if (textAlign === "inner") {
					if (i === ilen - 1) tickTextAlign = !this.options.reverse ? "right" : "left";
					else if (i === 0) tickTextAlign = !this.options.reverse ? "left" : "right";
					else tickTextAlign = "center";
				}
				if (position === "top") {
					if (crossAlign === "near" || rotation !== 0) textOffset = -lineCount * lineHeight + lineHeight / 2;
					else if (crossAlign === "center") textOffset = -labelSizes.highest.height / 2 - halfCount * lineHeight + lineHeight;
					else textOffset = -labelSizes.highest.height + lineHeight / 2;
				} else if (crossAlign === "near" || rotation !== 0) textOffset = lineHeight / 2;
				else if (crossAlign === "center") textOffset = labelSizes.highest.height / 2 - halfCount * lineHeight;
				else textOffset = labelSizes.highest.height - lineCount * lineHeight;
				if (mirror) textOffset *= -1;
				if (rotation !== 0 && !optsAtIndex.showLabelBackdrop) x += lineHeight / 2 * Math.sin(rotation);
			} else {
				y = pixel;
				textOffset = (1 - lineCount) * lineHeight / 2;
			}
			let backdrop;
			if (optsAtIndex.showLabelBackdrop) {
				const labelPadding = toPadding(optsAtIndex.backdropPadding);
				const height = labelSizes.heights[i];
				const width = labelSizes.widths[i];
				let top = textOffset - labelPadding.top;
				let left = 0 - labelPadding.left;
				switch (textBaseline) {
					case "middle":
						top -= height / 2;
						break;
					case "bottom": top -= height;
				}
				switch (textAlign) {
					case "center":
						left -= width / 2;
						break;
					case "right":
						left -= width;
						break;
					case "inner": if (i === ilen - 1) left -= width;
					else if (i > 0) left -= width / 2;
				}
				backdrop = {
					left,
					top,
					width: width + labelPadding.width,
					height: height + labelPadding.height,
					color: optsAtIndex.backdropColor
				};
			}
			items.push({
				label,
				font,
				textOffset,
				options: {
					rotation,
					color,
					strokeColor,
					strokeWidth,
					textAlign: tickTextAlign,
					textBaseline,
					translation: [x, y],
					backdrop
				}
			});
		}
		return items;
	}
	_getXAxisLabelAlignment() {
		const { position, ticks } = this.options;
		if (-toRadians(this.labelRotation)) return position === "top" ? "left" : "right";
		let align = "center";
		if (ticks.align === "start") align = "left";
		else if (ticks.align === "end") align = "right";
		else if (ticks.align === "inner") align = "inner";
		return align;
	}
	_getYAxisLabelAlignment(tl) {
		const { position, ticks: { crossAlign, mirror, padding } } = this.options;
		const labelSizes = this._getLabelSizes();
		const tickAndPadding = tl + padding;
		const widest = labelSizes.widest.width;
		let textAlign;
		let x;
		if (position === "left") {
			if (mirror) {
				x = this.right + padding;
				if (crossAlign === "near") textAlign = "left";
				else if (crossAlign === "center") {
					textAlign = "center";
					x += widest / 2;
				} else {
					textAlign = "right";
					x += widest;
				}
			} else {
				x = this.right - tickAndPadding;
				if (crossAlign === "near") textAlign = "right";
				else if (crossAlign === "center") {
					textAlign = "center";
					x -= widest / 2;
				} else {
					textAlign = "left";
					x = this.left;
				}
			}
		} else if (position === "right") {
			if (mirror) {
				x = this.left + padding;
				if (crossAlign === "near") textAlign = "right";
				else if (crossAlign === "center") {
					textAlign = "center";
					x -= widest / 2;
				} else {
					textAlign = "left";
					x -= widest;
				}
			} else {
				x = this.left + tickAndPadding;
				if (crossAlign === "near") textAlign = "left";
				else if (crossAlign === "center") {
					textAlign = "center";
					x += widest / 2;
				} else {
					textAlign = "right";
					x = this.right;
				}
			}
		} else textAlign = "right";
		return {
			textAlign,
			x
		};
	}
	_computeLabelArea() {
		if (this.options.ticks.mirror) return;
		const chart = this.chart;
		const position = this.options.position;
		if (position === "left" || position === "right") return {
			top: 0,
			left: this.left,
			bottom: chart.height,
			right: this.right
		};
		if (position === "top" || position === "bottom") return {
			top: this.top,
			left: 0,
			bottom: this.bottom,
			right: chart.width
		};
	}
	drawBackground() {
		const { ctx, options: { backgroundColor }, left, top, width, height } = this;
		if (backgroundColor) {
			ctx.save();
			ctx.fillStyle = backgroundColor;
			ctx.fillRect(left, top, width, height);
			ctx.restore();
		}
	}
	getLineWidthForValue(value) {
		const grid = this.options.grid;
		if (!this._isVisible() || !grid.display) return 0;
		const index = this.ticks.findIndex((t) => t.value === value);
		if (index >= 0) return grid.setContext(this.getContext(index)).lineWidth;
		return 0;
	}
	drawGrid(chartArea) {
		const grid = this.options.grid;
		const ctx = this.ctx;
		const items = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(chartArea));
		let i, ilen;
		const drawLine = (p1, p2, style) => {
			if (!style.width || !style.color) return;
			ctx.save();
			ctx.lineWidth = style.width;
			ctx.strokeStyle = style.color;
			ctx.setLineDash(style.borderDash || []);
			ctx.lineDashOffset = style.borderDashOffset;
			ctx.beginPath();
			ctx.moveTo(p1.x, p1.y);
			ctx.lineTo(p2.x, p2.y);
			ctx.stroke();
			ctx.restore();
		};
		if (grid.display) for (i = 0, ilen = items.length; i < ilen; ++i) {
			const item = items[i];
			if (grid.drawOnChartArea) drawLine({
				x: item.x1,
				y: item.y1
			}, {
				x: item.x2,
				y: item.y2
			}, item);
			if (grid.drawTicks) drawLine({
				x: item.tx1,
				y: item.ty1
			}, {
				x: item.tx2,
				y: item.ty2
			}, {
				color: item.tickColor,
				width: item.tickWidth,
				borderDash: item.tickBorderDash,
				borderDashOffset: item.tickBorderDashOffset
			});
		}
	}
	drawBorder() {
		const { chart, ctx, options: { border, grid } } = this;
		const borderOpts = border.setContext(this.getContext());
		const axisWidth = border.display ? borderOpts.width : 0;
		if (!axisWidth) return;
		const lastLineWidth = grid.setContext(this.getContext(0)).lineWidth;
		const borderValue = this._borderValue;
		let x1, x2, y1, y2;
		if (this.isHorizontal()) {
			x1 = _alignPixel(chart, this.left, axisWidth) - axisWidth / 2;
			x2 = _alignPixel(chart, this.right, lastLineWidth) + lastLineWidth / 2;
			y1 = y2 = borderValue;
		} else {
			y1 = _alignPixel(chart, this.top, axisWidth) - axisWidth / 2;
			y2 = _alignPixel(chart, this.bottom, lastLineWidth) + lastLineWidth / 2;
			x1 = x2 = borderValue;
		}
		ctx.save();
		ctx.lineWidth = borderOpts.width;
		ctx.strokeStyle = borderOpts.color;
		ctx.beginPath();
		ctx.moveTo(x1, y1);
		ctx.lineTo(x2, y2);
		ctx.stroke();
		ctx.restore();
	}
	drawLabels(chartArea) {
		if (!this.options.ticks.display) return;
		const ctx = this.ctx;
		const area = this._computeLabelArea();
		if (area) clipArea(ctx, area);
		const items = this.getLabelItems(chartArea);
		for (const item of items) {
			const renderTextOptions = item.options;
			const tickFont = item.font;
			const label = item.label;
			const y = item.textOffset;
			renderText(ctx, label, 0, y, tickFont, renderTextOptions);
		}
		if (area) unclipArea(ctx);
	}
	drawTitle() {
		const { ctx, options: { position, title, reverse } } = this;
		if (!title.display) return;
		const font = toFont(title.font);
		const padding = toPadding(title.padding);
		const align = title.align;
		let offset = font.lineHeight / 2;
		if (position === "bottom" || position === "center" || isObject(position)) {
			offset += padding.bottom;
			if (isArray(title.text)) offset += font.lineHeight * (title.text.length - 1);
		} else offset += padding.top;
		const { titleX, titleY, maxWidth, rotation } = titleArgs(this, offset, position, align);
		renderText(ctx, title.text, 0, 0, font, {
			color: title.color,
			maxWidth,
			rotation,
			textAlign: titleAlign(align, position, reverse),
			textBaseline: "middle",
			translation: [titleX, titleY],
			strokeColor: title.strokeColor,
			strokeWidth: title.strokeWidth
		});
	}
	draw(chartArea) {
		if (!this._isVisible()) return;
		this.drawBackground();
		this.drawGrid(chartArea);
		this.drawBorder();
		this.drawTitle();
		this.drawLabels(chartArea);
	}
	_layers() {
		const opts = this.options;
		const tz = opts.ticks && opts.ticks.z || 0;
		const gz = valueOrDefault(opts.grid && opts.grid.z, -1);
		const bz = valueOrDefault(opts.border && opts.border.z, 0);
		if (!this._isVisible() || this.draw !== Scale.prototype.draw) return [{
			z: tz,
			draw: (chartArea) => {
				this.draw(chartArea);
			}
		}];
		return [
			{
				z: gz,
				draw: (chartArea) => {
					this.drawBackground();
					this.drawGrid(chartArea);
					this.drawTitle();
				}
			},
			{
				z: bz,
				draw: () => {
					this.drawBorder();
				}
			},
			{
				z: tz,
				draw: (chartArea) => {
					this.drawLabels(chartArea);
				}
			}
		];
	}
	getMatchingVisibleMetas(type) {
		const metas = this.chart.getSortedVisibleDatasetMetas();
		const axisID = this.axis + "AxisID";
		const result = [];
		let i, ilen;
		for (i = 0, ilen = metas.length; i < ilen; ++i) {
			const meta = metas[i];
			if (meta[axisID] === this.id && (!type || meta.type === type)) result.push(meta);
		}
		return result;
	}
	_resolveTickFontOptions(index) {
		return toFont(this.options.ticks.setContext(this.getContext(index)).font);
	}
	_maxDigits() {
		const fontSize = this._resolveTickFontOptions(0).lineHeight;
		return (this.isHorizontal() ? this.width : this.height) / fontSize;
	}
};
var TypedRegistry = class {
	constructor(type, scope, override) {
		this.type = type;
		this.scope = scope;
		this.override = override;
		this.items = Object.create(null);
	}
	isForType(type) {
		return Object.prototype.isPrototypeOf.call(this.type.prototype, type.prototype);
	}
	register(item) {
		const proto = Object.getPrototypeOf(item);
		let parentScope;
		if (isIChartComponent(proto)) parentScope = this.register(proto);
		const items = this.items;
		const id = item.id;
		const scope = this.scope + "." + id;
		if (!id) throw new Error("class does not have id: " + item);
		if (id in items) return scope;
		items[id] = item;
		registerDefaults(item, scope, parentScope);
		if (this.override) defaults.override(item.id, item.overrides);
		return scope;
	}
	get(id) {
		return this.items[id];
	}
	unregister(item) {
		const items = this.items;
		const id = item.id;
		const scope = this.scope;
		if (id in items) delete items[id];
		if (scope && id in defaults[scope]) {
			delete defaults[scope][id];
			if (this.override) delete overrides[id];
		}
	}
};
function registerDefaults(item, scope, parentScope) {
	const itemDefaults = merge(Object.create(null), [
		parentScope ? defaults.get(parentScope) : {},
		defaults.get(scope),
		item.defaults
	]);
	defaults.set(scope, itemDefaults);
	if (item.defaultRoutes) routeDefaults(scope, item.defaultRoutes);
	if (item.descriptors) defaults.describe(scope, item.descriptors);
}
function routeDefaults(scope, routes) {
	Object.keys(routes).forEach((property) => {
		const propertyParts = property.split(".");
		const sourceName = propertyParts.pop();
		const sourceScope = [scope].concat(propertyParts).join(".");
		const parts = routes[property].split(".");
		const targetName = parts.pop();
		const targetScope = parts.join(".");
		defaults.route(sourceScope, sourceName, targetScope, targetName);
	});
}
function isIChartComponent(proto) {
	return "id" in proto && "defaults" in proto;
}
var Registry = class {
	constructor() {
		this.controllers = new TypedRegistry(DatasetController, "datasets", true);
		this.elements = new TypedRegistry(Element, "elements");
		this.plugins = new TypedRegistry(Object, "plugins");
		this.scales = new TypedRegistry(Scale, "scales");
		this._typedRegistries = [
			this.controllers,
			this.scales,
			this.elements
		];
	}
	add(...args) {
		this._each("register", args);
	}
	remove(...args) {
		this._each("unregister", args);
	}
	addControllers(...args) {
		this._each("register", args, this.controllers);
	}
	addElements(...args) {
		this._each("register", args, this.elements);
	}
	addPlugins(...args) {
		this._each("register", args, this.plugins);
	}
	addScales(...args) {
		this._each("register", args, this.scales);
	}
	getController(id) {
		return this._get(id, this.controllers, "controller");
	}
	getElement(id) {
		return this._get(id, this.elements, "element");
	}
	getPlugin(id) {
		return this._get(id, this.plugins, "plugin");
	}
	getScale(id) {
		return this._get(id, this.scales, "scale");
	}
	removeControllers(...args) {
		this._each("unregister", args, this.controllers);
	}
	removeElements(...args) {
		this._each("unregister", args, this.elements);
	}
	removePlugins(...args) {
		this._each("unregister", args, this.plugins);
	}
	removeScales(...args) {
		this._each("unregister", args, this.scales);
	}
	_each(method, args, typedRegistry) {
		[...args].forEach((arg) => {
			const reg = typedRegistry || this._getRegistryForType(arg);
			if (typedRegistry || reg.isForType(arg) || reg === this.plugins && arg.id) this._exec(method, reg, arg);
			else each(arg, (item) => {
				const itemReg = typedRegistry || this._getRegistryForType(item);
				this._exec(method, itemReg, item);
			});
		});
	}
	_exec(method, registry, component) {
		const camelMethod = _capitalize(method);
		callback(component["before" + camelMethod], [], component);
		registry[method](component);
		callback(component["after" + camelMethod], [], component);
	}
	_getRegistryForType(type) {
		for (let i = 0; i < this._typedRegistries.length; i++) {
			const reg = this._typedRegistries[i];
			if (reg.isForType(type)) return reg;
		}
		return this.plugins;
	}
	_get(id, typedRegistry, type) {
		const item = typedRegistry.get(id);
		if (item === void 0) throw new Error("\"" + id + "\" is not a registered " + type + ".");
		return item;
	}
};
var registry = /* #__PURE__ */ new Registry();
var PluginService = class {
	constructor() {
		this._init = void 0;
	}
	notify(chart, hook, args, filter) {
		if (hook === "beforeInit") {
			this._init = this._createDescriptors(chart, true);
			this._notify(this._init, chart, "install");
		}
		if (this._init === void 0) return;
		const descriptors = filter ? this._descriptors(chart).filter(filter) : this._descriptors(chart);
		const result = this._notify(descriptors, chart, hook, args);
		if (hook === "afterDestroy") {
			this._notify(descriptors, chart, "stop");
			this._notify(this._init, chart, "uninstall");
			this._init = void 0;
		}
		return result;
	}
	_notify(descriptors, chart, hook, args) {
		args = args || {};
		for (const descriptor of descriptors) {
			const plugin = descriptor.plugin;
			const method = plugin[hook];
			if (callback(method, [
				chart,
				args,
				descriptor.options
			], plugin) === false && args.cancelable) return false;
		}
		return true;
	}
	invalidate() {
		if (!isNullOrUndef(this._cache)) {
			this._oldCache = this._cache;
			this._cache = void 0;
		}
	}
	_descriptors(chart) {
		if (this._cache) return this._cache;
		const descriptors = this._cache = this._createDescriptors(chart);
		this._notifyStateChanges(chart);
		return descriptors;
	}
	_createDescriptors(chart, all) {
		const config = chart && chart.config;
		const options = valueOrDefault(config.options && config.options.plugins, {});
		const plugins = allPlugins(config);
		return options === false && !all ? [] : createDescriptors(chart, plugins, options, all);
	}
	_notifyStateChanges(chart) {
		const previousDescriptors = this._oldCache || [];
		const descriptors = this._cache;
		const diff = (a, b) => a.filter((x) => !b.some((y) => x.plugin.id === y.plugin.id));
		this._notify(diff(previousDescriptors, descriptors), chart, "stop");
		this._notify(diff(descriptors, previousDescriptors), chart, "start");
	}
};
function allPlugins(config) {
	const localIds = {};
	const plugins = [];
	const keys = Object.keys(registry.plugins.items);
	for (let i = 0; i < keys.length; i++) plugins.push(registry.getPlugin(keys[i]));
	const local = config.plugins || [];
	for (let i = 0; i < local.length; i++) {
		const plugin = local[i];
		if (plugins.indexOf(plugin) === -1) {
			plugins.push(plugin);
			localIds[plugin.id] = true;
		}
	}
	return {
		plugins,
		localIds
	};
}
function getOpts(options, all) {
	if (!all && options === false) return null;
	if (options === true) return {};
	return options;
}
function createDescriptors(chart, { plugins, localIds }, options, all) {
	const result = [];
	const context = chart.getContext();
	for (const plugin of plugins) {
		const id = plugin.id;
		const opts = getOpts(options[id], all);
		if (opts === null) continue;
		result.push({
			plugin,
			options: pluginOpts(chart.config, {
				plugin,
				local: localIds[id]
			}, opts, context)
		});
	}
	return result;
}
function pluginOpts(config, { plugin, local }, opts, context) {
	const keys = config.pluginScopeKeys(plugin);
	const scopes = config.getOptionScopes(opts, keys);
	if (local && plugin.defaults) scopes.push(plugin.defaults);
	return config.createResolver(scopes, context, [""], {
		scriptable: false,
		indexable: false,
		allKeys: true
	});
}
function getIndexAxis(type, options) {
	const datasetDefaults = defaults.datasets[type] || {};
	return ((options.datasets || {})[type] || {}).indexAxis || options.indexAxis || datasetDefaults.indexAxis || "x";
}
function getAxisFromDefaultScaleID(id, indexAxis) {
	let axis = id;
	if (id === "_index_") axis = indexAxis;
	else if (id === "_value_") axis = indexAxis === "x" ? "y" : "x";
	return axis;
}
function getDefaultScaleIDFromAxis(axis, indexAxis) {
	return axis === indexAxis ? "_index_" : "_value_";
}
function idMatchesAxis(id) {
	if (id === "x" || id === "y" || id === "r") return id;
}
function axisFromPosition(position) {
	if (position === "top" || position === "bottom") return "x";
	if (position === "left" || position === "right") return "y";
}
function determineAxis(id, ...scaleOptions) {
	if (idMatchesAxis(id)) return id;
	for (const opts of scaleOptions) {
		const axis = opts.axis || axisFromPosition(opts.position) || id.length > 1 && idMatchesAxis(id[0].toLowerCase());
		if (axis) return axis;
	}
	throw new Error(`Cannot determine type of '${id}' axis. Please provide 'axis' or 'position' option.`);
}
function getAxisFromDataset(id, axis, dataset) {
	if (dataset[axis + "AxisID"] === id) return { axis };
}
function retrieveAxisFromDatasets(id, config) {
	if (config.data && config.data.datasets) {
		const boundDs = config.data.datasets.filter((d) => d.xAxisID === id || d.yAxisID === id);
		if (boundDs.length) return getAxisFromDataset(id, "x", boundDs[0]) || getAxisFromDataset(id, "y", boundDs[0]);
	}
	return {};
}
function mergeScaleConfig(config, options) {
	const chartDefaults = overrides[config.type] || { scales: {} };
	const configScales = options.scales || {};
	const chartIndexAxis = getIndexAxis(config.type, options);
	const scales = Object.create(null);
	Object.keys(configScales).forEach((id) => {
		const scaleConf = configScales[id];
		if (!isObject(scaleConf)) return console.error(`Invalid scale configuration for scale: ${id}`);
		if (scaleConf._proxy) return console.warn(`Ignoring resolver passed as options for scale: ${id}`);
		const axis = determineAxis(id, scaleConf, retrieveAxisFromDatasets(id, config), defaults.scales[scaleConf.type]);
		const defaultId = getDefaultScaleIDFromAxis(axis, chartIndexAxis);
		const defaultScaleOptions = chartDefaults.scales || {};
		scales[id] = mergeIf(Object.create(null), [
			{ axis },
			scaleConf,
			defaultScaleOptions[axis],
			defaultScaleOptions[defaultId]
		]);
	});
	config.data.datasets.forEach((dataset) => {
		const type = dataset.type || config.type;
		const indexAxis = dataset.indexAxis || getIndexAxis(type, options);
		const defaultScaleOptions = (overrides[type] || {}).scales || {};
		Object.keys(defaultScaleOptions).forEach((defaultID) => {
			const axis = getAxisFromDefaultScaleID(defaultID, indexAxis);
			const id = dataset[axis + "AxisID"] || axis;
			scales[id] = scales[id] || Object.create(null);
			mergeIf(scales[id], [
				{ axis },
				configScales[id],
				defaultScaleOptions[defaultID]
			]);
		});
	});
	Object.keys(scales).forEach((key) => {
		const scale = scales[key];
		mergeIf(scale, [defaults.scales[scale.type], defaults.scale]);
	});
	return scales;
}
function initOptions(config) {
	const options = config.options || (config.options = {});
	options.plugins = valueOrDefault(options.plugins, {});
	options.scales = mergeScaleConfig(config, options);
}
function initData(data) {
	data = data || {};
	data.datasets = data.datasets || [];
	data.labels = data.labels || [];
	return data;
}
function initConfig(config) {
	config = config || {};
	config.data = initData(config.data);
	initOptions(config);
	return config;
}
var keyCache = /* @__PURE__ */ new Map();
var keysCached = /* @__PURE__ */ new Set();
function cachedKeys(cacheKey, generate) {
	let keys = keyCache.get(cacheKey);
	if (!keys) {
		keys = generate();
		keyCache.set(cacheKey, keys);
		keysCached.add(keys);
	}
	return keys;
}
var addIfFound = (set, obj, key) => {
	const opts = resolveObjectKey(obj, key);
	if (opts !== void 0) set.add(opts);
};
var Config = class {
	constructor(config) {
		this._config = initConfig(config);
		this._scopeCache = /* @__PURE__ */ new Map();
		this._resolverCache = /* @__PURE__ */ new Map();
	}
	get platform() {
		return this._config.platform;
	}
	get type() {
		return this._config.type;
	}
	set type(type) {
		this._config.type = type;
	}
	get data() {
		return this._config.data;
	}
	set data(data) {
		this._config.data = initData(data);
	}
	get options() {
		return this._config.options;
	}
	set options(options) {
		this._config.options = options;
	}
	get plugins() {
		return this._config.plugins;
	}
	update() {
		const config = this._config;
		this.clearCache();
		initOptions(config);
	}
	clearCache() {
		this._scopeCache.clear();
		this._resolverCache.clear();
	}
	datasetScopeKeys(datasetType) {
		return cachedKeys(datasetType, () => [[`datasets.${datasetType}`, ""]]);
	}
	datasetAnimationScopeKeys(datasetType, transition) {
		return cachedKeys(`${datasetType}.transition.${transition}`, () => [[`datasets.${datasetType}.transitions.${transition}`, `transitions.${transition}`], [`datasets.${datasetType}`, ""]]);
	}
	datasetElementScopeKeys(datasetType, elementType) {
		return cachedKeys(`${datasetType}-${elementType}`, () => [[
			`datasets.${datasetType}.elements.${elementType}`,
			`datasets.${datasetType}`,
			`elements.${elementType}`,
			""
		]]);
	}
	pluginScopeKeys(plugin) {
		const id = plugin.id;
		const type = this.type;
		return cachedKeys(`${type}-plugin-${id}`, () => [[`plugins.${id}`, ...plugin.additionalOptionScopes || []]]);
	}
	_cachedScopes(mainScope, resetCache) {
		const _scopeCache = this._scopeCache;
		let cache = _scopeCache.get(mainScope);
		if (!cache || resetCache) {
			cache = /* @__PURE__ */ new Map();
			_scopeCache.set(mainScope, cache);
		}
		return cache;
	}
	getOptionScopes(mainScope, keyLists, resetCache) {
		const { options, type } = this;
		const cache = this._cachedScopes(mainScope, resetCache);
		const cached = cache.get(keyLists);
		if (cached) return cached;
		const scopes = /* @__PURE__ */ new Set();
		keyLists.forEach((keys) => {
			if (mainScope) {
				scopes.add(mainScope);
				keys.forEach((key) => addIfFound(scopes, mainScope, key));
			}
			keys.forEach((key) => addIfFound(scopes, options, key));
			keys.forEach((key) => addIfFound(scopes, overrides[type] || {}, key));
			keys.forEach((key) => addIfFound(scopes, defaults, key));
			keys.forEach((key) => addIfFound(scopes, descriptors, key));
		});
		const array = Array.from(scopes);
		if (array.length === 0) array.push(Object.create(null));
		if (keysCached.has(keyLists)) cache.set(keyLists, array);
		return array;
	}
	chartOptionScopes() {
		const { options, type } = this;
		return [
			options,
			overrides[type] || {},
			defaults.datasets[type] || {},
			{ type },
			defaults,
			descriptors
		];
	}
	resolveNamedOptions(scopes, names, context, prefixes = [""]) {
		const result = { $shared: true };
		const { resolver, subPrefixes } = getResolver(this._resolverCache, scopes, prefixes);
		let options = resolver;
		if (needContext(resolver, names)) {
			result.$shared = false;
			context = isFunction(context) ? context() : context;
			const subResolver = this.createResolver(scopes, context, subPrefixes);
			options = _attachContext(resolver, context, subResolver);
		}
		for (const prop of names) result[prop] = options[prop];
		return result;
	}
	createResolver(scopes, context, prefixes = [""], descriptorDefaults) {
		const { resolver } = getResolver(this._resolverCache, scopes, prefixes);
		return isObject(context) ? _attachContext(resolver, context, void 0, descriptorDefaults) : resolver;
	}
};
function getResolver(resolverCache, scopes, prefixes) {
	let cache = resolverCache.get(scopes);
	if (!cache) {
		cache = /* @__PURE__ */ new Map();
		resolverCache.set(scopes, cache);
	}
	const cacheKey = prefixes.join();
	let cached = cache.get(cacheKey);
	if (!cached) {
		cached = {
			resolver: _createResolver(scopes, prefixes),
			subPrefixes: prefixes.filter((p) => !p.toLowerCase().includes("hover"))
		};
		cache.set(cacheKey, cached);
	}
	return cached;
}
var hasFunction = (value) => isObject(value) && Object.getOwnPropertyNames(value).some((key) => isFunction(value[key]));
function needContext(proxy, names) {
	const { isScriptable, isIndexable } = _descriptors(proxy);
	for (const prop of names) {
		const scriptable = isScriptable(prop);
		const indexable = isIndexable(prop);
		const value = (indexable || scriptable) && proxy[prop];
		if (scriptable && (isFunction(value) || hasFunction(value)) || indexable && isArray(value)) return true;
	}
	return false;
}
var version = "4.6.1";
var KNOWN_POSITIONS = [
	"top",
	"bottom",
	"left",
	"right",
	"chartArea"
];
function positionIsHorizontal(position, axis) {
	return position === "top" || position === "bottom" || KNOWN_POSITIONS.indexOf(position) === -1 && axis === "x";
}
function compare2Level(l1, l2) {
	return function(a, b) {
		return a[l1] === b[l1] ? a[l2] - b[l2] : a[l1] - b[l1];
	};
}
function onAnimationsComplete(context) {
	const chart = context.chart;
	const animationOptions = chart.options.animation;
	chart.notifyPlugins("afterRender");
	callback(animationOptions && animationOptions.onComplete, [context], chart);
}
function onAnimationProgress(context) {
	const chart = context.chart;
	const animationOptions = chart.options.animation;
	callback(animationOptions && animationOptions.onProgress, [context], chart);
}
function getCanvas(item) {
	if (_isDomSupported() && typeof item === "string") item = document.getElementById(item);
	else if (item && item.length) item = item[0];
	if (item && item.canvas) item = item.canvas;
	return item;
}
var instances = {};
var getChart = (key) => {
	const canvas = getCanvas(key);
	return Object.values(instances).filter((c) => c.canvas === canvas).pop();
};
function moveNumericKeys(obj, start, move) {
	const keys = Object.keys(obj);
	for (const key of keys) {
		const intKey = +key;
		if (intKey >= start) {
			const value = obj[key];
			delete obj[key];
			if (move > 0 || intKey > start) obj[intKey + move] = value;
		}
	}
}
function determineLastEvent(e, lastEvent, inChartArea, isClick) {
	if (!inChartArea || e.type === "mouseout") return null;
	if (isClick) return lastEvent;
	return e;
}
var Chart = class {
	static defaults = defaults;
	static instances = instances;
	static overrides = overrides;
	static registry = registry;
	static version = version;
	static getChart = getChart;
	static register(...items) {
		registry.add(...items);
		invalidatePlugins();
	}
	static unregister(...items) {
		registry.remove(...items);
		invalidatePlugins();
	}
	constructor(item, userConfig) {
		const config = this.config = new Config(userConfig);
		const initialCanvas = getCanvas(item);
		const existingChart = getChart(initialCanvas);
		if (existingChart) throw new Error("Canvas is already in use. Chart with ID '" + existingChart.id + "' must be destroyed before the canvas with ID '" + existingChart.canvas.id + "' can be reused.");
		const options = config.createResolver(config.chartOptionScopes(), this.getContext());
		this.platform = new (config.platform || (_detectPlatform(initialCanvas)))();
		this.platform.updateConfig(config);
		const context = this.platform.acquireContext(initialCanvas, options.aspectRatio);
		const canvas = context && context.canvas;
		const height = canvas && canvas.height;
		const width = canvas && canvas.width;
		this.id = uid();
		this.ctx = context;
		this.canvas = canvas;
		this.width = width;
		this.height = height;
		this._options = options;
		this._aspectRatio = this.aspectRatio;
		this._layers = [];
		this._metasets = [];
		this._stacks = void 0;
		this.boxes = [];
		this.currentDevicePixelRatio = void 0;
		this.chartArea = void 0;
		this._active = [];
		this._lastEvent = void 0;
		this._listeners = {};
		this._responsiveListeners = void 0;
		this._sortedMetasets = [];
		this.scales = {};
		this._plugins = new PluginService();
		this.$proxies = {};
		this._hiddenIndices = {};
		this.attached = false;
		this._animationsDisabled = void 0;
		this.$context = void 0;
		this._doResize = debounce((mode) => this.update(mode), options.resizeDelay || 0);
		this._dataChanges = [];
		instances[this.id] = this;
		if (!context || !canvas) {
			console.error("Failed to create chart: can't acquire context from the given item");
			return;
		}
		animator.listen(this, "complete", onAnimationsComplete);
		animator.listen(this, "progress", onAnimationProgress);
		this._initialize();
		if (this.attached) this.update();
	}
	get aspectRatio() {
		const { options: { aspectRatio, maintainAspectRatio }, width, height, _aspectRatio } = this;
		if (!isNullOrUndef(aspectRatio)) return aspectRatio;
		if (maintainAspectRatio && _aspectRatio) return _aspectRatio;
		return height ? width / height : null;
	}
	get data() {
		return this.config.data;
	}
	set data(data) {
		this.config.data = data;
	}
	get options() {
		return this._options;
	}
	set options(options) {
		this.config.options = options;
	}
	get registry() {
		return registry;
	}
	_initialize() {
		this.notifyPlugins("beforeInit");
		if (this.options.responsive) this.resize();
		else retinaScale(this, this.options.devicePixelRatio);
		this.bindEvents();
		this.notifyPlugins("afterInit");
		return this;
	}
	clear() {
		clearCanvas(this.canvas, this.ctx);
		return this;
	}
	stop() {
		animator.stop(this);
		return this;
	}
	resize(width, height) {
		if (!animator.running(this)) this._resize(width, height);
		else this._resizeBeforeDraw = {
			width,
			height
		};
	}
	_resize(width, height) {
		const options = this.options;
		const canvas = this.canvas;
		const aspectRatio = options.maintainAspectRatio && this.aspectRatio;
		const newSize = this.platform.getMaximumSize(canvas, width, height, aspectRatio);
		const newRatio = options.devicePixelRatio || this.platform.getDevicePixelRatio();
		const mode = this.width ? "resize" : "attach";
		this.width = newSize.width;
		this.height = newSize.height;
		this._aspectRatio = this.aspectRatio;
		if (!retinaScale(this, newRatio, true)) return;
		this.notifyPlugins("resize", { size: newSize });
		callback(options.onResize, [this, newSize], this);
		if (this.attached) {
			if (this._doResize(mode)) this.render();
		}
	}
	ensureScalesHaveIDs() {
		each(this.options.scales || {}, (axisOptions, axisID) => {
			axisOptions.id = axisID;
		});
	}
	buildOrUpdateScales() {
		const options = this.options;
		const scaleOpts = options.scales;
		const scales = this.scales;
		const updated = Object.keys(scales).reduce((obj, id) => {
			obj[id] = false;
			return obj;
		}, {});
		let items = [];
		if (scaleOpts) items = items.concat(Object.keys(scaleOpts).map((id) => {
			const scaleOptions = scaleOpts[id];
			const axis = determineAxis(id, scaleOptions);
			const isRadial = axis === "r";
			const isHorizontal = axis === "x";
			return {
				options: scaleOptions,
				dposition: isRadial ? "chartArea" : isHorizontal ? "bottom" : "left",
				dtype: isRadial ? "radialLinear" : isHorizontal ? "category" : "linear"
			};
		}));
		each(items, (item) => {
			const scaleOptions = item.options;
			const id = scaleOptions.id;
			const axis = determineAxis(id, scaleOptions);
			const scaleType = valueOrDefault(scaleOptions.type, item.dtype);
			if (scaleOptions.position === void 0 || positionIsHorizontal(scaleOptions.position, axis) !== positionIsHorizontal(item.dposition)) scaleOptions.position = item.dposition;
			updated[id] = true;
			let scale = null;
			if (id in scales && scales[id].type === scaleType) scale = scales[id];
			else {
				scale = new (registry.getScale(scaleType))({
					id,
					type: scaleType,
					ctx: this.ctx,
					chart: this
				});
				scales[scale.id] = scale;
			}
			scale.init(scaleOptions, options);
		});
		each(updated, (hasUpdated, id) => {
			if (!hasUpdated) delete scales[id];
		});
		each(scales, (scale) => {
			layouts.configure(this, scale, scale.options);
			layouts.addBox(this, scale);
		});
	}
	_updateMetasets() {
		const metasets = this._metasets;
		const numData = this.data.datasets.length;
		const numMeta = metasets.length;
		metasets.sort((a, b) => a.index - b.index);
		if (numMeta > numData) {
			for (let i = numData; i < numMeta; ++i) this._destroyDatasetMeta(i);
			metasets.splice(numData, numMeta - numData);
		}
		this._sortedMetasets = metasets.slice(0).sort(compare2Level("order", "index"));
	}
	_removeUnreferencedMetasets() {
		const { _metasets: metasets, data: { datasets } } = this;
		if (metasets.length > datasets.length) delete this._stacks;
		metasets.forEach((meta, index) => {
			if (datasets.filter((x) => x === meta._dataset).length === 0) this._destroyDatasetMeta(index);
		});
	}
	buildOrUpdateControllers() {
		const newControllers = [];
		const datasets = this.data.datasets;
		let i, ilen;
		this._removeUnreferencedMetasets();
		for (i = 0, ilen = datasets.length; i < ilen; i++) {
			const dataset = datasets[i];
			let meta = this.getDatasetMeta(i);
			const type = dataset.type || this.config.type;
			if (meta.type && meta.type !== type) {
				this._destroyDatasetMeta(i);
				meta = this.getDatasetMeta(i);
			}
			meta.type = type;
			meta.indexAxis = dataset.indexAxis || getIndexAxis(type, this.options);
			meta.order = dataset.order || 0;
			meta.index = i;
			meta.label = "" + dataset.label;
			meta.visible = this.isDatasetVisible(i);
			if (meta.controller) {
				meta.controller.updateIndex(i);
				meta.controller.linkScales();
			} else {
				const ControllerClass = registry.getController(type);
				const { datasetElementType, dataElementType } = defaults.datasets[type];
				Object.assign(ControllerClass, {
					dataElementType: registry.getElement(dataElementType),
					datasetElementType: datasetElementType && registry.getElement(datasetElementType)
				});
				meta.controller = new ControllerClass(this, i);
				newControllers.push(meta.controller);
			}
		}
		this._updateMetasets();
		return newControllers;
	}
	_resetElements() {
		each(this.data.datasets, (dataset, datasetIndex) => {
			this.getDatasetMeta(datasetIndex).controller.reset();
		}, this);
	}
	reset() {
		this._resetElements();
		this.notifyPlugins("reset");
	}
	update(mode) {
		const config = this.config;
		config.update();
		const options = this._options = config.createResolver(config.chartOptionScopes(), this.getContext());
		const animsDisabled = this._animationsDisabled = !options.animation;
		this._updateScales();
		this._checkEventBindings();
		this._updateHiddenIndices();
		this._plugins.invalidate();
		if (this.notifyPlugins("beforeUpdate", {
			mode,
			cancelable: true
		}) === false) return;
		const newControllers = this.buildOrUpdateControllers();
		this.notifyPlugins("beforeElementsUpdate");
		let minPadding = 0;
		for (let i = 0, ilen = this.data.datasets.length; i < ilen; i++) {
			const { controller } = this.getDatasetMeta(i);
			const reset = !animsDisabled && newControllers.indexOf(controller) === -1;
			controller.buildOrUpdateElements(reset);
			minPadding = Math.max(+controller.getMaxOverflow(), minPadding);
		}
		minPadding = this._minPadding = options.layout.autoPadding ? minPadding : 0;
		this._updateLayout(minPadding);
		if (!animsDisabled) each(newControllers, (controller) => {
			controller.reset();
		});
		this._updateDatasets(mode);
		this.notifyPlugins("afterUpdate", { mode });
		this._layers.sort(compare2Level("z", "_idx"));
		const { _active, _lastEvent } = this;
		if (_lastEvent) this._eventHandler(_lastEvent, true);
		else if (_active.length) this._updateHoverStyles(_active, _active, true);
		this.render();
	}
	_updateScales() {
		each(this.scales, (scale) => {
			layouts.removeBox(this, scale);
		});
		this.ensureScalesHaveIDs();
		this.buildOrUpdateScales();
	}
	_checkEventBindings() {
		const options = this.options;
		if (!setsEqual(new Set(Object.keys(this._listeners)), new Set(options.events)) || !!this._responsiveListeners !== options.responsive) {
			this.unbindEvents();
			this.bindEvents();
		}
	}
	_updateHiddenIndices() {
		const { _hiddenIndices } = this;
		const changes = this._getUniformDataChanges() || [];
		for (const { method, start, count } of changes) moveNumericKeys(_hiddenIndices, start, method === "_removeElements" ? -count : count);
	}
	_getUniformDataChanges() {
		const _dataChanges = this._dataChanges;
		if (!_dataChanges || !_dataChanges.length) return;
		this._dataChanges = [];
		const datasetCount = this.data.datasets.length;
		const makeSet = (idx) => new Set(_dataChanges.filter((c) => c[0] === idx).map((c, i) => i + "," + c.splice(1).join(",")));
		const changeSet = makeSet(0);
		for (let i = 1; i < datasetCount; i++) if (!setsEqual(changeSet, makeSet(i))) return;
		return Array.from(changeSet).map((c) => c.split(",")).map((a) => ({
			method: a[1],
			start: +a[2],
			count: +a[3]
		}));
	}
	_updateLayout(minPadding) {
		if (this.notifyPlugins("beforeLayout", { cancelable: true }) === false) return;
		layouts.update(this, this.width, this.height, minPadding);
		const area = this.chartArea;
		const noArea = area.width <= 0 || area.height <= 0;
		this._layers = [];
		each(this.boxes, (box) => {
			if (noArea && box.position === "chartArea") return;
			if (box.configure) box.configure();
			this._layers.push(...box._layers());
		}, this);
		this._layers.forEach((item, index) => {
			item._idx = index;
		});
		this.notifyPlugins("afterLayout");
	}
	_updateDatasets(mode) {
		if (this.notifyPlugins("beforeDatasetsUpdate", {
			mode,
			cancelable: true
		}) === false) return;
		for (let i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this.getDatasetMeta(i).controller.configure();
		for (let i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this._updateDataset(i, isFunction(mode) ? mode({ datasetIndex: i }) : mode);
		this.notifyPlugins("afterDatasetsUpdate", { mode });
	}
	_updateDataset(index, mode) {
		const meta = this.getDatasetMeta(index);
		const args = {
			meta,
			index,
			mode,
			cancelable: true
		};
		if (this.notifyPlugins("beforeDatasetUpdate", args) === false) return;
		meta.controller._update(mode);
		args.cancelable = false;
		this.notifyPlugins("afterDatasetUpdate", args);
	}
	render() {
		if (this.notifyPlugins("beforeRender", { cancelable: true }) === false) return;
		if (animator.has(this)) {
			if (this.attached && !animator.running(this)) animator.start(this);
		} else {
			this.draw();
			onAnimationsComplete({ chart: this });
		}
	}
	draw() {
		let i;
		if (this._resizeBeforeDraw) {
			const { width, height } = this._resizeBeforeDraw;
			this._resizeBeforeDraw = null;
			this._resize(width, height);
		}
		this.clear();
		if (this.width <= 0 || this.height <= 0) return;
		if (this.notifyPlugins("beforeDraw", { cancelable: true }) === false) return;
		const layers = this._layers;
		for (i = 0; i < layers.length && layers[i].z <= 0; ++i) layers[i].draw(this.chartArea);
		this._drawDatasets();
		for (; i < layers.length; ++i) layers[i].draw(this.chartArea);
		this.notifyPlugins("afterDraw");
	}
	_getSortedDatasetMetas(filterVisible) {
		const metasets = this._sortedMetasets;
		const result = [];
		let i, ilen;
		for (i = 0, ilen = metasets.length; i < ilen; ++i) {
			const meta = metasets[i];
			if (!filterVisible || meta.visible) result.push(meta);
		}
		return result;
	}
	getSortedVisibleDatasetMetas() {
		return this._getSortedDatasetMetas(true);
	}
	_drawDatasets() {
		if (this.notifyPlugins("beforeDatasetsDraw", { cancelable: true }) === false) return;
		const metasets = this.getSortedVisibleDatasetMetas();
		for (let i = metasets.length - 1; i >= 0; --i) this._drawDataset(metasets[i]);
		this.notifyPlugins("afterDatasetsDraw");
	}
	_drawDataset(meta) {
		const ctx = this.ctx;
		const args = {
			meta,
			index: meta.index,
			cancelable: true
		};
		const clip = getDatasetClipArea(this, meta);
		if (this.notifyPlugins("beforeDatasetDraw", args) === false) return;
		if (clip) clipArea(ctx, clip);
		meta.controller.draw();
		if (clip) unclipArea(ctx);
		args.cancelable = false;
		this.notifyPlugins("afterDatasetDraw", args);
	}
	isPointInArea(point) {
		return _isPointInArea(point, this.chartArea, this._minPadding);
	}
	getElementsAtEventForMode(e, mode, options, useFinalPosition) {
		const method = Interaction.modes[mode];
		if (typeof method === "function") return method(this, e, options, useFinalPosition);
		return [];
	}
	getDatasetMeta(datasetIndex) {
		const dataset = this.data.datasets[datasetIndex];
		const metasets = this._metasets;
		let meta = metasets.filter((x) => x && x._dataset === dataset).pop();
		if (!meta) {
			meta = {
				type: null,
				data: [],
				dataset: null,
				controller: null,
				hidden: null,
				xAxisID: null,
				yAxisID: null,
				order: dataset && dataset.order || 0,
				index: datasetIndex,
				_dataset: dataset,
				_parsed: [],
				_sorted: false
			};
			metasets.push(meta);
		}
		return meta;
	}
	getContext() {
		return this.$context || (this.$context = createContext(null, {
			chart: this,
			type: "chart"
		}));
	}
	getVisibleDatasetCount() {
		return this.getSortedVisibleDatasetMetas().length;
	}
	isDatasetVisible(datasetIndex) {
		const dataset = this.data.datasets[datasetIndex];
		if (!dataset) return false;
		const meta = this.getDatasetMeta(datasetIndex);
		return typeof meta.hidden === "boolean" ? !meta.hidden : !dataset.hidden;
	}
	setDatasetVisibility(datasetIndex, visible) {
		const meta = this.getDatasetMeta(datasetIndex);
		meta.hidden = !visible;
	}
	toggleDataVisibility(index) {
		this._hiddenIndices[index] = !this._hiddenIndices[index];
	}
	getDataVisibility(index) {
		return !this._hiddenIndices[index];
	}
	_updateVisibility(datasetIndex, dataIndex, visible) {
		const mode = visible ? "show" : "hide";
		const meta = this.getDatasetMeta(datasetIndex);
		const anims = meta.controller._resolveAnimations(void 0, mode);
		if (defined(dataIndex)) {
			meta.data[dataIndex].hidden = !visible;
			this.update();
		} else {
			this.setDatasetVisibility(datasetIndex, visible);
			anims.update(meta, { visible });
			this.update((ctx) => ctx.datasetIndex === datasetIndex ? mode : void 0);
		}
	}
	hide(datasetIndex, dataIndex) {
		this._updateVisibility(datasetIndex, dataIndex, false);
	}
	show(datasetIndex, dataIndex) {
		this._updateVisibility(datasetIndex, dataIndex, true);
	}
	_destroyDatasetMeta(datasetIndex) {
		const meta = this._metasets[datasetIndex];
		if (meta && meta.controller) meta.controller._destroy();
		delete this._metasets[datasetIndex];
	}
	_stop() {
		let i, ilen;
		this.stop();
		animator.remove(this);
		for (i = 0, ilen = this.data.datasets.length; i < ilen; ++i) this._destroyDatasetMeta(i);
	}
	destroy() {
		this.notifyPlugins("beforeDestroy");
		const { canvas, ctx } = this;
		this._stop();
		this.config.clearCache();
		if (canvas) {
			this.unbindEvents();
			clearCanvas(canvas, ctx);
			this.platform.releaseContext(ctx);
			this.canvas = null;
			this.ctx = null;
		}
		delete instances[this.id];
		this.notifyPlugins("afterDestroy");
	}
	toBase64Image(...args) {
		return this.canvas.toDataURL(...args);
	}
	bindEvents() {
		this.bindUserEvents();
		if (this.options.responsive) this.bindResponsiveEvents();
		else this.attached = true;
	}
	bindUserEvents() {
		const listeners = this._listeners;
		const platform = this.platform;
		const _add = (type, listener) => {
			platform.addEventListener(this, type, listener);
			listeners[type] = listener;
		};
		const listener = (e, x, y) => {
			e.offsetX = x;
			e.offsetY = y;
			this._eventHandler(e);
		};
		each(this.options.events, (type) => _add(type, listener));
	}
	bindResponsiveEvents() {
		if (!this._responsiveListeners) this._responsiveListeners = {};
		const listeners = this._responsiveListeners;
		const platform = this.platform;
		const _add = (type, listener) => {
			platform.addEventListener(this, type, listener);
			listeners[type] = listener;
		};
		const _remove = (type, listener) => {
			if (listeners[type]) {
				platform.removeEventListener(this, type, listener);
				delete listeners[type];
			}
		};
		const listener = (width, height) => {
			if (this.canvas) this.resize(width, height);
		};
		let detached;
		const attached = () => {
			_remove("attach", attached);
			this.attached = true;
			this.resize();
			_add("resize", listener);
			_add("detach", detached);
		};
		detached = () => {
			this.attached = false;
			_remove("resize", listener);
			this._stop();
			this._resize(0, 0);
			_add("attach", attached);
		};
		if (platform.isAttached(this.canvas)) attached();
		else detached();
	}
	unbindEvents() {
		each(this._listeners, (listener, type) => {
			this.platform.removeEventListener(this, type, listener);
		});
		this._listeners = {};
		each(this._responsiveListeners, (listener, type) => {
			this.platform.removeEventListener(this, type, listener);
		});
		this._responsiveListeners = void 0;
	}
	updateHoverStyle(items, mode, enabled) {
		const prefix = enabled ? "set" : "remove";
		let meta, item, i, ilen;
		if (mode === "dataset") {
			meta = this.getDatasetMeta(items[0].datasetIndex);
			meta.controller["_" + prefix + "DatasetHoverStyle"]();
		}
		for (i = 0, ilen = items.length; i < ilen; ++i) {
			item = items[i];
			const controller = item && this.getDatasetMeta(item.datasetIndex).controller;
			if (controller) controller[prefix + "HoverStyle"](item.element, item.datasetIndex, item.index);
		}
	}
	getActiveElements() {
		return this._active || [];
	}
	setActiveElements(activeElements) {
		const lastActive = this._active || [];
		const active = activeElements.map(({ datasetIndex, index }) => {
			const meta = this.getDatasetMeta(datasetIndex);
			if (!meta) throw new Error("No dataset found at index " + datasetIndex);
			return {
				datasetIndex,
				element: meta.data[index],
				index
			};
		});
		if (!_elementsEqual(active, lastActive)) {
			this._active = active;
			this._lastEvent = null;
			this._updateHoverStyles(active, lastActive);
		}
	}
	notifyPlugins(hook, args, filter) {
		return this._plugins.notify(this, hook, args, filter);
	}
	isPluginEnabled(pluginId) {
		return this._plugins._cache.filter((p) => p.plugin.id === pluginId).length === 1;
	}
	_updateHoverStyles(active, lastActive, replay) {
		const hoverOptions = this.options.hover;
		const diff = (a, b) => a.filter((x) => !b.some((y) => x.datasetIndex === y.datasetIndex && x.index === y.index));
		const deactivated = diff(lastActive, active);
		const activated = replay ? active : diff(active, lastActive);
		if (deactivated.length) this.updateHoverStyle(deactivated, hoverOptions.mode, false);
		if (activated.length && hoverOptions.mode) this.updateHoverStyle(activated, hoverOptions.mode, true);
	}
	_eventHandler(e, replay) {
		const args = {
			event: e,
			replay,
			cancelable: true,
			inChartArea: this.isPointInArea(e)
		};
		const eventFilter = (plugin) => (plugin.options.events || this.options.events).includes(e.native.type);
		if (this.notifyPlugins("beforeEvent", args, eventFilter) === false) return;
		const changed = this._handleEvent(e, replay, args.inChartArea);
		args.cancelable = false;
		this.notifyPlugins("afterEvent", args, eventFilter);
		if (changed || args.changed) this.render();
		return this;
	}
	_handleEvent(e, replay, inChartArea) {
		const { _active: lastActive = [], options } = this;
		const useFinalPosition = replay;
		const active = this._getActiveElements(e, lastActive, inChartArea, useFinalPosition);
		const isClick = _isClickEvent(e);
		const lastEvent = determineLastEvent(e, this._lastEvent, inChartArea, isClick);
		if (inChartArea) {
			this._lastEvent = null;
			callback(options.onHover, [
				e,
				active,
				this
			], this);
			if (isClick) callback(options.onClick, [
				e,
				active,
				this
			], this);
		}
		const changed = !_elementsEqual(active, lastActive);
		if (changed || replay) {
			this._active = active;
			this._updateHoverStyles(active, lastActive, replay);
		}
		this._lastEvent = lastEvent;
		return changed;
	}
	_getActiveElements(e, lastActive, inChartArea, useFinalPosition) {
		if (e.type === "mouseout") return [];
		if (!inChartArea) return lastActive;
		const hoverOptions = this.options.hover;
		return this.getElementsAtEventForMode(e, hoverOptions.mode, hoverOptions, useFinalPosition);
	}
};
function invalidatePlugins() {
	return each(Chart.instances, (chart) => chart._plugins.invalidate());
}
function getBarBounds(bar, useFinalPosition) {
	const { x, y, base, width, height } = bar.getProps([
		"x",
		"y",
		"base",
		"width",
		"height"
	], useFinalPosition);
	let left, right, top, bottom, half;
	if (bar.horizontal) {
		half = height / 2;
		left = Math.min(x, base);
		right = Math.max(x, base);
		top = y - half;
		bottom = y + half;
	} else {
		half = width / 2;
		left = x - half;
		right = x + half;
		top = Math.min(y, base);
		bottom = Math.max(y, base);
	}
	return {
		left,
		top,
		right,
		bottom
	};
}
function skipOrLimit(skip, value, min, max) {
	return skip ? 0 : _limitValue(value, min, max);
}
function parseBorderWidth(bar, maxW, maxH) {
	const value = bar.options.borderWidth;
	const skip = bar.borderSkipped;
	const o = toTRBL(value);
	return {
		t: skipOrLimit(skip.top, o.top, 0, maxH),
		r: skipOrLimit(skip.right, o.right, 0, maxW),
		b: skipOrLimit(skip.bottom, o.bottom, 0, maxH),
		l: skipOrLimit(skip.left, o.left, 0, maxW)
	};
}
function parseBorderRadius(bar, maxW, maxH) {
	const { enableBorderRadius } = bar.getProps(["enableBorderRadius"]);
	const value = bar.options.borderRadius;
	const o = toTRBLCorners(value);
	const maxR = Math.min(maxW, maxH);
	const skip = bar.borderSkipped;
	const enableBorder = enableBorderRadius || isObject(value);
	return {
		topLeft: skipOrLimit(!enableBorder || skip.top || skip.left, o.topLeft, 0, maxR),
		topRight: skipOrLimit(!enableBorder || skip.top || skip.right, o.topRight, 0, maxR),
		bottomLeft: skipOrLimit(!enableBorder || skip.bottom || skip.left, o.bottomLeft, 0, maxR),
		bottomRight: skipOrLimit(!enableBorder || skip.bottom || skip.right, o.bottomRight, 0, maxR)
	};
}
function boundingRects(bar) {
	const bounds = getBarBounds(bar);
	const width = bounds.right - bounds.left;
	const height = bounds.bottom - bounds.top;
	const border = parseBorderWidth(bar, width / 2, height / 2);
	const radius = parseBorderRadius(bar, width / 2, height / 2);
	return {
		outer: {
			x: bounds.left,
			y: bounds.top,
			w: width,
			h: height,
			radius
		},
		inner: {
			x: bounds.left + border.l,
			y: bounds.top + border.t,
			w: width - border.l - border.r,
			h: height - border.t - border.b,
			radius: {
				topLeft: Math.max(0, radius.topLeft - Math.max(border.t, border.l)),
				topRight: Math.max(0, radius.topRight - Math.max(border.t, border.r)),
				bottomLeft: Math.max(0, radius.bottomLeft - Math.max(border.b, border.l)),
				bottomRight: Math.max(0, radius.bottomRight - Math.max(border.b, border.r))
			}
		}
	};
}
function inRange(bar, x, y, useFinalPosition) {
	const skipX = x === null;
	const skipY = y === null;
	const bounds = bar && !(skipX && skipY) && getBarBounds(bar, useFinalPosition);
	return bounds && (skipX || _isBetween(x, bounds.left, bounds.right)) && (skipY || _isBetween(y, bounds.top, bounds.bottom));
}
function hasRadius(radius) {
	return radius.topLeft || radius.topRight || radius.bottomLeft || radius.bottomRight;
}
function addNormalRectPath(ctx, rect) {
	ctx.rect(rect.x, rect.y, rect.w, rect.h);
}
function inflateRect(rect, amount, refRect = {}) {
	const x = rect.x !== refRect.x ? -amount : 0;
	const y = rect.y !== refRect.y ? -amount : 0;
	const w = (rect.x + rect.w !== refRect.x + refRect.w ? amount : 0) - x;
	const h = (rect.y + rect.h !== refRect.y + refRect.h ? amount : 0) - y;
	return {
		x: rect.x + x,
		y: rect.y + y,
		w: rect.w + w,
		h: rect.h + h,
		radius: rect.radius
	};
}
var BarElement = class extends Element {
	static id = "bar";
	static defaults = {
		borderSkipped: "start",
		borderWidth: 0,
		borderRadius: 0,
		inflateAmount: "auto",
		pointStyle: void 0
	};
	static defaultRoutes = {
		backgroundColor: "backgroundColor",
		borderColor: "borderColor"
	};
	constructor(cfg) {
		super();
		this.options = void 0;
		this.horizontal = void 0;
		this.base = void 0;
		this.width = void 0;
		this.height = void 0;
		this.inflateAmount = void 0;
		if (cfg) Object.assign(this, cfg);
	}
	draw(ctx) {
		const { inflateAmount, options: { borderColor, backgroundColor } } = this;
		const { inner, outer } = boundingRects(this);
		const addRectPath = hasRadius(outer.radius) ? addRoundedRectPath : addNormalRectPath;
		ctx.save();
		if (outer.w !== inner.w || outer.h !== inner.h) {
			ctx.beginPath();
			addRectPath(ctx, inflateRect(outer, inflateAmount, inner));
			ctx.clip();
			addRectPath(ctx, inflateRect(inner, -inflateAmount, outer));
			ctx.fillStyle = borderColor;
			ctx.fill("evenodd");
		}
		ctx.beginPath();
		addRectPath(ctx, inflateRect(inner, inflateAmount));
		ctx.fillStyle = backgroundColor;
		ctx.fill();
		ctx.restore();
	}
	inRange(mouseX, mouseY, useFinalPosition) {
		return inRange(this, mouseX, mouseY, useFinalPosition);
	}
	inXRange(mouseX, useFinalPosition) {
		return inRange(this, mouseX, null, useFinalPosition);
	}
	inYRange(mouseY, useFinalPosition) {
		return inRange(this, null, mouseY, useFinalPosition);
	}
	getCenterPoint(useFinalPosition) {
		const { x, y, base, horizontal } = this.getProps([
			"x",
			"y",
			"base",
			"horizontal"
		], useFinalPosition);
		return {
			x: horizontal ? (x + base) / 2 : x,
			y: horizontal ? y : (y + base) / 2
		};
	}
	getRange(axis) {
		return axis === "x" ? this.width / 2 : this.height / 2;
	}
};
var getBoxSize = (labelOpts, fontSize) => {
	let { boxHeight = fontSize, boxWidth = fontSize } = labelOpts;
	if (labelOpts.usePointStyle) {
		boxHeight = Math.min(boxHeight, fontSize);
		boxWidth = labelOpts.pointStyleWidth || Math.min(boxWidth, fontSize);
	}
	return {
		boxWidth,
		boxHeight,
		itemHeight: Math.max(fontSize, boxHeight)
	};
};
var itemsEqual = (a, b) => a !== null && b !== null && a.datasetIndex === b.datasetIndex && a.index === b.index;
var Legend = class extends Element {
	constructor(config) {
		super();
		this._added = false;
		this.legendHitBoxes = [];
		this._hoveredItem = null;
		this.doughnutMode = false;
		this.chart = config.chart;
		this.options = config.options;
		this.ctx = config.ctx;
		this.legendItems = void 0;
		this.columnSizes = void 0;
		this.lineWidths = void 0;
		this.maxHeight = void 0;
		this.maxWidth = void 0;
		this.top = void 0;
		this.bottom = void 0;
		this.left = void 0;
		this.right = void 0;
		this.height = void 0;
		this.width = void 0;
		this._margins = void 0;
		this.position = void 0;
		this.weight = void 0;
		this.fullSize = void 0;
	}
	update(maxWidth, maxHeight, margins) {
		this.maxWidth = maxWidth;
		this.maxHeight = maxHeight;
		this._margins = margins;
		this.setDimensions();
		this.buildLabels();
		this.fit();
	}
	setDimensions() {
		if (this.isHorizontal()) {
			this.width = this.maxWidth;
			this.left = this._margins.left;
			this.right = this.width;
		} else {
			this.height = this.maxHeight;
			this.top = this._margins.top;
			this.bottom = this.height;
		}
	}
	buildLabels() {
		const labelOpts = this.options.labels || {};
		let legendItems = callback(labelOpts.generateLabels, [this.chart], this) || [];
		if (labelOpts.filter) legendItems = legendItems.filter((item) => labelOpts.filter(item, this.chart.data));
		if (labelOpts.sort) legendItems = legendItems.sort((a, b) => labelOpts.sort(a, b, this.chart.data));
		if (this.options.reverse) legendItems.reverse();
		this.legendItems = legendItems;
	}
	fit() {
		const { options, ctx } = this;
		if (!options.display) {
			this.width = this.height = 0;
			return;
		}
		const labelOpts = options.labels;
		const labelFont = toFont(labelOpts.font);
		const fontSize = labelFont.size;
		const titleHeight = this._computeTitleHeight();
		const { boxWidth, itemHeight } = getBoxSize(labelOpts, fontSize);
		let width, height;
		ctx.font = labelFont.string;
		if (this.isHorizontal()) {
			width = this.maxWidth;
			height = this._fitRows(titleHeight, fontSize, boxWidth, itemHeight) + 10;
		} else {
			height = this.maxHeight;
			width = this._fitCols(titleHeight, labelFont, boxWidth, itemHeight) + 10;
		}
		this.width = Math.min(width, options.maxWidth || this.maxWidth);
		this.height = Math.min(height, options.maxHeight || this.maxHeight);
	}
	_fitRows(titleHeight, fontSize, boxWidth, itemHeight) {
		const { ctx, maxWidth, options: { labels: { padding } } } = this;
		const hitboxes = this.legendHitBoxes = [];
		const lineWidths = this.lineWidths = [0];
		const lineHeight = itemHeight + padding;
		let totalHeight = titleHeight;
		ctx.textAlign = "left";
		ctx.textBaseline = "middle";
		let row = -1;
		let top = -lineHeight;
		this.legendItems.forEach((legendItem, i) => {
			const itemWidth = boxWidth + fontSize / 2 + ctx.measureText(legendItem.text).width;
			if (i === 0 || lineWidths[lineWidths.length - 1] + itemWidth + 2 * padding > maxWidth) {
				totalHeight += lineHeight;
				lineWidths[lineWidths.length - (i > 0 ? 0 : 1)] = 0;
				top += lineHeight;
				row++;
			}
			hitboxes[i] = {
				left: 0,
				top,
				row,
				width: itemWidth,
				height: itemHeight
			};
			lineWidths[lineWidths.length - 1] += itemWidth + padding;
		});
		return totalHeight;
	}
	_fitCols(titleHeight, labelFont, boxWidth, _itemHeight) {
		const { ctx, maxHeight, options: { labels: { padding } } } = this;
		const hitboxes = this.legendHitBoxes = [];
		const columnSizes = this.columnSizes = [];
		const heightLimit = maxHeight - titleHeight;
		let totalWidth = padding;
		let currentColWidth = 0;
		let currentColHeight = 0;
		let left = 0;
		let col = 0;
		this.legendItems.forEach((legendItem, i) => {
			const { itemWidth, itemHeight } = calculateItemSize(boxWidth, labelFont, ctx, legendItem, _itemHeight);
			if (i > 0 && currentColHeight + itemHeight + 2 * padding > heightLimit) {
				totalWidth += currentColWidth + padding;
				columnSizes.push({
					width: currentColWidth,
					height: currentColHeight
				});
				left += currentColWidth + padding;
				col++;
				currentColWidth = currentColHeight = 0;
			}
			hitboxes[i] = {
				left,
				top: currentColHeight,
				col,
				width: itemWidth,
				height: itemHeight
			};
			currentColWidth = Math.max(currentColWidth, itemWidth);
			currentColHeight += itemHeight + padding;
		});
		totalWidth += currentColWidth;
		columnSizes.push({
			width: currentColWidth,
			height: currentColHeight
		});
		return totalWidth;
	}
	adjustHitBoxes() {
		if (!this.options.display) return;
		const titleHeight = this._computeTitleHeight();
		const { legendHitBoxes: hitboxes, options: { align, labels: { padding }, rtl } } = this;
		const rtlHelper = getRtlAdapter(rtl, this.left, this.width);
		if (this.isHorizontal()) {
			let row = 0;
			let left = _alignStartEnd(align, this.left + padding, this.right - this.lineWidths[row]);
			for (const hitbox of hitboxes) {
				if (row !== hitbox.row) {
					row = hitbox.row;
					left = _alignStartEnd(align, this.left + padding, this.right - this.lineWidths[row]);
				}
				hitbox.top += this.top + titleHeight + padding;
				hitbox.left = rtlHelper.leftForLtr(rtlHelper.x(left), hitbox.width);
				left += hitbox.width + padding;
			}
		} else {
			let col = 0;
			let top = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - this.columnSizes[col].height);
			for (const hitbox of hitboxes) {
				if (hitbox.col !== col) {
					col = hitbox.col;
					top = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - this.columnSizes[col].height);
				}
				hitbox.top = top;
				hitbox.left += this.left + padding;
				hitbox.left = rtlHelper.leftForLtr(rtlHelper.x(hitbox.left), hitbox.width);
				top += hitbox.height + padding;
			}
		}
	}
	isHorizontal() {
		return this.options.position === "top" || this.options.position === "bottom";
	}
	draw() {
		if (this.options.display) {
			const ctx = this.ctx;
			clipArea(ctx, this);
			this._draw();
			unclipArea(ctx);
		}
	}
	_draw() {
		const { options: opts, columnSizes, lineWidths, ctx } = this;
		const { align, labels: labelOpts } = opts;
		const defaultColor = defaults.color;
		const rtlHelper = getRtlAdapter(opts.rtl, this.left, this.width);
		const labelFont = toFont(labelOpts.font);
		const { padding } = labelOpts;
		const fontSize = labelFont.size;
		const halfFontSize = fontSize / 2;
		let cursor;
		this.drawTitle();
		ctx.textAlign = rtlHelper.textAlign("left");
		ctx.textBaseline = "middle";
		ctx.lineWidth = .5;
		ctx.font = labelFont.string;
		const { boxWidth, boxHeight, itemHeight } = getBoxSize(labelOpts, fontSize);
		const drawLegendBox = function(x, y, legendItem) {
			if (isNaN(boxWidth) || boxWidth <= 0 || isNaN(boxHeight) || boxHeight < 0) return;
			ctx.save();
			const lineWidth = valueOrDefault(legendItem.lineWidth, 1);
			ctx.fillStyle = valueOrDefault(legendItem.fillStyle, defaultColor);
			ctx.lineCap = valueOrDefault(legendItem.lineCap, "butt");
			ctx.lineDashOffset = valueOrDefault(legendItem.lineDashOffset, 0);
			ctx.lineJoin = valueOrDefault(legendItem.lineJoin, "miter");
			ctx.lineWidth = lineWidth;
			ctx.strokeStyle = valueOrDefault(legendItem.strokeStyle, defaultColor);
			ctx.setLineDash(valueOrDefault(legendItem.lineDash, []));
			if (labelOpts.usePointStyle) {
				const drawOptions = {
					radius: boxHeight * Math.SQRT2 / 2,
					pointStyle: legendItem.pointStyle,
					rotation: legendItem.rotation,
					borderWidth: lineWidth
				};
				const centerX = rtlHelper.xPlus(x, boxWidth / 2);
				const centerY = y + halfFontSize;
				drawPointLegend(ctx, drawOptions, centerX, centerY, labelOpts.pointStyleWidth && boxWidth);
			} else {
				const yBoxTop = y + Math.max((fontSize - boxHeight) / 2, 0);
				const xBoxLeft = rtlHelper.leftForLtr(x, boxWidth);
				const borderRadius = toTRBLCorners(legendItem.borderRadius);
				ctx.beginPath();
				if (Object.values(borderRadius).some((v) => v !== 0)) addRoundedRectPath(ctx, {
					x: xBoxLeft,
					y: yBoxTop,
					w: boxWidth,
					h: boxHeight,
					radius: borderRadius
				});
				else ctx.rect(xBoxLeft, yBoxTop, boxWidth, boxHeight);
				ctx.fill();
				if (lineWidth !== 0) ctx.stroke();
			}
			ctx.restore();
		};
		const fillText = function(x, y, legendItem) {
			renderText(ctx, legendItem.text, x, y + itemHeight / 2, labelFont, {
				strikethrough: legendItem.hidden,
				textAlign: rtlHelper.textAlign(legendItem.textAlign)
			});
		};
		const isHorizontal = this.isHorizontal();
		const titleHeight = this._computeTitleHeight();
		if (isHorizontal) cursor = {
			x: _alignStartEnd(align, this.left + padding, this.right - lineWidths[0]),
			y: this.top + padding + titleHeight,
			line: 0
		};
		else cursor = {
			x: this.left + padding,
			y: _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - columnSizes[0].height),
			line: 0
		};
		overrideTextDirection(this.ctx, opts.textDirection);
		const lineHeight = itemHeight + padding;
		this.legendItems.forEach((legendItem, i) => {
			ctx.strokeStyle = legendItem.fontColor;
			ctx.fillStyle = legendItem.fontColor;
			const textWidth = ctx.measureText(legendItem.text).width;
			const textAlign = rtlHelper.textAlign(legendItem.textAlign || (legendItem.textAlign = labelOpts.textAlign));
			const width = boxWidth + halfFontSize + textWidth;
			let x = cursor.x;
			let y = cursor.y;
			rtlHelper.setWidth(this.width);
			if (isHorizontal) {
				if (i > 0 && x + width + padding > this.right) {
					y = cursor.y += lineHeight;
					cursor.line++;
					x = cursor.x = _alignStartEnd(align, this.left + padding, this.right - lineWidths[cursor.line]);
				}
			} else if (i > 0 && y + lineHeight > this.bottom) {
				x = cursor.x = x + columnSizes[cursor.line].width + padding;
				cursor.line++;
				y = cursor.y = _alignStartEnd(align, this.top + titleHeight + padding, this.bottom - columnSizes[cursor.line].height);
			}
			const realX = rtlHelper.x(x);
			drawLegendBox(realX, y, legendItem);
			x = _textX(textAlign, x + boxWidth + halfFontSize, isHorizontal ? x + width : this.right, opts.rtl);
			fillText(rtlHelper.x(x), y, legendItem);
			if (isHorizontal) cursor.x += width + padding;
			else if (typeof legendItem.text !== "string") {
				const fontLineHeight = labelFont.lineHeight;
				cursor.y += calculateLegendItemHeight(legendItem, fontLineHeight) + padding;
			} else cursor.y += lineHeight;
		});
		restoreTextDirection(this.ctx, opts.textDirection);
	}
	drawTitle() {
		const opts = this.options;
		const titleOpts = opts.title;
		const titleFont = toFont(titleOpts.font);
		const titlePadding = toPadding(titleOpts.padding);
		if (!titleOpts.display) return;
		const rtlHelper = getRtlAdapter(opts.rtl, this.left, this.width);
		const ctx = this.ctx;
		const position = titleOpts.position;
		const halfFontSize = titleFont.size / 2;
		const topPaddingPlusHalfFontSize = titlePadding.top + halfFontSize;
		let y;
		let left = this.left;
		let maxWidth = this.width;
		if (this.isHorizontal()) {
			maxWidth = Math.max(...this.lineWidths);
			y = this.top + topPaddingPlusHalfFontSize;
			left = _alignStartEnd(opts.align, left, this.right - maxWidth);
		} else {
			const maxHeight = this.columnSizes.reduce((acc, size) => Math.max(acc, size.height), 0);
			y = topPaddingPlusHalfFontSize + _alignStartEnd(opts.align, this.top, this.bottom - maxHeight - opts.labels.padding - this._computeTitleHeight());
		}
		const x = _alignStartEnd(position, left, left + maxWidth);
		ctx.textAlign = rtlHelper.textAlign(_toLeftRightCenter(position));
		ctx.textBaseline = "middle";
		ctx.strokeStyle = titleOpts.color;
		ctx.fillStyle = titleOpts.color;
		ctx.font = titleFont.string;
		renderText(ctx, titleOpts.text, x, y, titleFont);
	}
	_computeTitleHeight() {
		const titleOpts = this.options.title;
		const titleFont = toFont(titleOpts.font);
		const titlePadding = toPadding(titleOpts.padding);
		return titleOpts.display ? titleFont.lineHeight + titlePadding.height : 0;
	}
	_getLegendItemAt(x, y) {
		let i, hitBox, lh;
		if (_isBetween(x, this.left, this.right) && _isBetween(y, this.top, this.bottom)) {
			lh = this.legendHitBoxes;
			for (i = 0; i < lh.length; ++i) {
				hitBox = lh[i];
				if (_isBetween(x, hitBox.left, hitBox.left + hitBox.width) && _isBetween(y, hitBox.top, hitBox.top + hitBox.height)) return this.legendItems[i];
			}
		}
		return null;
	}
	handleEvent(e) {
		const opts = this.options;
		if (!isListened(e.type, opts)) return;
		const hoveredItem = this._getLegendItemAt(e.x, e.y);
		if (e.type === "mousemove" || e.type === "mouseout") {
			const previous = this._hoveredItem;
			const sameItem = itemsEqual(previous, hoveredItem);
			if (previous && !sameItem) callback(opts.onLeave, [
				e,
				previous,
				this
			], this);
			this._hoveredItem = hoveredItem;
			if (hoveredItem && !sameItem) callback(opts.onHover, [
				e,
				hoveredItem,
				this
			], this);
		} else if (hoveredItem) callback(opts.onClick, [
			e,
			hoveredItem,
			this
		], this);
	}
};
function calculateItemSize(boxWidth, labelFont, ctx, legendItem, _itemHeight) {
	return {
		itemWidth: calculateItemWidth(legendItem, boxWidth, labelFont, ctx),
		itemHeight: calculateItemHeight(_itemHeight, legendItem, labelFont.lineHeight)
	};
}
function calculateItemWidth(legendItem, boxWidth, labelFont, ctx) {
	let legendItemText = legendItem.text;
	if (legendItemText && typeof legendItemText !== "string") legendItemText = legendItemText.reduce((a, b) => a.length > b.length ? a : b);
	return boxWidth + labelFont.size / 2 + ctx.measureText(legendItemText).width;
}
function calculateItemHeight(_itemHeight, legendItem, fontLineHeight) {
	let itemHeight = _itemHeight;
	if (typeof legendItem.text !== "string") itemHeight = calculateLegendItemHeight(legendItem, fontLineHeight);
	return itemHeight;
}
function calculateLegendItemHeight(legendItem, fontLineHeight) {
	return fontLineHeight * (legendItem.text ? legendItem.text.length : 0);
}
function isListened(type, opts) {
	if ((type === "mousemove" || type === "mouseout") && (opts.onHover || opts.onLeave)) return true;
	if (opts.onClick && (type === "click" || type === "mouseup")) return true;
	return false;
}
var plugin_legend = {
	id: "legend",
	_element: Legend,
	start(chart, _args, options) {
		const legend = chart.legend = new Legend({
			ctx: chart.ctx,
			options,
			chart
		});
		layouts.configure(chart, legend, options);
		layouts.addBox(chart, legend);
	},
	stop(chart) {
		layouts.removeBox(chart, chart.legend);
		delete chart.legend;
	},
	beforeUpdate(chart, _args, options) {
		const legend = chart.legend;
		layouts.configure(chart, legend, options);
		legend.options = options;
	},
	afterUpdate(chart) {
		const legend = chart.legend;
		legend.buildLabels();
		legend.adjustHitBoxes();
	},
	afterEvent(chart, args) {
		if (!args.replay) chart.legend.handleEvent(args.event);
	},
	defaults: {
		display: true,
		position: "top",
		align: "center",
		fullSize: true,
		reverse: false,
		weight: 1e3,
		onClick(e, legendItem, legend) {
			const index = legendItem.datasetIndex;
			const ci = legend.chart;
			if (ci.isDatasetVisible(index)) {
				ci.hide(index);
				legendItem.hidden = true;
			} else {
				ci.show(index);
				legendItem.hidden = false;
			}
		},
		onHover: null,
		onLeave: null,
		labels: {
			color: (ctx) => ctx.chart.options.color,
			boxWidth: 40,
			padding: 10,
			generateLabels(chart) {
				const datasets = chart.data.datasets;
				const { labels: { usePointStyle, pointStyle, textAlign, color, useBorderRadius, borderRadius } } = chart.legend.options;
				return chart._getSortedDatasetMetas().map((meta) => {
					const style = meta.controller.getStyle(usePointStyle ? 0 : void 0);
					const borderWidth = toPadding(style.borderWidth);
					return {
						text: datasets[meta.index].label,
						fillStyle: style.backgroundColor,
						fontColor: color,
						hidden: !meta.visible,
						lineCap: style.borderCapStyle,
						lineDash: style.borderDash,
						lineDashOffset: style.borderDashOffset,
						lineJoin: style.borderJoinStyle,
						lineWidth: (borderWidth.width + borderWidth.height) / 4,
						strokeStyle: style.borderColor,
						pointStyle: pointStyle || style.pointStyle,
						rotation: style.rotation,
						textAlign: textAlign || style.textAlign,
						borderRadius: useBorderRadius && (borderRadius || style.borderRadius),
						datasetIndex: meta.index
					};
				}, this);
			}
		},
		title: {
			color: (ctx) => ctx.chart.options.color,
			display: false,
			position: "center",
			text: ""
		}
	},
	descriptors: {
		_scriptable: (name) => !name.startsWith("on"),
		labels: { _scriptable: (name) => ![
			"generateLabels",
			"filter",
			"sort"
		].includes(name) }
	}
};
var positioners = {
	average(items) {
		if (!items.length) return false;
		let i, len;
		let xSet = /* @__PURE__ */ new Set();
		let y = 0;
		let count = 0;
		for (i = 0, len = items.length; i < len; ++i) {
			const el = items[i].element;
			if (el && el.hasValue()) {
				const pos = el.tooltipPosition();
				xSet.add(pos.x);
				y += pos.y;
				++count;
			}
		}
		if (count === 0 || xSet.size === 0) return false;
		return {
			x: [...xSet].reduce((a, b) => a + b) / xSet.size,
			y: y / count
		};
	},
	nearest(items, eventPosition) {
		if (!items.length) return false;
		let x = eventPosition.x;
		let y = eventPosition.y;
		let minDistance = Number.POSITIVE_INFINITY;
		let i, len, nearestElement;
		for (i = 0, len = items.length; i < len; ++i) {
			const el = items[i].element;
			if (el && el.hasValue()) {
				const d = distanceBetweenPoints(eventPosition, el.getCenterPoint());
				if (d < minDistance) {
					minDistance = d;
					nearestElement = el;
				}
			}
		}
		if (nearestElement) {
			const tp = nearestElement.tooltipPosition();
			x = tp.x;
			y = tp.y;
		}
		return {
			x,
			y
		};
	}
};
function pushOrConcat(base, toPush) {
	if (toPush) {
		if (isArray(toPush)) Array.prototype.push.apply(base, toPush);
		else base.push(toPush);
	}
	return base;
}
function splitNewlines(str) {
	if ((typeof str === "string" || str instanceof String) && str.indexOf("\n") > -1) return str.split("\n");
	return str;
}
function createTooltipItem(chart, item) {
	const { element, datasetIndex, index } = item;
	const controller = chart.getDatasetMeta(datasetIndex).controller;
	const { label, value } = controller.getLabelAndValue(index);
	return {
		chart,
		label,
		parsed: controller.getParsed(index),
		raw: chart.data.datasets[datasetIndex].data[index],
		formattedValue: value,
		dataset: controller.getDataset(),
		dataIndex: index,
		datasetIndex,
		element
	};
}
function getTooltipSize(tooltip, options) {
	const ctx = tooltip.chart.ctx;
	const { body, footer, title } = tooltip;
	const { boxWidth, boxHeight } = options;
	const bodyFont = toFont(options.bodyFont);
	const titleFont = toFont(options.titleFont);
	const footerFont = toFont(options.footerFont);
	const titleLineCount = title.length;
	const footerLineCount = footer.length;
	const bodyLineItemCount = body.length;
	const padding = toPadding(options.padding);
	let height = padding.height;
	let width = 0;
	let combinedBodyLength = body.reduce((count, bodyItem) => count + bodyItem.before.length + bodyItem.lines.length + bodyItem.after.length, 0);
	combinedBodyLength += tooltip.beforeBody.length + tooltip.afterBody.length;
	if (titleLineCount) height += titleLineCount * titleFont.lineHeight + (titleLineCount - 1) * options.titleSpacing + options.titleMarginBottom;
	if (combinedBodyLength) {
		const bodyLineHeight = options.displayColors ? Math.max(boxHeight, bodyFont.lineHeight) : bodyFont.lineHeight;
		height += bodyLineItemCount * bodyLineHeight + (combinedBodyLength - bodyLineItemCount) * bodyFont.lineHeight + (combinedBodyLength - 1) * options.bodySpacing;
	}
	if (footerLineCount) height += options.footerMarginTop + footerLineCount * footerFont.lineHeight + (footerLineCount - 1) * options.footerSpacing;
	let widthPadding = 0;
	const maxLineWidth = function(line) {
		width = Math.max(width, ctx.measureText(line).width + widthPadding);
	};
	ctx.save();
	ctx.font = titleFont.string;
	each(tooltip.title, maxLineWidth);
	ctx.font = bodyFont.string;
	each(tooltip.beforeBody.concat(tooltip.afterBody), maxLineWidth);
	widthPadding = options.displayColors ? boxWidth + 2 + options.boxPadding : 0;
	each(body, (bodyItem) => {
		each(bodyItem.before, maxLineWidth);
		each(bodyItem.lines, maxLineWidth);
		each(bodyItem.after, maxLineWidth);
	});
	widthPadding = 0;
	ctx.font = footerFont.string;
	each(tooltip.footer, maxLineWidth);
	ctx.restore();
	width += padding.width;
	return {
		width,
		height
	};
}
function determineYAlign(chart, size) {
	const { y, height } = size;
	if (y < height / 2) return "top";
	else if (y > chart.height - height / 2) return "bottom";
	return "center";
}
function doesNotFitWithAlign(xAlign, chart, options, size) {
	const { x, width } = size;
	const caret = options.caretSize + options.caretPadding;
	if (xAlign === "left" && x + width + caret > chart.width) return true;
	if (xAlign === "right" && x - width - caret < 0) return true;
}
function determineXAlign(chart, options, size, yAlign) {
	const { x, width } = size;
	const { width: chartWidth, chartArea: { left, right } } = chart;
	let xAlign = "center";
	if (yAlign === "center") xAlign = x <= (left + right) / 2 ? "left" : "right";
	else if (x <= width / 2) xAlign = "left";
	else if (x >= chartWidth - width / 2) xAlign = "right";
	if (doesNotFitWithAlign(xAlign, chart, options, size)) xAlign = "center";
	return xAlign;
}
function determineAlignment(chart, options, size) {
	const yAlign = size.yAlign || options.yAlign || determineYAlign(chart, size);
	return {
		xAlign: size.xAlign || options.xAlign || determineXAlign(chart, options, size, yAlign),
		yAlign
	};
}
function alignX(size, xAlign) {
	let { x, width } = size;
	if (xAlign === "right") x -= width;
	else if (xAlign === "center") x -= width / 2;
	return x;
}
function alignY(size, yAlign, paddingAndSize) {
	let { y, height } = size;
	if (yAlign === "top") y += paddingAndSize;
	else if (yAlign === "bottom") y -= height + paddingAndSize;
	else y -= height / 2;
	return y;
}
function getBackgroundPoint(options, size, alignment, chart) {
	const { caretSize, caretPadding, cornerRadius } = options;
	const { xAlign, yAlign } = alignment;
	const paddingAndSize = caretSize + caretPadding;
	const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(cornerRadius);
	let x = alignX(size, xAlign);
	const y = alignY(size, yAlign, paddingAndSize);
	if (yAlign === "center") {
		if (xAlign === "left") x += paddingAndSize;
		else if (xAlign === "right") x -= paddingAndSize;
	} else if (xAlign === "left") x -= Math.max(topLeft, bottomLeft) + caretSize;
	else if (xAlign === "right") x += Math.max(topRight, bottomRight) + caretSize;
	return {
		x: _limitValue(x, 0, chart.width - size.width),
		y: _limitValue(y, 0, chart.height - size.height)
	};
}
function getAlignedX(tooltip, align, options) {
	const padding = toPadding(options.padding);
	return align === "center" ? tooltip.x + tooltip.width / 2 : align === "right" ? tooltip.x + tooltip.width - padding.right : tooltip.x + padding.left;
}
function getBeforeAfterBodyLines(callback) {
	return pushOrConcat([], splitNewlines(callback));
}
function createTooltipContext(parent, tooltip, tooltipItems) {
	return createContext(parent, {
		tooltip,
		tooltipItems,
		type: "tooltip"
	});
}
function overrideCallbacks(callbacks, context) {
	const override = context && context.dataset && context.dataset.tooltip && context.dataset.tooltip.callbacks;
	return override ? callbacks.override(override) : callbacks;
}
var defaultCallbacks = {
	beforeTitle: noop,
	title(tooltipItems) {
		if (tooltipItems.length > 0) {
			const item = tooltipItems[0];
			const labels = item.chart.data.labels;
			const labelCount = labels ? labels.length : 0;
			if (this && this.options && this.options.mode === "dataset") return item.dataset.label || "";
			else if (item.label) return item.label;
			else if (labelCount > 0 && item.dataIndex < labelCount) return labels[item.dataIndex];
		}
		return "";
	},
	afterTitle: noop,
	beforeBody: noop,
	beforeLabel: noop,
	label(tooltipItem) {
		if (this && this.options && this.options.mode === "dataset") return tooltipItem.label + ": " + tooltipItem.formattedValue || tooltipItem.formattedValue;
		let label = tooltipItem.dataset.label || "";
		if (label) label += ": ";
		const value = tooltipItem.formattedValue;
		if (!isNullOrUndef(value)) label += value;
		return label;
	},
	labelColor(tooltipItem) {
		const options = tooltipItem.chart.getDatasetMeta(tooltipItem.datasetIndex).controller.getStyle(tooltipItem.dataIndex);
		return {
			borderColor: options.borderColor,
			backgroundColor: options.backgroundColor,
			borderWidth: options.borderWidth,
			borderDash: options.borderDash,
			borderDashOffset: options.borderDashOffset,
			borderRadius: 0
		};
	},
	labelTextColor() {
		return this.options.bodyColor;
	},
	labelPointStyle(tooltipItem) {
		const options = tooltipItem.chart.getDatasetMeta(tooltipItem.datasetIndex).controller.getStyle(tooltipItem.dataIndex);
		return {
			pointStyle: options.pointStyle,
			rotation: options.rotation
		};
	},
	afterLabel: noop,
	afterBody: noop,
	beforeFooter: noop,
	footer: noop,
	afterFooter: noop
};
function invokeCallbackWithFallback(callbacks, name, ctx, arg) {
	const result = callbacks[name].call(ctx, arg);
	if (typeof result === "undefined") return defaultCallbacks[name].call(ctx, arg);
	return result;
}
var Tooltip = class extends Element {
	static positioners = positioners;
	constructor(config) {
		super();
		this.opacity = 0;
		this._active = [];
		this._eventPosition = void 0;
		this._size = void 0;
		this._cachedAnimations = void 0;
		this._tooltipItems = [];
		this.$animations = void 0;
		this.$context = void 0;
		this.chart = config.chart;
		this.options = config.options;
		this.dataPoints = void 0;
		this.title = void 0;
		this.beforeBody = void 0;
		this.body = void 0;
		this.afterBody = void 0;
		this.footer = void 0;
		this.xAlign = void 0;
		this.yAlign = void 0;
		this.x = void 0;
		this.y = void 0;
		this.height = void 0;
		this.width = void 0;
		this.caretX = void 0;
		this.caretY = void 0;
		this.labelColors = void 0;
		this.labelPointStyles = void 0;
		this.labelTextColors = void 0;
	}
	initialize(options) {
		this.options = options;
		this._cachedAnimations = void 0;
		this.$context = void 0;
	}
	_resolveAnimations() {
		const cached = this._cachedAnimations;
		if (cached) return cached;
		const chart = this.chart;
		const options = this.options.setContext(this.getContext());
		const opts = options.enabled && chart.options.animation && options.animations;
		const animations = new Animations(this.chart, opts);
		if (opts._cacheable) this._cachedAnimations = Object.freeze(animations);
		return animations;
	}
	getContext() {
		return this.$context || (this.$context = createTooltipContext(this.chart.getContext(), this, this._tooltipItems));
	}
	getTitle(context, options) {
		const { callbacks } = options;
		const beforeTitle = invokeCallbackWithFallback(callbacks, "beforeTitle", this, context);
		const title = invokeCallbackWithFallback(callbacks, "title", this, context);
		const afterTitle = invokeCallbackWithFallback(callbacks, "afterTitle", this, context);
		let lines = [];
		lines = pushOrConcat(lines, splitNewlines(beforeTitle));
		lines = pushOrConcat(lines, splitNewlines(title));
		lines = pushOrConcat(lines, splitNewlines(afterTitle));
		return lines;
	}
	getBeforeBody(tooltipItems, options) {
		return getBeforeAfterBodyLines(invokeCallbackWithFallback(options.callbacks, "beforeBody", this, tooltipItems));
	}
	getBody(tooltipItems, options) {
		const { callbacks } = options;
		const bodyItems = [];
		each(tooltipItems, (context) => {
			const bodyItem = {
				before: [],
				lines: [],
				after: []
			};
			const scoped = overrideCallbacks(callbacks, context);
			pushOrConcat(bodyItem.before, splitNewlines(invokeCallbackWithFallback(scoped, "beforeLabel", this, context)));
			pushOrConcat(bodyItem.lines, invokeCallbackWithFallback(scoped, "label", this, context));
			pushOrConcat(bodyItem.after, splitNewlines(invokeCallbackWithFallback(scoped, "afterLabel", this, context)));
			bodyItems.push(bodyItem);
		});
		return bodyItems;
	}
	getAfterBody(tooltipItems, options) {
		return getBeforeAfterBodyLines(invokeCallbackWithFallback(options.callbacks, "afterBody", this, tooltipItems));
	}
	getFooter(tooltipItems, options) {
		const { callbacks } = options;
		const beforeFooter = invokeCallbackWithFallback(callbacks, "beforeFooter", this, tooltipItems);
		const footer = invokeCallbackWithFallback(callbacks, "footer", this, tooltipItems);
		const afterFooter = invokeCallbackWithFallback(callbacks, "afterFooter", this, tooltipItems);
		let lines = [];
		lines = pushOrConcat(lines, splitNewlines(beforeFooter));
		lines = pushOrConcat(lines, splitNewlines(footer));
		lines = pushOrConcat(lines, splitNewlines(afterFooter));
		return lines;
	}
	_createItems(options) {
		const active = this._active;
		const data = this.chart.data;
		const labelColors = [];
		const labelPointStyles = [];
		const labelTextColors = [];
		let tooltipItems = [];
		let i, len;
		for (i = 0, len = active.length; i < len; ++i) tooltipItems.push(createTooltipItem(this.chart, active[i]));
		if (options.filter) tooltipItems = tooltipItems.filter((element, index, array) => options.filter(element, index, array, data));
		if (options.itemSort) tooltipItems = tooltipItems.sort((a, b) => options.itemSort(a, b, data));
		each(tooltipItems, (context) => {
			const scoped = overrideCallbacks(options.callbacks, context);
			labelColors.push(invokeCallbackWithFallback(scoped, "labelColor", this, context));
			labelPointStyles.push(invokeCallbackWithFallback(scoped, "labelPointStyle", this, context));
			labelTextColors.push(invokeCallbackWithFallback(scoped, "labelTextColor", this, context));
		});
		this.labelColors = labelColors;
		this.labelPointStyles = labelPointStyles;
		this.labelTextColors = labelTextColors;
		this.dataPoints = tooltipItems;
		return tooltipItems;
	}
	update(changed, replay) {
		const options = this.options.setContext(this.getContext());
		const active = this._active;
		let properties;
		let tooltipItems = [];
		if (!active.length) {
			if (this.opacity !== 0) properties = { opacity: 0 };
		} else {
			const position = positioners[options.position].call(this, active, this._eventPosition);
			tooltipItems = this._createItems(options);
			this.title = this.getTitle(tooltipItems, options);
			this.beforeBody = this.getBeforeBody(tooltipItems, options);
			this.body = this.getBody(tooltipItems, options);
			this.afterBody = this.getAfterBody(tooltipItems, options);
			this.footer = this.getFooter(tooltipItems, options);
			const size = this._size = getTooltipSize(this, options);
			const positionAndSize = Object.assign({}, position, size);
			const alignment = determineAlignment(this.chart, options, positionAndSize);
			const backgroundPoint = getBackgroundPoint(options, positionAndSize, alignment, this.chart);
			this.xAlign = alignment.xAlign;
			this.yAlign = alignment.yAlign;
			properties = {
				opacity: 1,
				x: backgroundPoint.x,
				y: backgroundPoint.y,
				width: size.width,
				height: size.height,
				caretX: position.x,
				caretY: position.y
			};
		}
		this._tooltipItems = tooltipItems;
		this.$context = void 0;
		if (properties) this._resolveAnimations().update(this, properties);
		if (changed && options.external) options.external.call(this, {
			chart: this.chart,
			tooltip: this,
			replay
		});
	}
	drawCaret(tooltipPoint, ctx, size, options) {
		const caretPosition = this.getCaretPosition(tooltipPoint, size, options);
		ctx.lineTo(caretPosition.x1, caretPosition.y1);
		ctx.lineTo(caretPosition.x2, caretPosition.y2);
		ctx.lineTo(caretPosition.x3, caretPosition.y3);
	}
	getCaretPosition(tooltipPoint, size, options) {
		const { xAlign, yAlign } = this;
		const { caretSize, cornerRadius } = options;
		const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(cornerRadius);
		const { x: ptX, y: ptY } = tooltipPoint;
		const { width, height } = size;
		let x1, x2, x3, y1, y2, y3;
		if (yAlign === "center") {
			y2 = ptY + height / 2;
			if (xAlign === "left") {
				x1 = ptX;
				x2 = x1 - caretSize;
				y1 = y2 + caretSize;
				y3 = y2 - caretSize;
			} else {
				x1 = ptX + width;
				x2 = x1 + caretSize;
				y1 = y2 - caretSize;
				y3 = y2 + caretSize;
			}
			x3 = x1;
		} else {
			if (xAlign === "left") x2 = ptX + Math.max(topLeft, bottomLeft) + caretSize;
			else if (xAlign === "right") x2 = ptX + width - Math.max(topRight, bottomRight) - caretSize;
			else x2 = this.caretX;
			if (yAlign === "top") {
				y1 = ptY;
				y2 = y1 - caretSize;
				x1 = x2 - caretSize;
				x3 = x2 + caretSize;
			} else {
				y1 = ptY + height;
				y2 = y1 + caretSize;
				x1 = x2 + caretSize;
				x3 = x2 - caretSize;
			}
			y3 = y1;
		}
		return {
			x1,
			x2,
			x3,
			y1,
			y2,
			y3
		};
	}
	drawTitle(pt, ctx, options) {
		const title = this.title;
		const length = title.length;
		let titleFont, titleSpacing, i;
		if (length) {
			const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
			pt.x = getAlignedX(this, options.titleAlign, options);
			ctx.textAlign = rtlHelper.textAlign(options.titleAlign);
			ctx.textBaseline = "middle";
			titleFont = toFont(options.titleFont);
			titleSpacing = options.titleSpacing;
			ctx.fillStyle = options.titleColor;
			ctx.font = titleFont.string;
			for (i = 0; i < length; ++i) {
				ctx.fillText(title[i], rtlHelper.x(pt.x), pt.y + titleFont.lineHeight / 2);
				pt.y += titleFont.lineHeight + titleSpacing;
				if (i + 1 === length) pt.y += options.titleMarginBottom - titleSpacing;
			}
		}
	}
	_drawColorBox(ctx, pt, i, rtlHelper, options) {
		const labelColor = this.labelColors[i];
		const labelPointStyle = this.labelPointStyles[i];
		const { boxHeight, boxWidth } = options;
		const bodyFont = toFont(options.bodyFont);
		const colorX = getAlignedX(this, "left", options);
		const rtlColorX = rtlHelper.x(colorX);
		const yOffSet = boxHeight < bodyFont.lineHeight ? (bodyFont.lineHeight - boxHeight) / 2 : 0;
		const colorY = pt.y + yOffSet;
		if (options.usePointStyle) {
			const drawOptions = {
				radius: Math.min(boxWidth, boxHeight) / 2,
				pointStyle: labelPointStyle.pointStyle,
				rotation: labelPointStyle.rotation,
				borderWidth: 1
			};
			const centerX = rtlHelper.leftForLtr(rtlColorX, boxWidth) + boxWidth / 2;
			const centerY = colorY + boxHeight / 2;
			ctx.strokeStyle = options.multiKeyBackground;
			ctx.fillStyle = options.multiKeyBackground;
			drawPoint(ctx, drawOptions, centerX, centerY);
			ctx.strokeStyle = labelColor.borderColor;
			ctx.fillStyle = labelColor.backgroundColor;
			drawPoint(ctx, drawOptions, centerX, centerY);
		} else {
			ctx.lineWidth = isObject(labelColor.borderWidth) ? Math.max(...Object.values(labelColor.borderWidth)) : labelColor.borderWidth || 1;
			ctx.strokeStyle = labelColor.borderColor;
			ctx.setLineDash(labelColor.borderDash || []);
			ctx.lineDashOffset = labelColor.borderDashOffset || 0;
			const outerX = rtlHelper.leftForLtr(rtlColorX, boxWidth);
			const innerX = rtlHelper.leftForLtr(rtlHelper.xPlus(rtlColorX, 1), boxWidth - 2);
			const borderRadius = toTRBLCorners(labelColor.borderRadius);
			if (Object.values(borderRadius).some((v) => v !== 0)) {
				ctx.beginPath();
				ctx.fillStyle = options.multiKeyBackground;
				addRoundedRectPath(ctx, {
					x: outerX,
					y: colorY,
					w: boxWidth,
					h: boxHeight,
					radius: borderRadius
				});
				ctx.fill();
				ctx.stroke();
				ctx.fillStyle = labelColor.backgroundColor;
				ctx.beginPath();
				addRoundedRectPath(ctx, {
					x: innerX,
					y: colorY + 1,
					w: boxWidth - 2,
					h: boxHeight - 2,
					radius: borderRadius
				});
				ctx.fill();
			} else {
				ctx.fillStyle = options.multiKeyBackground;
				ctx.fillRect(outerX, colorY, boxWidth, boxHeight);
				ctx.strokeRect(outerX, colorY, boxWidth, boxHeight);
				ctx.fillStyle = labelColor.backgroundColor;
				ctx.fillRect(innerX, colorY + 1, boxWidth - 2, boxHeight - 2);
			}
		}
		ctx.fillStyle = this.labelTextColors[i];
	}
	drawBody(pt, ctx, options) {
		const { body } = this;
		const { bodySpacing, bodyAlign, displayColors, boxHeight, boxWidth, boxPadding } = options;
		const bodyFont = toFont(options.bodyFont);
		let bodyLineHeight = bodyFont.lineHeight;
		let xLinePadding = 0;
		const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
		const fillLineOfText = function(line) {
			ctx.fillText(line, rtlHelper.x(pt.x + xLinePadding), pt.y + bodyLineHeight / 2);
			pt.y += bodyLineHeight + bodySpacing;
		};
		const bodyAlignForCalculation = rtlHelper.textAlign(bodyAlign);
		let bodyItem, textColor, lines, i, j, ilen, jlen;
		ctx.textAlign = bodyAlign;
		ctx.textBaseline = "middle";
		ctx.font = bodyFont.string;
		pt.x = getAlignedX(this, bodyAlignForCalculation, options);
		ctx.fillStyle = options.bodyColor;
		each(this.beforeBody, fillLineOfText);
		xLinePadding = displayColors && bodyAlignForCalculation !== "right" ? bodyAlign === "center" ? boxWidth / 2 + boxPadding : boxWidth + 2 + boxPadding : 0;
		for (i = 0, ilen = body.length; i < ilen; ++i) {
			bodyItem = body[i];
			textColor = this.labelTextColors[i];
			ctx.fillStyle = textColor;
			each(bodyItem.before, fillLineOfText);
			lines = bodyItem.lines;
			if (displayColors && lines.length) {
				this._drawColorBox(ctx, pt, i, rtlHelper, options);
				bodyLineHeight = Math.max(bodyFont.lineHeight, boxHeight);
			}
			for (j = 0, jlen = lines.length; j < jlen; ++j) {
				fillLineOfText(lines[j]);
				bodyLineHeight = bodyFont.lineHeight;
			}
			each(bodyItem.after, fillLineOfText);
		}
		xLinePadding = 0;
		bodyLineHeight = bodyFont.lineHeight;
		each(this.afterBody, fillLineOfText);
		pt.y -= bodySpacing;
	}
	drawFooter(pt, ctx, options) {
		const footer = this.footer;
		const length = footer.length;
		let footerFont, i;
		if (length) {
			const rtlHelper = getRtlAdapter(options.rtl, this.x, this.width);
			pt.x = getAlignedX(this, options.footerAlign, options);
			pt.y += options.footerMarginTop;
			ctx.textAlign = rtlHelper.textAlign(options.footerAlign);
			ctx.textBaseline = "middle";
			footerFont = toFont(options.footerFont);
			ctx.fillStyle = options.footerColor;
			ctx.font = footerFont.string;
			for (i = 0; i < length; ++i) {
				ctx.fillText(footer[i], rtlHelper.x(pt.x), pt.y + footerFont.lineHeight / 2);
				pt.y += footerFont.lineHeight + options.footerSpacing;
			}
		}
	}
	drawBackground(pt, ctx, tooltipSize, options) {
		const { xAlign, yAlign } = this;
		const { x, y } = pt;
		const { width, height } = tooltipSize;
		const { topLeft, topRight, bottomLeft, bottomRight } = toTRBLCorners(options.cornerRadius);
		ctx.fillStyle = options.backgroundColor;
		ctx.strokeStyle = options.borderColor;
		ctx.lineWidth = options.borderWidth;
		ctx.beginPath();
		ctx.moveTo(x + topLeft, y);
		if (yAlign === "top") this.drawCaret(pt, ctx, tooltipSize, options);
		ctx.lineTo(x + width - topRight, y);
		ctx.quadraticCurveTo(x + width, y, x + width, y + topRight);
		if (yAlign === "center" && xAlign === "right") this.drawCaret(pt, ctx, tooltipSize, options);
		ctx.lineTo(x + width, y + height - bottomRight);
		ctx.quadraticCurveTo(x + width, y + height, x + width - bottomRight, y + height);
		if (yAlign === "bottom") this.drawCaret(pt, ctx, tooltipSize, options);
		ctx.lineTo(x + bottomLeft, y + height);
		ctx.quadraticCurveTo(x, y + height, x, y + height - bottomLeft);
		if (yAlign === "center" && xAlign === "left") this.drawCaret(pt, ctx, tooltipSize, options);
		ctx.lineTo(x, y + topLeft);
		ctx.quadraticCurveTo(x, y, x + topLeft, y);
		ctx.closePath();
		ctx.fill();
		if (options.borderWidth > 0) ctx.stroke();
	}
	_updateAnimationTarget(options) {
		const chart = this.chart;
		const anims = this.$animations;
		const animX = anims && anims.x;
		const animY = anims && anims.y;
		if (animX || animY) {
			const position = positioners[options.position].call(this, this._active, this._eventPosition);
			if (!position) return;
			const size = this._size = getTooltipSize(this, options);
			const positionAndSize = Object.assign({}, position, this._size);
			const alignment = determineAlignment(chart, options, positionAndSize);
			const point = getBackgroundPoint(options, positionAndSize, alignment, chart);
			if (animX._to !== point.x || animY._to !== point.y) {
				this.xAlign = alignment.xAlign;
				this.yAlign = alignment.yAlign;
				this.width = size.width;
				this.height = size.height;
				this.caretX = position.x;
				this.caretY = position.y;
				this._resolveAnimations().update(this, point);
			}
		}
	}
	_willRender() {
		return !!this.opacity;
	}
	draw(ctx) {
		const options = this.options.setContext(this.getContext());
		let opacity = this.opacity;
		if (!opacity) return;
		this._updateAnimationTarget(options);
		const tooltipSize = {
			width: this.width,
			height: this.height
		};
		const pt = {
			x: this.x,
			y: this.y
		};
		opacity = Math.abs(opacity) < .001 ? 0 : opacity;
		const padding = toPadding(options.padding);
		const hasTooltipContent = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
		if (options.enabled && hasTooltipContent) {
			ctx.save();
			ctx.globalAlpha = opacity;
			this.drawBackground(pt, ctx, tooltipSize, options);
			overrideTextDirection(ctx, options.textDirection);
			pt.y += padding.top;
			this.drawTitle(pt, ctx, options);
			this.drawBody(pt, ctx, options);
			this.drawFooter(pt, ctx, options);
			restoreTextDirection(ctx, options.textDirection);
			ctx.restore();
		}
	}
	getActiveElements() {
		return this._active || [];
	}
	setActiveElements(activeElements, eventPosition) {
		const lastActive = this._active;
		const active = activeElements.map(({ datasetIndex, index }) => {
			const meta = this.chart.getDatasetMeta(datasetIndex);
			if (!meta) throw new Error("Cannot find a dataset at index " + datasetIndex);
			return {
				datasetIndex,
				element: meta.data[index],
				index
			};
		});
		const changed = !_elementsEqual(lastActive, active);
		const positionChanged = this._positionChanged(active, eventPosition);
		if (changed || positionChanged) {
			this._active = active;
			this._eventPosition = eventPosition;
			this._ignoreReplayEvents = true;
			this.update(true);
		}
	}
	handleEvent(e, replay, inChartArea = true) {
		if (replay && this._ignoreReplayEvents) return false;
		this._ignoreReplayEvents = false;
		const options = this.options;
		const lastActive = this._active || [];
		const active = this._getActiveElements(e, lastActive, replay, inChartArea);
		const positionChanged = this._positionChanged(active, e);
		const changed = replay || !_elementsEqual(active, lastActive) || positionChanged;
		if (changed) {
			this._active = active;
			if (options.enabled || options.external) {
				this._eventPosition = {
					x: e.x,
					y: e.y
				};
				this.update(true, replay);
			}
		}
		return changed;
	}
	_getActiveElements(e, lastActive, replay, inChartArea) {
		const options = this.options;
		if (e.type === "mouseout") return [];
		if (!inChartArea) return lastActive.filter((i) => this.chart.data.datasets[i.datasetIndex] && this.chart.getDatasetMeta(i.datasetIndex).controller.getParsed(i.index) !== void 0);
		const active = this.chart.getElementsAtEventForMode(e, options.mode, options, replay);
		if (options.reverse) active.reverse();
		return active;
	}
	_positionChanged(active, e) {
		const { caretX, caretY, options } = this;
		const position = positioners[options.position].call(this, active, e);
		return position !== false && (caretX !== position.x || caretY !== position.y);
	}
};
var plugin_tooltip = {
	id: "tooltip",
	_element: Tooltip,
	positioners,
	afterInit(chart, _args, options) {
		if (options) chart.tooltip = new Tooltip({
			chart,
			options
		});
	},
	beforeUpdate(chart, _args, options) {
		if (chart.tooltip) chart.tooltip.initialize(options);
	},
	reset(chart, _args, options) {
		if (chart.tooltip) chart.tooltip.initialize(options);
	},
	afterDraw(chart) {
		const tooltip = chart.tooltip;
		if (tooltip && tooltip._willRender()) {
			const args = { tooltip };
			if (chart.notifyPlugins("beforeTooltipDraw", {
				...args,
				cancelable: true
			}) === false) return;
			tooltip.draw(chart.ctx);
			chart.notifyPlugins("afterTooltipDraw", args);
		}
	},
	afterEvent(chart, args) {
		if (chart.tooltip) {
			const useFinalPosition = args.replay;
			if (chart.tooltip.handleEvent(args.event, useFinalPosition, args.inChartArea)) args.changed = true;
		}
	},
	defaults: {
		enabled: true,
		external: null,
		position: "average",
		backgroundColor: "rgba(0,0,0,0.8)",
		titleColor: "#fff",
		titleFont: { weight: "bold" },
		titleSpacing: 2,
		titleMarginBottom: 6,
		titleAlign: "left",
		bodyColor: "#fff",
		bodySpacing: 2,
		bodyFont: {},
		bodyAlign: "left",
		footerColor: "#fff",
		footerSpacing: 2,
		footerMarginTop: 6,
		footerFont: { weight: "bold" },
		footerAlign: "left",
		padding: 6,
		caretPadding: 2,
		caretSize: 5,
		cornerRadius: 6,
		boxHeight: (ctx, opts) => opts.bodyFont.size,
		boxWidth: (ctx, opts) => opts.bodyFont.size,
		multiKeyBackground: "#fff",
		displayColors: true,
		boxPadding: 0,
		borderColor: "rgba(0,0,0,0)",
		borderWidth: 0,
		animation: {
			duration: 400,
			easing: "easeOutQuart"
		},
		animations: {
			numbers: {
				type: "number",
				properties: [
					"x",
					"y",
					"width",
					"height",
					"caretX",
					"caretY"
				]
			},
			opacity: {
				easing: "linear",
				duration: 200
			}
		},
		callbacks: defaultCallbacks
	},
	defaultRoutes: {
		bodyFont: "font",
		footerFont: "font",
		titleFont: "font"
	},
	descriptors: {
		_scriptable: (name) => name !== "filter" && name !== "itemSort" && name !== "external",
		_indexable: false,
		callbacks: {
			_scriptable: false,
			_indexable: false
		},
		animation: { _fallback: false },
		animations: { _fallback: "animation" }
	},
	additionalOptionScopes: ["interaction"]
};
var addIfString = (labels, raw, index, addedLabels) => {
	if (typeof raw === "string") {
		index = labels.push(raw) - 1;
		addedLabels.unshift({
			index,
			label: raw
		});
	} else if (isNaN(raw)) index = null;
	return index;
};
function findOrAddLabel(labels, raw, index, addedLabels) {
	const first = labels.indexOf(raw);
	if (first === -1) return addIfString(labels, raw, index, addedLabels);
	return first !== labels.lastIndexOf(raw) ? index : first;
}
var validIndex = (index, max) => index === null ? null : _limitValue(Math.round(index), 0, max);
function _getLabelForValue(value) {
	const labels = this.getLabels();
	if (value >= 0 && value < labels.length) return labels[value];
	return value;
}
var CategoryScale = class extends Scale {
	static id = "category";
	static defaults = { ticks: { callback: _getLabelForValue } };
	constructor(cfg) {
		super(cfg);
		this._startValue = void 0;
		this._valueRange = 0;
		this._addedLabels = [];
	}
	init(scaleOptions) {
		const added = this._addedLabels;
		if (added.length) {
			const labels = this.getLabels();
			for (const { index, label } of added) if (labels[index] === label) labels.splice(index, 1);
			this._addedLabels = [];
		}
		super.init(scaleOptions);
	}
	parse(raw, index) {
		if (isNullOrUndef(raw)) return null;
		const labels = this.getLabels();
		index = isFinite(index) && labels[index] === raw ? index : findOrAddLabel(labels, raw, valueOrDefault(index, raw), this._addedLabels);
		return validIndex(index, labels.length - 1);
	}
	determineDataLimits() {
		const { minDefined, maxDefined } = this.getUserBounds();
		let { min, max } = this.getMinMax(true);
		if (this.options.bounds === "ticks") {
			if (!minDefined) min = 0;
			if (!maxDefined) max = this.getLabels().length - 1;
		}
		this.min = min;
		this.max = max;
	}
	buildTicks() {
		const min = this.min;
		const max = this.max;
		const offset = this.options.offset;
		const ticks = [];
		let labels = this.getLabels();
		labels = min === 0 && max === labels.length - 1 ? labels : labels.slice(min, max + 1);
		this._valueRange = Math.max(labels.length - (offset ? 0 : 1), 1);
		this._startValue = this.min - (offset ? .5 : 0);
		for (let value = min; value <= max; value++) ticks.push({ value });
		return ticks;
	}
	getLabelForValue(value) {
		return _getLabelForValue.call(this, value);
	}
	configure() {
		super.configure();
		if (!this.isHorizontal()) this._reversePixels = !this._reversePixels;
	}
	getPixelForValue(value) {
		if (typeof value !== "number") value = this.parse(value);
		return value === null ? NaN : this.getPixelForDecimal((value - this._startValue) / this._valueRange);
	}
	getPixelForTick(index) {
		const ticks = this.ticks;
		if (index < 0 || index > ticks.length - 1) return null;
		return this.getPixelForValue(ticks[index].value);
	}
	getValueForPixel(pixel) {
		return Math.round(this._startValue + this.getDecimalForPixel(pixel) * this._valueRange);
	}
	getBasePixel() {
		return this.bottom;
	}
};
function generateTicks$1(generationOptions, dataRange) {
	const ticks = [];
	const MIN_SPACING = 1e-14;
	const { bounds, step, min, max, precision, count, maxTicks, maxDigits, includeBounds } = generationOptions;
	const unit = step || 1;
	const maxSpaces = maxTicks - 1;
	const { min: rmin, max: rmax } = dataRange;
	const minDefined = !isNullOrUndef(min);
	const maxDefined = !isNullOrUndef(max);
	const countDefined = !isNullOrUndef(count);
	const minSpacing = (rmax - rmin) / (maxDigits + 1);
	let spacing = niceNum((rmax - rmin) / maxSpaces / unit) * unit;
	let factor, niceMin, niceMax, numSpaces;
	if (spacing < MIN_SPACING && !minDefined && !maxDefined) return [{ value: rmin }, { value: rmax }];
	numSpaces = Math.ceil(rmax / spacing) - Math.floor(rmin / spacing);
	if (numSpaces > maxSpaces) spacing = niceNum(numSpaces * spacing / maxSpaces / unit) * unit;
	if (!isNullOrUndef(precision)) {
		factor = Math.pow(10, precision);
		spacing = Math.ceil(spacing * factor) / factor;
	}
	if (bounds === "ticks") {
		niceMin = Math.floor(rmin / spacing) * spacing;
		niceMax = Math.ceil(rmax / spacing) * spacing;
	} else {
		niceMin = rmin;
		niceMax = rmax;
	}
	if (minDefined && maxDefined && step && almostWhole((max - min) / step, spacing / 1e3)) {
		numSpaces = Math.round(Math.min((max - min) / spacing, maxTicks));
		spacing = (max - min) / numSpaces;
		niceMin = min;
		niceMax = max;
	} else if (countDefined) {
		niceMin = minDefined ? min : niceMin;
		niceMax = maxDefined ? max : niceMax;
		numSpaces = count - 1;
		spacing = (niceMax - niceMin) / numSpaces;
	} else {
		numSpaces = (niceMax - niceMin) / spacing;
		if (almostEquals(numSpaces, Math.round(numSpaces), spacing / 1e3)) numSpaces = Math.round(numSpaces);
		else numSpaces = Math.ceil(numSpaces);
	}
	const decimalPlaces = Math.max(_decimalPlaces(spacing), _decimalPlaces(niceMin));
	factor = Math.pow(10, isNullOrUndef(precision) ? decimalPlaces : precision);
	niceMin = Math.round(niceMin * factor) / factor;
	niceMax = Math.round(niceMax * factor) / factor;
	let j = 0;
	if (minDefined) {
		if (includeBounds && niceMin !== min) {
			ticks.push({ value: min });
			if (niceMin < min) j++;
			if (almostEquals(Math.round((niceMin + j * spacing) * factor) / factor, min, relativeLabelSize(min, minSpacing, generationOptions))) j++;
		} else if (niceMin < min) j++;
	}
	for (; j < numSpaces; ++j) {
		const tickValue = Math.round((niceMin + j * spacing) * factor) / factor;
		if (maxDefined && tickValue > max) break;
		ticks.push({ value: tickValue });
	}
	if (maxDefined && includeBounds && niceMax !== max) {
		if (ticks.length && almostEquals(ticks[ticks.length - 1].value, max, relativeLabelSize(max, minSpacing, generationOptions))) ticks[ticks.length - 1].value = max;
		else ticks.push({ value: max });
	} else if (!maxDefined || niceMax === max) ticks.push({ value: niceMax });
	return ticks;
}
function relativeLabelSize(value, minSpacing, { horizontal, minRotation }) {
	const rad = toRadians(minRotation);
	const ratio = (horizontal ? Math.sin(rad) : Math.cos(rad)) || .001;
	const length = .75 * minSpacing * ("" + value).length;
	return Math.min(minSpacing / ratio, length);
}
var LinearScaleBase = class extends Scale {
	constructor(cfg) {
		super(cfg);
		this.start = void 0;
		this.end = void 0;
		this._startValue = void 0;
		this._endValue = void 0;
		this._valueRange = 0;
	}
	parse(raw, index) {
		if (isNullOrUndef(raw)) return null;
		if ((typeof raw === "number" || raw instanceof Number) && !isFinite(+raw)) return null;
		return +raw;
	}
	handleTickRangeOptions() {
		const { beginAtZero } = this.options;
		const { minDefined, maxDefined } = this.getUserBounds();
		let { min, max } = this;
		const setMin = (v) => min = minDefined ? min : v;
		const setMax = (v) => max = maxDefined ? max : v;
		if (beginAtZero) {
			const minSign = sign(min);
			const maxSign = sign(max);
			if (minSign < 0 && maxSign < 0) setMax(0);
			else if (minSign > 0 && maxSign > 0) setMin(0);
		}
		if (min === max) {
			let offset = max === 0 ? 1 : Math.abs(max * .05);
			setMax(max + offset);
			if (!beginAtZero) setMin(min - offset);
		}
		this.min = min;
		this.max = max;
	}
	getTickLimit() {
		let { maxTicksLimit, stepSize } = this.options.ticks;
		let maxTicks;
		if (stepSize) {
			maxTicks = Math.ceil(this.max / stepSize) - Math.floor(this.min / stepSize) + 1;
			if (maxTicks > 1e3) {
				console.warn(`scales.${this.id}.ticks.stepSize: ${stepSize} would result generating up to ${maxTicks} ticks. Limiting to 1000.`);
				maxTicks = 1e3;
			}
		} else {
			maxTicks = this.computeTickLimit();
			maxTicksLimit = maxTicksLimit || 11;
		}
		if (maxTicksLimit) maxTicks = Math.min(maxTicksLimit, maxTicks);
		return maxTicks;
	}
	computeTickLimit() {
		return Number.POSITIVE_INFINITY;
	}
	buildTicks() {
		const opts = this.options;
		const tickOpts = opts.ticks;
		let maxTicks = this.getTickLimit();
		maxTicks = Math.max(2, maxTicks);
		const ticks = generateTicks$1({
			maxTicks,
			bounds: opts.bounds,
			min: opts.min,
			max: opts.max,
			precision: tickOpts.precision,
			step: tickOpts.stepSize,
			count: tickOpts.count,
			maxDigits: this._maxDigits(),
			horizontal: this.isHorizontal(),
			minRotation: tickOpts.minRotation || 0,
			includeBounds: tickOpts.includeBounds !== false
		}, this._range || this);
		if (opts.bounds === "ticks") _setMinAndMaxByKey(ticks, this, "value");
		if (opts.reverse) {
			ticks.reverse();
			this.start = this.max;
			this.end = this.min;
		} else {
			this.start = this.min;
			this.end = this.max;
		}
		return ticks;
	}
	configure() {
		const ticks = this.ticks;
		let start = this.min;
		let end = this.max;
		super.configure();
		if (this.options.offset && ticks.length) {
			const offset = (end - start) / Math.max(ticks.length - 1, 1) / 2;
			start -= offset;
			end += offset;
		}
		this._startValue = start;
		this._endValue = end;
		this._valueRange = end - start;
	}
	getLabelForValue(value) {
		return formatNumber(value, this.chart.options.locale, this.options.ticks.format);
	}
};
var LinearScale = class extends LinearScaleBase {
	static id = "linear";
	static defaults = { ticks: { callback: Ticks.formatters.numeric } };
	determineDataLimits() {
		const { min, max } = this.getMinMax(true);
		this.min = isNumberFinite(min) ? min : 0;
		this.max = isNumberFinite(max) ? max : 1;
		this.handleTickRangeOptions();
	}
	computeTickLimit() {
		const horizontal = this.isHorizontal();
		const length = horizontal ? this.width : this.height;
		const minRotation = toRadians(this.options.ticks.minRotation);
		const ratio = (horizontal ? Math.sin(minRotation) : Math.cos(minRotation)) || .001;
		const tickFont = this._resolveTickFontOptions(0);
		return Math.ceil(length / Math.min(40, tickFont.lineHeight / ratio));
	}
	getPixelForValue(value) {
		return value === null ? NaN : this.getPixelForDecimal((value - this._startValue) / this._valueRange);
	}
	getValueForPixel(pixel) {
		return this._startValue + this.getDecimalForPixel(pixel) * this._valueRange;
	}
};
var log10Floor = (v) => Math.floor(log10(v));
var changeExponent = (v, m) => Math.pow(10, log10Floor(v) + m);
function isMajor(tickVal) {
	return tickVal / Math.pow(10, log10Floor(tickVal)) === 1;
}
function steps(min, max, rangeExp) {
	const rangeStep = Math.pow(10, rangeExp);
	const start = Math.floor(min / rangeStep);
	return Math.ceil(max / rangeStep) - start;
}
function startExp(min, max) {
	let rangeExp = log10Floor(max - min);
	while (steps(min, max, rangeExp) > 10) rangeExp++;
	while (steps(min, max, rangeExp) < 10) rangeExp--;
	return Math.min(rangeExp, log10Floor(min));
}
function generateTicks(generationOptions, { min, max }) {
	min = finiteOrDefault(generationOptions.min, min);
	const ticks = [];
	const minExp = log10Floor(min);
	let exp = startExp(min, max);
	let precision = exp < 0 ? Math.pow(10, Math.abs(exp)) : 1;
	const stepSize = Math.pow(10, exp);
	const base = minExp > exp ? Math.pow(10, minExp) : 0;
	const start = Math.round((min - base) * precision) / precision;
	const offset = Math.floor((min - base) / stepSize / 10) * stepSize * 10;
	let significand = Math.floor((start - offset) / Math.pow(10, exp));
	let value = finiteOrDefault(generationOptions.min, Math.round((base + offset + significand * Math.pow(10, exp)) * precision) / precision);
	while (value < max) {
		ticks.push({
			value,
			major: isMajor(value),
			significand
		});
		if (significand >= 10) significand = significand < 15 ? 15 : 20;
		else significand++;
		if (significand >= 20) {
			exp++;
			significand = 2;
			precision = exp >= 0 ? 1 : precision;
		}
		value = Math.round((base + offset + significand * Math.pow(10, exp)) * precision) / precision;
	}
	const lastTick = finiteOrDefault(generationOptions.max, value);
	ticks.push({
		value: lastTick,
		major: isMajor(lastTick),
		significand
	});
	return ticks;
}
var LogarithmicScale = class extends Scale {
	static id = "logarithmic";
	static defaults = { ticks: {
		callback: Ticks.formatters.logarithmic,
		major: { enabled: true }
	} };
	constructor(cfg) {
		super(cfg);
		this.start = void 0;
		this.end = void 0;
		this._startValue = void 0;
		this._valueRange = 0;
	}
	parse(raw, index) {
		const value = LinearScaleBase.prototype.parse.apply(this, [raw, index]);
		if (value === 0) {
			this._zero = true;
			return;
		}
		return isNumberFinite(value) && value > 0 ? value : null;
	}
	determineDataLimits() {
		const { min, max } = this.getMinMax(true);
		this.min = isNumberFinite(min) ? Math.max(0, min) : null;
		this.max = isNumberFinite(max) ? Math.max(0, max) : null;
		if (this.options.beginAtZero) this._zero = true;
		if (this._zero && this.min !== this._suggestedMin && !isNumberFinite(this._userMin)) this.min = min === changeExponent(this.min, 0) ? changeExponent(this.min, -1) : changeExponent(this.min, 0);
		this.handleTickRangeOptions();
	}
	handleTickRangeOptions() {
		const { minDefined, maxDefined } = this.getUserBounds();
		let min = this.min;
		let max = this.max;
		const setMin = (v) => min = minDefined ? min : v;
		const setMax = (v) => max = maxDefined ? max : v;
		if (min === max) {
			if (min <= 0) {
				setMin(1);
				setMax(10);
			} else {
				setMin(changeExponent(min, -1));
				setMax(changeExponent(max, 1));
			}
		}
		if (min <= 0) setMin(changeExponent(max, -1));
		if (max <= 0) setMax(changeExponent(min, 1));
		this.min = min;
		this.max = max;
	}
	buildTicks() {
		const opts = this.options;
		const ticks = generateTicks({
			min: this._userMin,
			max: this._userMax
		}, this);
		if (opts.bounds === "ticks") _setMinAndMaxByKey(ticks, this, "value");
		if (opts.reverse) {
			ticks.reverse();
			this.start = this.max;
			this.end = this.min;
		} else {
			this.start = this.min;
			this.end = this.max;
		}
		return ticks;
	}
	getLabelForValue(value) {
		return value === void 0 ? "0" : formatNumber(value, this.chart.options.locale, this.options.ticks.format);
	}
	configure() {
		const start = this.min;
		super.configure();
		this._startValue = log10(start);
		this._valueRange = log10(this.max) - log10(start);
	}
	getPixelForValue(value) {
		if (value === void 0 || value === 0) value = this.min;
		if (value === null || isNaN(value)) return NaN;
		return this.getPixelForDecimal(value === this.min ? 0 : (log10(value) - this._startValue) / this._valueRange);
	}
	getValueForPixel(pixel) {
		const decimal = this.getDecimalForPixel(pixel);
		return Math.pow(10, this._startValue + decimal * this._valueRange);
	}
};
function getTickBackdropHeight(opts) {
	const tickOpts = opts.ticks;
	if (tickOpts.display && opts.display) {
		const padding = toPadding(tickOpts.backdropPadding);
		return valueOrDefault(tickOpts.font && tickOpts.font.size, defaults.font.size) + padding.height;
	}
	return 0;
}
function measureLabelSize(ctx, font, label) {
	label = isArray(label) ? label : [label];
	return {
		w: _longestText(ctx, font.string, label),
		h: label.length * font.lineHeight
	};
}
function determineLimits(angle, pos, size, min, max) {
	if (angle === min || angle === max) return {
		start: pos - size / 2,
		end: pos + size / 2
	};
	else if (angle < min || angle > max) return {
		start: pos - size,
		end: pos
	};
	return {
		start: pos,
		end: pos + size
	};
}
function fitWithPointLabels(scale) {
	const orig = {
		l: scale.left + scale._padding.left,
		r: scale.right - scale._padding.right,
		t: scale.top + scale._padding.top,
		b: scale.bottom - scale._padding.bottom
	};
	const limits = Object.assign({}, orig);
	const labelSizes = [];
	const padding = [];
	const valueCount = scale._pointLabels.length;
	const pointLabelOpts = scale.options.pointLabels;
	const additionalAngle = pointLabelOpts.centerPointLabels ? PI / valueCount : 0;
	for (let i = 0; i < valueCount; i++) {
		const opts = pointLabelOpts.setContext(scale.getPointLabelContext(i));
		padding[i] = opts.padding;
		const pointPosition = scale.getPointPosition(i, scale.drawingArea + padding[i], additionalAngle);
		const plFont = toFont(opts.font);
		const textSize = measureLabelSize(scale.ctx, plFont, scale._pointLabels[i]);
		labelSizes[i] = textSize;
		const angleRadians = _normalizeAngle(scale.getIndexAngle(i) + additionalAngle);
		const angle = Math.round(toDegrees(angleRadians));
		updateLimits(limits, orig, angleRadians, determineLimits(angle, pointPosition.x, textSize.w, 0, 180), determineLimits(angle, pointPosition.y, textSize.h, 90, 270));
	}
	scale.setCenterPoint(orig.l - limits.l, limits.r - orig.r, orig.t - limits.t, limits.b - orig.b);
	scale._pointLabelItems = buildPointLabelItems(scale, labelSizes, padding);
}
function updateLimits(limits, orig, angle, hLimits, vLimits) {
	const sin = Math.abs(Math.sin(angle));
	const cos = Math.abs(Math.cos(angle));
	let x = 0;
	let y = 0;
	if (hLimits.start < orig.l) {
		x = (orig.l - hLimits.start) / sin;
		limits.l = Math.min(limits.l, orig.l - x);
	} else if (hLimits.end > orig.r) {
		x = (hLimits.end - orig.r) / sin;
		limits.r = Math.max(limits.r, orig.r + x);
	}
	if (vLimits.start < orig.t) {
		y = (orig.t - vLimits.start) / cos;
		limits.t = Math.min(limits.t, orig.t - y);
	} else if (vLimits.end > orig.b) {
		y = (vLimits.end - orig.b) / cos;
		limits.b = Math.max(limits.b, orig.b + y);
	}
}
function createPointLabelItem(scale, index, itemOpts) {
	const outerDistance = scale.drawingArea;
	const { extra, additionalAngle, padding, size } = itemOpts;
	const pointLabelPosition = scale.getPointPosition(index, outerDistance + extra + padding, additionalAngle);
	const angle = Math.round(toDegrees(_normalizeAngle(pointLabelPosition.angle + HALF_PI)));
	const y = yForAngle(pointLabelPosition.y, size.h, angle);
	const textAlign = getTextAlignForAngle(angle);
	const left = leftForTextAlign(pointLabelPosition.x, size.w, textAlign);
	return {
		visible: true,
		x: pointLabelPosition.x,
		y,
		textAlign,
		left,
		top: y,
		right: left + size.w,
		bottom: y + size.h
	};
}
function isNotOverlapped(item, area) {
	if (!area) return true;
	const { left, top, right, bottom } = item;
	return !(_isPointInArea({
		x: left,
		y: top
	}, area) || _isPointInArea({
		x: left,
		y: bottom
	}, area) || _isPointInArea({
		x: right,
		y: top
	}, area) || _isPointInArea({
		x: right,
		y: bottom
	}, area));
}
function buildPointLabelItems(scale, labelSizes, padding) {
	const items = [];
	const valueCount = scale._pointLabels.length;
	const opts = scale.options;
	const { centerPointLabels, display } = opts.pointLabels;
	const itemOpts = {
		extra: getTickBackdropHeight(opts) / 2,
		additionalAngle: centerPointLabels ? PI / valueCount : 0
	};
	let area;
	for (let i = 0; i < valueCount; i++) {
		itemOpts.padding = padding[i];
		itemOpts.size = labelSizes[i];
		const item = createPointLabelItem(scale, i, itemOpts);
		items.push(item);
		if (display === "auto") {
			item.visible = isNotOverlapped(item, area);
			if (item.visible) area = item;
		}
	}
	return items;
}
function getTextAlignForAngle(angle) {
	if (angle === 0 || angle === 180) return "center";
	else if (angle < 180) return "left";
	return "right";
}
function leftForTextAlign(x, w, align) {
	if (align === "right") x -= w;
	else if (align === "center") x -= w / 2;
	return x;
}
function yForAngle(y, h, angle) {
	if (angle === 90 || angle === 270) y -= h / 2;
	else if (angle > 270 || angle < 90) y -= h;
	return y;
}
function drawPointLabelBox(ctx, opts, item) {
	const { left, top, right, bottom } = item;
	const { backdropColor } = opts;
	if (!isNullOrUndef(backdropColor)) {
		const borderRadius = toTRBLCorners(opts.borderRadius);
		const padding = toPadding(opts.backdropPadding);
		ctx.fillStyle = backdropColor;
		const backdropLeft = left - padding.left;
		const backdropTop = top - padding.top;
		const backdropWidth = right - left + padding.width;
		const backdropHeight = bottom - top + padding.height;
		if (Object.values(borderRadius).some((v) => v !== 0)) {
			ctx.beginPath();
			addRoundedRectPath(ctx, {
				x: backdropLeft,
				y: backdropTop,
				w: backdropWidth,
				h: backdropHeight,
				radius: borderRadius
			});
			ctx.fill();
		} else ctx.fillRect(backdropLeft, backdropTop, backdropWidth, backdropHeight);
	}
}
function drawPointLabels(scale, labelCount) {
	const { ctx, options: { pointLabels } } = scale;
	for (let i = labelCount - 1; i >= 0; i--) {
		const item = scale._pointLabelItems[i];
		if (!item.visible) continue;
		const optsAtIndex = pointLabels.setContext(scale.getPointLabelContext(i));
		drawPointLabelBox(ctx, optsAtIndex, item);
		const plFont = toFont(optsAtIndex.font);
		const { x, y, textAlign } = item;
		renderText(ctx, scale._pointLabels[i], x, y + plFont.lineHeight / 2, plFont, {
			color: optsAtIndex.color,
			textAlign,
			textBaseline: "middle"
		});
	}
}
function pathRadiusLine(scale, radius, circular, labelCount) {
	const { ctx } = scale;
	if (circular) ctx.arc(scale.xCenter, scale.yCenter, radius, 0, TAU);
	else {
		let pointPosition = scale.getPointPosition(0, radius);
		ctx.moveTo(pointPosition.x, pointPosition.y);
		for (let i = 1; i < labelCount; i++) {
			pointPosition = scale.getPointPosition(i, radius);
			ctx.lineTo(pointPosition.x, pointPosition.y);
		}
	}
}
function drawRadiusLine(scale, gridLineOpts, radius, labelCount, borderOpts) {
	const ctx = scale.ctx;
	const circular = gridLineOpts.circular;
	const { color, lineWidth } = gridLineOpts;
	if (!circular && !labelCount || !color || !lineWidth || radius < 0) return;
	ctx.save();
	ctx.strokeStyle = color;
	ctx.lineWidth = lineWidth;
	ctx.setLineDash(borderOpts.dash || []);
	ctx.lineDashOffset = borderOpts.dashOffset;
	ctx.beginPath();
	pathRadiusLine(scale, radius, circular, labelCount);
	ctx.closePath();
	ctx.stroke();
	ctx.restore();
}
function createPointLabelContext(parent, index, label) {
	return createContext(parent, {
		label,
		index,
		type: "pointLabel"
	});
}
var RadialLinearScale = class extends LinearScaleBase {
	static id = "radialLinear";
	static defaults = {
		display: true,
		animate: true,
		position: "chartArea",
		angleLines: {
			display: true,
			lineWidth: 1,
			borderDash: [],
			borderDashOffset: 0
		},
		grid: { circular: false },
		startAngle: 0,
		ticks: {
			showLabelBackdrop: true,
			callback: Ticks.formatters.numeric
		},
		pointLabels: {
			backdropColor: void 0,
			backdropPadding: 2,
			display: true,
			font: { size: 10 },
			callback(label) {
				return label;
			},
			padding: 5,
			centerPointLabels: false
		}
	};
	static defaultRoutes = {
		"angleLines.color": "borderColor",
		"pointLabels.color": "color",
		"ticks.color": "color"
	};
	static descriptors = { angleLines: { _fallback: "grid" } };
	constructor(cfg) {
		super(cfg);
		this.xCenter = void 0;
		this.yCenter = void 0;
		this.drawingArea = void 0;
		this._pointLabels = [];
		this._pointLabelItems = [];
	}
	setDimensions() {
		const padding = this._padding = toPadding(getTickBackdropHeight(this.options) / 2);
		const w = this.width = this.maxWidth - padding.width;
		const h = this.height = this.maxHeight - padding.height;
		this.xCenter = Math.floor(this.left + w / 2 + padding.left);
		this.yCenter = Math.floor(this.top + h / 2 + padding.top);
		this.drawingArea = Math.floor(Math.min(w, h) / 2);
	}
	determineDataLimits() {
		const { min, max } = this.getMinMax(false);
		this.min = isNumberFinite(min) && !isNaN(min) ? min : 0;
		this.max = isNumberFinite(max) && !isNaN(max) ? max : 0;
		this.handleTickRangeOptions();
	}
	computeTickLimit() {
		return Math.ceil(this.drawingArea / getTickBackdropHeight(this.options));
	}
	generateTickLabels(ticks) {
		LinearScaleBase.prototype.generateTickLabels.call(this, ticks);
		this._pointLabels = this.getLabels().map((value, index) => {
			const label = callback(this.options.pointLabels.callback, [value, index], this);
			return label || label === 0 ? label : "";
		}).filter((v, i) => this.chart.getDataVisibility(i));
	}
	fit() {
		const opts = this.options;
		if (opts.display && opts.pointLabels.display) fitWithPointLabels(this);
		else this.setCenterPoint(0, 0, 0, 0);
	}
	setCenterPoint(leftMovement, rightMovement, topMovement, bottomMovement) {
		this.xCenter += Math.floor((leftMovement - rightMovement) / 2);
		this.yCenter += Math.floor((topMovement - bottomMovement) / 2);
		this.drawingArea -= Math.min(this.drawingArea / 2, Math.max(leftMovement, rightMovement, topMovement, bottomMovement));
	}
	getIndexAngle(index) {
		const angleMultiplier = TAU / (this._pointLabels.length || 1);
		const startAngle = this.options.startAngle || 0;
		return _normalizeAngle(index * angleMultiplier + toRadians(startAngle));
	}
	getDistanceFromCenterForValue(value) {
		if (isNullOrUndef(value)) return NaN;
		const scalingFactor = this.drawingArea / (this.max - this.min);
		if (this.options.reverse) return (this.max - value) * scalingFactor;
		return (value - this.min) * scalingFactor;
	}
	getValueForDistanceFromCenter(distance) {
		if (isNullOrUndef(distance)) return NaN;
		const scaledDistance = distance / (this.drawingArea / (this.max - this.min));
		return this.options.reverse ? this.max - scaledDistance : this.min + scaledDistance;
	}
	getPointLabelContext(index) {
		const pointLabels = this._pointLabels || [];
		if (index >= 0 && index < pointLabels.length) {
			const pointLabel = pointLabels[index];
			return createPointLabelContext(this.getContext(), index, pointLabel);
		}
	}
	getPointPosition(index, distanceFromCenter, additionalAngle = 0) {
		const angle = this.getIndexAngle(index) - HALF_PI + additionalAngle;
		return {
			x: Math.cos(angle) * distanceFromCenter + this.xCenter,
			y: Math.sin(angle) * distanceFromCenter + this.yCenter,
			angle
		};
	}
	getPointPositionForValue(index, value) {
		return this.getPointPosition(index, this.getDistanceFromCenterForValue(value));
	}
	getBasePosition(index) {
		return this.getPointPositionForValue(index || 0, this.getBaseValue());
	}
	getPointLabelPosition(index) {
		const { left, top, right, bottom } = this._pointLabelItems[index];
		return {
			left,
			top,
			right,
			bottom
		};
	}
	drawBackground() {
		const { backgroundColor, grid: { circular } } = this.options;
		if (backgroundColor) {
			const ctx = this.ctx;
			ctx.save();
			ctx.beginPath();
			pathRadiusLine(this, this.getDistanceFromCenterForValue(this._endValue), circular, this._pointLabels.length);
			ctx.closePath();
			ctx.fillStyle = backgroundColor;
			ctx.fill();
			ctx.restore();
		}
	}
	drawGrid() {
		const ctx = this.ctx;
		const opts = this.options;
		const { angleLines, grid, border } = opts;
		const labelCount = this._pointLabels.length;
		let i, offset, position;
		if (opts.pointLabels.display) drawPointLabels(this, labelCount);
		if (grid.display) this.ticks.forEach((tick, index) => {
			if (index !== 0 || index === 0 && this.min < 0) {
				offset = this.getDistanceFromCenterForValue(tick.value);
				const context = this.getContext(index);
				const optsAtIndex = grid.setContext(context);
				const optsAtIndexBorder = border.setContext(context);
				drawRadiusLine(this, optsAtIndex, offset, labelCount, optsAtIndexBorder);
			}
		});
		if (angleLines.display) {
			ctx.save();
			for (i = labelCount - 1; i >= 0; i--) {
				const optsAtIndex = angleLines.setContext(this.getPointLabelContext(i));
				const { color, lineWidth } = optsAtIndex;
				if (!lineWidth || !color) continue;
				ctx.lineWidth = lineWidth;
				ctx.strokeStyle = color;
				ctx.setLineDash(optsAtIndex.borderDash);
				ctx.lineDashOffset = optsAtIndex.borderDashOffset;
				offset = this.getDistanceFromCenterForValue(opts.reverse ? this.min : this.max);
				position = this.getPointPosition(i, offset);
				ctx.beginPath();
				ctx.moveTo(this.xCenter, this.yCenter);
				ctx.lineTo(position.x, position.y);
				ctx.stroke();
			}
			ctx.restore();
		}
	}
	drawBorder() {}
	drawLabels() {
		const ctx = this.ctx;
		const opts = this.options;
		const tickOpts = opts.ticks;
		if (!tickOpts.display) return;
		const startAngle = this.getIndexAngle(0);
		let offset, width;
		ctx.save();
		ctx.translate(this.xCenter, this.yCenter);
		ctx.rotate(startAngle);
		ctx.textAlign = "center";
		ctx.textBaseline = "middle";
		this.ticks.forEach((tick, index) => {
			if (index === 0 && this.min >= 0 && !opts.reverse) return;
			const optsAtIndex = tickOpts.setContext(this.getContext(index));
			const tickFont = toFont(optsAtIndex.font);
			offset = this.getDistanceFromCenterForValue(this.ticks[index].value);
			if (optsAtIndex.showLabelBackdrop) {
				ctx.font = tickFont.string;
				width = ctx.measureText(tick.label).width;
				ctx.fillStyle = optsAtIndex.backdropColor;
				const padding = toPadding(optsAtIndex.backdropPadding);
				ctx.fillRect(-width / 2 - padding.left, -offset - tickFont.size / 2 - padding.top, width + padding.width, tickFont.size + padding.height);
			}
			renderText(ctx, tick.label, 0, -offset, tickFont, {
				color: optsAtIndex.color,
				strokeColor: optsAtIndex.textStrokeColor,
				strokeWidth: optsAtIndex.textStrokeWidth
			});
		});
		ctx.restore();
	}
	drawTitle() {}
};
var INTERVALS = {
	millisecond: {
		common: true,
		size: 1,
		steps: 1e3
	},
	second: {
		common: true,
		size: 1e3,
		steps: 60
	},
	minute: {
		common: true,
		size: 6e4,
		steps: 60
	},
	hour: {
		common: true,
		size: 36e5,
		steps: 24
	},
	day: {
		common: true,
		size: 864e5,
		steps: 30
	},
	week: {
		common: false,
		size: 6048e5,
		steps: 4
	},
	month: {
		common: true,
		size: 2628e6,
		steps: 12
	},
	quarter: {
		common: false,
		size: 7884e6,
		steps: 4
	},
	year: {
		common: true,
		size: 3154e7
	}
};
var UNITS = /* #__PURE__ */ Object.keys(INTERVALS);
function sorter(a, b) {
	return a - b;
}
function parse(scale, input) {
	if (isNullOrUndef(input)) return null;
	const adapter = scale._adapter;
	const { parser, round, isoWeekday } = scale._parseOpts;
	let value = input;
	if (typeof parser === "function") value = parser(value);
	if (!isNumberFinite(value)) value = typeof parser === "string" ? adapter.parse(value, parser) : adapter.parse(value);
	if (value === null) return null;
	if (round) value = round === "week" && (isNumber(isoWeekday) || isoWeekday === true) ? adapter.startOf(value, "isoWeek", isoWeekday) : adapter.startOf(value, round);
	return +value;
}
function determineUnitForAutoTicks(minUnit, min, max, capacity) {
	const ilen = UNITS.length;
	for (let i = UNITS.indexOf(minUnit); i < ilen - 1; ++i) {
		const interval = INTERVALS[UNITS[i]];
		const factor = interval.steps ? interval.steps : Number.MAX_SAFE_INTEGER;
		if (interval.common && Math.ceil((max - min) / (factor * interval.size)) <= capacity) return UNITS[i];
	}
	return UNITS[ilen - 1];
}
function determineUnitForFormatting(scale, numTicks, minUnit, min, max) {
	for (let i = UNITS.length - 1; i >= UNITS.indexOf(minUnit); i--) {
		const unit = UNITS[i];
		if (INTERVALS[unit].common && scale._adapter.diff(max, min, unit) >= numTicks - 1) return unit;
	}
	return UNITS[minUnit ? UNITS.indexOf(minUnit) : 0];
}
function determineMajorUnit(unit) {
	for (let i = UNITS.indexOf(unit) + 1, ilen = UNITS.length; i < ilen; ++i) if (INTERVALS[UNITS[i]].common) return UNITS[i];
}
function addTick(ticks, time, timestamps) {
	if (!timestamps) ticks[time] = true;
	else if (timestamps.length) {
		const { lo, hi } = _lookup(timestamps, time);
		const timestamp = timestamps[lo] >= time ? timestamps[lo] : timestamps[hi];
		ticks[timestamp] = true;
	}
}
function setMajorTicks(scale, ticks, map, majorUnit) {
	const adapter = scale._adapter;
	const first = +adapter.startOf(ticks[0].value, majorUnit);
	const last = ticks[ticks.length - 1].value;
	let major, index;
	for (major = first; major <= last; major = +adapter.add(major, 1, majorUnit)) {
		index = map[major];
		if (index >= 0) ticks[index].major = true;
	}
	return ticks;
}
function ticksFromTimestamps(scale, values, majorUnit) {
	const ticks = [];
	const map = {};
	const ilen = values.length;
	let i, value;
	for (i = 0; i < ilen; ++i) {
		value = values[i];
		map[value] = i;
		ticks.push({
			value,
			major: false
		});
	}
	return ilen === 0 || !majorUnit ? ticks : setMajorTicks(scale, ticks, map, majorUnit);
}
var TimeScale = class extends Scale {
	static id = "time";
	static defaults = {
		bounds: "data",
		adapters: {},
		time: {
			parser: false,
			unit: false,
			round: false,
			isoWeekday: false,
			minUnit: "millisecond",
			displayFormats: {}
		},
		ticks: {
			source: "auto",
			callback: false,
			major: { enabled: false }
		}
	};
	constructor(props) {
		super(props);
		this._cache = {
			data: [],
			labels: [],
			all: []
		};
		this._unit = "day";
		this._majorUnit = void 0;
		this._offsets = {};
		this._normalized = false;
		this._parseOpts = void 0;
	}
	init(scaleOpts, opts = {}) {
		const time = scaleOpts.time || (scaleOpts.time = {});
		const adapter = this._adapter = new adapters._date(scaleOpts.adapters.date);
		adapter.init(opts);
		mergeIf(time.displayFormats, adapter.formats());
		this._parseOpts = {
			parser: time.parser,
			round: time.round,
			isoWeekday: time.isoWeekday
		};
		super.init(scaleOpts);
		this._normalized = opts.normalized;
	}
	parse(raw, index) {
		if (raw === void 0) return null;
		return parse(this, raw);
	}
	beforeLayout() {
		super.beforeLayout();
		this._cache = {
			data: [],
			labels: [],
			all: []
		};
	}
	determineDataLimits() {
		const options = this.options;
		const adapter = this._adapter;
		const unit = options.time.unit || "day";
		let { min, max, minDefined, maxDefined } = this.getUserBounds();
		function _applyBounds(bounds) {
			if (!minDefined && !isNaN(bounds.min)) min = Math.min(min, bounds.min);
			if (!maxDefined && !isNaN(bounds.max)) max = Math.max(max, bounds.max);
		}
		if (!minDefined || !maxDefined) {
			_applyBounds(this._getLabelBounds());
			if (options.bounds !== "ticks" || options.ticks.source !== "labels") _applyBounds(this.getMinMax(false));
		}
		min = isNumberFinite(min) && !isNaN(min) ? min : +adapter.startOf(Date.now(), unit);
		max = isNumberFinite(max) && !isNaN(max) ? max : +adapter.endOf(Date.now(), unit) + 1;
		this.min = Math.min(min, max - 1);
		this.max = Math.max(min + 1, max);
	}
	_getLabelBounds() {
		const arr = this.getLabelTimestamps();
		let min = Number.POSITIVE_INFINITY;
		let max = Number.NEGATIVE_INFINITY;
		if (arr.length) {
			min = arr[0];
			max = arr[arr.length - 1];
		}
		return {
			min,
			max
		};
	}
	buildTicks() {
		const options = this.options;
		const timeOpts = options.time;
		const tickOpts = options.ticks;
		const timestamps = tickOpts.source === "labels" ? this.getLabelTimestamps() : this._generate();
		if (options.bounds === "ticks" && timestamps.length) {
			this.min = this._userMin || timestamps[0];
			this.max = this._userMax || timestamps[timestamps.length - 1];
		}
		const min = this.min;
		const max = this.max;
		const ticks = _filterBetween(timestamps, min, max);
		this._unit = timeOpts.unit || (tickOpts.autoSkip ? determineUnitForAutoTicks(timeOpts.minUnit, this.min, this.max, this._getLabelCapacity(min)) : determineUnitForFormatting(this, ticks.length, timeOpts.minUnit, this.min, this.max));
		this._majorUnit = !tickOpts.major.enabled || this._unit === "year" ? void 0 : determineMajorUnit(this._unit);
		this.initOffsets(timestamps);
		if (options.reverse) ticks.reverse();
		return ticksFromTimestamps(this, ticks, this._majorUnit);
	}
	afterAutoSkip() {
		if (this.options.offsetAfterAutoskip) this.initOffsets(this.ticks.map((tick) => +tick.value));
	}
	initOffsets(timestamps = []) {
		let start = 0;
		let end = 0;
		let first, last;
		if (this.options.offset && timestamps.length) {
			first = this.getDecimalForValue(timestamps[0]);
			if (timestamps.length === 1) start = 1 - first;
			else start = (this.getDecimalForValue(timestamps[1]) - first) / 2;
			last = this.getDecimalForValue(timestamps[timestamps.length - 1]);
			if (timestamps.length === 1) end = last;
			else end = (last - this.getDecimalForValue(timestamps[timestamps.length - 2])) / 2;
		}
		const limit = timestamps.length < 3 ? .5 : .25;
		start = _limitValue(start, 0, limit);
		end = _limitValue(end, 0, limit);
		this._offsets = {
			start,
			end,
			factor: 1 / (start + 1 + end)
		};
	}
	_generate() {
		const adapter = this._adapter;
		const min = this.min;
		const max = this.max;
		const options = this.options;
		const timeOpts = options.time;
		const minor = timeOpts.unit || determineUnitForAutoTicks(timeOpts.minUnit, min, max, this._getLabelCapacity(min));
		const stepSize = valueOrDefault(options.ticks.stepSize, 1);
		const weekday = minor === "week" ? timeOpts.isoWeekday : false;
		const hasWeekday = isNumber(weekday) || weekday === true;
		const ticks = {};
		let first = min;
		let time, count;
		if (hasWeekday) first = +adapter.startOf(first, "isoWeek", weekday);
		first = +adapter.startOf(first, hasWeekday ? "day" : minor);
		if (adapter.diff(max, min, minor) > 1e5 * stepSize) throw new Error(min + " and " + max + " are too far apart with stepSize of " + stepSize + " " + minor);
		const timestamps = options.ticks.source === "data" && this.getDataTimestamps();
		for (time = first, count = 0; time < max; time = +adapter.add(time, stepSize, minor), count++) addTick(ticks, time, timestamps);
		if (time === max || options.bounds === "ticks" || count === 1) addTick(ticks, time, timestamps);
		return Object.keys(ticks).sort(sorter).map((x) => +x);
	}
	getLabelForValue(value) {
		const adapter = this._adapter;
		const timeOpts = this.options.time;
		if (timeOpts.tooltipFormat) return adapter.format(value, timeOpts.tooltipFormat);
		return adapter.format(value, timeOpts.displayFormats.datetime);
	}
	format(value, format) {
		const formats = this.options.time.displayFormats;
		const unit = this._unit;
		const fmt = format || formats[unit];
		return this._adapter.format(value, fmt);
	}
	_tickFormatFunction(time, index, ticks, format) {
		const options = this.options;
		const formatter = options.ticks.callback;
		if (formatter) return callback(formatter, [
			time,
			index,
			ticks
		], this);
		const formats = options.time.displayFormats;
		const unit = this._unit;
		const majorUnit = this._majorUnit;
		const minorFormat = unit && formats[unit];
		const majorFormat = majorUnit && formats[majorUnit];
		const tick = ticks[index];
		const major = majorUnit && majorFormat && tick && tick.major;
		return this._adapter.format(time, format || (major ? majorFormat : minorFormat));
	}
	generateTickLabels(ticks) {
		let i, ilen, tick;
		for (i = 0, ilen = ticks.length; i < ilen; ++i) {
			tick = ticks[i];
			tick.label = this._tickFormatFunction(tick.value, i, ticks);
		}
	}
	getDecimalForValue(value) {
		return value === null ? NaN : (value - this.min) / (this.max - this.min);
	}
	getPixelForValue(value) {
		const offsets = this._offsets;
		const pos = this.getDecimalForValue(value);
		return this.getPixelForDecimal((offsets.start + pos) * offsets.factor);
	}
	getValueForPixel(pixel) {
		const offsets = this._offsets;
		const pos = this.getDecimalForPixel(pixel) / offsets.factor - offsets.end;
		return this.min + pos * (this.max - this.min);
	}
	_getLabelSize(label) {
		const ticksOpts = this.options.ticks;
		const tickLabelWidth = this.ctx.measureText(label).width;
		const angle = toRadians(this.isHorizontal() ? ticksOpts.maxRotation : ticksOpts.minRotation);
		const cosRotation = Math.cos(angle);
		const sinRotation = Math.sin(angle);
		const tickFontSize = this._resolveTickFontOptions(0).size;
		return {
			w: tickLabelWidth * cosRotation + tickFontSize * sinRotation,
			h: tickLabelWidth * sinRotation + tickFontSize * cosRotation
		};
	}
	_getLabelCapacity(exampleTime) {
		const timeOpts = this.options.time;
		const displayFormats = timeOpts.displayFormats;
		const format = displayFormats[timeOpts.unit] || displayFormats.millisecond;
		const exampleLabel = this._tickFormatFunction(exampleTime, 0, ticksFromTimestamps(this, [exampleTime], this._majorUnit), format);
		const size = this._getLabelSize(exampleLabel);
		const capacity = Math.floor(this.isHorizontal() ? this.width / size.w : this.height / size.h) - 1;
		return capacity > 0 ? capacity : 1;
	}
	getDataTimestamps() {
		let timestamps = this._cache.data || [];
		let i, ilen;
		if (timestamps.length) return timestamps;
		const metas = this.getMatchingVisibleMetas();
		if (this._normalized && metas.length) return this._cache.data = metas[0].controller.getAllParsedValues(this);
		for (i = 0, ilen = metas.length; i < ilen; ++i) timestamps = timestamps.concat(metas[i].controller.getAllParsedValues(this));
		return this._cache.data = this.normalize(timestamps);
	}
	getLabelTimestamps() {
		const timestamps = this._cache.labels || [];
		let i, ilen;
		if (timestamps.length) return timestamps;
		const labels = this.getLabels();
		for (i = 0, ilen = labels.length; i < ilen; ++i) timestamps.push(parse(this, labels[i]));
		return this._cache.labels = this._normalized ? timestamps : this.normalize(timestamps);
	}
	normalize(values) {
		return _arrayUnique(values.sort(sorter));
	}
};
function interpolate(table, val, reverse) {
	let lo = 0;
	let hi = table.length - 1;
	let prevSource, nextSource, prevTarget, nextTarget;
	if (reverse) {
		if (val >= table[lo].pos && val <= table[hi].pos) ({lo, hi} = _lookupByKey(table, "pos", val));
		({pos: prevSource, time: prevTarget} = table[lo]);
		({pos: nextSource, time: nextTarget} = table[hi]);
	} else {
		if (val >= table[lo].time && val <= table[hi].time) ({lo, hi} = _lookupByKey(table, "time", val));
		({time: prevSource, pos: prevTarget} = table[lo]);
		({time: nextSource, pos: nextTarget} = table[hi]);
	}
	const span = nextSource - prevSource;
	return span ? prevTarget + (nextTarget - prevTarget) * (val - prevSource) / span : prevTarget;
}
var TimeSeriesScale = class extends TimeScale {
	static id = "timeseries";
	static defaults = TimeScale.defaults;
	constructor(props) {
		super(props);
		this._table = [];
		this._minPos = void 0;
		this._tableRange = void 0;
	}
	initOffsets() {
		const timestamps = this._getTimestampsForTable();
		const table = this._table = this.buildLookupTable(timestamps);
		this._minPos = interpolate(table, this.min);
		this._tableRange = interpolate(table, this.max) - this._minPos;
		super.initOffsets(timestamps);
	}
	buildLookupTable(timestamps) {
		const { min, max } = this;
		const items = [];
		const table = [];
		let i, ilen, prev, curr, next;
		for (i = 0, ilen = timestamps.length; i < ilen; ++i) {
			curr = timestamps[i];
			if (curr >= min && curr <= max) items.push(curr);
		}
		if (items.length < 2) return [{
			time: min,
			pos: 0
		}, {
			time: max,
			pos: 1
		}];
		for (i = 0, ilen = items.length; i < ilen; ++i) {
			next = items[i + 1];
			prev = items[i - 1];
			curr = items[i];
			if (Math.round((next + prev) / 2) !== curr) table.push({
				time: curr,
				pos: i / (ilen - 1)
			});
		}
		return table;
	}
	_generate() {
		const min = this.min;
		const max = this.max;
		let timestamps = super.getDataTimestamps();
		if (!timestamps.includes(min) || !timestamps.length) timestamps.splice(0, 0, min);
		if (!timestamps.includes(max) || timestamps.length === 1) timestamps.push(max);
		return timestamps.sort((a, b) => a - b);
	}
	_getTimestampsForTable() {
		let timestamps = this._cache.all || [];
		if (timestamps.length) return timestamps;
		const data = this.getDataTimestamps();
		const label = this.getLabelTimestamps();
		if (data.length && label.length) timestamps = this.normalize(data.concat(label));
		else timestamps = data.length ? data : label;
		timestamps = this._cache.all = timestamps;
		return timestamps;
	}
	getDecimalForValue(value) {
		return (interpolate(this._table, value) - this._minPos) / this._tableRange;
	}
	getValueForPixel(pixel) {
		const offsets = this._offsets;
		const decimal = this.getDecimalForPixel(pixel) / offsets.factor - offsets.end;
		return interpolate(this._table, decimal * this._tableRange + this._minPos, true);
	}
};
// components/dashboard/BarChart.tsx
Chart.register(BarController, BarElement, CategoryScale, LinearScale, plugin_tooltip, plugin_legend);
/**
* A bar chart drawn on a canvas by Chart.js. The canvas is hidden from screen readers: the
* section around it says the same numbers in text. Without a 2D context (jsdom) nothing is drawn.
*/
function BarChart({ labels, series, stacked = false, sparseLabels = false }) {
	const canvas = (0, import_react.useRef)(null);
	const chart = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		const context = canvas.current && typeof CanvasRenderingContext2D !== "undefined" ? canvas.current.getContext("2d") : null;
		if (!context) return;
		const text = getComputedStyle(document.documentElement).getPropertyValue("--muted").trim() || "#5f5a6e";
		chart.current = new Chart(context, {
			type: "bar",
			data: {
				labels: [],
				datasets: []
			},
			options: {
				animation: false,
				maintainAspectRatio: false,
				plugins: { legend: {
					display: series.length > 1,
					labels: { color: text }
				} },
				scales: {
					x: {
						stacked,
						ticks: {
							color: text,
							autoSkip: sparseLabels,
							maxRotation: 0
						},
						grid: { display: false }
					},
					y: {
						stacked,
						beginAtZero: true,
						ticks: {
							color: text,
							precision: 0
						}
					}
				}
			}
		});
		return () => {
			chart.current?.destroy();
			chart.current = null;
		};
	}, []);
	(0, import_react.useEffect)(() => {
		if (!chart.current) return;
		chart.current.data.labels = labels;
		chart.current.data.datasets = series.map((s) => ({
			label: s.label,
			data: s.values,
			backgroundColor: s.color,
			borderRadius: 3
		}));
		chart.current.update();
	}, [labels, series]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
		className: "chart",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("canvas", {
			ref: canvas,
			"aria-hidden": "true"
		})
	});
}
// components/dashboard/HealthSection.tsx
var BUCKET_LABELS = {
	fresh: "stateFresh",
	due: "stateDue",
	losingTouch: "stateLosingTouch",
	noCadence: "stateNoCadence",
	never: "stateNever"
};
var BUCKET_COLORS = {
	fresh: "#2e7d4f",
	due: "#c98a00",
	losingTouch: "#b3261e",
	noCadence: "#8d8799",
	never: "#cfcadb"
};
var IN_PERSON_COLOR = "#5b3cc4";
var OTHER_COLOR = "#b7a8ea";
/**
* The network at a glance: contacts by time since last contact, and interactions per week over
* the last year with in-person meetings apart \u2014 drawn by Chart.js, and said in text (a sentence
* for everyone, a table for screen readers).
*/
function HealthSection() {
	const id = (0, import_react.useId)();
	const now = useNow();
	const timeZone = systemTimeZone();
	const from = weeksFrom(now, timeZone);
	const data = useLiveQuery(async () => ({
		contacts: await db.contacts.toArray(),
		interactions: await db.interactions.where("at").aboveOrEqual(from).toArray()
	}), [from]);
	const touch = (0, import_react.useMemo)(() => data ? touchCounts(data.contacts, now, timeZone) : null, [
		data,
		now,
		timeZone
	]);
	const weeks = (0, import_react.useMemo)(() => data ? weeklyInteractions(data.interactions, now, timeZone) : null, [
		data,
		now,
		timeZone
	]);
	const touchSeries = (0, import_react.useMemo)(() => touch && [{
		label: t("healthContacts"),
		values: TOUCH_BUCKETS.map((b) => touch[b]),
		color: TOUCH_BUCKETS.map((b) => BUCKET_COLORS[b])
	}], [touch]);
	const weekLabels = (0, import_react.useMemo)(() => weeks?.map((w) => new Intl.DateTimeFormat(void 0, {
		day: "numeric",
		month: "short",
		timeZone
	}).format(w.start)) ?? [], [weeks, timeZone]);
	const weekSeries = (0, import_react.useMemo)(() => weeks && [{
		label: t("healthInPerson"),
		values: weeks.map((w) => w.inPerson),
		color: IN_PERSON_COLOR
	}, {
		label: t("healthOther"),
		values: weeks.map((w) => w.other),
		color: OTHER_COLOR
	}], [weeks]);
	if (!data || !touch || !weeks || !touchSeries || !weekSeries) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	const total = data.contacts.length;
	const inPerson = weeks.reduce((n, w) => n + w.inPerson, 0);
	const all = inPerson + weeks.reduce((n, w) => n + w.other, 0);
	const recent = weeks.slice(-4).reduce((n, w) => n + w.inPerson + w.other, 0);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card health",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: `${id}-title`,
			children: t("healthTitle")
		}), total === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
			t("healthEmpty"),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
				href: "#data",
				children: t("dataTitle")
			})
		] }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: `${id}-touch`,
				children: t("healthTouchTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("healthTouchSummary", {
				total,
				...touch
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(BarChart, {
				labels: TOUCH_BUCKETS.map((b) => t(BUCKET_LABELS[b])),
				series: touchSeries
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", {
				id: `${id}-weeks`,
				children: t("healthWeeksTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: t("healthWeeksSummary", {
				total: all,
				inPerson,
				recent
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(BarChart, {
				labels: weekLabels,
				series: weekSeries,
				stacked: true,
				sparseLabels: true
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
				className: "visually-hidden",
				children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
					"aria-labelledby": `${id}-weeks`,
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: t("healthWeek")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: t("healthInPerson")
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "col",
							children: t("healthOther")
						})
					] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: weeks.map((w) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", {
							scope: "row",
							children: formatDay(w.start, timeZone)
						}),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: w.inPerson }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: w.other })
					] }, w.start)) })]
				})
			})
		] })]
	});
}
// components/dashboard/IntroductionsSection.tsx
var GROUP_TITLES = {
	proposed: "introStatusProposed",
	asked: "introStatusAsked",
	introduced: "introStatusIntroduced",
	declined: "introStatusDeclined"
};
/** Every introduction by status, each with its next step; and pairs who could meet. */
function IntroductionsSection() {
	const id = (0, import_react.useId)();
	const data = useLiveQuery(async () => {
		const introductions = await listIntroductions();
		const ids = [...new Set(introductions.flatMap((i) => [i.aId, i.bId]))];
		const people = new Map((await db.contacts.bulkGet(ids)).filter((c) => !!c).map((c) => [c.id, c]));
		const tagged = await db.contacts.where("tags").above("").distinct().toArray();
		return {
			introductions,
			people,
			suggestions: introductionSuggestions(tagged, introductions)
		};
	}, []);
	const { busy, error, run } = useAction();
	if (!data) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("introductions")
			}),
			data.introductions.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted",
				children: t("introductionsNone")
			}),
			INTRODUCTION_STATUSES.map((status) => {
				const group = data.introductions.filter((i) => i.status === status);
				if (group.length === 0) return null;
				return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
					"aria-label": t(GROUP_TITLES[status]),
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h3", { children: [
						t(GROUP_TITLES[status]),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "muted",
							children: group.length
						})
					] }), group.map((introduction) => {
						const a = data.people.get(introduction.aId);
						const b = data.people.get(introduction.bId);
						return a && b ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntroductionFlow, {
							introduction,
							a,
							b
						}, introduction.id) : null;
					})]
				}, status);
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("introSuggestions") }),
			data.suggestions.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("introSuggestionsNone")
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "people",
				children: data.suggestions.map(({ a, b, tags }) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "button",
					disabled: busy,
					onClick: () => void run(() => sendCommand("proposeIntroduction", {
						aId: a.id,
						bId: b.id,
						note: tags.join(", ")
					})),
					children: tRich("introPropose", {
						a: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: a.name }),
						b: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: b.name })
					})
				}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
					className: "muted small",
					children: [" ", t("introSharedTags", { tags: tags.join(", ") })]
				})] }, `${a.id}|${b.id}`))
			}),
			error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "error",
				role: "alert",
				children: error
			})
		]
	});
}
// core/news.ts
/** The next person of the walk to write to, if any is left. */
function nextRecipient(recipients) {
	return recipients.find((r) => r.state === "pending");
}
/** A walk's progress: how many done (sent or skipped by hand) of how many to write to. */
function walkProgress(recipients) {
	const walked = recipients.filter((r) => r.reason !== "paceGuard");
	return {
		done: walked.filter((r) => r.state !== "pending").length,
		total: walked.length
	};
}
// storage/news.ts
/** Every news item, newest first. */
function listNews() {
	return db.news.orderBy("createdAt").reverse().toArray();
}
// components/dashboard/NewsSection.tsx
/**
* Your news, written once, told to each person one at a time (never a mass mailing): choose
* the people by tag, by event or one by one, then walk through them. Walks left halfway wait here.
*/
function NewsSection() {
	const id = (0, import_react.useId)();
	const data = useLiveQuery(async () => ({
		news: await listNews(),
		tags: await db.contacts.orderBy("tags").uniqueKeys(),
		events: await listEvents()
	}), []);
	const [text, setText] = (0, import_react.useState)("");
	const [people, setPeople] = (0, import_react.useState)([]);
	const { busy, refusal, refuse, run } = useAction();
	const add = (found) => setPeople((current) => [...current, ...found.filter((c) => !current.some((p) => p.id === c.id))]);
	const start = (e) => {
		e.preventDefault();
		const input = {
			text,
			contactIds: people.map((p) => p.id)
		};
		const checked = checkCommand("createNews", input, localClock());
		if (!checked.ok) return refuse(checked.refusal);
		run(() => sendCommand("createNews", input)).then((outcome) => {
			if (outcome?.ok) location.hash = `#news/${encodeURIComponent(outcome.value.id)}`;
		});
	};
	if (!data) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	const unfinished = data.news.filter((n) => n.recipients.some((r) => r.state === "pending"));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("newsTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("newsHelp")
			}),
			unfinished.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-label": t("newsInProgress"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("newsInProgress") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "people",
					children: unfinished.map((n) => {
						const { done, total } = walkProgress(n.recipients);
						return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								dir: "auto",
								children: n.text.length > 80 ? `${n.text.slice(0, 80)}\u2026` : n.text
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "muted small",
								children: t("newsProgress", {
									done,
									total
								})
							}),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
								href: `#news/${encodeURIComponent(n.id)}`,
								children: t("newsResume")
							})
						] }, n.id);
					})
				})]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				onSubmit: start,
				noValidate: true,
				"aria-label": t("newsWrite"),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("newsWrite") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "field wide",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
								htmlFor: `${id}-text`,
								children: t("newsText")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
								id: `${id}-text`,
								rows: 3,
								value: text,
								onChange: (e) => {
									setText(e.target.value);
									refuse(null);
								},
								...fieldState(refusal, "text", `${id}-text`)
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
								refusal,
								field: "text",
								id: `${id}-text`
							})
						]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "row",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
							className: "field",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("newsAddTag") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
								value: "",
								onChange: (e) => {
									const tag = e.target.value;
									if (tag) db.contacts.where("tags").equals(tag).toArray().then(add);
								},
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
									value: "",
									children: "\u2014"
								}), data.tags.map((tag) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
									value: tag,
									children: tag
								}, tag))]
							})]
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
							className: "field",
							children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("newsAddEvent") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
								value: "",
								onChange: (e) => {
									const event = e.target.value;
									if (event) peopleMetAt(event).then(add);
								},
								children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
									value: "",
									children: "\u2014"
								}), data.events.map((event) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
									value: event.id,
									children: event.name
								}, event.id))]
							})]
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("label", {
							htmlFor: `${id}-one`,
							children: t("newsAddOne")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactPicker, {
							id: `${id}-one`,
							exclude: people.map((p) => p.id),
							onPick: (c) => add([c])
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
						className: "people",
						"aria-label": t("newsChosen"),
						children: people.map((person) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								type: "button",
								className: "link",
								onClick: () => setPeople(people.filter((p) => p.id !== person.id)),
								children: t("remove")
							})
						] }, person.id))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FieldError, {
						refusal,
						field: "contactIds",
						id: `${id}-people`
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "submit",
						className: "primary",
						disabled: busy,
						children: t("newsStart", { count: people.length })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FormError, {
						refusal,
						fields: ["text", "contactIds"]
					})
				]
			})
		]
	});
}
// components/dashboard/NewsWalk.tsx
/**
* Telling your news one person at a time: the next one's draft (their name, language, register,
* your last exchange), sent or skipped, then the next. Leave any time: the walk resumes here.
*/
function NewsWalk({ id }) {
	const context = useDraftContext();
	const walk = useLiveQuery(async () => {
		const news = await db.news.get(id);
		if (!news) return null;
		const ids = news.recipients.map((r) => r.contactId);
		const people = new Map((await db.contacts.bulkGet(ids)).filter((c) => c !== void 0).map((c) => [c.id, c]));
		const next = nextRecipient(news.recipients.filter((r) => people.has(r.contactId)));
		return {
			news,
			people,
			next,
			last: next ? (await interactionsOf(next.contactId, 1))[0] : void 0
		};
	}, [id]);
	const { busy, error, run } = useAction();
	if (walk === void 0 || !context) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	if (walk === null) return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
		role: "alert",
		children: [
			t("newsNotFound"),
			" ",
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
				href: "#news",
				children: t("newsBack")
			})
		]
	});
	const { news, people, next, last } = walk;
	const { done, total } = walkProgress(news.recipients);
	const person = next && people.get(next.contactId);
	const guarded = news.recipients.filter((r) => r.reason === "paceGuard");
	const step = (state, summary = "") => sendCommand("newsStep", {
		id,
		contactId: next.contactId,
		state,
		summary
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "news-walk-title",
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
				href: "#news",
				children: t("newsBack")
			}) }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: "news-walk-title",
				children: t("newsWalkTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("blockquote", {
				dir: "auto",
				children: news.text
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				role: "status",
				children: t("newsProgress", {
					done,
					total
				})
			}),
			person ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-label": t("newsNext"),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: tRich("newsTo", { name: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: person.name }) }) }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DraftPanel, {
						contact: person,
						kind: "news",
						context,
						extras: {
							news: news.text,
							lastInteraction: last
						},
						markSent: (subject) => step("sent", subject)
					}, person.id),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						type: "button",
						disabled: busy,
						onClick: () => void run(() => step("skipped")),
						children: t("newsSkip")
					})
				]
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "done",
				children: t("newsDone")
			}),
			guarded.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-label": t("newsLeftOut"),
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("newsLeftOut") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
					className: "people",
					children: guarded.map((r) => {
						const them = people.get(r.contactId);
						return them ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("bdi", { children: them.name }),
							" \u2014 ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "muted",
								children: t("newsPaceGuard")
							})
						] }, r.contactId) : null;
					})
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
// components/dashboard/SettingsSection.tsx
/** Reminder and language settings, saved to browser.storage (the background follows them). */
function SettingsSection() {
	const [draft, setDraft] = (0, import_react.useState)(null);
	const [saved, setSaved] = (0, import_react.useState)(false);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const [error, setError] = (0, import_react.useState)(null);
	(0, import_react.useEffect)(() => {
		settingsItem.getValue().then(setDraft);
	}, []);
	if (!draft) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	const change = (patch) => {
		setDraft({
			...draft,
			...patch
		});
		setSaved(false);
	};
	const quiet = draft.quietHours ?? DEFAULT_SETTINGS.quietHours;
	const submit = (event) => {
		event.preventDefault();
		setError(null);
		if (!Number.isInteger(draft.minGapDays) || draft.minGapDays < 0 || draft.minGapDays > 365) return setError(t("minGapInvalid"));
		if (!Number.isInteger(draft.lunchGoalPerWeek) || draft.lunchGoalPerWeek < 0 || draft.lunchGoalPerWeek > 14) return setError(t("lunchGoalInvalid"));
		setBusy(true);
		settingsItem.getValue().then((current) => settingsItem.setValue({
			...draft,
			templates: current.templates
		})).then(() => setSaved(true), () => setError(t("settingsNotSaved"))).finally(() => setBusy(false));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": "settings-title",
		className: "card",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
			id: "settings-title",
			children: t("settingsTitle")
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
			onSubmit: submit,
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("defaultCadence") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
						value: draft.defaultCadenceDays ?? "none",
						onChange: (e) => change({ defaultCadenceDays: e.target.value === "none" ? null : Number(e.target.value) }),
						children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(CadenceOptions, { current: draft.defaultCadenceDays })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "check",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "checkbox",
						checked: draft.notifications,
						onChange: (e) => change({ notifications: e.target.checked })
					}), t("notificationsOn")]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("digestTime") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "time",
						required: true,
						value: draft.digestTime,
						onChange: (e) => change({ digestTime: e.target.value })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "check",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "checkbox",
						checked: draft.quietHours !== null,
						onChange: (e) => change({ quietHours: e.target.checked ? quiet : null })
					}), t("quietHours")]
				}) }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "row",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("quietFrom") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "time",
							required: true,
							disabled: !draft.quietHours,
							value: quiet.start,
							onChange: (e) => change({ quietHours: {
								...quiet,
								start: e.target.value
							} })
						})]
					}), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("quietTo") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "time",
							required: true,
							disabled: !draft.quietHours,
							value: quiet.end,
							onChange: (e) => change({ quietHours: {
								...quiet,
								end: e.target.value
							} })
						})]
					})]
				})] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("minGap") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "number",
						min: 0,
						max: 365,
						step: 1,
						required: true,
						value: draft.minGapDays,
						onChange: (e) => change({ minGapDays: Number(e.target.value) })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "check",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "checkbox",
						checked: draft.newYearWishes,
						onChange: (e) => change({ newYearWishes: e.target.checked })
					}), t("newYearWishesSetting")]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("lunchGoal") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "number",
						min: 0,
						max: 14,
						step: 1,
						value: draft.lunchGoalPerWeek,
						onChange: (e) => change({ lunchGoalPerWeek: Number(e.target.value) })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("myName") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						value: draft.myName,
						maxLength: 200,
						onChange: (e) => change({ myName: e.target.value })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("signature") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
						value: draft.signature,
						rows: 3,
						maxLength: 1e3,
						onChange: (e) => change({ signature: e.target.value })
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("language") }), /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("select", {
						value: draft.language,
						onChange: (e) => change({ language: e.target.value }),
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "auto",
								children: t("languageAuto")
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "en",
								children: "English"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: "fr",
								children: "Fran\u00e7ais"
							})
						]
					})]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					type: "submit",
					className: "primary",
					disabled: busy,
					children: t("save")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					role: "status",
					children: saved && t("settingsSaved")
				}),
				error && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
					className: "error",
					role: "alert",
					children: error
				})
			]
		})]
	});
}
// components/dashboard/TemplatesSection.tsx
var KIND_LABELS = {
	followUp: "templateFollowUp",
	congratulate: "templateCongratulate",
	newYear: "templateNewYear",
	lunchInvite: "templateLunchInvite",
	news: "templateNews",
	introAsk: "templateIntroAsk",
	introduction: "templateIntroduction"
};
var LANGUAGE_NAMES = {
	en: "English",
	fr: "Fran\u00e7ais"
};
var REGISTER_LABELS = {
	informal: "registerInformal",
	formal: "registerFormalShort"
};
var SAMPLE_PARTS = [
	"eventName",
	"place",
	"date",
	"topic"
];
var SAMPLE_LABELS = {
	eventName: "event",
	place: "place",
	date: "date",
	topic: "topic"
};
/** The person the preview writes to: met yesterday, with the details the user ticks. */
function sampleContact(parts, language, register, now) {
	return {
		id: "sample",
		name: "Claire Fontaine",
		nameKey: "claire fontaine",
		emails: ["claire@example.org"],
		tags: [],
		notes: "",
		profiles: [],
		profileKeys: [],
		cadenceDays: null,
		createdAt: now,
		updatedAt: now,
		met: {
			eventName: parts.has("eventName") ? "Mobile Monday Lyon" : void 0,
			place: parts.has("place") ? "La Cord\u00e9e" : void 0,
			date: parts.has("date") ? toLocalDay(now - 864e5) : void 0,
			topic: parts.has("topic") ? t("templateSampleTopic") : void 0
		},
		language,
		register,
		headline: "Head of Partnerships at Axiome",
		title: "Head of Partnerships",
		company: "Axiome",
		dueJob: {
			title: "Head of Partnerships",
			company: "Axiome"
		}
	};
}
/** The rest of what a draft may say: another person to introduce, some news, a last exchange. */
function sampleExtras(now) {
	return {
		other: {
			id: "other",
			name: "Marc Lefebvre",
			nameKey: "marc lefebvre",
			emails: [],
			tags: [],
			notes: "",
			profiles: [],
			profileKeys: [],
			cadenceDays: null,
			createdAt: now,
			updatedAt: now,
			headline: "CTO at Brume Analytics"
		},
		news: t("templateSampleNews"),
		lastInteraction: {
			kind: "lunch",
			at: now - 3456e6
		}
	};
}
/**
* The draft templates, editable, with a live preview: choose the message, its language and
* register; the preview shows a sample person with the details ticked, and which fields the
* template used, lacked, or does not know.
*/
function TemplatesSection() {
	const id = (0, import_react.useId)();
	const [settings, setSettings] = (0, import_react.useState)(null);
	const [kind, setKind] = (0, import_react.useState)("followUp");
	const [language, setLanguage] = (0, import_react.useState)("en");
	const [register, setRegister] = (0, import_react.useState)("informal");
	const [edited, setEdited] = (0, import_react.useState)(null);
	const [parts, setParts] = (0, import_react.useState)(new Set(SAMPLE_PARTS));
	const [status, setStatus] = (0, import_react.useState)(null);
	const now = useNow();
	(0, import_react.useEffect)(() => {
		settingsItem.getValue().then(setSettings);
	}, []);
	if (!settings) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
		role: "status",
		children: t("loading")
	});
	const key = templateId(kind, language, register);
	const stored = settings.templates[key];
	const template = edited ?? stored ?? DEFAULT_TEMPLATES[key];
	const choose = (set) => {
		set();
		setEdited(null);
		setStatus(null);
	};
	const preview = draftFor(kind, sampleContact(parts, language, register, now), {
		interfaceLanguage: language,
		myName: settings.myName || "Anne Moreau",
		signature: settings.signature,
		templates: { [key]: template },
		now,
		timeZone: systemTimeZone()
	}, sampleExtras(now));
	const save = async (templates, done) => {
		const next = {
			...await settingsItem.getValue(),
			templates
		};
		await settingsItem.setValue(next);
		setSettings(next);
		setEdited(null);
		setStatus(done);
	};
	const submit = (event) => {
		event.preventDefault();
		save({
			...settings.templates,
			[key]: template
		}, "templateSaved").catch(() => setStatus("settingsNotSaved"));
	};
	const reset = () => {
		const rest = Object.fromEntries(Object.entries(settings.templates).filter(([id]) => id !== key));
		save(rest, "templateReset").catch(() => setStatus("settingsNotSaved"));
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-labelledby": `${id}-title`,
		className: "card",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", {
				id: `${id}-title`,
				children: t("templatesTitle")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "muted small",
				children: t("templatesHelp")
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "row",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("templateMessage") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
							value: kind,
							onChange: (e) => choose(() => setKind(e.target.value)),
							children: DRAFT_KINDS.map((k) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: k,
								children: t(KIND_LABELS[k])
							}, k))
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("writeIn") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
							value: language,
							onChange: (e) => choose(() => setLanguage(e.target.value)),
							children: LANGUAGES.map((l) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: l,
								children: LANGUAGE_NAMES[l]
							}, l))
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("register") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
							value: register,
							onChange: (e) => choose(() => setRegister(e.target.value)),
							children: REGISTERS.map((r) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
								value: r,
								children: t(REGISTER_LABELS[r])
							}, r))
						})]
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("form", {
				onSubmit: submit,
				"aria-label": t("templatesTitle"),
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field wide",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("draftSubject") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							value: template.subject,
							onChange: (e) => {
								setEdited({
									...template,
									subject: e.target.value
								});
								setStatus(null);
							}
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "field wide",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: t("templateBody") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
							rows: 12,
							value: template.body,
							onChange: (e) => {
								setEdited({
									...template,
									body: e.target.value
								});
								setStatus(null);
							}
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "small muted",
						children: t("templateSyntax", { fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(" ") })
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
						className: "row",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "submit",
							className: "primary",
							children: t("save")
						}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
							type: "button",
							disabled: !stored && !edited,
							onClick: reset,
							children: t("templateResetButton")
						})]
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						role: "status",
						children: status && t(status)
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
				"aria-label": t("templatePreview"),
				className: "preview",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: t("templatePreview") }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: t("templateSampleHas") }), SAMPLE_PARTS.map((part) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "check",
						children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "checkbox",
							checked: parts.has(part),
							onChange: (e) => setParts((old) => {
								const next = new Set(old);
								if (e.target.checked) next.add(part);
								else next.delete(part);
								return next;
							})
						}), t(SAMPLE_LABELS[part])]
					}, part))] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("strong", { children: [t("draftSubject"), ":"] }),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "preview-subject",
							children: preview.subject
						})
					] }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("pre", {
						className: "preview-body",
						children: preview.body
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "small",
						children: t("templateUsed", { fields: preview.used.join(", ") || "\u2014" })
					}),
					preview.missing.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "small muted",
						children: t("templateMissing", { fields: preview.missing.join(", ") })
					}),
					preview.unknown.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
						className: "small error",
						role: "alert",
						children: t("templateUnknown", { fields: preview.unknown.map((f) => `{${f}}`).join(", ") })
					})
				]
			})
		]
	});
}
// components/dashboard/Dashboard.tsx
function placeOf(hash) {
	const [section, id] = hash.replace(/^#/, "").split("/");
	if (section === "health") return { section: "health" };
	if (section === "contacts") return { section: "contacts" };
	if (section === "contact" && id) return {
		section: "contact",
		id: decodeURIComponent(id)
	};
	if (section === "events") return { section: "events" };
	if (section === "introductions") return { section: "introductions" };
	if (section === "data") return { section: "data" };
	if (section === "news") return id ? {
		section: "walk",
		id: decodeURIComponent(id)
	} : { section: "news" };
	if (section === "event" && id) return {
		section: "event",
		id: decodeURIComponent(id)
	};
	return { section: "settings" };
}
var NAV = [
	{
		hash: "#health",
		label: "healthTitle",
		sections: ["health"]
	},
	{
		hash: "#contacts",
		label: "contactsTitle",
		sections: ["contacts", "contact"]
	},
	{
		hash: "#events",
		label: "eventsTitle",
		sections: ["events", "event"]
	},
	{
		hash: "#introductions",
		label: "introductions",
		sections: ["introductions"]
	},
	{
		hash: "#news",
		label: "newsTitle",
		sections: ["news", "walk"]
	},
	{
		hash: "#data",
		label: "dataTitle",
		sections: ["data"]
	},
	{
		hash: "#settings",
		label: "settingsTitle",
		sections: ["settings"]
	}
];
/** The dashboard (options page, in a tab): one section at a time, each with its own address. */
function Dashboard() {
	const [place, setPlace] = (0, import_react.useState)(() => placeOf(location.hash));
	(0, import_react.useEffect)(() => {
		const follow = () => setPlace(placeOf(location.hash));
		window.addEventListener("hashchange", follow);
		return () => window.removeEventListener("hashchange", follow);
	}, []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
		className: "dashboard",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", { children: t("appName") }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("nav", {
				"aria-label": t("dashboardNav"),
				children: NAV.map((item) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", {
					href: item.hash,
					"aria-current": item.sections.includes(place.section) ? "page" : void 0,
					children: t(item.label)
				}, item.hash))
			})] }),
			place.section === "health" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(HealthSection, {}),
			place.section === "contacts" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactsSection, {}),
			place.section === "contact" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ContactPage, { id: place.id }, place.id),
			place.section === "events" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EventsSection, {}),
			place.section === "event" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(EventPage, { id: place.id }, place.id),
			place.section === "introductions" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(IntroductionsSection, {}),
			place.section === "news" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewsSection, {}),
			place.section === "walk" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NewsWalk, { id: place.id }, place.id),
			place.section === "data" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DataSection, {}),
			place.section === "settings" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SettingsSection, {}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(DisplaySection, {}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TemplatesSection, {})
			] })
		]
	});
}
// entrypoints/options/main.tsx
mountPage(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Dashboard, {}));
