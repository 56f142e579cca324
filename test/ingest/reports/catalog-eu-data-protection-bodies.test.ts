// The EU's data protection bodies named in the project catalog (ingest/catalog/authorities.yaml): the European Data
// Protection Board and the European Data Protection Supervisor, by name and acronym. Own sentences.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

describe('the EU data protection bodies of the catalog', () => {
  it('reads the Supervisor by its name and its acronym, apart from the Board', () => {
    const { entities } = readSentence('The European Data Protection Supervisor sits on the European Data Protection Board. The EDPS also advises the Commission.');
    expect(entities).toEqual(expect.arrayContaining(['authority:edps', 'authority:edpb']));
    expect(readSentence('The EDPS published an opinion on the draft.').entities).toContain('authority:edps');
  });
});
