// The grammar of EU citations in the Official Journal's forms: acts numbered before 1999 with a two-digit year, Framework
// Decisions of justice and home affairs, the adopting institution before an old-style number, and no name cut from the
// capitalised words before a citation's type word (grammar/instruments.yaml eu-act-numbered, eu-act-old; instruments.ts
// beforeCitation); acts cited in a list after one plural type word (instruments.ts euActLists).
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const names = (text: string): string[] => findInstruments(text).filter((f) => !f.pending).map((f) => `${f.surface} => ${f.name} [${f.rule}]`);

describe('EU acts in the Official Journal\'s older forms', () => {
  it('reads a regulation numbered with a two-digit year', () => {
    expect(names('Council Regulation (EEC) No 1234/88 on harbour dues is repealed.')).toEqual(['Council Regulation (EEC) No 1234/88 => Regulation (EEC) No 1234/88 [instrument:eu-act-numbered]']);
  });
  it('reads a Framework Decision of justice and home affairs, with the Council before it', () => {
    expect(names('replacing Council Framework Decision 2003/99/JHA on border data')).toEqual(['Council Framework Decision 2003/99/JHA => Framework Decision 2003/99/JHA [instrument:eu-act-old]']);
    expect(names('Decision 2007/12/JHA applies.')).toEqual(['Decision 2007/12/JHA => Decision 2007/12/JHA [instrument:eu-act-old]']);
  });
  it('reads an act adopted under both Treaties, with both in its brackets', () => {
    expect(names('under Regulation (EU, Euratom) 2031/4 and Regulation (EC, Euratom) No 1234/2002')).toEqual([
      'Regulation (EU, Euratom) 2031/4 => Regulation (EU, Euratom) 2031/4 [instrument:eu-act]',
      'Regulation (EC, Euratom) No 1234/2002 => Regulation (EC, Euratom) No 1234/2002 [instrument:eu-act-numbered]',
    ]);
    expect(names('amending Regulations (EU, Euratom) No 55/2013 and (EU) No 66/2014')).toEqual([
      'Regulations (EU, Euratom) No 55/2013 => Regulation (EU, Euratom) No 55/2013 [instrument:eu-act-list]',
      '(EU) No 66/2014 => Regulation (EU) No 66/2014 [instrument:eu-act-list]',
    ]);
  });
  it('reads an institution\'s decision written in lower case as the decision', () => {
    expect(names('and repealing Council decision 86/12/EEC')).toEqual(['Council decision 86/12/EEC => Decision 86/12/EEC [instrument:eu-act-old-lower]']);
    expect(names('the board\'s decision 86/12/EEC')).toEqual([]);
  });
  it('reads the adopting institution before an old-style number as part of the citation', () => {
    expect(names('repealing Council Directive 2001/77/EC')).toEqual(['Council Directive 2001/77/EC => Directive 2001/77/EC [instrument:eu-act-old]']);
  });
  it('cuts no name from the words before a citation\'s type word', () => {
    const found = names('amending Regulation (EC) No 101/2005 of the European Parliament and of the Council and Council Regulation (EEC) No 4321/90 on quays');
    expect(found).toContain('Council Regulation (EEC) No 4321/90 => Regulation (EEC) No 4321/90 [instrument:eu-act-numbered]');
    expect(found.join()).not.toContain('Council and Council');
    expect(names('and replacing Council Framework Decision 2003/99/JHA').join()).not.toContain('Council Framework =>');
  });
  it('still reads a name ending in an instrument word that opens no citation', () => {
    expect(names('The Harbour Quay Framework and Regulation (EU) 2030/12 apply.')).toEqual([
      'Regulation (EU) 2030/12 => Regulation (EU) 2030/12 [instrument:eu-act]',
      'Harbour Quay Framework => Harbour Quay Framework [instrument:named]',
    ]);
  });
});

describe('EU acts cited in a list after a plural type word', () => {
  it('reads each number as an act of that type, named as its singular citation', () => {
    expect(names('amending Regulations (EC) No 101/2005, (EU) No 202/2011 and (EU) 2030/7 and Directives 2001/5/EC and 2014/9/EU of the European Parliament')).toEqual([
      'Regulations (EC) No 101/2005 => Regulation (EC) No 101/2005 [instrument:eu-act-list]',
      '(EU) No 202/2011 => Regulation (EU) No 202/2011 [instrument:eu-act-list]',
      '(EU) 2030/7 => Regulation (EU) 2030/7 [instrument:eu-act-list]',
      'Directives 2001/5/EC => Directive 2001/5/EC [instrument:eu-act-list]',
      '2014/9/EU => Directive 2014/9/EU [instrument:eu-act-list]',
    ]);
  });
  it('keeps the adopting institution before the plural word in the first act\'s surface', () => {
    expect(names('repealing Council Directives 88/12/EEC and 91/3/EEC')).toEqual([
      'Council Directives 88/12/EEC => Directive 88/12/EEC [instrument:eu-act-list]',
      '91/3/EEC => Directive 91/3/EEC [instrument:eu-act-list]',
    ]);
  });
  it('reads no list where no number follows the plural word', () => {
    expect(names('The Regulations and Directives 2 and 3 of the harbour code apply.').join()).not.toContain('eu-act-list');
  });
});
