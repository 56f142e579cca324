// A standard's designation ("EN-ISO/IEC 17065/2012", "ETSI EN 303 645") names the standard: the standards bodies whose
// initials it holds are no bodies the text names (recognize/standards.ts), so "the Commission" of an EU act citing an
// ISO/IEC standard stays the European Commission. A body named by its initials outside a designation stays. Own sentences.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { designationSpans } from '../../../ingest/recognize/standards.ts';
import { analysed } from '../one-sentence.ts';

// The entities (name by label) an EU act's text mentions.
const mentioned = (text: string): string[] => {
  const { rec } = analysed(text, { heading: 'T', jurisdiction: 'eu', asEntry: true });
  const names = new Map([...loadCatalog().entries.map((e) => [e.id, e.name] as const), ...rec.entities.map((e) => [e.id, e.name] as const)]);
  return [...new Set(rec.sentences.flatMap((s) => s.mentions.map((m) => `${m.label}:${names.get(m.id) ?? m.surface}`)))];
};

describe('a standard designation', () => {
  it('spans the publishers\' initials and the number with its parts', () => {
    const spans = (t: string): string[] => designationSpans(t).map(([s, e]) => t.slice(s, e));
    expect(spans('Tested against EN-ISO/IEC 17065/2012 and ISO/SAE 21434, then ETSI EN 303 645 and IEC 62443-4-2.')).toEqual(['EN-ISO/IEC 17065/2012', 'ISO/SAE 21434', 'ETSI EN 303 645', 'IEC 62443-4-2']);
    expect(spans('Certificates under ITU-T X.509 and IEEE 802.11 radios.')).toEqual(['ITU-T X.509', 'IEEE 802.11']);
    expect(spans('The ISO published a guide in the year of its founding.')).toEqual([]);
    expect(spans('The ITU 2024 assembly met; ISO 8601:2019 and ISO/IEC 27001:2022 were cited.')).toEqual(['ISO 8601:2019', 'ISO/IEC 27001:2022']);
  });
  it('names no standards body, so the Commission of an EU act stays the European Commission', () => {
    const found = mentioned('Assessors shall be accredited in line with EN-ISO/IEC 17065/2012. The Commission shall review the accreditation rules.');
    expect(found).toContain('Authority:European Commission');
    expect(found.filter((m) => m.startsWith('StandardBody:'))).toEqual([]);
  });
  it('leaves a standards body named by its initials outside a designation, or before a year', () => {
    expect(mentioned('The ITU 2024 assembly adopted new radio rules.')).toContain('StandardBody:International Telecommunication Union');
    expect(mentioned('The IEC and ISO publish joint guidance for assessors.')).toEqual(expect.arrayContaining(['StandardBody:International Electrotechnical Commission', 'StandardBody:International Organization for Standardization']));
  });
});
