import type { Refusal } from '@/core/commands';
import { refusalText } from '@/i18n/refusal-text';

/** Whether a refusal is about this field (`met.date` matches `patch.met.date`, `emails` matches `emails.0`). */
function refusesField(refusal: Refusal | null, field: string): boolean {
  if (refusal?.code !== 'invalid') return false;
  const path = `.${refusal.field}.`;
  return path.includes(`.${field}.`);
}

/** The attributes that tie an input to its error message, for screen readers. */
export function fieldState(refusal: Refusal | null, field: string, id: string) {
  const refused = refusesField(refusal, field);
  return { 'aria-invalid': refused, 'aria-describedby': refused ? `${id}-error` : undefined };
}

/** A refusal shown next to the field it is about, in the user's words. */
export function FieldError({ refusal, field, id }: { refusal: Refusal | null; field: string; id: string }) {
  if (!refusal || !refusesField(refusal, field)) return null;
  return <p id={`${id}-error`} className="error small" role="alert">{refusalText(refusal)}</p>;
}

/** A refusal that no field shows (a conflict, a missing contact, an unreachable background). */
export function FormError({ refusal, fields }: { refusal: Refusal | null; fields: readonly string[] }) {
  if (!refusal || fields.some((field) => refusesField(refusal, field))) return null;
  return <p className="error" role="alert">{refusalText(refusal)}</p>;
}
