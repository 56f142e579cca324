// A fixed title names its body, with "of [the] <state>" after it part of the title (grammar/names.yaml fixed-titles).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { recogniseMarkdown } from './helpers.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}:${f.name} [${f.rule}]`);
const mentions = (text: string): string[] =>
  recogniseMarkdown(`# T\n\n${text}`).sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.label}`));

describe('fixed titles of a state\'s officers', () => {
  it('reads the Comptroller General as the office it heads', () => {
    expect(bodies('Within two years the Comptroller General shall audit the grants.')).toEqual([
      'Comptroller General => Authority:Government Accountability Office [title:fixed]',
    ]);
  });
  it('keeps "of the United States" inside the title, no country beside it', () => {
    expect(mentions('A study by the Comptroller General of the United States is due in May.')).toEqual([
      'Comptroller General of the United States=Authority',
    ]);
    expect(bodies('The Attorney General of the United States of America may sue.')).toEqual([
      'Attorney General of the United States of America => Authority:Department of Justice [title:fixed]',
    ]);
  });
  it('leaves another state after the title outside it', () => {
    expect(bodies('The Attorney General of Ruritania may sue.')[0]).toBe('Attorney General => Authority:Department of Justice [title:fixed]');
  });
});
