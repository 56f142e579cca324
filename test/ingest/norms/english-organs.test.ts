// English organs named by structure are authorities (issue 12): statutes name organs the vocabulary does not
// list, as proper nouns ending in an institutional head ("the ... Centre", "the ... Coordinator") or as a common
// head a public modifier makes a state body ("the designated body"). Parties named alike stay private ("a body
// corporate", "the notified body", "management bodies"). The organ names and sentences are the team's own.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const en = (text: string): NormFinding[] => readArticle(text, 'en', 'eu');

const FRAMES: { name: string; text: string; role: 'EMPOWERS' | 'OWED_TO' }[] = [
  { name: 'its power over a party', text: 'X may require the operator to provide all information necessary for the assessment.', role: 'EMPOWERS' },
  { name: 'a notification to it', text: 'The operator shall notify X of any significant incident without undue delay.', role: 'OWED_TO' },
  { name: 'cooperating with it', text: 'Providers shall cooperate with X.', role: 'OWED_TO' },
];

const frame = (text: string, organ: string) => text.replace(/^X/u, `${organ[0]?.toUpperCase()}${organ.slice(1)}`).replace('X', organ);

describe('a proper-noun phrase ending in an institutional head is a body', () => {
  const ORGANS = ['the Radio Spectrum Centre', 'the Online Platforms Coordinator', 'the Pipeline Safety Body', 'the Waterways Inspectorate', 'the Rail Standards Boards'];
  for (const f of FRAMES) {
    it.each(ORGANS)(`${f.name}: %s`, (organ) => {
      const terms = authorityTerms(en(frame(f.text, organ))[0], f.role);
      expect(terms.map((t) => t.replace(/^the\s+/iu, ''))).toEqual([organ.replace(/^the\s+/u, '')]);
    });
  }

  it('a title of an act or a lower-case centre names no body', () => {
    expect(authorityTerms(en('Providers shall comply with the Online Platforms Act.')[0], 'OWED_TO')).toEqual([]);
    expect(en('The data centre shall be located in the Union.')[0]?.bearer?.kind).not.toBe('authority');
  });
});

describe('a public modifier makes a common head a state body', () => {
  const ORGANS = ['the designated body', 'the supervisory body', 'national certification centres', 'the competent inspectorate'];
  for (const f of FRAMES) {
    it.each(ORGANS)(`${f.name}: %s`, (organ) => {
      const terms = authorityTerms(en(frame(f.text, organ))[0], f.role);
      expect(terms.map((t) => t.replace(/^the\s+/iu, '').toLowerCase())).toEqual([organ.replace(/^the\s+/u, '')]);
    });
  }
});

describe('bodies named alike that are private parties', () => {
  it.each(['a body corporate', 'the notified body', 'conformity assessment bodies', 'management bodies'])('%s is bound, holds no power and is owed nothing', (party) => {
    const [power] = en(frame(FRAMES[0]?.text as string, party));
    expect(authorityTerms(power, 'EMPOWERS')).toEqual([]);
    expect(power?.bearer?.kind).not.toBe('authority');
    const [duty] = en(frame(FRAMES[1]?.text as string, party));
    expect(authorityTerms(duty, 'OWED_TO')).toEqual([]);
  });

  it('a body designated as something else is not named by its modifier', () => {
    const [f] = en('The manufacturer shall share the results with the laboratories designated as reference points.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
});

describe('bodies named by structure in the frames around them', () => {
  it('a pronoun subject refers to the body its opening clause names first', () => {
    const [f] = en('Where the Radio Spectrum Centre of a Member State finds that a device does not comply, it shall require the operator to withdraw the device.');
    expect(f?.bearer?.term).toContain('Radio Spectrum Centre');
    expect(authorityTerms(f, 'EMPOWERS').map((t) => t.replace(/^the\s+/iu, ''))).toEqual(['Radio Spectrum Centre']);
  });

  it('a later duty to notify answers the bodies named beside a known one', () => {
    const fs = en('The manufacturer shall notify any severe incident to the Radio Spectrum Centre and to ENISA. The manufacturer shall notify that incident via the single reporting platform.');
    expect(authorityTerms(fs[1], 'OWED_TO').map((t) => t.replace(/^the\s+/iu, ''))).toEqual(expect.arrayContaining(['Radio Spectrum Centre', 'ENISA']));
  });
});
