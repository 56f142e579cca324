// Relation forms of government writing whose cue stands after the object or around it (helper-407, issue 15; dev113's
// written answer, dev118's sanctions notice): a restriction of trade to a country named as a noun with its agent after a
// verb of carrying it out (relation-rules.yaml restriction-noun-by-country), a judgement that companies pose a high risk
// in the verb's object and infinitive (judges-risk), and a decision or agreement whose that-clause or "under which" clause
// says goods or a company's goods are to be taken out (decides-removal), and a prohibition dated from an instrument's
// entry into force, the instrument after "since" (prohibited-since). Own sentences, each with guards that state nothing.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe('a restriction of trade to a country carried out by an agent after it', () => {
  it('restricts the country for the agent, and for the unit it acts through', () => {
    expect(
      of(
        relations('Prohibitions on the export, supply and delivery of machine tools to Belarus are administered by the Department for Business and Trade through the Export Control Joint Unit.'),
        'RESTRICTS',
      ).filter((r) => r.endsWith('jur:by')),
    ).toEqual(['authority:~department-for-business-and-trade RESTRICTS jur:by', 'authority:~export-control-joint-unit RESTRICTS jur:by']);
    expect(of(relations('Sanctions against Iran are enforced by the Department for Business and Trade.'), 'RESTRICTS')).toEqual([
      'authority:~department-for-business-and-trade RESTRICTS jur:ir',
    ]);
  });
  it('states nothing for a country the goods come from, another act than carrying it out, or a country in another phrase', () => {
    for (const text of [
      'The ban on imports of drones made in Iran is enforced by the Department for Business and Trade.',
      'Sanctions against Iran were discussed by the Department for Business and Trade.',
      "Sanctions on Iran's neighbours are enforced by the Department for Business and Trade.",
    ]) {
      expect(of(relations(text), 'RESTRICTS').filter((r) => r.endsWith('jur:ir')), text).toEqual([]);
    }
  });
});

describe('a judgement that companies pose a high risk', () => {
  it('designates each company the verb takes before its infinitive', () => {
    expect(of(relations('The Federal Communications Commission considered Hikvision and Dahua to pose an unacceptable risk to national security.'), 'DESIGNATES')).toEqual([
      'authority:fcc DESIGNATES company:dahua',
      'authority:fcc DESIGNATES company:hikvision',
    ]);
    expect(of(relations('The European Commission recalls that it considered Huawei and ZTE to represent materially higher risks than other suppliers.'), 'DESIGNATES')).toEqual([
      'authority:european-commission DESIGNATES company:huawei',
      'authority:european-commission DESIGNATES company:zte',
    ]);
    expect(of(relations('The Federal Communications Commission found Hikvision to be a high-risk vendor.'), 'DESIGNATES')).toEqual(['authority:fcc DESIGNATES company:hikvision']);
  });
  it('states nothing for a risk of no degree, a risk the company runs, or no infinitive', () => {
    for (const text of [
      'The Federal Communications Commission considered Hikvision to pose some risk.',
      'The Federal Communications Commission considered Hikvision to be at high risk of insolvency.',
      'The Federal Communications Commission considered Hikvision in its review of high risks.',
    ]) {
      expect(of(relations(text), 'DESIGNATES'), text).toEqual([]);
    }
  });
});

describe('a decision or agreement that goods are to be taken out', () => {
  it('restricts the goods and the company whose goods they are', () => {
    expect(
      of(relations('In May the Federal Ministry of the Interior agreed with the network operators that core components from Huawei and ZTE will be removed from their networks.'), 'RESTRICTS'),
    ).toEqual(['authority:~federal-interior-ministry RESTRICTS company:huawei', 'authority:~federal-interior-ministry RESTRICTS company:zte']);
    expect(of(relations('The Federal Communications Commission ordered that all drones be replaced.'), 'RESTRICTS')).toEqual(['authority:fcc RESTRICTS product:drones']);
    expect(of(relations('The Federal Communications Commission issued an order under which drones made by DJI would be replaced.'), 'RESTRICTS')).toEqual([
      'authority:fcc RESTRICTS company:dji',
      'authority:fcc RESTRICTS product:drones',
    ]);
  });
  it('states nothing for a report, a negated removal, or a removal of something else', () => {
    for (const text of [
      'The Federal Communications Commission said that components from Huawei will be removed.',
      'The Federal Communications Commission agreed that components from Huawei will not be removed.',
      'The Federal Communications Commission agreed that drones are useful and will be replaced.',
    ]) {
      expect(of(relations(text), 'RESTRICTS'), text).toEqual([]);
    }
  });
});

describe('a prohibition dated from the entry into force of the instrument after it', () => {
  it('restricts the goods and their maker for the instrument', () => {
    expect(of(relations('State agencies have been barred from buying or flying drones from DJI since the American Security Drone Act of 2023 took effect.'), 'RESTRICTS')).toEqual([
      'law:us:american-security-drone-act RESTRICTS company:dji',
      'law:us:american-security-drone-act RESTRICTS product:drones',
    ]);
  });
  it('states nothing for an instrument that did not take effect there, or no prohibition', () => {
    for (const text of [
      'State agencies have been barred from buying drones from DJI since the American Security Drone Act of 2023 was debated.',
      'State agencies have been buying drones from DJI since the American Security Drone Act of 2023 took effect.',
    ]) {
      expect(of(relations(text), 'RESTRICTS'), text).toEqual([]);
    }
  });
});
