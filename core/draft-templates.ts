import type { Language, Register } from './records';
import type { Template } from './templates';

/** The messages Maille drafts: always to one person (the introduction itself: to the two it introduces). */
export const DRAFT_KINDS = ['followUp', 'congratulate', 'newYear', 'lunchInvite', 'news', 'introAsk', 'introduction'] as const;
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
  'congratulate.en.informal': {
    subject: 'Congratulations on the new role!',
    body: `Hi {firstName},

I just saw the news[ — {role}][ at {company}]: congratulations![ I was thinking back to {lastExchange}.]

I'm sure you'll do great things there. Let me know if I can help in any way.

Best,
[{myName}]
[{signature}]`,
  },
  'congratulate.en.formal': {
    subject: 'Congratulations on your new position',
    body: `Dear {fullName},

I have just learned of your new position[ as {role}][ at {company}]: my warmest congratulations.

I wish you every success in this new role, and I would be glad to stay in touch.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'congratulate.fr.informal': {
    subject: 'Félicitations pour ton nouveau poste !',
    body: `Bonjour {firstName},

Je viens de voir la nouvelle[ : {role}][ chez {company}]. Félicitations ![ Je repensais justement à {lastExchange}.]

Je te souhaite plein de réussite dans ce nouveau rôle. N'hésite pas si je peux t'aider.

À bientôt,
[{myName}]
[{signature}]`,
  },
  'congratulate.fr.formal': {
    subject: 'Félicitations pour votre nouveau poste',
    body: `Bonjour {fullName},

Je viens d'apprendre votre nouvelle fonction[ : {role}][ chez {company}]. Toutes mes félicitations.

Je vous souhaite pleine réussite dans ce nouveau rôle. Ce serait un plaisir d'en reparler.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  'newYear.en.informal': {
    subject: 'Happy New Year, {firstName}!',
    body: `Hi {firstName},

Happy New Year! I hope the year ahead brings you good things, at work and beyond.[ I was thinking back to {lastExchange}.]

It would be great to catch up in the coming weeks.

Best,
[{myName}]
[{signature}]`,
  },
  'newYear.en.formal': {
    subject: 'Best wishes for the New Year',
    body: `Dear {fullName},

Please accept my best wishes for the New Year, for you and for your projects.

I look forward to our next exchange.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'newYear.fr.informal': {
    subject: 'Bonne année, {firstName} !',
    body: `Bonjour {firstName},

Très bonne année ! Je te souhaite le meilleur pour cette nouvelle année, au travail comme ailleurs.[ Je repensais à {lastExchange}.]

Ce serait un plaisir de prendre de tes nouvelles dans les semaines qui viennent.

À bientôt,
[{myName}]
[{signature}]`,
  },
  'newYear.fr.formal': {
    subject: 'Meilleurs vœux pour la nouvelle année',
    body: `Bonjour {fullName},

Je vous adresse mes meilleurs vœux pour cette nouvelle année, pour vous et pour vos projets.

Au plaisir de notre prochain échange.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  'lunchInvite.en.informal': {
    subject: 'Lunch soon?',
    body: `Hi {firstName},

It's been a while[ since {lastExchange}]. Would you be up for lunch in the coming weeks? I'd love to hear what you're working on.

Best,
[{myName}]
[{signature}]`,
  },
  'lunchInvite.en.formal': {
    subject: 'Lunch in the coming weeks?',
    body: `Dear {fullName},

It has been some time[ since {lastExchange}]. Would you be available for lunch in the coming weeks? It would be a pleasure to hear about your projects.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'lunchInvite.fr.informal': {
    subject: 'Un déjeuner bientôt ?',
    body: `Bonjour {firstName},

Ça fait un moment[ depuis {lastExchange}] ! Ça te dirait de déjeuner ensemble dans les semaines qui viennent ? J'aimerais bien savoir sur quoi tu travailles.

À bientôt,
[{myName}]
[{signature}]`,
  },
  'lunchInvite.fr.formal': {
    subject: 'Un déjeuner dans les prochaines semaines ?',
    body: `Bonjour {fullName},

Cela fait un moment[ depuis {lastExchange}]. Seriez-vous disponible pour déjeuner dans les semaines qui viennent ? Ce serait un plaisir d'échanger sur vos projets.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  'news.en.informal': {
    subject: 'Some news',
    body: `Hi {firstName},

I wanted to tell you personally:

{news}

[I was thinking back to {lastExchange}.]

I'd love to hear your news too.

Best,
[{myName}]
[{signature}]`,
  },
  'news.en.formal': {
    subject: 'Some news',
    body: `Dear {fullName},

I wanted to let you know personally:

{news}

I would be glad to hear your news as well.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'news.fr.informal': {
    subject: 'Des nouvelles',
    body: `Bonjour {firstName},

Je voulais te l'annoncer personnellement :

{news}

[Je repensais à {lastExchange}.]

Et toi, quoi de neuf ?

À bientôt,
[{myName}]
[{signature}]`,
  },
  'news.fr.formal': {
    subject: 'Des nouvelles',
    body: `Bonjour {fullName},

Je tenais à vous l'annoncer personnellement :

{news}

Au plaisir d'avoir de vos nouvelles également.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  'introAsk.en.informal': {
    subject: 'Would you like to meet {otherName}?',
    body: `Hi {firstName},

I'd like to introduce you to {otherName}[, {otherAbout}]. I think you two would have a lot in common.

Would you be happy for me to introduce you? No pressure at all: just let me know.

Best,
[{myName}]
[{signature}]`,
  },
  'introAsk.en.formal': {
    subject: 'An introduction to {otherName}?',
    body: `Dear {fullName},

I would like to introduce you to {otherName}[, {otherAbout}], as I believe you would have much to share.

Would you agree to this introduction? Please feel free to decline.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'introAsk.fr.informal': {
    subject: 'Ça te dirait de rencontrer {otherName} ?',
    body: `Bonjour {firstName},

J'aimerais te présenter {otherName}[, {otherAbout}]. Je pense que vous auriez beaucoup à vous dire.

Est-ce que tu serais d'accord pour que je vous mette en relation ? Aucune obligation : dis-moi simplement.

À bientôt,
[{myName}]
[{signature}]`,
  },
  'introAsk.fr.formal': {
    subject: 'Une mise en relation avec {otherName} ?',
    body: `Bonjour {fullName},

J'aimerais vous présenter {otherName}[, {otherAbout}]. Je pense que vous auriez beaucoup à partager.

Seriez-vous d'accord pour cette mise en relation ? N'hésitez pas à décliner.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  'introduction.en.informal': {
    subject: 'Introduction: {firstName} ↔ {otherFirstName}',
    body: `Hi {firstName} and {otherFirstName},

As promised, let me introduce you to each other.

{fullName}[: {about}]
{otherName}[: {otherAbout}]

I'll let you take it from here!

Best,
[{myName}]
[{signature}]`,
  },
  'introduction.en.formal': {
    subject: 'Introduction: {fullName} and {otherName}',
    body: `Dear {fullName}, dear {otherName},

As agreed with each of you, I am pleased to introduce you to one another.

{fullName}[: {about}]
{otherName}[: {otherAbout}]

I will let you continue the conversation directly.

Kind regards,
[{myName}]
[{signature}]`,
  },
  'introduction.fr.informal': {
    subject: 'Mise en relation : {firstName} et {otherFirstName}',
    body: `Bonjour {firstName} et {otherFirstName},

Comme promis, je vous présente l'un à l'autre.

{fullName}[ : {about}]
{otherName}[ : {otherAbout}]

Je vous laisse poursuivre !

À bientôt,
[{myName}]
[{signature}]`,
  },
  'introduction.fr.formal': {
    subject: 'Mise en relation : {fullName} et {otherName}',
    body: `Bonjour {fullName}, bonjour {otherName},

Comme convenu avec chacun de vous, j'ai le plaisir de vous présenter l'un à l'autre.

{fullName}[ : {about}]
{otherName}[ : {otherAbout}]

Je vous laisse poursuivre l'échange directement.

Bien cordialement,
[{myName}]
[{signature}]`,
  },
  // German: "du" with the first name, "Sie" with the full name ("Guten Tag", which needs no
  // gender); {lastExchange} is always in the accusative ("an unser Mittagessen vom …").
  'followUp.de.informal': {
    subject: 'Schön, dich kennengelernt zu haben[ – {event}]',
    body: `Hallo {firstName},

es war schön, dich[ {when}][ bei {event}][ in {place}] kennenzulernen.[ Unser Gespräch über {topic} hat mir sehr gefallen.]

Lass uns in Kontakt bleiben: Ich würde das Gespräch gern bald fortsetzen.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'followUp.de.formal': {
    subject: 'Im Nachgang zu unserem Treffen[ – {event}]',
    body: `Guten Tag {fullName},

vielen Dank für das Gespräch[ {when}][ bei {event}][ in {place}].[ Besonders der Austausch über {topic} hat mich gefreut.]

Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben und das Gespräch fortzusetzen.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'congratulate.de.informal': {
    subject: 'Herzlichen Glückwunsch zur neuen Stelle!',
    body: `Hallo {firstName},

ich habe gerade die Neuigkeit gesehen[ – {role}][ bei {company}]: herzlichen Glückwunsch![ Ich denke gern an {lastExchange} zurück.]

Ich wünsche dir viel Erfolg in der neuen Rolle. Sag Bescheid, wenn ich dir irgendwie helfen kann.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'congratulate.de.formal': {
    subject: 'Herzlichen Glückwunsch zu Ihrer neuen Position',
    body: `Guten Tag {fullName},

ich habe soeben von Ihrer neuen Position erfahren[ als {role}][ bei {company}]: meine herzlichsten Glückwünsche.

Ich wünsche Ihnen viel Erfolg in dieser neuen Aufgabe und würde mich freuen, in Kontakt zu bleiben.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'newYear.de.informal': {
    subject: 'Frohes neues Jahr, {firstName}!',
    body: `Hallo {firstName},

frohes neues Jahr! Ich hoffe, das kommende Jahr bringt dir viel Gutes, beruflich und privat.[ Ich denke gern an {lastExchange} zurück.]

Es wäre schön, uns in den nächsten Wochen mal auszutauschen.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'newYear.de.formal': {
    subject: 'Die besten Wünsche zum neuen Jahr',
    body: `Guten Tag {fullName},

ich wünsche Ihnen und Ihren Projekten alles Gute für das neue Jahr.

Ich freue mich auf unseren nächsten Austausch.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'lunchInvite.de.informal': {
    subject: 'Bald mal zum Mittagessen?',
    body: `Hallo {firstName},

es ist eine Weile her.[ Ich denke gern an {lastExchange} zurück.] Hättest du in den nächsten Wochen Lust auf ein Mittagessen? Ich würde gern hören, woran du gerade arbeitest.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'lunchInvite.de.formal': {
    subject: 'Ein Mittagessen in den nächsten Wochen?',
    body: `Guten Tag {fullName},

es ist einige Zeit vergangen.[ Ich denke gern an {lastExchange} zurück.] Hätten Sie in den nächsten Wochen Zeit für ein Mittagessen? Ich würde mich freuen, von Ihren Projekten zu hören.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'news.de.informal': {
    subject: 'Neuigkeiten',
    body: `Hallo {firstName},

ich wollte es dir persönlich erzählen:

{news}

[Ich denke gern an {lastExchange} zurück.]

Ich würde mich freuen, auch von dir zu hören.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'news.de.formal': {
    subject: 'Neuigkeiten',
    body: `Guten Tag {fullName},

ich wollte Sie persönlich darüber informieren:

{news}

Ich würde mich freuen, auch von Ihnen zu hören.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'introAsk.de.informal': {
    subject: 'Möchtest du {otherName} kennenlernen?',
    body: `Hallo {firstName},

ich würde dich gern {otherName} vorstellen[, {otherAbout}]. Ich glaube, ihr hättet euch viel zu sagen.

Wärst du einverstanden, dass ich euch miteinander bekannt mache? Ganz unverbindlich: Sag mir einfach Bescheid.

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'introAsk.de.formal': {
    subject: 'Darf ich Sie mit {otherName} bekannt machen?',
    body: `Guten Tag {fullName},

ich würde Sie gern mit {otherName} bekannt machen[, {otherAbout}], da Sie sich meiner Meinung nach viel zu sagen hätten.

Wären Sie mit dieser Vorstellung einverstanden? Sie können selbstverständlich ablehnen.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
  'introduction.de.informal': {
    subject: 'Vorstellung: {firstName} und {otherFirstName}',
    body: `Hallo {firstName}, hallo {otherFirstName},

wie versprochen stelle ich euch einander vor.

{fullName}[: {about}]
{otherName}[: {otherAbout}]

Den Rest überlasse ich euch!

Viele Grüße
[{myName}]
[{signature}]`,
  },
  'introduction.de.formal': {
    subject: 'Vorstellung: {fullName} und {otherName}',
    body: `Guten Tag {fullName}, guten Tag {otherName},

wie mit Ihnen beiden abgesprochen, freue ich mich, Sie einander vorzustellen.

{fullName}[: {about}]
{otherName}[: {otherAbout}]

Ich überlasse Ihnen gern den weiteren Austausch.

Mit freundlichen Grüßen
[{myName}]
[{signature}]`,
  },
};
