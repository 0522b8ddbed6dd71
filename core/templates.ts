/**
 * Message templates that adapt to missing data. A template is plain text with two marks:
 *
 * - `{field}` is replaced by the field's value (one of {@link TEMPLATE_FIELDS});
 * - `[ … ]` is an optional part: kept only when every field inside has a value
 *   ("It was great to meet you[ at {event}]." reads "…to meet you." without an event).
 *
 * A line whose own (non-optional) field has no value is left out entirely, and a line that
 * had text but renders empty leaves no blank behind. So whatever the template and the data,
 * the output never holds a raw `{placeholder}`, an "undefined" or a dangling "about .".
 * Values are inserted as text after the template is read: a value holding `{x}` or `[` stays
 * as it is.
 */

export const TEMPLATE_FIELDS = [
  'firstName', 'fullName', 'event', 'place', 'when', 'topic', 'role', 'company', 'news', 'lastExchange',
  'about', 'otherFirstName', 'otherName', 'otherAbout', 'myName', 'signature',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
export type TemplateValues = Partial<Record<TemplateField, string>>;

export interface Template {
  subject: string;
  body: string;
}

export interface Rendered extends Template {
  /** Fields the output holds. */
  used: TemplateField[];
  /** Known fields the template asks for that had no value (their part was left out). */
  missing: TemplateField[];
  /** `{names}` that are no field (a typo in an edited template): left out, and said in the editor. */
  unknown: string[];
}

const TOKEN = /\[([^[\]]*)\]|\{(\w+)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

function isField(name: string): name is TemplateField {
  return (TEMPLATE_FIELDS as readonly string[]).includes(name);
}

class Renderer {
  readonly used = new Set<TemplateField>();
  readonly missing = new Set<TemplateField>();
  readonly unknown = new Set<string>();

  constructor(private readonly values: TemplateValues, private readonly oneLine: boolean) {}

  private value(name: string): string | undefined {
    if (!isField(name)) {
      this.unknown.add(name);
      return undefined;
    }
    let value = this.values[name]?.trim();
    if (value && this.oneLine) value = value.replace(/\s+/g, ' ');
    if (!value) this.missing.add(name);
    return value || undefined;
  }

  /** Fills a run of text and placeholders (noting the fields in `used`); null when one has no value. */
  private fill(text: string, used: TemplateField[]): string | null {
    const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    const values = names.map((name) => this.value(name));
    if (values.some((v) => v === undefined)) return null;
    used.push(...(names as TemplateField[]));
    let i = 0;
    return text.replace(PLACEHOLDER, () => values[i++]!);
  }

  /** One line of the template, or null when it must be left out. */
  line(line: string): string | null {
    const used: TemplateField[] = [];
    let out = '';
    let last = 0;
    for (const match of line.matchAll(TOKEN)) {
      out += line.slice(last, match.index);
      last = match.index + match[0].length;
      if (match[1] !== undefined) {
        out += this.fill(match[1], used) ?? '';
      } else {
        const filled = this.fill(match[0], used);
        if (filled === null) return null;
        out += filled;
      }
    }
    out += line.slice(last);
    // Tidy what an optional part left behind: double spaces, a space before a full stop or comma.
    const tidy = out.replace(/[ \t]{2,}/g, ' ').replace(/ +([.,])/g, '$1').trimEnd();
    if (line.trim() !== '' && tidy.trim() === '') return null;
    used.forEach((field) => this.used.add(field));
    return tidy;
  }
}

/** Renders a template with the values at hand; see the module comment for the rules. */
export function renderTemplate(template: Template, values: TemplateValues): Rendered {
  const subjectRenderer = new Renderer(values, true);
  const subject = (subjectRenderer.line(template.subject.replace(/\s*\n\s*/g, ' ')) ?? '').trim();
  const renderer = new Renderer(values, false);
  const lines: string[] = [];
  for (const raw of template.body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = renderer.line(raw);
    if (line !== null) lines.push(line);
  }
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const merge = <T>(a: Set<T>, b: Set<T>) => [...new Set([...a, ...b])];
  const used = merge(subjectRenderer.used, renderer.used);
  return {
    subject,
    body,
    used,
    missing: merge(subjectRenderer.missing, renderer.missing).filter((f) => !used.includes(f)),
    unknown: merge(subjectRenderer.unknown, renderer.unknown),
  };
}
