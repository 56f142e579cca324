// Products named by their proper names as members of a class of things (members.ts findNamedMembers; things.yaml
// brand-classes): "34 apps, including ZapChat, ...", "brands such as Orvex and Talma cameras". Own sentences, invented
// names (helper-364).
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const read = (text: string): { entities: string[]; relations: string[] } => {
  const r = analyseText(text);
  return { entities: r.rec.entities.map((e) => `${e.label} ${e.name}`), relations: r.relations.map((x) => `${x.start} ${x.type} ${x.end}`) };
};

describe('proper names after a member link', () => {
  it('are things of a plural class of things, which the measure on the class reaches', () => {
    const r = read('The Government of India blocked 34 apps, including ZapChat, Kestrel Browser and Flintmail, in May 2021.');
    expect(r.entities).toEqual(expect.arrayContaining(['Technology ZapChat', 'Technology Kestrel Browser', 'Technology Flintmail']));
    expect(r.relations).toEqual(expect.arrayContaining(['authority:~government-of-india RESTRICTS technology:~zapchat', 'authority:~government-of-india RESTRICTS technology:~flintmail']));
  });
  it('are goods of the head one of them carries after brands', () => {
    expect(read('The order also covers goods sold under other brand names, such as Orvex and Talma cameras.').entities).toEqual(expect.arrayContaining(['Product Orvex', 'Product Talma cameras']));
  });
  it('name nothing after brands when no member carries a head of things', () => {
    expect(read('The order also covers goods sold under other brand names, such as Orvex and Talma.').entities.filter((e) => /Orvex|Talma/.test(e))).toEqual([]);
  });
  it('name nothing after a class of actors or before a possessive', () => {
    expect(read('The Department of Commerce listed 12 companies, including Norvex Ltd and Talma Group.').entities.filter((e) => /^(?:Product|Technology)/.test(e))).toEqual([]);
    expect(read("The rule covers chips, including Norvex's Q7 and Talma's R2.").entities.filter((e) => /^(?:Product|Technology) (?:Norvex|Talma)/.test(e))).toEqual([]);
  });
  it('leave a name another reading takes to that reading', () => {
    expect(read('The ministry banned cameras, including Hikvision and Dahua models.').entities.filter((e) => /^(?:Product|Technology) (?:Hikvision|Dahua)$/.test(e))).toEqual([]);
  });
});

// "like" as a link naming proper names, and an inverted copula after a plural class of things (helper-367). Own sentences,
// invented names.
describe('proper names after "like" or in an inverted copula over a class', () => {
  it('are things of a plural class before "like"', () => {
    const r = read('The agency restricted smartphones like Voltra and Quenix in its offices.');
    expect(r.entities).toEqual(expect.arrayContaining(['Product Voltra', 'Product Quenix']));
  });
  it('name nothing after a verb form before "like"', () => {
    expect(read('The new filter works like Magic Sorter and Quill for most users.').entities.filter((e) => /^(?:Product|Technology) (?:Magic|Quill)/.test(e))).toEqual([]);
    expect(read('The new firmware renders text and displays like Helm Pro and Tiller do.').entities.filter((e) => /^(?:Product|Technology) (?:Helm|Tiller)/.test(e))).toEqual([]);
  });
  it('are members of the class an inverted copula with "among" names', () => {
    const r = read('The ministry blocked 40 mobile apps last week. Among the blocked apps are Dhanvik Loans and QuickPaisa, run by offshore firms.');
    expect(r.entities).toEqual(expect.arrayContaining(['Technology Dhanvik Loans', 'Technology QuickPaisa']));
  });
  it('name nothing in an inverted copula over a class of actors', () => {
    expect(read('Among the listed companies are Norvex and Talma, both based abroad.').entities.filter((e) => /^(?:Product|Technology)/.test(e))).toEqual([]);
  });
});
