// A rulemaking notice named by its type ("an advance notice of proposed rulemaking on drones", "the Notice of Proposed
// Rulemaking") is an instrument of its document, in lower case as in capitals (grammar/instruments.yaml
// advance-rulemaking-notice, rulemaking-notice). Own sentences (helper-140).
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const read = (text: string) => analyseText(text).rec;
const mentions = (text: string): string[] => mentionsOf(read(text)).map((m) => `${m.surface}=${m.label}`);

describe('a rulemaking notice named by its type', () => {
  it('is an instrument, the advance notice and the notice apart', () => {
    expect(mentions('In May the agency published an advance notice of proposed rulemaking on harbour cranes.')).toContain('advance notice of proposed rulemaking=Law');
    const got = mentions('The Notice of Proposed Rulemaking followed the Advance Notice of Proposed Rulemaking by a year.');
    expect(got).toContain('Notice of Proposed Rulemaking=Law');
    expect(got).toContain('Advance Notice of Proposed Rulemaking=Law');
    expect(new Set(read('The Notice of Proposed Rulemaking followed the Advance Notice of Proposed Rulemaking by a year.').entities.filter((e) => e.label === 'Law').map((e) => e.id)).size).toBe(2);
  });
  it('is no instrument where the words name no rulemaking notice', () => {
    expect(mentions('The agency gave notice of the proposed changes to its rulemaking agenda.')).not.toContain('notice of proposed rulemaking=Law');
  });
});
