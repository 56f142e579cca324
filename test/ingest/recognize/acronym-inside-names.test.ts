// A short name defined in brackets inside a longer name ("the <words> (<acronym>) <head>"), the acronym spelling the words
// before the brackets, is read with the name, and the acronym with the rest of the name's words after the brackets names
// the same entity after it (bodies.ts acronymInName, instruments.ts acronymInNames, definitions.ts). Own sentences;
// bodies and instruments fictional, a territory by its public name.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const named = (md: string, labels: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), labels);
const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.name} [${f.rule}]`);

describe('a body head after an acronym in brackets that spells the words before it', () => {
  it('names the body from the words to the head', () => {
    expect(bodies('The Harbour Testing and Certification (HTC) Directorate tests cameras.')).toEqual([
      'Harbour Testing and Certification (HTC) Directorate => Harbour Testing and Certification Directorate [body:acronym-in-name]',
    ]);
  });
  it('is the same body where the acronym and the head name it later', () => {
    expect(named('The Harbour Testing and Certification (HTC) Directorate tests cameras. The HTC Directorate later certified a router from Kestrel Ltd.', 'Authority')).toEqual([
      'Harbour Testing and Certification (HTC) Directorate=authority:~harbour-testing-and-certification-directorate',
      'HTC Directorate=authority:~harbour-testing-and-certification-directorate',
    ]);
  });
  it('names nothing where the acronym spells no words before it, or the head opens an "of" part', () => {
    expect(bodies('The Harbour Testing and Certification (QRS) Directorate tests cameras.')).toEqual([]);
    expect(bodies('The Northern Realm (NR) Department of Fisheries issued a notice.').filter((b) => b.includes('acronym-in-name'))).toEqual([]);
  });
});

describe("a government named with its territory's short form in brackets", () => {
  it('is the same government where the short form and the word name it later', () => {
    expect(named('The Hong Kong Special Administrative Region (HKSAR) Government restricted exports of drones. The HKSAR Government later banned Kestrel Ltd.', 'Authority')).toEqual([
      'Hong Kong Special Administrative Region (HKSAR) Government=authority:~government-of-hong-kong',
      'HKSAR Government=authority:~government-of-hong-kong',
    ]);
  });
});

describe('an instrument with words between the acronym in brackets and its head', () => {
  it('is one instrument with the acronym, the words and the head later', () => {
    expect(named('The Coastal Vendor Security (CVS) Review Rule restricts cranes. The CVS Review Rule names Kestrel Ltd.', 'Law')).toEqual([
      'Coastal Vendor Security (CVS) Review Rule=law:~coastal-vendor-security-review-rule',
      'CVS Review Rule=law:~coastal-vendor-security-review-rule',
    ]);
  });
});
