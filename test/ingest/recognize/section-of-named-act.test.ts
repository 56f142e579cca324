// "Section 889 of the John S. McCain ... Act" (a catalog law of its own, for the section's facts) in a document that names
// the act itself too ("Pub. L. 115-232" in an endnote): a section of an act is that act (evaluation.md), one instrument
// (section-acts.ts sectionsOfNamedActs). Own sentences.
import { describe, expect, it } from 'vitest';
import { sectionsOfNamedActs } from '../../../ingest/recognize/section-acts.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), 'Law'))];
const SECTION = 'Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019';

describe('a section of an act the document names whole', () => {
  it('is the act', () => {
    const got = laws(`${SECTION} bars agencies from buying harbour cameras made by Dahua.\n\n1. Pub. L. 115-232, 132 Stat. 1636.`);
    expect(got).toEqual([`${SECTION}=law:us:ndaa-fy2019`, 'Pub. L. 115-232=law:us:ndaa-fy2019']);
  });
  it('stays the section where the document names the section alone', () => {
    expect(laws(`${SECTION} bars agencies from buying harbour cameras made by Dahua.`)).toEqual([`${SECTION}=law:us:ndaa-fy2019-sec-889`]);
  });
  it('maps a law named as a section of another law the list holds, and nothing else', () => {
    const got = sectionsOfNamedActs([
      { id: 's', label: 'Law', name: 'Section 12(b) of the Harbour Safety Act of 2020' },
      { id: 'a', label: 'Law', name: 'Harbour Safety Act of 2020' },
      { id: 't', label: 'Law', name: 'Section 4 of the Crane Act' },
      { id: 'b', label: 'Authority', name: 'Section 5 of the Harbour Agency' },
    ]);
    expect([...got]).toEqual([['s', 'a']]);
  });
});
