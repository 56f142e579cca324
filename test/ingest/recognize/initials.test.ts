// An acronym spelled by a name the document writes in full, used without a definition.
import { describe, expect, it } from 'vitest';
import { initials } from '../../../ingest/recognize/initials.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(md));

describe('undefined acronyms', () => {
  it('spells the initials of a name\'s capitalised words', () => {
    expect(initials('Office of Harbour Safety and Port Security')).toBe('OHSPS');
    expect(initials('Marrowby Cable Co., Ltd.')).toBe('MC'); // an abbreviated legal form spells nothing
    expect(initials('Marrowby Cable Manufacturing Company')).toBe('MCMC');
    expect(initials('Commission')).toBeUndefined();
  });
  it('reads an acronym the text uses for a body it names in full elsewhere, before or after', () => {
    const md = '# T\n\nOHPS opened a review of harbour cranes.\n\nThe Office of Harbour and Port Security is small.';
    expect(mentions(md)).toContain('OHPS=authority:~office-of-harbour-and-port-security');
  });
  it('binds no acronym that two names spell', () => {
    const md = '# T\n\nThe Port Safety Board and the Pilotage Service Bureau met. PSB agreed.';
    expect(mentions(md).filter((m) => m.startsWith('PSB='))).toEqual([]);
  });
});

describe('names an acronym of the document spells, with a body\'s head among their words', () => {
  const bodies = (md: string): string[] =>
    surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), 'Authority');
  it('are that body, and the acronym names it', () => {
    expect(bodies('Customs and Harbour Protection collects the duties. Our team at CHP agrees.')).toEqual([
      'Customs and Harbour Protection=authority:~customs-and-harbour-protection',
      'CHP=authority:~customs-and-harbour-protection',
    ]);
  });
  it('are nothing without such an acronym, without a head, or with fewer than three capitalised words', () => {
    expect(bodies('Customs and Harbour Protection collects the duties.')).toEqual([]);
    expect(bodies('Kelp and Dredging Enforcement collects the duties. KDE agrees.')).toEqual([]);
    expect(bodies('Customs Kelp collects the duties. CK agrees.')).toEqual([]);
  });
});

// A letterhead's body name in capitals, the body then written by its acronym only. Own text, an invented service.
describe('a name in capitals', () => {
  it('is the body its title case names, and the acronym it spells names it', () => {
    const md = '# Notice\n\nNATIONAL HARBOUR AND CANAL SAFETY SERVICE\nDivision of Contracts\n\nThe NHCSS Director has ordered an inventory of cranes.';
    const found = mentions(md);
    expect(found).toContain('NATIONAL HARBOUR AND CANAL SAFETY SERVICE=authority:~national-harbour-and-canal-safety-service');
    expect(found).toContain('NHCSS=authority:~national-harbour-and-canal-safety-service');
  });
  it('not a line in capitals with no body\'s head, nor one whose acronym the text does not write', () => {
    const found = mentions('# Notice\n\nNOTICE OF PROPOSED CRANE SAFETY CHANGES\nIssued in May\n\nNATIONAL HARBOUR AND CANAL SAFETY SERVICE\nDivision of Contracts\n\nNCPS rules apply.');
    expect(found.filter((m) => /authority:~(?:notice|national)/.test(m))).toEqual([]);
  });
});
