// Bodies an instrument names by an acronym alone, acting as a party.
import { describe, expect, it } from 'vitest';
import { isAcronym } from '../../../ingest/recognize/acting-acronyms.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const authorities = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), 'Authority');
const ACT = '# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules.';

describe('acronyms acting in an instrument', () => {
  it('reads an acronym as two capitals in one hyphenated part, no plural', () => {
    expect(['HARBA', 'PORT-NetCo', 'Co-Chair', 'SMEs', 'Harbour'].map(isAcronym)).toEqual([true, true, false, false, false]);
  });
  it('reads an acronym standing as a party as a public body, each of its mentions', () => {
    expect(authorities(`${ACT} It creates new tasks for HARBA. HARBA should report. PORT-NetCo should work as an intermediary.`)).toEqual([
      'HARBA=authority:~harba',
      'HARBA=authority:~harba',
      'PORT-NetCo=authority:~port-netco',
    ]);
  });
  it('reads an acronym coordinated with a public body the sentence names as one, in an instrument only', () => {
    expect(authorities(`${ACT} It shall consult the Harbour Board and HARBA on the draft.`)).toEqual([
      'Harbour Board=authority:~harbour-board',
      'HARBA=authority:~harba',
    ]);
    expect(authorities('# A report on harbours\n\nThey met the Harbour Board and HARBA on Monday.')).toEqual(['Harbour Board=authority:~harbour-board']);
  });
  it('leaves an acronym that modifies a noun, a citation\'s part, one the catalog knows, and a report\'s acronyms', () => {
    expect(authorities(`${ACT} HRS products exist and HRS should be safe. Directive 95/46/EC should be repealed. The WP.29 met.`)).toEqual([]);
    expect(authorities(`${ACT} BIS should act.`)).toEqual(['BIS=authority:bis']);
    expect(authorities(`${ACT} The list is set out in Annex VII. VII shall apply. It refers to Title HRB.`)).toEqual([]);
    expect(authorities('# A report on harbours\n\nHARBA should report.')).toEqual([]);
  });
  it('reads a report\'s acronym as a public body only right before a verb of public power, "the" allowed', () => {
    expect(authorities('# A report on harbours\n\nIn 2030 the HARBA banned new cranes. PORTCO said so. PORTCO fined its staff. The HARBA has sanctioned two firms.')).toEqual([
      'HARBA=authority:~harba',
      'HARBA=authority:~harba',
    ]);
  });
  it('reads a report\'s acronym as a public body as a public act\'s agent or where a matter goes for one', () => {
    expect(authorities('# A report on harbours\n\nAn investigation launched by HARBA found it. Refer such sales to PORTCO for approval. Sell it to SHIPCO for cash.')).toEqual([
      'HARBA=authority:~harba',
      'PORTCO=authority:~portco',
    ]);
  });
  it('leaves an acronym a name the document writes in full spells to that name', () => {
    expect(authorities('# A report on harbours\n\nThe Office of Harbour Safety met. OHS banned new cranes.')).toEqual([
      'Office of Harbour Safety=authority:~office-of-harbour-safety',
      'OHS=authority:~office-of-harbour-safety',
    ]);
  });
});
