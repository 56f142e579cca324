// "Section 512 of the Harbour Defence Authorization Act for Fiscal Year 2031 bars ...[2]", the second endnote "Pub. L.
// 131-40, § 512.": the Public Law the note cites with the section the sentence cites of an act is that act, one instrument
// (helper-360, issue 15; cited-sources.ts notedActCitations). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(md), 'Law'))];

const NOTES = (body: string, second: string): string =>
  `# Harbour cranes\n\n## Findings\n\nCranes at six ports send telemetry abroad.[1] ${body}[2] The bar takes effect in June.\n\n## Endnotes\n\n1. Staff interviews with port officials (Feb. 2026).\n2. ${second}\n`;

const BODY = 'Section 512 of the Harbour Defence Authorization Act for Fiscal Year 2031 bars agencies from buying crane telemetry units made by Harrow Optics Ltd.';

describe("a Public Law cited in a sentence's endnote with a section", () => {
  it('is the act the sentence cites that section of', () => {
    const got = laws(NOTES(BODY, 'Pub. L. 131-40, § 512.'));
    const act = got.find((x) => x.startsWith('Harbour Defence Authorization Act for Fiscal Year 2031='))?.split('=')[1];
    expect(act).toBeDefined();
    expect(got.filter((x) => x.startsWith('Pub. L. 131-40='))).toEqual([`Pub. L. 131-40=${act}`]);
  });
  it('stays its own where the note cites another section', () => {
    const got = laws(NOTES(BODY, 'Pub. L. 131-40, § 513.'));
    const act = got.find((x) => x.startsWith('Harbour Defence Authorization Act for Fiscal Year 2031='))?.split('=')[1];
    expect(got.find((x) => x.startsWith('Pub. L. 131-40='))).not.toBe(`Pub. L. 131-40=${act}`);
  });
  it('stays its own where the note cites no section', () => {
    const got = laws(NOTES(BODY, 'Pub. L. 131-40.'));
    const act = got.find((x) => x.startsWith('Harbour Defence Authorization Act for Fiscal Year 2031='))?.split('=')[1];
    expect(got.find((x) => x.startsWith('Pub. L. 131-40='))).not.toBe(`Pub. L. 131-40=${act}`);
  });
});
