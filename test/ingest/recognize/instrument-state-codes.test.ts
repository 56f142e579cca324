// A section of a US state's code, as the states cite them (grammar/instruments.yaml state-code, state-code-chapter,
// state-code-after): one instrument each, typed a code, named with its section, procedural; two citations of one section
// are one instrument. And a heading's letter before title-case words is no initial of a name (names.ts headingLine).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { recognised } from '../one-sentence.ts';

const codes = (text: string): string[] =>
  findInstruments(text)
    .filter((f) => f.rule.startsWith('instrument:state-code'))
    .map((f) => `${f.surface} => ${f.name} [${f.kind}${f.procedural ? ', procedural' : ''}]`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);

describe('state code citations', () => {
  it('reads a state, its code\'s words and head, then the section', () => {
    expect(codes('Under Wash. Rev. Code § 39.26.010 and Colo. Rev. Stat. § 24-37.5-105, agencies buy through the state.')).toEqual([
      'Wash. Rev. Code § 39.26.010 => Wash. Rev. Code § 39.26.010 [code, procedural]',
      'Colo. Rev. Stat. § 24-37.5-105 => Colo. Rev. Stat. § 24-37.5-105 [code, procedural]',
    ]);
    expect(codes('Cal. Pub. Cont. Code Ann. § 2204 and N.J. Stat. Ann. § 52:32-58 were cited; so was Ark. Code Ann. § 25-1-503.')).toEqual([
      'Cal. Pub. Cont. Code Ann. § 2204 => Cal. Pub. Cont. Code § 2204 [code, procedural]',
      'N.J. Stat. Ann. § 52:32-58 => N.J. Stat. § 52:32-58 [code, procedural]',
      'Ark. Code Ann. § 25-1-503 => Ark. Code § 25-1-503 [code, procedural]',
    ]);
    expect(codes('Oklahoma Statutes section 74-85.5 and N.Y. State Fin. Law § 139-l apply.')).toEqual([
      'Oklahoma Statutes section 74-85.5 => Oklahoma Statutes § 74-85.5 [code, procedural]',
      'N.Y. State Fin. Law § 139-l => N.Y. State Fin. Law § 139-l [code, procedural]',
    ]);
  });
  it('reads a code its initials name, and a chapter', () => {
    expect(codes('See ORS 279A.020, A.R.S. § 41-2501 and Tex. Bus. & Com. Code Ann. ch. 113.')).toEqual([
      'ORS 279A.020 => ORS § 279A.020 [code, procedural]',
      'A.R.S. § 41-2501 => A.R.S. § 41-2501 [code, procedural]',
      'Tex. Bus. & Com. Code Ann. ch. 113 => Tex. Bus. & Com. Code ch. 113 [code, procedural]',
    ]);
  });
  it('reads the section before its code, and one section cited twice as one name', () => {
    expect(codes('Section 112.3144(2), F.S., and s. 112.3144, F.S., require it, as does section 8.250, RSMo.')).toEqual([
      'Section 112.3144(2), F.S. => s. 112.3144, F.S. [code, procedural]',
      's. 112.3144, F.S. => s. 112.3144, F.S. [code, procedural]',
      'section 8.250, RSMo => s. 8.250, RSMo [code, procedural]',
    ]);
  });
  it('reads no bare number, year or name without a code\'s head', () => {
    expect(codes('Texas Law 2023 was passed. Ohio 125 is a route. The Virginia Code Commission met in 2024. RCW 2023 is no section.')).toEqual([]);
  });
  it('makes the two citations of one section one entity of the document', () => {
    const rec = recognised('# Note\n\nSection 112.3144, F.S., defines a term. The Senate amended s. 112.3144, F.S., in 2024.', { matcher: bare });
    const ids = rec.sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Law').map((m) => `${m.surface}=${m.id}`);
    expect(ids).toEqual(['Section 112.3144, F.S.=law:~s-112-3144-fs', 's. 112.3144, F.S.=law:~s-112-3144-fs']);
  });
});

describe('a heading\'s letter', () => {
  const runs = (text: string): string[] => nameRuns(text).map((r) => r.map((t) => t.t).join(' '));
  it('is no initial before a heading\'s words in title case, to its colon', () => {
    expect(runs('B. Statutory Authority:')).toEqual(['Statutory Authority']);
    expect(runs('C. Conference Report - Summary of Changes: (see the note below)')).toEqual(['Conference Report', 'Summary of Changes']);
    expect(runs('V. Fiscal Impact Statement')).toEqual(['Fiscal Impact Statement']);
  });
  it('stays an initial of a person\'s name and in a sentence', () => {
    expect(runs('J. Okonkwo:')).toEqual(['J. Okonkwo']);
    expect(runs('A. Legal Authority said that the rules apply.')).toEqual(['A. Legal Authority']);
  });
  it('keeps no body a plain text\'s lettered heading line reads by its head word, unless another sentence writes its name', () => {
    const text = 'THE HARBOUR NOTE\n\nA. Legal Authority:\n\nThe port board may adopt rules.\n\nB. Statutory Authority: (on the Harbour Board)\n\nThe Harbour Board acts.\n\nC. Harbour Safety Authority:\n\nThe Harbour Safety Authority met.\n';
    const rec = recognised(text, { matcher: bare, format: 'text' });
    expect(rec.sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Authority').map((m) => m.surface)).toEqual(['Harbour Board', 'Harbour Safety Authority', 'Harbour Safety Authority', 'Harbour Board']);
  });
  it('names no authority by the heading with its letter', () => {
    const rec = recognised('# Note\n\nB. Conference Committee - Report of Changes:\n\nThe committee met.', { matcher: bare });
    expect(rec.sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Authority').map((m) => m.surface)).not.toContain('B. Conference Committee');
  });
});
