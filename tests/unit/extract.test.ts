import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ProfileIdentity } from '@/core/profile';
import { SITE_READERS } from '@/sites/readers';
import { detectProfile } from '@/sites/registry';
import { fixtureDocument } from './fixture-doc';

function extract(file: string, url: string) {
  const ref = detectProfile(url);
  if (!ref) throw new Error(`not a profile URL: ${url}`);
  return SITE_READERS[ref.site](fixtureDocument(file, url), ref);
}

const CLAIRE: ProfileIdentity = {
  name: 'Claire Fontaine',
  headline: 'Head of Partnerships at Lumen Robotics',
  title: 'Head of Partnerships',
  company: 'Lumen Robotics',
  location: 'Lyon, Auvergne-Rhône-Alpes, France',
  photoUrl: 'https://media.licdn.com/dms/image/profile-displayphoto-shrink_400_400/claire.jpg',
};

const PROFILES: [string, string, ProfileIdentity][] = [
  ['linkedin/signed-in-2024.html', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/', CLAIRE],
  ['linkedin/signed-in-2024.html', 'https://fr.linkedin.com/in/claire-fontaine-4a5b6c/overlay/contact-info/', CLAIRE],
  ['linkedin/member-id-url.html', 'https://www.linkedin.com/in/ACoAAClaire42/', CLAIRE],
  ['linkedin/hashed-2026.html', 'https://www.linkedin.com/in/marc-lefebvre/', {
    name: 'Marc Lefebvre',
    headline: 'CTO at Brume Analytics · Data platforms',
    title: 'CTO',
    company: 'Brume Analytics',
    location: 'Nantes, Pays de la Loire, France',
    photoUrl: 'https://media.licdn.com/dms/image/v2/profile-displayphoto-crop_800_800/marc.jpg',
  }],
  ['linkedin/hashed-2026-h2.html', 'https://www.linkedin.com/in/nadia-benali-b12/', {
    name: 'Nadia Benali',
    headline: 'Chercheuse en robotique chez CNRS',
    title: 'Chercheuse en robotique',
    company: 'CNRS',
    location: 'Grenoble, Auvergne-Rhône-Alpes, France',
    photoUrl: 'https://media.licdn.com/dms/image/v2/profile-displayphoto-crop_800_800/nadia.jpg',
  }],
  ['linkedin/no-main-landmark.html', 'https://www.linkedin.com/in/thomas-roux-1b2c/', {
    name: 'Thomas Roux',
    headline: 'Sales engineer at Ferrovia',
    title: 'Sales engineer',
    company: 'Ferrovia',
  }],
  ['linkedin/logged-out-jsonld.html', 'https://fr.linkedin.com/in/sophie-martin-87b2?originalSubdomain=fr', {
    name: 'Sophie Martin',
    headline: 'Directrice marketing chez Atelier Numérique',
    title: 'Directrice marketing',
    company: 'Atelier Numérique',
    location: 'Bordeaux',
    photoUrl: 'https://media.licdn.com/dms/image/sophie.jpg',
  }],
  ['linkedin/details-experience.html', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/details/experience/', {
    name: 'Claire Fontaine',
  }],
  // A section sub-page names the person in its title only: "Section | Name | LinkedIn", whatever
  // the section is called and whatever the address says (an opaque slug, a member id).
  ['linkedin/details-skills-opaque.html', 'https://www.linkedin.com/in/jd1984/details/skills/', { name: 'Jane Doe' }],
  ['linkedin/details-skills-opaque.html', 'https://www.linkedin.com/in/ACoAAB2xYz9/details/skills/', { name: 'Jane Doe' }],
  ['linkedin/details-experience-fr.html', 'https://fr.linkedin.com/in/jpdupont/details/experience/', { name: 'Jean-Pierre Dupont' }],
  // JSON-LD escaped once too often, the Person after her articles, an og:title escaped twice, double spaces.
  ...['amelie-r', 'ar-4821', 'ACoAAB2xYz9'].map((slug): [string, string, ProfileIdentity] => ['linkedin/public-graph-2025.html', `https://fr.linkedin.com/in/${slug}`, {
    name: 'Amélie Rousseau',
    headline: 'R&D Lead at Haute & Claire',
    title: 'R&D Lead',
    company: 'Haute & Claire',
    location: 'Lille',
    photoUrl: 'https://media.licdn.com/dms/image/amelie.jpg',
  }]),
  // 2007-2010: "LinkedIn: Name".
  ...['https://www.linkedin.com/in/hbastide', 'https://www.linkedin.com/pub/henri-bastide/1/2a/345'].map((url): [string, string, ProfileIdentity] => ['linkedin/old-title-2009.html', url, {
    name: 'Henri Bastide',
    headline: 'Consultant at Bastide Conseil',
    title: 'Consultant',
    company: 'Bastide Conseil',
  }]),
  ['linkedin/html-name.html', 'https://www.linkedin.com/in/eve-hacker/', {
    name: 'Eve <img src=x onerror="window.__pwned=1"> Hacker',
    headline: '<script>window.__pwned=2</script> Security researcher at <b>Acme</b>',
    title: '<script>window.__pwned=2</script> Security researcher',
    company: '<b>Acme</b>',
  }],
  ['linkedin/legacy-pub.html', 'https://www.linkedin.com/pub/krzysztof-marzec/a7/576/b50', {
    name: 'Krzysztof Marzec',
    headline: 'Logistics manager at Baltic Freight',
    title: 'Logistics manager',
    company: 'Baltic Freight',
  }],
  // A <div role="main"> instead of <main>, a French interface, the company in an ARIA label.
  ['linkedin/role-main-fr.html', 'https://fr.linkedin.com/in/elise-garnier/', {
    name: 'Élise Garnier',
    headline: 'Cheffe de projet chez Axiome',
    title: 'Cheffe de projet',
    company: 'Axiome',
    photoUrl: 'https://media.licdn.com/dms/image/elise-garnier.jpg',
  }],
  ['linkedin/role-main-section-h2.html', 'https://www.linkedin.com/in/hugo-petit-3c/', {
    name: 'Hugo Petit',
    headline: 'Data engineer at Brume Analytics',
    title: 'Data engineer',
    company: 'Brume Analytics',
  }],
  ['linkedin/logged-out-2024.html', 'https://fr.linkedin.com/in/paul-girard-9a/', {
    name: 'Paul Girard',
    headline: 'Software engineer',
    title: 'Software engineer',
    company: 'Lumen Robotics',
    location: 'Lyon',
    photoUrl: 'https://media.licdn.com/dms/image/paul-girard.jpg',
  }],
  ['viadeo/gen1-profile.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', {
    name: 'Claire Fontaine',
    headline: 'Responsable partenariats chez Lumen Robotics',
    title: 'Responsable partenariats',
    company: 'Lumen Robotics',
    location: 'Lyon, France',
    photoUrl: 'https://static.viadeo.com/photos/claire.fontaine.jpg',
  }],
  ['viadeo/gen2-p.html', 'https://www.viadeo.com/p/0021xk8mz9q2vbd', {
    name: 'Jean Dupont',
    headline: 'Directeur commercial',
    title: 'Directeur commercial',
    company: 'Transports Girard',
    location: 'Lille',
    photoUrl: 'https://static.viadeo.com/p/0021xk8mz9q2vbd.jpg',
  }],
  ['viadeo/gen3-journaldunet.html', 'https://viadeo.journaldunet.com/p/luc-moreau-1234567', {
    name: 'Luc Moreau',
    headline: 'Consultant SAP - Freelance',
    title: 'Consultant SAP - Freelance',
    location: 'Toulouse',
    photoUrl: 'https://viadeo.journaldunet.com/img/luc-moreau-1234567.jpg',
  }],
  ['viadeo/gen2-microdata.html', 'https://www.viadeo.com/p/0021mlambert', {
    name: 'Marie Lambert',
    headline: "Chargée d'affaires",
    title: "Chargée d'affaires",
    company: 'Banque du Rhône',
    location: 'Lyon',
    photoUrl: 'https://static.viadeo.com/p/0021mlambert.jpg',
  }],
  ['viadeo/gen3-avatar.html', 'https://viadeo.journaldunet.com/p/anne-roussel-7654321', {
    name: 'Anne Roussel',
    headline: 'Directrice financière',
    title: 'Directrice financière',
    company: 'Groupe Vallée',
    location: 'Nantes',
    photoUrl: 'https://viadeo.journaldunet.com/img/anne-roussel-7654321.jpg',
  }],
  ['xing/profile.html', 'https://www.xing.com/profile/Claire_Fontaine/cv', {
    name: 'Claire Fontaine',
    headline: 'Head of Partnerships bei Lumen Robotics',
    title: 'Head of Partnerships',
    company: 'Lumen Robotics',
    location: 'Lyon, Frankreich',
    photoUrl: 'https://profile-images.xing.com/images/claire-fontaine.jpg',
  }],
  ['xing/profile-numbered.html', 'https://www.xing.com/profile/Jonas_Weber2', {
    name: 'Jonas Weber',
    headline: 'Vertriebsleiter bei Nordwind GmbH',
    title: 'Vertriebsleiter',
    company: 'Nordwind GmbH',
    location: 'Hamburg',
    photoUrl: 'https://profile-images.xing.com/images/jonas-weber2.jpg',
  }],
  ['xing/profile-testids.html', 'https://www.xing.com/profile/Lena_Vogel', {
    name: 'Lena Vogel',
    headline: 'Projektleiterin',
    title: 'Projektleiterin',
    company: 'Stadtwerke Kiel',
    location: 'Kiel',
  }],
  ['xing/profile-2019.html', 'https://www.xing.com/profile/Karl_Becker', {
    name: 'Karl Becker',
    headline: 'Einkaufsleiter',
    title: 'Einkaufsleiter',
    company: 'Stahlwerk Nord AG',
    location: 'Bremen',
    photoUrl: 'https://profile-images.xing.com/images/karl-becker.jpg',
  }],
];

