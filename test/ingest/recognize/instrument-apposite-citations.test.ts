// A procedural citation right after a named instrument, between commas or after a word that says where it was printed
// ("the connected vehicles rule, proposed at 89 FR 79088"), is that instrument (instrument-references.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { appositeCitations, codifiedCitations } from '../../../ingest/recognize/instrument-references.ts';
import { analyseText } from '../reports/helpers.ts';

const mention = (text: string, surface: string, id: string, via: string, procedural = false) => {
  const start = text.indexOf(surface);
  return { id, label: 'Law', start, end: start + surface.length, surface, via, ...(procedural ? { procedural: true } : {}) };
};
const apposed = (text: string, named: [string, string], cited: string): Map<string, string> => {
  const out = new Map<string, string>();
  appositeCitations(text, [mention(text, named[0], 'law:named', named[1]), mention(text, cited, 'law:cited', 'instrument:federal-register', true)], out);
  return out;
};

describe('a Federal Register page after a rule', () => {
  it('is the rule where the text says it was proposed or published there', () => {
    expect([...apposed('Its connected vehicles rule, proposed at 89 FR 79088, bars the software.', ['connected vehicles rule', 'instrument:thing-rule'], '89 FR 79088')]).toEqual([['law:cited', 'law:named']]);
    expect([...apposed('The Harbour Cranes Rule, published in 91 FR 1200, applies.', ['Harbour Cranes Rule', 'instrument:named'], '91 FR 1200')]).toEqual([['law:cited', 'law:named']]);
  });
  it('is not where other words stand between them, nor after an act it cannot cite', () => {
    expect([...apposed('The connected vehicles rule, which cites 89 FR 79088, bars the software.', ['connected vehicles rule', 'instrument:thing-rule'], '89 FR 79088')]).toEqual([]);
    expect([...apposed('The Harbour Act, published in 91 FR 1200, applies.', ['Harbour Act', 'instrument:named'], '91 FR 1200')]).toEqual([]);
  });
});

describe('a CFR citation after "at" right after a rule', () => {
  const cfr = (text: string, named: [string, string], cited: string): [string, string][] => {
    const out = new Map<string, string>();
    appositeCitations(text, [mention(text, named[0], 'law:named', named[1]), mention(text, cited, 'law:cited', 'instrument:cfr', true)], out);
    return [...out];
  };
  it('is the rule: where it stands in the Code', () => {
    expect(cfr("The agency's harbour drone rule at 14 CFR part 92 requires a beacon.", ['harbour drone rule', 'instrument:thing-rule'], '14 CFR part 92')).toEqual([['law:cited', 'law:named']]);
    expect(cfr('The Harbour Cranes Rule, codified at 15 CFR part 795, applies.', ['Harbour Cranes Rule', 'instrument:named'], '15 CFR part 795')).toEqual([['law:cited', 'law:named']]);
  });
  it('is not after an act, which a CFR part does not cite, nor with other words between', () => {
    expect(cfr('The Harbour Act at 15 CFR part 795 applies.', ['Harbour Act', 'instrument:named'], '15 CFR part 795')).toEqual([]);
    expect(cfr('The harbour drone rule was discussed at length at 14 CFR part 92.', ['harbour drone rule', 'instrument:thing-rule'], '14 CFR part 92')).toEqual([]);
  });
});

describe('a US Code range the document gives as an act\'s place', () => {
  it('is the act after a Public Law apposed to it, and holds the act\'s later section citations', () => {
    const text = 'The Harbour Crane Security Act of 2027, Pub. L. 120-14, codified at 47 U.S.C. 1801-1809, bars cranes.';
    const at = (surface: string): number => text.indexOf(surface);
    const mentions = [
      { id: 'law:act', label: 'Law', start: at('Harbour'), end: at(', Pub.'), surface: 'Harbour Crane Security Act of 2027', via: 'instrument:named' },
      { id: 'law:pl', label: 'Law', start: at('Pub.'), end: at(', codified'), surface: 'Pub. L. 120-14', via: 'instrument:public-law', procedural: true },
      { id: 'law:range', label: 'Law', start: at('47 U.S.C.'), end: at(', bars'), surface: '47 U.S.C. 1801-1809', via: 'instrument:us-code', procedural: true },
    ];
    const apposed = new Map<string, string>();
    appositeCitations(text, mentions, apposed);
    expect([...apposed]).toEqual([['law:pl', 'law:act'], ['law:range', 'law:act']]);
    const names: Record<string, string> = { 'law:range': '47 U.S.C. 1801-1809', 'law:in': '47 U.S.C. 1803', 'law:out': '47 U.S.C. 1812', 'law:other-title': '50 U.S.C. 1803' };
    const cited = (id: string) => ({ id, label: 'Law', start: 0, end: 1, surface: names[id], via: 'instrument:us-code', procedural: true });
    codifiedCitations([...mentions, cited('law:in'), cited('law:out'), cited('law:other-title')], apposed, (id) => names[id] ?? '');
    expect(apposed.get('law:in')).toBe('law:act');
    expect(apposed.has('law:out')).toBe(false);
    expect(apposed.has('law:other-title')).toBe(false);
  });
  it('reads through the whole pipeline', () => {
    const text = '# Cranes\n\nThis note is about harbour cranes.\n\nThe Harbour Crane Security Act of 2027, Pub. L. 120-14, codified at 47 U.S.C. 1801-1809, bars cranes from Velmar.\n\nUnder 47 U.S.C. 1803, agencies must remove the cranes.';
    const laws = [...new Set(analyseText(text).rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Law').map((m) => m.id)))];
    expect(laws).toEqual(['law:~harbour-crane-security-act']);
  });
});
