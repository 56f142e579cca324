// Two forms a law-journal article uses that the reader missed on first sight (helper-411, issue 15; dev120's "By
// restricting exports of ... to China, the Bureau of Industry and Security (BIS) sought to ..." and "names X and Y as
// covered"): a restriction written as the means of the sentence's act, in an adverbial clause before its actor, is the
// actor's (relation-rules.yaml means-clause-restricts), and naming a party as a member of a class may put the class as a
// bare plural or a participle of designation after "as", read after the objects coordinated (names-as). And dev121's
// "Nantong ... and its U.S. distributor, QiaoxunCam LLC": a conjunct's tie to the one before may name its place
// abbreviated (the chain's TIE). Own sentences, each with guards that state nothing.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const of = (got: string[], type: string): string[] => got.filter((r) => r.includes(` ${type} `)).sort();

describe('a restriction in an opening clause of means ("By restricting X, the Bureau sought to ...")', () => {
  it('is the act of the actor after the clause, on the goods and the destination it names', () => {
    const got = of(relations('By restricting exports of lidar sensors and thermal cameras to Russia, the Department of Commerce sought to slow the war.'), 'RESTRICTS');
    expect(got).toEqual([
      'authority:us-commerce RESTRICTS jur:ru',
      'authority:us-commerce RESTRICTS product:~lidar-sensor',
      'authority:us-commerce RESTRICTS product:~thermal-camera',
    ]);
  });
  it('reads "In banning X," and a date before the clause', () => {
    expect(of(relations('In banning Velmora Systems Ltd. from its networks, the Federal Communications Commission relied on a new statute.'), 'RESTRICTS')).toEqual([
      'authority:fcc RESTRICTS company:~velmora-systems-ltd',
    ]);
    expect(of(relations('In 2024, by restricting sales of lidar sensors, the Department of Commerce closed a gap.'), 'RESTRICTS')).toEqual([
      'authority:us-commerce RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('states nothing when the clause is negated, the actor is a possessor, or no actor follows', () => {
    expect(of(relations('By not restricting exports of lidar sensors, the Department of Commerce left a gap.'), 'RESTRICTS')).toEqual([]);
    expect(of(relations("By restricting exports of lidar sensors, the Department of Commerce's rule of 2023 went further than expected."), 'RESTRICTS')).toEqual([]);
    expect(of(relations('By restricting exports of lidar sensors to Russia, its suppliers lost revenue.'), 'RESTRICTS')).toEqual([]);
  });
});

describe('naming a party as a member of a class ("names X as covered companies")', () => {
  it('designates it with a bare plural or a participle of designation after "as"', () => {
    expect(of(relations('The Federal Communications Commission named Velmora Ltd. as covered from the start.'), 'DESIGNATES')).toEqual(['authority:fcc DESIGNATES company:~velmora-ltd']);
    expect(of(relations('The Federal Communications Commission named Velmora Ltd. as one of the high-risk vendors.'), 'DESIGNATES')).toEqual(['authority:fcc DESIGNATES company:~velmora-ltd']);
    expect(of(relations('The Federal Communications Commission named Velmora Ltd. and Quillon Inc. as Chinese military companies.'), 'DESIGNATES')).toEqual([
      'authority:fcc DESIGNATES company:~quillon-inc',
      'authority:fcc DESIGNATES company:~velmora-ltd',
    ]);
  });
  it('names no class with a bare trade role after "as"', () => {
    expect(of(relations('The Federal Communications Commission named Velmora Ltd. and Quillon Inc. as suppliers of the network.'), 'DESIGNATES')).toEqual([]);
    expect(of(relations('The Federal Communications Commission named Velmora Ltd. as its partner.'), 'DESIGNATES')).toEqual([]);
  });
});

describe('a conjunct tied to the one before by a place abbreviated ("and its U.S. distributor, Y")', () => {
  it('is read as the first conjunct is', () => {
    expect(of(relations('The Trade Bureau opened an investigation into Qintar Power Co., Ltd. and its U.S. distributor, VoltaHub LLC, last year.'), 'INVESTIGATES')).toEqual([
      'authority:~trade-bureau INVESTIGATES company:~qintar-power-co-ltd',
      'authority:~trade-bureau INVESTIGATES company:~voltahub-llc',
    ]);
  });
  it('takes no name that stands apart from the list', () => {
    expect(of(relations('The Trade Bureau opened an investigation into Qintar Power Co., Ltd. Its U.S. distributor, VoltaHub LLC, declined to comment.'), 'INVESTIGATES')).toEqual([
      'authority:~trade-bureau INVESTIGATES company:~qintar-power-co-ltd',
    ]);
  });
});
