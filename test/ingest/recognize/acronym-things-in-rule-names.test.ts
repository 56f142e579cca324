// A lower-case phrase defined by a bracketed acronym right before a rule's head ("the foreign direct product (FDP) rule")
// is a term inside the rule's name, no thing of its own; before a thing's head or alone it stays one. Own sentences.
import { describe, expect, it } from 'vitest';
import { acronymDefinedThings } from '../../../ingest/recognize/described-acronyms.ts';

const things = (text: string): string[] => acronymDefinedThings(text).map((f) => `${f.surface} [${f.label}]`);

describe('a phrase defined by an acronym inside a rule name', () => {
  it('names no thing before "rule" or "regulation"', () => {
    expect(things('The entries are subject to the advanced computing foreign direct product (FDP) rule.')).toEqual([]);
    expect(things('Buyers of high-bandwidth memory (HBM) regulation compliance services ...')).toEqual([]);
  });
  it('still names a thing elsewhere', () => {
    expect(things('The firm supplies high-bandwidth memory (HBM) to server makers.')).toEqual(['high-bandwidth memory [Product]']);
  });
});
