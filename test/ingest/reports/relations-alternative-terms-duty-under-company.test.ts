// Two forms a comment letter and a security advisory use that the reader missed on first sight (helper-400, issue 15;
// dev117's '(“NPRM” or “Proposed Rule”)' and dev116's "Under the Regulations on ..., Sunvolt was also required to
// report ..."): quoted names offered as alternatives in one parenthesis are each a name of what the first names
// (definitions.ts ALTERNATIVES), and a duty an opening "Under <instrument>," lays on a company named right after it
// regulates the company (relation-rules.yaml duty-under-company). Own sentences, each with guards that state nothing.
import { describe, expect, it } from 'vitest';
import { findDefinitions, type Named } from '../../../ingest/recognize/definitions.ts';
import { relations } from './helpers.ts';

const at = (text: string, surface: string, id: string, label = 'Law'): Named => {
  const start = text.indexOf(surface);
  return { id, label, start, end: start + surface.length, surface };
};
const terms = (text: string, named: Named[]): string[] => findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`);
const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe('quoted names offered as alternatives in one parenthesis', () => {
  it('binds every capitalised name parted by "or" or commas to what the first names', () => {
    const text = 'We comment on the notice of proposed rulemaking (“NPRM” or “Proposed Rule”) that the agency issued.';
    expect(terms(text, [at(text, 'notice of proposed rulemaking', 'l:1')])).toEqual(['NPRM=l:1', 'Proposed Rule=l:1']);
    const commas = 'The Harbour Cranes Security Act ("HCSA", "Crane Act") took effect.';
    expect(terms(commas, [at(commas, 'Harbour Cranes Security Act', 'l:2')])).toEqual(['HCSA=l:2', 'Crane Act=l:2']);
  });
  it('binds only the first where "and" or a lead of whom the later name takes in joins them, and no pronoun', () => {
    const text = 'Ostrava Lifts Ltd. ("Ostrava" and "Kestrel") and Lindqvist Hoists AB ("Lindqvist", "we" or "us") met.';
    const named = [at(text, 'Ostrava Lifts Ltd.', 'c:1', 'Company'), at(text, 'Lindqvist Hoists AB', 'c:2', 'Company')];
    expect(terms(text, named)).toEqual(['Ostrava=c:1', 'Lindqvist=c:2']);
  });
  it('lets the later name act as the instrument ("The Proposed Rule would prohibit ...")', () => {
    const got = relations(
      'The association responds to the notice of proposed rulemaking (“NPRM” or “Proposed Rule”) on harbour cranes. The Proposed Rule would prohibit the import of ship-to-shore cranes.',
    );
    expect(of(got, 'RESTRICTS').some((r) => /^law:.*RESTRICTS product:.*crane/.test(r))).toBe(true);
  });
});

describe('a duty laid on a named company under an opening "Under <instrument>,"', () => {
  it('regulates the company ("Under the Act, X Co., Ltd. was also required to report", "must notify")', () => {
    expect(of(relations('Under the Harbour Cranes Security Act, Qiantang Liftworks Co., Ltd. was also required to report the defects within two days.'), 'REGULATES')).toEqual([
      'law:~harbour-cranes-security-act REGULATES company:~qiantang-liftworks-co-ltd',
    ]);
    expect(of(relations('Under the Cyber Resilience Act, Lindqvist Hoists AB must notify ENISA of actively exploited vulnerabilities.'), 'REGULATES')).toEqual([
      'law:eu:cyber-resilience-act REGULATES company:~lindqvist-hoists-ab',
    ]);
  });
  it('states nothing for a negated duty, a report of the company, or an "under" that is no instrument\'s', () => {
    for (const text of [
      'Under the Cyber Resilience Act, Lindqvist Hoists AB is not required to notify ENISA of the flaw.',
      'Under the Cyber Resilience Act, Lindqvist Hoists AB said it would notify ENISA of the flaw.',
      'Under pressure from the Cyber Resilience Act, Lindqvist Hoists AB must notify ENISA of the flaw.',
      'Under the Cyber Resilience Act, Lindqvist Hoists AB must not sell the hoists without a CE marking.',
    ]) {
      expect(of(relations(text), 'REGULATES'), text).toEqual([]);
    }
  });
});
