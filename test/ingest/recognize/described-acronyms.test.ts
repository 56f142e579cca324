// A body described in lower case, its acronym defined in brackets after the description.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { recognise } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';

const matcher = Matcher.fromCatalog(loadCatalog().entries);
const mentions = (md: string): string[] =>
  recognise(parseReport(textSource(md, 'markdown')), matcher).sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.label}`));
const ACT = '# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules.';

describe('acronyms defined after a lower-case description of a body', () => {
  it('reads the acronym as the body the description names, each of its mentions', () => {
    const found = mentions(`${ACT} The board shall include the harbour incident response team for the coastal ports and docks (HIRT-NL). The chair shall consult it.`);
    expect(found).toContain('HIRT-NL=Authority');
    expect(mentions(`${ACT} Ships shall notify the harbour incident response team (HIRT). Each notice reaching HIRT shall be logged.`).filter((m) => m === 'HIRT=Authority')).toHaveLength(2);
  });
  it('leaves an acronym whose letters the description does not spell, or whose description has no body head', () => {
    expect(mentions(`${ACT} Ships shall notify the harbour incident response team (HQX). They shall carry automatic mooring gauges (AMG).`).filter((m) => m.startsWith('HQX') || m.startsWith('AMG'))).toEqual([]);
  });
});
