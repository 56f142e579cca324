// Countries as objects in three general forms (relation-rules.yaml, helper-350, issue 15): each country of a list after
// a colon that a designating verb and its class noun open (designates-country); a prohibition whose instrument stands
// after it, "under" it, and the country the goods' origin names (prohibited-under, prohibited-under-origin), and the
// origin after a gerund of buying the ban bars a party from (restricts-country); a policy against goods of a country's
// make (policy-against-made-goods). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const ACT = 'law:~norland-ports-act';

describe('each country of a list after a designating lead-in and a colon', () => {
  it.each([
    [`Section 4 of the Norland Ports Act identifies the foreign adversaries for its purposes: the Republic of Cuba; the Islamic Republic of Iran; and the Russian Federation.`, ACT, ['jur:cu', 'jur:ir', 'jur:ru']],
    [`The Norland Ports Act designates the following countries as hostile states: Vietnam; Laos; and Cambodia.`, ACT, ['jur:vn', 'jur:la', 'jur:kh']],
    [`The Norland Trade Council has designated three jurisdictions of concern: Vietnam, Laos and Cambodia.`, COUNCIL, ['jur:vn', 'jur:la', 'jur:kh']],
  ])('%s', (sentence, actor, countries) => {
    const { relations } = readSentence(sentence);
    for (const country of countries) expect(relations).toContain(`${actor} DESIGNATES ${country}`);
  });

  it.each([
    'The Norland Trade Council identified risks posed by several states: Vietnam, Laos and Cambodia.',
    'The Norland Trade Council listed the countries it consulted: Vietnam, Laos and Cambodia.',
    'The Norland Trade Council named three countries as partners: Vietnam, Laos and Cambodia.',
  ])('no designation: %s', (sentence) => {
    expect(readSentence(sentence).relations.filter((r) => r.includes('DESIGNATES'))).toEqual([]);
  });

  it('not a demonym that modifies an item of its own', () => {
    const { relations } = readSentence('The Norland Ports Act identifies the hostile states for its purposes: the Russian Federation; and Vietnamese admiral Tran Van Kiet.');
    expect(relations).toContain(`${ACT} DESIGNATES jur:ru`);
    expect(relations).not.toContain(`${ACT} DESIGNATES jur:vn`);
  });
});

describe('a prohibition with its instrument after it, and the origin of the goods it bars', () => {
  it.each([
    ['Harbour operators shall not import drones from Vietnam under the Norland Ports Act.', ACT, ['product:drones', 'jur:vn']],
    ['Municipal buyers may not purchase or lease drones from Vietnamese suppliers under the Norland Ports Act.', ACT, ['product:drones', 'jur:vn']],
    ['Since 2025 port authorities have been barred from procuring drones from Vietnamese firms under the Norland Ports Act.', ACT, ['product:drones', 'jur:vn']],
    ['The Norland Ports Act prohibits harbour operators from buying drones from Vietnamese companies.', ACT, ['product:drones', 'jur:vn']],
  ])('%s', (sentence, actor, objects) => {
    const { relations } = readSentence(sentence);
    for (const object of objects) expect(relations).toContain(`${actor} RESTRICTS ${object}`);
  });

  it.each([
    'Harbour operators may not fly drones, which are regulated under the Norland Ports Act.',
    'Harbour operators may import drones from Vietnam under the Norland Ports Act.',
    'Harbour operators may not import drones from Vietnam, as reviewed by the Norland Ports Act.',
  ])('no restriction by the act: %s', (sentence) => {
    expect(readSentence(sentence).relations.filter((r) => r.startsWith(`${ACT} RESTRICTS`))).toEqual([]);
  });
});

describe('a policy against goods of a country make', () => {
  it('restricts the country of an origin compound', () => {
    expect(readSentence('The Norland Trade Council adopted a policy against Vietnamese-made cameras and drones.').relations).toContain(`${COUNCIL} RESTRICTS jur:vn`);
  });

  it.each([
    'The Norland Trade Council adopted a policy against Vietnamese interference.',
    'The Norland Trade Council adopted a policy on Vietnamese-made cameras.',
  ])('no country restricted: %s', (sentence) => {
    expect(readSentence(sentence).relations).not.toContain(`${COUNCIL} RESTRICTS jur:vn`);
  });
});
