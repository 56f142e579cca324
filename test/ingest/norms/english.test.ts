// English clause readings: subjects with post-modifiers, adverbials run into their subject, point labels,
// partners before the modal, coordinated predicates, passive powers and by-agents, embedded questions,
// duties owed to bodies named with their attachments or in the points of a dash chapeau, partners that
// are not owed, and objects that are private parties. The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const read = (text: string, jurisdiction = 'eu'): NormFinding[] => readArticle(text, 'en', jurisdiction);

const terms = authorityTerms;

describe('subjects with post-modifiers', () => {
  it('a relative clause with a verb of its own does not hide the subject', () => {
    const [f] = read('The licensing authority which has issued the permit may at any time verify that its conditions are met.');
    expect(f?.bearer?.term).toBe('The licensing authority');
    expect(f?.modality).toBe('POWER');
  });
  it('a preposition before the relative pronoun, and a participle phrase', () => {
    expect(read('The tribunal with which the appeal has been lodged shall inform the appellant.')[0]?.bearer?.term).toBe('The tribunal');
    expect(read('Each agency holding the records shall keep them for five years.')[0]?.bearer?.term).toBe('Each agency');
    expect(read('Any importer involved in the shipment shall keep the invoices.')[0]?.bearer?.term).toBe('Any importer');
  });
  it('an ender right after a determiner modifies the noun, and a head of several words is not cut', () => {
    expect(read('The designated examiners shall keep a register.')[0]?.bearer?.term).toBe('The designated examiners');
    expect(read('The single points of contact shall exchange reports.')[0]?.bearer?.term).toBe('The single points of contact');
  });
  it('the chair of a body is a body', () => {
    expect(read('The Chair of the panel shall convene the meetings.')[0]?.bearer?.kind).toBe('authority');
  });
});

describe('subjects after an adverbial without a comma, labels and partners', () => {
  it('an adverbial run into its subject', () => {
    expect(read('In such cases the operator shall keep a log.')[0]?.bearer?.term).toBe('the operator');
    expect(read('If the reply is late the licensing authority may suspend the permit.')[0]?.bearer?.term).toBe('the licensing authority');
  });
  it('a point label is no part of the subject', () => {
    expect(read('(B) the inspection agency shall submit a report to the Board.')[0]?.bearer?.term).toBe('the inspection agency');
  });
  it('parties named after "in cooperation with" are partners of the subject before them', () => {
    const [f] = read('Within one year, the Chief Inspector, in cooperation with the Director of Ports, the Secretary of Labor, and the Board, shall issue rules.', 'us');
    expect(f?.bearer?.term).toBe('the Chief Inspector');
  });
  it('subjects coordinated across parentheticals', () => {
    const [f] = read('Where needed, the port agency or, where applicable, its regulator, and, where appropriate, the regulators of other States, may inform the public.');
    expect(f?.bearer?.term).toMatch(/^the port agency or/u);
  });
});

describe('coordinated predicates and embedded modals', () => {
  it('"… notify the Board of X and shall notify it of Y" is one duty of the first subject, owed to the Board', () => {
    const found = read('Member States shall, without delay, notify the Board of those rules and shall notify it of any amendment.');
    expect(found).toHaveLength(1);
    expect(found[0]?.bearer?.term).toBe('Member States');
    expect(terms(found[0], 'OWED_TO')).toEqual(['the Board']);
  });
  it('"shall lay down rules on whether fines may be imposed" states one norm', () => {
    expect(read('Each State shall lay down rules on whether and to what extent fines may be imposed on its agencies.')).toHaveLength(1);
  });
  it('a later modal of the same clause leaves the first its predicate', () => {
    const [duty] = read('The inspection agency shall submit to the appropriate congressional committees a report but may attach a classified annex.', 'us');
    expect(duty?.modality).toBe('DUTY');
    expect(terms(duty, 'OWED_TO')).toEqual(['appropriate congressional committees']);
  });
});

