// A body on a head a text also writes after its domain (grammar/names.yaml inverted-heads) is one entity whichever order a
// document writes it in, with no full name in the same document: "the Treasury Department" here, "the Department of the
// Treasury" there (keys.ts invertedKey), and the catalog's body where the catalog names it in the other order. Own
// sentences and names (helper-258, issue 15).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { entityKey } from '../../../ingest/recognize/keys.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const authorities = (md: string, m?: Matcher): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, m), 'Authority');
const key = (name: string): string => entityKey('Authority', name);

describe('a body named "<domain> <head>" and "<head> of <domain>"', () => {
  it('has one key in either order, "the" and a state\'s prefix left out', () => {
    expect(key('Treasury Department')).toBe(key('Department of the Treasury'));
    expect(key('the Justice Department')).toBe(key('Department of Justice'));
    expect(key('U.S. Interior Department')).toBe(key('Department of the Interior'));
    expect(key('Harbours Ministry')).toBe(key('Ministry of Harbours'));
    expect(key('Foreign Affairs Ministry')).toBe(key('Ministry of Foreign Affairs'));
    expect(key('Tidewater Agency')).toBe(key('Agency of Tidewater'));
    // A state's word before the head stays before the domain: "Valdmark Ministry of Ports" is the "Valdmark Ports Ministry".
    expect(key('Valdmark Ministry of Ports')).toBe(key('Valdmark Ports Ministry'));
  });
  it('keeps apart what the other order does not say: "for", a longer domain, a unit of a body, a head not inverted', () => {
    // The UK's Department for Education is not the US Department of Education ("the Education Department").
    expect(key('Department for Education')).not.toBe(key('Education Department'));
    expect(key('Ministry of Industry and Information Technology')).toBe('ministry of industry and information technology');
    expect(key('Office of Audits of the Department of Harbours')).toBe('office of audits of the department of harbours');
    expect(key('Ministry of Harbours Coastal Shipping Fisheries')).toBe('ministry of harbours coastal shipping fisheries');
    expect(key('Office of Harbours')).toBe('office of harbours');
    expect(key('Bureau of Harbour Security')).not.toBe(key('Bureau of Harbour Safety'));
  });
  it('makes two documents\' bodies one node without the catalog', () => {
    const [a] = authorities('The Treasury Department sanctioned Kestrel Robotics on 3 May.', bare);
    const [b] = authorities('The Department of the Treasury sanctioned Kestrel Robotics on 3 May.', bare);
    expect(a.split('=')[1]).toBe(b.split('=')[1]);
    const [c] = authorities('The Justice Department charged two executives of Hawkline Optics.', bare);
    const [d] = authorities('The Department of Justice charged two executives of Hawkline Optics.', bare);
    expect(c.split('=')[1]).toBe(d.split('=')[1]);
    const [e] = authorities('The Valdmark Harbours Ministry banned the cranes.', bare);
    const [f] = authorities('The Valdmark Ministry of Harbours banned the cranes.', bare);
    expect(e.split('=')[1]).toBe(f.split('=')[1]);
  });
  it('is the catalog\'s body that the catalog names in the other order', () => {
    expect(authorities('The Defense Department banned the drones.')).toEqual(['Defense Department=authority:dod']);
    expect(authorities('The Homeland Security Department warned operators.')).toEqual(['Homeland Security Department=authority:dhs']);
    // The catalog's Ministry of Commerce is China's by name ("PRC Ministry of Commerce"): a bare "Commerce Ministry" is not it.
    expect(authorities('The Commerce Ministry issued a notice.')).not.toContain('Commerce Ministry=authority:mofcom');
  });
});
