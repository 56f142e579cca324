// A thing the text classes as a category ("qualifying as ...", grammar/things.yaml class-links) names that category as a
// class of things, kept however often it is written (classed-things.ts), and so does a thing an act lists in an annex of
// its own (annex-listed-things.ts); both applied by index.ts settleTentative. Own sentences.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';

const names = (md: string): string[] => settleTentative(recogniseMarkdown(`# T\n\n${md}`), new Set()).entities.map((e) => e.name);

describe('a category a thing is classed as', () => {
  it('is a class of things, written once', () => {
    expect(names('Manufacturers of tide sensors qualifying as free and open-source firmware shall keep records.')).toContain('free and open-source firmware');
    expect(names('A tide sensor classified as a coastal monitoring appliance shall be labelled.')).toContain('coastal monitoring appliance');
  });
  it('is not kept by the link alone, without a thing before it, nor written once elsewhere', () => {
    expect(names('Projects qualifying as free and open-source firmware shall keep records.')).not.toContain('free and open-source firmware');
    expect(names('Manufacturers of tide sensors shall keep records of free and open-source firmware.')).not.toContain('free and open-source firmware');
    expect(names('A tide sensor next to a coastal monitoring appliance shall be labelled.')).not.toContain('coastal monitoring appliance');
  });
});

describe('a thing an act lists in its own annex', () => {
  it('is a class of things, written once', () => {
    const act = '# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules. ';
    expect(names(`${act}By way of derogation, important tide sensors as listed in Annex II shall be tested by a notified body.`)).toContain('important tide sensors');
    expect(names(`${act}By way of derogation, important tide sensors shall be tested by a notified body.`)).not.toContain('important tide sensors');
  });
});