describe('passives', () => {
  it('a passive power without an agent is a POWER with an implicit bearer', () => {
    const [f] = read('Penalties may be imposed in addition to other measures.');
    expect(f?.modality).toBe('POWER');
    expect(f?.bearer).toBeUndefined();
    expect(read('The licence may be withdrawn if the conditions are not met.')[0]?.modality).toBe('POWER');
  });
  it('a passive permission that acts on no one stays a permission', () => {
    expect(read('The forms may be filed electronically.')[0]?.modality).toBe('PERMISSION');
  });
  it('the by-agent of a sanction bears it, without its attachments', () => {
    const [f] = read('Such person may be barred by the Commission from participation in other programs.', 'us');
    expect(f?.modality).toBe('POWER');
    expect(f?.bearer?.term).toBe('the Commission');
  });
  it('a dative passive after a parenthetical: the subject receives', () => {
    const [f] = read('The port authorities shall, upon a reasoned request, be granted access to the records.');
    expect(f?.bearer).toBeUndefined();
    expect(terms(f, 'OWED_TO')).toEqual(['The port authorities']);
  });
  it('the pronoun of a passive is the thing acted on', () => {
    const [, f] = read('The report to the regulator is late. Where it is late, it shall be accompanied by reasons.');
    expect(f?.bearer).toBeUndefined();
  });
});

describe('powers and duties acting on others', () => {
  it('verify, take measures against, set deadlines', () => {
    expect(read('The licensing authority may take enforcement measures against the holder.')[0]?.modality).toBe('POWER');
    expect(read('The Commission may set a deadline for the removal.', 'us')[0]?.modality).toBe('POWER');
  });
  it("an authority's duty to enforce or, after an adverb, take action empowers it", () => {
    expect(terms(read('The Commission shall immediately take action to recover the funds.', 'us')[0], 'EMPOWERS')).toEqual(['The Commission']);
    expect(terms(read('The Commission shall enforce this chapter.', 'us')[0], 'EMPOWERS')).toEqual(['The Commission']);
  });
});

describe('duties owed', () => {
  it('bodies named with their attachments, past the attachment between them', () => {
    const [f] = read('The Commission shall submit to the Committee on Roads and Bridges of the House and the Committee on Rail, Air, and Sea of the Senate a report.', 'us');
    expect(terms(f, 'OWED_TO')).toEqual(['Committee on Roads and Bridges', 'Committee on Rail, Air, and Sea']);
  });
  it('the points of a dash chapeau name whom the duty is owed to; points that are acts name no one', () => {
    const owed = read('The Commission shall immediately notify—\n(i) the Committee on Roads of the House; and\n(ii) the Committee on Rail of the Senate.', 'us');
    expect(terms(owed[0], 'OWED_TO')).toEqual(['Committee on Roads', 'Committee on Rail']);
    const acts = read('The States shall ensure that the regulators have the power to subject operators to:\n(a) audits carried out by a competent authority;', 'eu');
    expect(terms(acts[0], 'OWED_TO')).toEqual([]);
  });
  it('a partner named "in coordination with" is not owed', () => {
    const [f] = read('The Attorney General shall, in coordination with the Secretary of Labor, issue guidance.', 'us');
    expect(terms(f, 'OWED_TO')).toEqual([]);
  });
  it('a duty to notify a private party is owed to no authority named earlier', () => {
    const found = read('The operator shall notify the regulator of the incident. Where needed, the operator shall notify, without delay, the recipients of its services of the incident.');
    expect(terms(found[1], 'OWED_TO')).toEqual([]);
  });
});

