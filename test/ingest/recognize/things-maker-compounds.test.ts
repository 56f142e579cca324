// A phrase on a head right before a plural maker noun ("drone camera vendors") is the compound form of "vendors of drone
// cameras": it names the makers' products, with their support (grammar/things.yaml maker-compounds). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a phrase before a plural maker noun', () => {
  it('names the products of those makers, as after "<maker noun> of"', () => {
    expect(found('The guidance is written for free and open-source software developers.')).toEqual(['free and open-source software [thing:made]']);
    expect(found('Officials met lidar sensor manufacturers and thermal camera vendors.')).toEqual(['lidar sensor [thing:made]', 'thermal camera [thing:made]']);
  });
  it('leaves a phrase before a provider class, or before no maker noun, unsupported', () => {
    expect(found('The rules bind intermediary service providers.')).toEqual(['intermediary service [thing:noun-phrase]']);
    expect(found('The agency reviewed open-source software licences.')).not.toContainEqual(expect.stringContaining('[thing:made]'));
  });
});