/** Titles that carry more than the name: the name is checked against the heading and the URL. */
const TITLE_SHAPES: [string, string, string][] = [
  ['viadeo/title-glued.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', 'Claire Fontaine'],
  ['viadeo/title-comma.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', 'Claire FONTAINE'],
  ['viadeo/title-prefix.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', 'Claire Fontaine'],
  ['viadeo/title-parens.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', 'Claire Marie Fontaine'],
  ['linkedin/title-glued.html', 'https://www.linkedin.com/in/marc-lefebvre/', 'Marc Lefebvre'],
];

describe('a title that carries more than the name', () => {
  it.each(TITLE_SHAPES)('%s at %s reads %s', (file, url, name) => {
    const result = extract(file, url);
    expect(result.status === 'profile' && result.identity.name).toBe(name);
  });
});

describe('extraction from fixture pages', () => {
  it.each(PROFILES)('%s at %s', (file, url, identity) => {
    const result = extract(file, url);
    expect(result.status).toBe('profile');
    if (result.status !== 'profile') return;
    // Absent fields must be absent: compare without undefined values.
    expect(JSON.parse(JSON.stringify(result.identity))).toEqual(identity);
  });
});

describe('the name in a LinkedIn title, whatever the year', () => {
  const titled = (title: string, url: string) => {
    const ref = detectProfile(url)!;
    const doc = new JSDOM(`<!doctype html><title>${title}</title><main><p>Loading…</p></main>`, { url }).window.document;
    const result = SITE_READERS[ref.site](doc, ref);
    return result.status === 'profile' ? result.identity.name : result.status;
  };
  it.each([
    ['(3) Jane Doe | LinkedIn', 'https://www.linkedin.com/in/jd1984/', 'Jane Doe'],
    ['(99+) Jane Doe | LinkedIn', 'https://www.linkedin.com/in/jane-doe-42/', 'Jane Doe'],
    ['(3) Experience | Jane Doe | LinkedIn', 'https://www.linkedin.com/in/jd1984/details/experience/', 'Jane Doe'],
    ['Recommendations | Jane Doe | LinkedIn', 'https://www.linkedin.com/in/ACoAAB2xYz9/details/recommendations/', 'Jane Doe'],
    ['Berufserfahrung | Jürgen Müller | LinkedIn', 'https://de.linkedin.com/in/jm-77/details/experience/', 'Jürgen Müller'],
    ['LinkedIn: Jane Doe', 'https://www.linkedin.com/in/jd1984', 'Jane Doe'],
    ['LinkedIn : Jane Doe', 'https://www.linkedin.com/in/jd1984', 'Jane Doe'],
    ['Jane  Doe  - CTO -  Acme | LinkedIn', 'https://www.linkedin.com/in/jd1984/', 'Jane Doe'],
    ['Jane Doe - R&amp;amp;D | LinkedIn', 'https://www.linkedin.com/in/jd1984/', 'Jane Doe'],
    // A section with no name after it is not a person.
    ['Experience | LinkedIn', 'https://www.linkedin.com/in/jd1984/details/experience/', 'unreadable'],
  ])('%s at %s → %s', (title, url, name) => expect(titled(title, url)).toBe(name));
});

