// "the Select Committee" after "the House Select Committee on Harbour Security": a body named with two words or more
// before its head and a domain after it is named by the word before its head and the head (short-names.ts headStemNames),
// one body, not a second one read from the stem. Own sentences.
import { describe, expect, it } from 'vitest';
import { headStemNames } from '../../../ingest/recognize/short-names.ts';
import { recogniseMarkdown } from './helpers.ts';

const authorities = (md: string): string[][] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .sentences.filter((s) => s.sentence.text !== 'T')
    .map((s) => s.mentions.filter((m) => m.label === 'Authority').map((m) => `${m.surface}=${m.id}`));

describe("a body's stem before its head", () => {
  it('is read from a long name with two words or more before the head', () => {
    expect(headStemNames('House Select Committee on Harbour Security')).toEqual(['Select Committee']);
    expect(headStemNames('the Joint Standing Committee on the Harbour Trade')).toEqual(['Standing Committee']);
  });
  it('is none for one word before the head, a state before it, or no domain after it', () => {
    expect(headStemNames('Select Committee on Harbour Security')).toEqual([]);
    expect(headStemNames('United States Department of Commerce')).toEqual([]);
    expect(headStemNames('House Select Committee')).toEqual([]);
  });
  it('names the body the document names in full', () => {
    const got = authorities('The House Select Committee on Harbour Security met in May. Select Committee staff visited three ports. The Select Committee then wrote to Harrow Optics Ltd.');
    const id = got[0][0].split('=')[1];
    expect(got[1]).toEqual([`Select Committee=${id}`]);
    expect(got[2]).toEqual([`Select Committee=${id}`]);
  });
  it('binds the stem two bodies share to neither', () => {
    const got = authorities('The House Select Committee on Harbour Security and the Joint Select Committee on Crane Safety met. The Select Committee wrote to Harrow Optics Ltd.');
    const ids = new Set(got[0].map((x) => x.split('=')[1]));
    expect(got[1].some((x) => ids.has(x.split('=')[1]))).toBe(false);
  });
});
