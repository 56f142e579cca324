// A document's own definitions of things without quotes, a second name after a maker's name that closes a thing's phrase,
// and a term in brackets right after that maker's name: each names the thing, not a second thing nor the company. Own
// sentences, invented companies and goods.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf, surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Product', 'Technology']);

describe('definitions of things without quotes', () => {
  it('"In this order, X means Y.": X is Y, here and later', () => {
    const md = 'The Office banned harbour telemetry modules in May. In this order, buoy radio modules means harbour telemetry modules. Operators must remove buoy radio modules by June.';
    expect(new Set(things(md))).toEqual(new Set(['buoy radio modules=product:~harbour-telemetry-module', 'harbour telemetry modules=product:~harbour-telemetry-module']));
  });
  it('a definition by a class and its difference ("Y made by Z") names a narrower class of its own', () => {
    const md = 'In this order, buoy radio modules means harbour telemetry modules made by Harlow Systems Inc. Operators must remove buoy radio modules by June.';
    expect(things(md).filter((m) => m.startsWith('buoy radio modules=product:~harbour'))).toEqual([]);
  });
  it('"For purposes of this section," opens it too; a list after "means" is a class, no other name of its first item', () => {
    const md = 'For purposes of this section, buoy radio modules means harbour telemetry modules; operators must remove buoy radio modules by June.';
    expect(things(md)).toContain('buoy radio modules=product:~harbour-telemetry-module');
    // "the term" names the words after it: no part of the name.
    const term = 'For purposes of this section, the term buoy radio modules means harbour telemetry modules. Operators must remove buoy radio modules by June.';
    expect(new Set(things(term))).toEqual(new Set(['buoy radio modules=product:~harbour-telemetry-module', 'harbour telemetry modules=product:~harbour-telemetry-module']));
    const listed = 'In this order, buoy radio modules means harbour telemetry modules, marine radars and sonar units. Operators must remove buoy radio modules by June.';
    expect(things(listed).filter((m) => m.startsWith('buoy radio modules=product:~harbour'))).toEqual([]);
  });
  it('no lead, no definition: "means" inside a clause is no definition of the thing before it', () => {
    const md = 'A ban on harbour telemetry modules means buoy radio modules will be scarce. Operators must remove buoy radio modules by June.';
    expect(things(md).filter((m) => m.startsWith('buoy radio modules=product:~harbour'))).toEqual([]);
  });
});

describe('a second name or a term after a maker\'s name that closes a thing\'s phrase', () => {
  it('"X made by Y, also known as Z" / "known in the industry as Z": Z is X, not a second thing', () => {
    for (const cue of ['also known as', 'known in the industry as']) {
      const md = `The Office banned harbour telemetry modules made by Harlow Systems Inc., ${cue} buoy link units. Operators must remove buoy link units by June.`;
      expect(things(md).filter((m) => m.startsWith('buoy link units='))).toEqual(['buoy link units=product:~harbour-telemetry-module', 'buoy link units=product:~harbour-telemetry-module']);
    }
  });
  it('a company\'s second name stays the company\'s', () => {
    const md = 'The Office banned harbour telemetry modules made by Harlow Systems Inc., also known as Brightline Telematics. The agency barred Brightline Telematics in May.';
    const companies = mentionsOf(recogniseMarkdown(`# T\n\n${md}`), 'Company').map((m) => m.id);
    expect(new Set(companies)).toEqual(new Set(['company:~harlow-systems-inc']));
  });
  it('\'X made by Y (hereinafter "HT modules")\', \'(the "Modules")\': the term is X\'s and later uses of it are X', () => {
    const hereinafter = 'The Office banned harbour telemetry modules made by Harlow Systems Inc. (hereinafter "HT modules"). Operators must remove HT modules by June.';
    expect(things(hereinafter).filter((m) => m.startsWith('HT modules='))).toEqual(['HT modules=product:~harbour-telemetry-module', 'HT modules=product:~harbour-telemetry-module']);
    const the = 'The Office banned harbour telemetry modules made by Harlow Systems Inc. (the "Modules"). Operators must remove the Modules by June.';
    expect(things(the).filter((m) => m.startsWith('Modules='))).toEqual(['Modules=product:~harbour-telemetry-module', 'Modules=product:~harbour-telemetry-module']);
  });
  it('a company\'s own words in the term keep it the company\'s term', () => {
    const md = 'The Office banned harbour telemetry modules made by Harlow Devices Ltd. ("Harlow Devices"). The agency barred Harlow Devices in May.';
    expect(things(md).filter((m) => m.startsWith('Harlow Devices='))).toEqual([]);
  });
});
