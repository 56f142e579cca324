// A body described in lower case, its acronym defined in brackets after the description.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md)).map((m) => `${m.surface}=${m.label}`);
const ACT = '# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules.';

describe('acronyms defined after a lower-case description of a body', () => {
  it('reads the acronym as the body the description names, each of its mentions', () => {
    const found = mentions(`${ACT} The board shall include the harbour incident response team for the coastal ports and docks (HIRT-NL). The chair shall consult it.`);
    expect(found).toContain('HIRT-NL=Authority');
    expect(mentions(`${ACT} Ships shall notify the harbour incident response team (HIRT). Each notice reaching HIRT shall be logged.`).filter((m) => m === 'HIRT=Authority')).toHaveLength(2);
  });
  it('leaves an acronym whose letters the description does not spell, or whose description has no body head', () => {
    expect(mentions(`${ACT} Ships shall notify the harbour incident response team (HQX). They shall carry automatic mooring gauges (AMG).`).filter((m) => m === 'HQX=Authority' || m === 'AMG=Authority')).toEqual([]);
  });
});

describe('a lower-case phrase defined by a bracketed acronym that names a thing', () => {
  // The things the document keeps (settleTentative: a thing phrase without support is dropped), and their mentions.
  const kept = (md: string): { things: string[]; mentions: string[] } => {
    const rec = settleTentative(recogniseMarkdown(md), new Set());
    const ids = new Set(rec.entities.filter((e) => e.label === 'Product' || e.label === 'Technology').map((e) => e.id));
    return { things: rec.entities.filter((e) => ids.has(e.id)).map((e) => `${e.name}=${e.label}`), mentions: rec.sentences.flatMap((s) => s.mentions.filter((m) => ids.has(m.id)).map((m) => m.surface)) };
  };
  it('reads the phrase as a thing whose head WordNet files among made things, the acronym a surface, its later uses mentions', () => {
    // "memory" heads no thing phrase of the grammar: WordNet's main sense is a faculty of the mind.
    expect(kept('# Note\n\nOutput is held back by the supply of stacked-die memory (SDM) and by packaging. Each SDM costs more. Two plants make SDM.')).toEqual({
      things: ['stacked-die memory=Product'],
      mentions: ['stacked-die memory', 'SDM', 'SDM', 'SDM'],
    });
    // A substance, the acronym in the plural.
    expect(kept('# Note\n\nThe plant refines cobalt-doped oxides (CDOs) for cathodes. Exports of CDOs fell.').things).toEqual(['cobalt-doped oxides=Product']);
  });
  it('keeps a thing named right after a definition inside its name, though the letters are no initials of the words', () => {
    expect(kept('# Note\n\nThe Freedonia Ministry reviewed advanced extreme infrared (XIR) projection lithography systems last year.').things).toEqual(['projection lithography systems=Technology']);
  });
  it('leaves a class of companies or persons, and a field', () => {
    expect(kept('# Note\n\nSales to original equipment manufacturers (OEMs) rose in March. Most OEMs buy abroad.').mentions.filter((m) => /manufacturers|OEM/.test(m))).toEqual([]);
    expect(kept('# Note\n\nThe award went to licensed radio operators (LROs) in the region. LROs applied in May.').things).toEqual([]);
    expect(kept('# Note\n\nThe office spends more on information technology (IT) each year. IT budgets grew.').things).toEqual([]);
  });
});
