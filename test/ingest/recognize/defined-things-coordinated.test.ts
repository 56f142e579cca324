// A defined term of things that ends in two heads coordinated ("... equipment or service") is one name: where the
// document defines it itself, and where it inherits the definition from its chapter (a US Code section reads the terms
// another section of its chapter defines: reports/chapter.ts); a text's shortening of it to its first conjunct names the
// same class (defined-things.ts quotedDefinedThings, coordinatedConjuncts; index.ts inheritedTerms). Own sentences
// (helper-277, dev75: 47 U.S.C. 1607's "suppliers of communications equipment or services" was cut to "communications
// equipment").
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../ingest/recognize/index.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';
import { matcher } from './helpers.ts';

const THING = new Set(['Product', 'Technology']);
/** Each thing mention as "surface=entity name", a markdown text read with the definitions it inherits. */
const things = (body: string, inherited: { term: string; text: string }[] = []): string[] => {
  const report = { ...parseReport(textSource(`# T\n\n${body}`, 'markdown')), inherited: inherited.map((d, i) => ({ ...d, scope: 'chapter' as const, locator: `s9.xml#/us/usc/t99/s9/${i}` })) };
  const rec = recognise(report, matcher);
  const names = new Map(rec.entities.map((e) => [e.id, e.name.toLowerCase()]));
  return rec.sentences.flatMap((s) => s.mentions.filter((m) => THING.has(m.label)).map((m) => `${m.surface}=${names.get(m.id) ?? m.id}`));
};

describe('a coordinated defined term of things', () => {
  const chapter = [{ term: 'network equipment or service', text: 'The term “network equipment or service” means any equipment or service that carries traffic on a network.' }];
  it('inherited from the chapter, is one name where the section writes it, singular or plural', () => {
    const got = things('The Administrator shall brief trusted vendors of network equipment or services every quarter, and list each network equipment or service it reviews.', chapter);
    expect(got).toEqual(['network equipment or services=network equipment or service', 'network equipment or service=network equipment or service']);
  });
  it('not inherited, the section reads the first conjunct alone, as before', () => {
    expect(things('The Administrator shall brief trusted vendors of network equipment or services every quarter.')).not.toContain('network equipment or services=network equipment or service');
  });
  it('defined by the document itself with five words, and shortened to its first conjunct, is one class', () => {
    const got = things(
      '(3) The term “restricted sensor equipment or service” means any sensor equipment or service that a listed company produces.\n\n' +
        'A carrier may not buy restricted sensor equipment or services, and shall remove restricted sensor equipment it already runs.',
    );
    const of = (surface: string): string | undefined => got.find((x) => x.startsWith(`${surface}=`))?.split('=')[1];
    expect(of('restricted sensor equipment or services')).toBeDefined();
    expect(of('restricted sensor equipment')).toBe(of('restricted sensor equipment or services'));
  });
});
