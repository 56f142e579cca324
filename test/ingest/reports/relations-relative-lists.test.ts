// A relative clause whose own subject acts on the names before it (ingest/reports/clauses.ts, relations.ts): a pronoun
// subject's verb ("which it placed on the list"), a quantified relative that takes up a whole list ("all of which", "both of
// which"), a refusal or negation of the clause it hangs on that does not reach it, and an opening "Since" before a date
// that is a preposition, no adverbial clause. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../ingest/reports/clauses.ts';
import { clauseGrammar, loadRules } from '../../../ingest/reports/relations.ts';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const listed = (company: string): string => `${COUNCIL} ADDS_TO_LIST company:~${company}`;

describe('a relative clause with a pronoun subject', () => {
  it("reads the pronoun's past tense as the relative clause's verb, whatever preposition follows it", () => {
    expect(relations('In 2024 the Norland Trade Council fined Kestrel Cranes Ltd., which it placed on the Entity List in March 2021.')).toContain(listed('kestrel-cranes-ltd'));
  });
  it('takes up every name of the list a quantified relative follows', () => {
    const made = relations('In 2024 the Norland Trade Council fined Kestrel Cranes Ltd., Ostrava Lifts Ltd. and Tarnbridge Hoists Ltd., all of which it placed on the Entity List in March 2021.');
    expect(made).toEqual(expect.arrayContaining([listed('kestrel-cranes-ltd'), listed('ostrava-lifts-ltd'), listed('tarnbridge-hoists-ltd')]));
  });
  it('takes up no name before the list the relative follows', () => {
    const made = relations('The Norland Trade Council fined Kestrel Cranes Ltd., and Ostrava Lifts Ltd. and Tarnbridge Hoists Ltd., both of which it placed on the Entity List, appealed.');
    expect(made).toEqual(expect.arrayContaining([listed('ostrava-lifts-ltd'), listed('tarnbridge-hoists-ltd')]));
    expect(made).not.toContain(listed('kestrel-cranes-ltd'));
  });
  it('states its act whatever the clause it hangs on refuses or denies', () => {
    expect(relations('Since November 2022 the Norland Trade Council has refused to license harbour cranes of Kestrel Cranes Ltd., which it placed on the Entity List in March 2021.')).toContain(listed('kestrel-cranes-ltd'));
    expect(relations('The Norland Trade Council has not fined Kestrel Cranes Ltd., which it placed on the Entity List in March 2021.')).toContain(listed('kestrel-cranes-ltd'));
  });
  it('a refusal in the clause itself still stops the act', () => {
    expect(relations('The Norland Trade Council refused to place Kestrel Cranes Ltd. on the Entity List.')).not.toContain(listed('kestrel-cranes-ltd'));
  });
});

describe('an opening "Since" or "After"', () => {
  const g = clauseGrammar(loadRules())!;
  const kinds = (text: string, names: string[]) =>
    readClauses(
      text,
      names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })),
      g,
    ).map((c) => `${c.kind}: ${text.slice(c.start, c.end)}`);
  it('before a date is a preposition: the sentence is one clause up to its relative clause', () => {
    const text = 'Since November 2022 the Norland Trade Council has fined Kestrel Cranes Ltd., which it placed on the Entity List.';
    expect(kinds(text, ['Norland Trade Council', 'Kestrel Cranes Ltd.', 'Entity List'])).toEqual([`main: ${text}`, 'relative: which it placed on the Entity List.']);
  });
  it('before a clause opens an adverbial clause up to its comma', () => {
    const text = 'Since the Norland Trade Council fined Kestrel Cranes Ltd., the company has appealed.';
    expect(kinds(text, ['Norland Trade Council', 'Kestrel Cranes Ltd.'])[1]).toBe('subordinate: Since the Norland Trade Council fined Kestrel Cranes Ltd.,');
  });
});