describe('readings of the second round', () => {
  it('an exception opening the sentence ends before the main clause', () => {
    const [f] = read('Except as provided in subsection (b), the Commission shall approve or deny each application within 90 days.', 'us');
    expect(f?.modality).toBe('DUTY');
    expect(terms(f, 'EMPOWERS')).toEqual(['the Commission']);
    expect(read('Unless otherwise requested by the customer, the notice shall be provided in writing.')[0]?.modality).toBe('DUTY');
  });
  it('a right to be informed is held by its subject, not a passive', () => {
    expect(read('The customer shall have the right to be informed of the safeguards.')[0]?.bearer?.term).toBe('The customer');
  });
  it('the by-agent of any participle, without a second agent', () => {
    expect(read('The fees shall be paid by the audited operator.')[0]?.bearer?.term).toBe('the audited operator');
    expect(read('The application shall be submitted by the importer or by its representative.')[0]?.bearer?.term).toBe('the importer');
  });
  it('a pronoun refers to the first party its opening clause names', () => {
    expect(read('If the holder of the licence stops trading, he shall inform the regulator.')[0]?.bearer?.term).toBe('the holder of the licence');
  });
  it('a short form in brackets after the subject', () => {
    expect(read('Federal agencies and departments (agencies) are directed to take measures.', 'us')[0]?.bearer?.term).toMatch(/^Federal agencies and departments/u);
  });
  it('an English sanction with its own modal is one POWER, and a referral is owed to its recipients', () => {
    const found = read('(B) shall be barred from further participation in the Program;', 'us');
    expect(found.map((f) => f.modality)).toEqual(['POWER']);
    expect(terms(read('(C) shall be referred to all appropriate law enforcement agencies for further action;', 'us')[0], 'OWED_TO')).toEqual(['appropriate law enforcement agencies']);
  });
  it('legal fictions and legal effects state no norm', () => {
    expect(read('A breach of this chapter shall be treated as a breach of the Act.', 'us')).toEqual([]);
    expect(read('The fund shall be separate from any other fund.', 'us')).toEqual([]);
    expect(read('Existing permits shall remain valid until amended.')).toEqual([]);
  });
});

describe('points and bodies of the third round', () => {
  it('the points of a "shall—" chapeau are its predicates, each owed where it is directed', () => {
    const [f] = read('In running the program, the Assistant Secretary shall—\n(A) submit to the Committee on Roads of the House a plan; and\n(B) publish the plan.', 'us');
    expect(terms(f, 'OWED_TO')).toEqual(['Committee on Roads']);
  });
  it('a body with a capitalised modifier joins a list ("or its Technical Service")', () => {
    const [f] = read('The manufacturer shall inform the Approval Authority or its Technical Service of any change.', 'intl');
    expect(terms(f, 'OWED_TO')).toHaveLength(2);
  });
  it('"existing authority" and "legal authorities" are powers, not bodies; concurrence names no recipient', () => {
    expect(terms(read('The Council shall, to the extent consistent with its existing authority, review the licences.', 'us')[0], 'OWED_TO')).toEqual([]);
    expect(terms(read('The Council shall establish a process, in concurrence with the Secretary of Labor, to issue licences.', 'us')[0], 'OWED_TO')).toEqual([]);
  });
});

describe('predicates and subjects of the fourth round', () => {
  it('a power coordinated later in the predicate makes the permission a POWER', () => {
    const [f] = read('The port authority may, after hearing the operator, inform the public or require the operator to do so.');
    expect(f?.modality).toBe('POWER');
  });
  it('a duty to issue rules that prohibit empowers, past a parenthetical', () => {
    const [f] = read('The Attorney General shall issue, subject to notice and comment, regulations that prohibit such transfers.', 'us');
    expect(terms(f, 'EMPOWERS')).toEqual(['The Attorney General']);
  });
  it('a purpose clause before the subject is no part of it, nor a lone coordinator a party', () => {
    const [f] = read('To assist in the review, the Attorney General, in coordination with the Secretary of Labor, shall issue guidance.', 'us');
    expect(f?.bearer?.term).toBe('the Attorney General');
    const [g] = read('Where needed, the regulator or, where applicable, its inspector, and, where appropriate, the port authorities, shall inform the public.');
    expect(g?.bearer?.refs.map((r) => r.term)).not.toContain('and');
  });
});

describe('owed and attached, fifth round', () => {
  it('a participle after an attachment is part of it ("provider of advanced services")', () => {
    expect(read('Each provider of advanced services shall submit a report to the Board.')[0]?.bearer?.term).toBe('Each provider of advanced services');
  });
  it('content of a report goes where the report went', () => {
    const found = read('Each provider shall submit an annual report to the Board. If the provider buys such equipment, the provider shall include in such report a justification.');
    expect(terms(found[1], 'OWED_TO')).toEqual(['the Board']);
  });
  it("what an authority requires others to submit to it is not owed by the authority; a duty toward its peers is", () => {
    expect(terms(read('The Commission shall require recipients to submit to the Commission reports.', 'us')[0], 'OWED_TO')).toEqual([]);
    expect(terms(read('Market surveillance authorities shall communicate the fine to the market surveillance authorities of other Member States.')[0], 'OWED_TO')).toHaveLength(1);
  });
});
