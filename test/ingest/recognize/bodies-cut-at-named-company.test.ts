// A body's "<head> of <domain>" name that runs on past "and" into a company the document names elsewhere ends before "and"
// (index.ts cutAtNamedCompanies); a body whose domain holds "and" keeps it. helper-294 (dev78: "BIS's Office of Export
// Enforcement and Coastline Avionics entered into a settlement"). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

// No catalog names: the document's own bodies and companies only.
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const named = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Authority', 'Company']).map((m) => `${m.label}:${m.surface}`);

describe('a body name run on past "and" into a company the document names', () => {
  it('ends before "and"; the company is a party of its own', () => {
    const found = named(
      'Pellingham Marine Electronics LLC, a distributor in Ohio, exported sonar parts. Later the Bureau\'s Office of Harbour Enforcement and Pellingham Marine signed a settlement agreement.',
    );
    expect(found).toContain('Authority:Office of Harbour Enforcement');
    expect(found).toContain('Company:Pellingham Marine');
    expect(found.some((f) => f.includes('Enforcement and'))).toBe(false);
  });
  it('ends before a company named in full after "and"', () => {
    const found = named('Grelwick Avionics Inc. sells gyroscopes. The Office of Port Security and Grelwick Avionics Inc. met on Monday.');
    expect(found).toContain('Authority:Office of Port Security');
    expect(found.some((f) => f.includes('Security and'))).toBe(false);
  });
  it('keeps a domain with "and" where no company of the document is named after it', () => {
    const found = named('Grelwick Avionics Inc. sells gyroscopes. The Bureau of Harbour and Coastal Security fined the firm.');
    expect(found).toContain('Authority:Bureau of Harbour and Coastal Security');
  });
});
