// A catalog thing that modifies the noun after it is no mention of that thing. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { recognised, surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string, format = 'markdown'): string[] =>
  surfaceIdsOf(recognised(md, { heading: 'T', format }), ['Product', 'Technology']);

describe('a catalog thing before a company noun', () => {
  it('names the companies, not the thing', () => {
    expect(things('The ministry fined two drone makers from Valdmark in May.')).toEqual([]);
    expect(things('Harlow Systems Inc. sold parts to Norland drone suppliers.')).toEqual([]);
  });
  it('is the thing elsewhere', () => {
    expect(things('The ministry barred drones made by Harlow Systems Inc. in May.')).toEqual(['drones=product:drones']);
    expect(things('The makers of drones must register them.')).toEqual(['drones=product:drones']);
  });
});

describe('a catalog thing before a singular noun', () => {
  it('modifies it: no mention of the thing', () => {
    expect(things('Every aircraft must carry a remote identification function by May.')).toEqual([]);
    expect(things('The ministry did not meet the drone lobby in May.')).toEqual([]);
  });
  it('but a plural name before a plural or a verb, or before a head of things, is the thing', () => {
    expect(things('Cheap drones pose risks to harbour security, the ministry said.')).toEqual(['drones=product:drones']);
    expect(things('The ministry said drones are cheap.')).toEqual(['drones=product:drones']);
  });
});

describe('a catalog thing making an adjective with the word after it', () => {
  it('names no thing', () => {
    expect(things('The agency listed drone-related incidents at three harbours.')).toEqual([]);
    expect(things('The audit covered AI specific vulnerabilities such as data poisoning.')).toEqual([]);
  });
});

describe('a Chinese product name before 企业 or 厂商', () => {
  it('names the companies, alone or joined to other trades', () => {
    expect(things('商务部约谈了三家无人机企业。')).toEqual([]);
    expect(things('海关总署约谈了无人机及激光雷达厂商。')).toEqual([]);
  });
  it('is the thing before a verb', () => {
    expect(things('商务部决定对无人机实施出口管制。')).toEqual(['无人机=product:drones']);
  });
});
