// An issued rule named by its issuer's possessive, its type and its subject ("BIS's final rule on connected vehicles"):
// the rule, as "BIS issued a final rule on connected vehicles" introduces one (instruments.ts possessedRules; dev69's
// convention: the surface "final rule on connected vehicles"). An act stated with "the rule" after it is the rule's.
// Own sentences; real bodies by their public names, fictional companies.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { readSentence, statedRelations } from '../reports/helpers.ts';

const laws = (t: string): string[] => findInstruments(t).filter((f) => f.rule === 'instrument:possessed-rule').map((f) => `${f.surface} = ${f.name}`);

describe("a rule after its issuer's possessive", () => {
  it('is named from its type to the last head of things of its subject', () => {
    expect(laws("BIS's final rule on connected vehicles takes effect in 2027.")).toEqual(['final rule on connected vehicles = connected vehicles rule']);
    expect(laws("The Commission's interim final rule for harbour cranes bars imports of forklift trucks.")).toEqual(['interim final rule for harbour cranes = harbour cranes rule']);
  });
  it('is not read without a subject of things, nor without a possessive', () => {
    expect(laws("BIS's final rule of January 2025 bars imports of vehicles.")).toEqual([]);
    expect(laws("BIS's final rule on transactions takes effect in 2027.")).toEqual([]);
    expect(laws('The final rule on connected vehicles takes effect in 2027.')).toEqual([]);
  });
  it('is the rule the text names by its subject, one entity', () => {
    const ids = readSentence("BIS's final rule on harbour cranes takes effect in 2027. The harbour cranes rule is long.").entities.filter((id) => id.startsWith('law:'));
    expect(ids).toEqual(['law:~harbour-cranes-rule']);
  });
  it('acts where the sentence or the next takes it up', () => {
    const RULE = 'law:~harbour-cranes-rule';
    expect(statedRelations("BIS's final rule on harbour cranes takes effect in 2027. The rule bars imports of cranes made by Kestrel Cranes Ltd.")).toContain(`${RULE} RESTRICTS company:~kestrel-cranes-ltd`);
    expect(statedRelations("BIS's final rule on harbour cranes bars imports of forklift trucks.")).toEqual([`${RULE} RESTRICTS product:~forklift-truck`]);
  });
});
