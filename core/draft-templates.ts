import type { Language, Register } from './records';
import type { Template } from './templates';

/** The messages Maille drafts: always to one person. */
export const DRAFT_KINDS = ['followUp'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export type TemplateId = `${DraftKind}.${Language}.${Register}`;

export function templateId(kind: DraftKind, language: Language, register: Register): TemplateId {
  return `${kind}.${language}.${register}`;
}

/**
 * The templates Maille starts with; the user may replace any of them (Settings → Templates).
 * Written so that each optional detail sits in `[ … ]`: every combination of missing event,
 * place, date and topic still reads as a sentence. French drafts avoid agreeing with the
 * writer's gender ("ce fut un plaisir" rather than "ravi·e").
 */
export const DEFAULT_TEMPLATES: Record<TemplateId, Template> = {
  'followUp.en.informal': {
    subject: 'Great to meet you[ at {event}]',
    body: `Hi {firstName},

It was great to meet you[ at {event}][ in {place}][ {when}].[ I really enjoyed our conversation about {topic}.]

Let's stay in touch: I'd be glad to pick up the conversation again soon.

Best,
[{myName}]
[{signature}]`,
  },
  'followUp.en.formal': {
    subject: 'Following up on our meeting[ at {event}]',
    body: `Dear {fullName},

Thank you for the conversation we had[ at {event}][ in {place}][ {when}].[ I particularly appreciated our exchange about {topic}.]

I would be pleased to stay in touch and to continue our discussion.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'followUp.fr.informal': {
    subject: 'Suite à notre rencontre[ à {event}]',
    body: `Bonjour {firstName},

Ce fut un plaisir de te rencontrer[ à {event}][ à {place}][ {when}].[ J'ai beaucoup aimé notre discussion sur {topic}.]

Restons en contact : ce serait un plaisir de poursuivre la conversation.

À bientôt,
[{myName}]
[{signature}]`,
  },
  'followUp.fr.formal': {
    subject: 'Suite à notre rencontre[ à {event}]',
    body: `Bonjour {fullName},

Ce fut un plaisir de vous rencontrer[ à {event}][ à {place}][ {when}].[ J'ai beaucoup apprécié notre échange sur {topic}.]

Ce serait un plaisir de rester en contact et de poursuivre cette discussion.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
};
