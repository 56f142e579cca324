// "the crane telemetry units rule does not reach them.[3]", the third endnote "91 Fed. Reg. 12345, preamble", a page the
// second note gives the "Harbour Crane Telemetry Security Rule": a rule described by its technology is the one instrument
// the note its sentence cites names; a note naming several says nothing of it (helper-360, issue 15; cited-sources.ts
// introducedFromSources). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(md), 'Law'))];

const NOTES = (third: string): string =>
  `# Harbour cranes\n\n## Findings\n\nCranes at six ports send telemetry abroad.[1] In March 2026, the Maritime Administration issued a final rule that bars the import of crane telemetry units made by Harrow Optics Ltd.[2] Because the cranes at Kestrel Port were bought in 2019, the telemetry units rule does not reach them.[3] The port has asked for guidance.\n\n## Endnotes\n\n1. Staff interviews with port officials (Feb. 2026).\n2. Harbour Crane Telemetry Security Rule, 91 Fed. Reg. 12345 (Mar. 3, 2026).\n3. ${third}\n`;

describe('a rule described by its technology in a sentence that cites a note', () => {
  it('is the one instrument the note names', () => {
    const got = laws(NOTES('91 Fed. Reg. 12345 (Mar. 3, 2026), preamble.'));
    expect(got).toContain('telemetry units rule=law:~harbour-crane-telemetry-security-rule');
  });
  it('stays its own where the note names two instruments', () => {
    const got = laws(NOTES('91 Fed. Reg. 12345 (Mar. 3, 2026); Port Security Act of 2019.'));
    expect(got).not.toContain('telemetry units rule=law:~harbour-crane-telemetry-security-rule');
    expect(got.some((x) => x.startsWith('telemetry units rule='))).toBe(true);
  });
});
