// Ranked officials' titles (grammar/names.yaml title-ranks): the body a title holds in full, a department's deputy, and an
// office of its own (bodies.ts title, heldBody, rankedDepartment; entities.ts qualified).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.name} [${f.rule}${f.pending ? ' pending' : ''}]`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`, bare).sentences.flatMap((s) => s.mentions.flatMap((m) => [m, ...(m.parts ?? [])]).filter((m) => m.label === 'Authority').map((m) => `${m.surface}=${m.id}`));

describe('ranked titles', () => {
  // Written as the body's name, its surface too (as "Director of the <body>"): a body the text names only so is matched
  // by its own name, not by the title's (helper-117).
  it('name the body they hold in full after "of the", written as the body\'s name', () => {
    expect(bodies('The Deputy Assistant Secretary for Port Enforcement of the Bureau of Harbour Security issued an order.')).toEqual([
      'Bureau of Harbour Security => Bureau of Harbour Security [title:of]',
    ]);
    expect(bodies('The Deputy Director of the National Harbour Agency spoke.')).toEqual(['National Harbour Agency => National Harbour Agency [title:of]']);
  });
  it('read a department\'s ranked secretary or fixed title as that department', () => {
    expect(bodies('The Deputy Secretary of Harbours banned the cranes.')).toEqual(['Secretary of Harbours => Department of Harbours [title:of]']);
    expect(bodies('The Deputy Attorney General spoke.')).toEqual(['Attorney General => Department of Justice [title:fixed]']);
  });
  it('keep a ranked title with its own "for" domain an office, with all its ranks', () => {
    expect(bodies('The Principal Deputy Assistant Secretary for Port Enforcement spoke.')).toEqual([
      'Principal Deputy Assistant Secretary for Port Enforcement => Principal Deputy Assistant Secretary for Port Enforcement [title:for pending]',
    ]);
    expect(bodies('The Assistant Secretary of Harbours for Dredging and Tides spoke.')).toEqual([
      'Assistant Secretary of Harbours for Dredging and Tides => Assistant Secretary of Harbours for Dredging and Tides [title:office]',
    ]);
  });
  it('resolve to the body, not to a unit "of" it the document also names', () => {
    const found = authorities(
      'The Deputy Assistant Secretary for Port Enforcement of the Bureau of Harbour Security acted. The Office of Audits of the Bureau of Harbour Security agreed.',
    );
    expect(found).toEqual([
      'Bureau of Harbour Security=authority:~harbour-security-bureau',
      'Office of Audits of the Bureau of Harbour Security=authority:~office-of-audits-of-the-bureau-of-harbour-security',
      'Bureau of Harbour Security=authority:~harbour-security-bureau',
    ]);
  });
  it('end a body\'s name before an office-holder\'s title and a person\'s name', () => {
    expect(bodies('Harbour Safety Commission Chairman Mara Lind said so.')).toEqual(['Harbour Safety Commission => Harbour Safety Commission [body:name-head]']);
    expect(bodies('U.S. Harbour Representative Mara Lind said so.')).toEqual(['U.S. Harbour Representative => U.S. Harbour Representative [body:state-prefix]']);
    // No person after the title: the name is read as before.
    expect(bodies('the Office of the United States Harbour Representative said so')).toEqual([
      'Office of the United States Harbour Representative => Office of the United States Harbour Representative [body:head-of]',
    ]);
  });
});