describe('profile URLs whose page shows no person', () => {
  it.each([
    ['linkedin/sign-in-wall.html', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'not-profile'],
    // An opaque slug cannot prove the heading is not a name: the password field does.
    ['linkedin/sign-in-wall-opaque.html', 'https://www.linkedin.com/in/jd1984/', 'not-profile'],
    ['linkedin/private-member.html', 'https://www.linkedin.com/in/ACoAABcdEfGh/', 'not-profile'],
    ['linkedin/unreadable.html', 'https://www.linkedin.com/in/someone-unknown/', 'unreadable'],
    ['linkedin/checkpoint-wall.html', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'not-profile'],
    ['linkedin/authwall-modal.html', 'https://www.linkedin.com/in/marc-lefebvre/', 'not-profile'],
    ['linkedin/authwall-modal.html', 'https://www.linkedin.com/in/jd1984/', 'not-profile'],
    ['viadeo/sign-in-wall.html', 'https://fr.viadeo.com/fr/profile/claire.fontaine', 'not-profile'],
    ['viadeo/member-removed.html', 'https://fr.viadeo.com/fr/profile/paul.martin', 'not-profile'],
    ['xing/not-found.html', 'https://www.xing.com/profile/Max_Muster', 'not-profile'],
    ['xing/sign-in-wall.html', 'https://www.xing.com/profile/Jonas_Weber2', 'not-profile'],
    ['xing/sign-in-wall.html', 'https://www.xing.com/profile/J_D', 'not-profile'],
    // The feed's DOM still on screen right after a pushState to a profile: stale, not the person.
    ['linkedin/feed.html', 'https://www.linkedin.com/in/marc-lefebvre/', 'unreadable'],
    ['linkedin/company.html', 'https://www.linkedin.com/in/claire-fontaine-4a5b6c/', 'unreadable'],
  ])('%s at %s → %s', (file, url, status) => {
    expect(extract(file, url).status).toBe(status);
  });
});

describe('stale text after SPA navigation', () => {
  it('rejects the previous person shown at the next profile URL', () => {
    // Claire's page is still rendered while the URL already says Marc.
    expect(extract('linkedin/signed-in-2024.html', 'https://www.linkedin.com/in/marc-lefebvre/').status).toBe('unreadable');
  });
});
