// An agency's letters that open a docket identifier ("docket BIS-2024-0005") are part of the identifier, no mention of the
// agency (grammar/instruments.yaml docket-identifier). Own sentences.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (text: string): string[] =>
  mentionsOf(analyseText(text).rec).map((m) => `${m.surface}=${m.label}`);

describe('a docket identifier that opens with an agency\'s acronym', () => {
  it('is the docket, not the agency', () => {
    const got = mentions('The rule was proposed under docket BIS-2024-0009 in the autumn.');
    expect(got).toContain('BIS-2024-0009=Law');
    expect(got).not.toContain('BIS=Authority');
  });
  it('leaves the acronym standing alone a mention of the agency', () => {
    expect(mentions('The rule was proposed by BIS in the autumn.')).toContain('BIS=Authority');
  });
});
