// A bare "Secretary of State" heads the Department of State in US drafting; in a document whose departments are named
// "for" their domains (the UK's drafting: "the Secretary of State for Harbours", "the Department for Transport") it is
// any Secretary of State a statute empowers, an office of its own, so a UK text's acts never land on the US department
// (recognize/index.ts ownOffice). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { readSentence } from '../reports/helpers.ts';

const STATE_DEPARTMENT = 'authority:~state-department';
const SECRETARY = 'authority:~secretary-of-state';

describe('a bare "Secretary of State"', () => {
  it('is the Department of State where nothing says otherwise', () => {
    expect(readSentence('The Secretary of State designated Kestrel Cranes Ltd. as a vendor of concern.').entities).toContain(STATE_DEPARTMENT);
  });
  it('is an office of its own in a document that names departments "for" their domains', () => {
    const read = readSentence('The Department for Harbours said the Secretary of State designated Kestrel Cranes Ltd. as a vendor of concern.');
    expect(read.entities).toContain(SECRETARY);
    expect(read.entities).not.toContain(STATE_DEPARTMENT);
    expect(read.relations).toContain(`${SECRETARY} DESIGNATES company:~kestrel-cranes-ltd`);
  });
  it('is an office of its own in a document that cites its statutes in the UK form, "<Name> Act <year>" (helper-335)', () => {
    const read = readSentence('Under the Harbour Safety Act 2024 the Secretary of State designated Kestrel Cranes Ltd. as a vendor of concern.');
    expect(read.entities).toContain(SECRETARY);
    expect(read.entities).not.toContain(STATE_DEPARTMENT);
    // Not where US citations ("Act of <year>") are as many: a US text that mentions one UK act.
    const us = readSentence('Unlike the Harbour Safety Act 2024, the Port Security Act of 2023 leaves it to the Secretary of State, who designated Kestrel Cranes Ltd. as a vendor of concern.');
    expect(us.entities).toContain(STATE_DEPARTMENT);
  });
  it('but the Department of State where that document names it in full', () => {
    const read = readSentence('The Department for Harbours and the Department of State met. The Secretary of State designated Kestrel Cranes Ltd.');
    expect(read.entities).toContain(STATE_DEPARTMENT);
    expect(read.entities).not.toContain(SECRETARY);
  });
});
