// Standing bodies of officials from several bodies (grammar/names.yaml joint-heads, joint-qualifiers): a working mechanism,
// a leading group, a joint working group, an interagency or inter-ministerial body is a public body (bodies.ts jointBody,
// typedByContext, kindOf). Own names and sentences (helper-258, issue 15).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const named = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Authority', 'Organization']).map((m) => `${m.surface}=${m.label}`);
const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.name}=${f.label}`);

describe('joint bodies', () => {
  it('read a name that ends in a joint head after a word of its own as a public body', () => {
    expect(named('The Coastal Corridor Working Mechanism met in Harbin on Monday.')).toEqual(['Coastal Corridor Working Mechanism=Authority']);
    expect(named('The Data Export Review Working Mechanism reviewed the purchase of the routers.')).toEqual(['Data Export Review Working Mechanism=Authority']);
    expect(named('Under the plan, the Port Crane Coordination Mechanism approved the list.')).toEqual(['Port Crane Coordination Mechanism=Authority']);
    expect(named('The Harbour Cooperation Mechanism and the Valdmark Ministry of Ports met.')).toContain('Harbour Cooperation Mechanism=Authority');
  });
  it('read a joint head before "of|for|on" and its domain as a public body, words before it too', () => {
    expect(named('The Joint Working Group on Harbour Security will report in May.')).toEqual(['Joint Working Group on Harbour Security=Authority']);
    expect(named('The Central Leading Group for Port Affairs was set up in 2019.')).toEqual(['Central Leading Group for Port Affairs=Authority']);
    expect(named('A Leading Small Group on Drone Safety was formed.')).toEqual(['Leading Small Group on Drone Safety=Authority']);
  });
  it('make an organisation\'s or a conditional head\'s name with an inter-body word a public body\'s', () => {
    expect(named('The Interagency Working Group on Port Cranes reviewed the list.')).toEqual(['Interagency Working Group on Port Cranes=Authority']);
    expect(named('The Interministerial Forum on Drones met on Monday.')).toEqual(['Interministerial Forum on Drones=Authority']);
    expect(named('The Intergovernmental Institute for Port Security issued guidance.')).toEqual(['Intergovernmental Institute for Port Security=Authority']);
    expect(named('The Inter-Ministerial Committee on Drone Safety approved the list.')).toEqual(['Inter-Ministerial Committee on Drone Safety=Authority']);
  });
  it('leave a mechanism that is a measure, and a joint head alone, no body', () => {
    expect(bodies('The Carbon Border Adjustment Mechanism applies from 2026.')).toEqual([]);
    expect(bodies('The Harbour Stability Mechanism lent the funds.')).toEqual([]);
    expect(bodies('The Working Mechanism met on Monday.')).toEqual([]);
    // A council's numbered working group stays as it was read: no public body.
    expect(named('Working Group 3 of the council met on Monday.')).not.toContain('Working Group=Authority');
    // Without an inter-body word, a forum is an organisation.
    expect(named('The Harbour Forum on Drones met on Monday.')).toEqual(['Harbour Forum on Drones=Organization']);
  });
});
