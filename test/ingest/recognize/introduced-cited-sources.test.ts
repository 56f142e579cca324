// "the Maritime Administration issued a final rule that bars ...[2]", the second endnote naming the "Harbour Crane
// Telemetry Security Rule": an instrument a sentence introduces by its type word alone is the one instrument the source
// the sentence cites names (cited-sources.ts: a numbered endnote, or a reference list's entry by author and year), not an
// instrument of its own beside it. Own sentences.
import { describe, expect, it } from 'vitest';
import { citedSources, referenceTitles } from '../../../ingest/recognize/cited-sources.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(md), 'Law'))];

const NOTES = (second: string): string =>
  `# Harbour cranes\n\n## Findings\n\nCranes at six ports send telemetry abroad.[1] In March 2026, the Maritime Administration issued a final rule that bars the import of crane telemetry units made by Harrow Optics Ltd.[2] The rule takes effect in June.\n\n## Endnotes\n\n1. Staff interviews with port officials (Feb. 2026).\n2. ${second}\n`;

describe('an instrument introduced by its type word in a sentence that cites a source', () => {
  it('is the one instrument the cited endnote names', () => {
    const got = laws(NOTES('Harbour Crane Telemetry Security Rule, 91 Fed. Reg. 12345 (Mar. 3, 2026).'));
    expect(got).toContain('final rule=law:~harbour-crane-telemetry-security-rule');
    expect(got).toContain('rule=law:~harbour-crane-telemetry-security-rule');
    expect(got.some((x) => x.endsWith('=law:~final-rule'))).toBe(false);
  });
  it('is the one instrument the cited reference entry names', () => {
    const md = `# Cranes\n\nIn 2026 the Maritime Administration issued a final rule on crane telemetry (MARAD 2026). The rule takes effect in June.\n\n## References\n\nMARAD (Maritime Administration) (2026). Harbour Crane Telemetry Security Rule. Final rule. 91 Fed. Reg. 12345.\n\nOkafor, T. (2025). Cranes and Data. *Port Law Review* 7(2), 1–20.\n`;
    expect(laws(md)).toContain('final rule=law:~harbour-crane-telemetry-security-rule');
  });
  it('stays its own where the source names no instrument, or two', () => {
    expect(laws(NOTES('Staff bench tests of crane telemetry units (May 2026).'))).toContain('final rule=law:~final-rule');
    expect(laws(NOTES('Harbour Crane Telemetry Security Rule; Port Security Act of 2019.'))).toContain('final rule=law:~final-rule');
  });
});

describe('cited sources', () => {
  const report = (md: string) => parseReport(textSource(md, 'markdown'));
  it('reads a marker the splitter leaves at the next sentence as the previous sentence', () => {
    const r = report(NOTES('A rule.'));
    const sentences = r.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const sources = citedSources(r.sections);
    const cites = sentences.find((s) => s.text.includes('issued a final rule'));
    const note = sentences.find((s) => s.text === 'A rule.');
    expect(sources.get(cites?.locator ?? '')).toEqual([note?.locator]);
  });
  it("finds a reference list's titles after their author-year leads only", () => {
    const r = report('# T\n\nFeng, Y. (2022). Cranes after the Act. *Port Law Review* 4(1), 1–29.\n\nThe ministry acted in May. The Harbour Rules apply.\n');
    const titles = [...referenceTitles(r.sections).keys()].map((l) => r.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)).find((s) => s.locator === l)?.text);
    expect(titles).toEqual(['Cranes after the Act.']);
  });
});
