// A country, state or union named as its clause's subject right before its finite verb acts as its government
// (relations.ts governingSubject, relation-rules.yaml `governing`): a state of a federation as itself ("Florida has barred
// X", the golds' state as lawmaker), a country as the government the document names ("the Government of Canada ... Canada
// announced its intention to exclude X"), and no country whose government the document does not name (the golds leave
// "the United States imposed tariffs on X" unrecorded). Not a jurisdiction after a preposition (an origin or a place), nor
// one that modifies a noun or stands as a possessive, nor a passive's subject. helper-415, issue 15: the "vetoed by labels"
// misses. Own sentences.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const jurisdictionActs = (got: string[]): string[] => got.filter((r) => /^jur:/.test(r));
const actsOn = (got: string[], actor: RegExp, object: string): boolean => got.some((r) => actor.test(r.split(' ')[0] ?? '') && r.endsWith(` ${object}`));
// A state that acts is an authority where recognition reads it so (subdivisions.ts), else the jurisdiction acting here.
const OHIO = /^(?:jur:us-oh|authority:~ohio)$/;
const VERMONT = /^(?:jur:us-vt|authority:~vermont)$/;

describe('a state named as a member of a plural subject of governments', () => {
  it('acts, each member, after "including" or before "first among them"', () => {
    const got = relations('Several states, including Ohio and Vermont, have prohibited their agencies from buying Hikvision cameras.');
    expect(actsOn(got, OHIO, 'company:hikvision')).toBe(true);
    expect(actsOn(got, VERMONT, 'company:hikvision')).toBe(true);
    expect(actsOn(relations('Several states, Ohio first among them, have barred their agencies from buying DJI drones.'), OHIO, 'company:dji')).toBe(true);
    expect(actsOn(relations('Many states, Vermont chief among them, have prohibited their agencies from buying Hikvision cameras.'), VERMONT, 'company:hikvision')).toBe(true);
  });
  it('does not act where the plural is no subject', () => {
    expect(jurisdictionActs(relations('The Department of Commerce banned exports of chips to several states, including Ohio and Vermont.'))).toEqual([]);
  });
});

describe('a country as the subject of a governmental act', () => {
  it('is the government the document names', () => {
    const got = relations('The Government of Canada published its security review in May. Canada then banned Huawei from its 5G networks.');
    expect(got.filter((r) => r.endsWith('company:huawei'))).toEqual(['authority:~government-of-canada RESTRICTS company:huawei']);
    const dutch = relations('The Dutch government consulted industry in 2024. The Netherlands later banned the import of Hikvision cameras.');
    expect(dutch.some((r) => r.endsWith('company:hikvision'))).toBe(true);
    expect(dutch.filter((r) => r.endsWith('company:hikvision')).every((r) => r.startsWith('authority:nl-government '))).toBe(true);
  });
  it('is no actor where the document names no government of it', () => {
    expect(relations('Canada banned Huawei from its 5G networks in 2022.').filter((r) => r.endsWith('company:huawei'))).toEqual([]);
    expect(relations('In 2025 the United States imposed further tariffs on drones made by DJI.').filter((r) => r.endsWith('company:dji'))).toEqual([]);
  });
});

describe('a state in another role', () => {
  it('is no actor as the origin of goods or a place', () => {
    expect(jurisdictionActs(relations('The Department of Commerce banned imports of drones from Ohio into Canada.'))).toEqual([]);
  });
  it('is no actor as a possessive or a modifier', () => {
    expect(jurisdictionActs(relations("Ohio's Department of Administrative Services added Skydio to its list of banned vendors."))).toEqual([]);
    expect(jurisdictionActs(relations('Ohio manufactured drones were banned by the Department of Defense.'))).toEqual([]);
  });
  it("is no actor as a passive's subject", () => {
    expect(jurisdictionActs(relations('Ohio was added to the list of restricted destinations by the Council.'))).toEqual([]);
  });
});
