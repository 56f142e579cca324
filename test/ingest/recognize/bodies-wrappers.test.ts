// Where a body's name ends and an office, unit, event or programme written against it begins (grammar/names.yaml
// wrappers, titles and their ranks; bodies.ts wrapped, names.ts splitRun). Own sentences, invented names (helper-117).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.name}`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const entities = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`, bare)
    .sentences.flatMap((s) => s.mentions.flatMap((m) => [m, ...(m.parts ?? [])]))
    .map((m) => `${m.surface}=${m.id}`);

describe('a wrapper before a body', () => {
  it('leaves a unit or programme "of the" body out of its name', () => {
    expect(bodies('The Task Force of the Norland Ministry of Ports met on Friday.')).toEqual(['Norland Ministry of Ports => Norland Ministry of Ports']);
    expect(bodies('The State Partnership Program of the Valdmark Bureau of Trade ended.')).toEqual(['Valdmark Bureau of Trade => Valdmark Bureau of Trade']);
    expect(bodies('The Chief of Staff of the Harbour Safety Agency resigned.')).toEqual(['Harbour Safety Agency => Harbour Safety Agency']);
  });
  it('leaves coordinated titles "for the" body out of its name', () => {
    expect(bodies('The Principal Deputy Director and Chief Counsel for the Office of Harbour Controls spoke.')).toEqual([
      'Office of Harbour Controls => Office of Harbour Controls',
    ]);
    expect(bodies('The Director for Europe of the Valdmark Bureau of Trade spoke.')).toEqual(['Valdmark Bureau of Trade => Valdmark Bureau of Trade']);
  });
  it('keeps a unit with a name of its own, and a department\'s secretary', () => {
    expect(bodies('The Licensing Branch of the Ministry of Fisheries met.')).toEqual(['Licensing Branch of the Ministry of Fisheries => Licensing Branch of the Ministry of Fisheries']);
    expect(bodies('The Task Force for Harbour Security of Valdmark met.')).toEqual(['Task Force for Harbour Security of Valdmark => Task Force for Harbour Security of Valdmark']);
    expect(bodies('The Secretary of the Harbours spoke.')).toEqual(['Secretary of the Harbours => Department of the Harbours']);
  });
});

describe('a wrapper after a body', () => {
  it('ends the body\'s name before a place, a title or an event', () => {
    expect(bodies('The Norland Ministry of Ports Headquarters is large.')).toEqual(['Norland Ministry of Ports => Norland Ministry of Ports']);
    expect(bodies('The Valdmark Bureau of Trade Director spoke.')).toEqual(['Valdmark Bureau of Trade => Valdmark Bureau of Trade']);
    expect(bodies('The Harbour Safety Commission Chairman spoke.')).toEqual(['Harbour Safety Commission => Harbour Safety Commission']);
  });
  it('keeps an office named by its holder\'s title, and an organisation\'s own programme', () => {
    expect(bodies('The Office of the Norland Harbour Representative spoke.')).toEqual(['Office of the Norland Harbour Representative => Office of the Norland Harbour Representative']);
    expect(bodies('The Clean Harbour Network Initiative ended.')).toEqual(['Clean Harbour Network Initiative => Clean Harbour Network Initiative']);
  });
});

describe('a country after a body\'s name', () => {
  it('is the body\'s state and a name of its own', () => {
    expect(entities('Officials of the Ministry of Harbours of the People\'s Republic of China spoke.')).toEqual([
      'Ministry of Harbours=authority:~harbours-ministry',
      "People's Republic of China=jur:cn",
    ]);
  });
  it('is part of a name that has no "the" before it', () => {
    expect(bodies('The Harbour Administration of China spoke.')).toEqual(['Harbour Administration of China => Harbour Administration of China']);
  });
});

describe('a body named only through a title', () => {
  it('is written by the body\'s own name', () => {
    expect(entities('The Deputy Assistant Secretary for Quays of the Valdmark Bureau of Trade spoke.')).toEqual(['Valdmark Bureau of Trade=authority:~valdmark-trade-bureau']);
  });
});

describe('a company\'s office-holder and units', () => {
  it('name the company alone', () => {
    expect(bodies('The Chairman and Chief Executive of Harrow Optics Ltd. resigned.')).toEqual(['Harrow Optics Ltd. => Harrow Optics Ltd.']);
  });
  it('are no public body by a country in the company\'s name', () => {
    expect(findBodies('The Xian Research Institute of Norland Electronics Technology Group Corporation was listed.').map((f) => f.label)).toEqual(['Organization']);
    expect(findBodies('The Xian Research Institute of China Electronics Technology Group Corporation was listed.').map((f) => f.label)).toEqual(['Organization']);
    expect(findBodies('The China Academy of Harbour Technology was listed.').map((f) => f.label)).toEqual(['Authority']);
  });
});

describe('a country\'s word after "of the"', () => {
  it('opens the name of the body that holds the first', () => {
    expect(entities('The Harbin Institute of Drone Technology of the Chinese Academy of Harbours met.')).toEqual([
      'Harbin Institute of Drone Technology of the Chinese Academy of Harbours=authority:~harbin-institute-of-drone-technology-of-the-chinese-academy-of-harbours',
      'Chinese Academy of Harbours=authority:~cn-academy-of-harbours',
    ]);
  });
});

describe('a name on "Corporation", a head that is also a legal form', () => {
  const labels = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);
  it('is a company\'s by a country as its domain, a line of business or a group before it, or a legal form after it', () => {
    expect(labels('The Avionics Industry Corporation of Norway was listed.')).toEqual(['Avionics Industry Corporation of Norway => Company']);
    expect(labels('The Norland Electronics Technology Group Corporation was listed.')).toEqual(['Norland Electronics Technology Group Corporation => Company']);
    expect(labels('The Avionics Industry Corporation of Norway, Ltd. was listed.')).toEqual(['Avionics Industry Corporation of Norway, Ltd. => Company']);
  });
  it('stays a state\'s with a public qualifier or a country alone', () => {
    expect(labels('The Federal Harbour Insurance Corporation met.')).toEqual(['Federal Harbour Insurance Corporation => Authority']);
    expect(labels('The United States Harbour Finance Corporation met.')).toEqual(['United States Harbour Finance Corporation => Authority']);
  });
});

describe('a programme or plan after a body\'s purpose', () => {
  it('ends the domain after "<head> for": the body is named for it', () => {
    expect(bodies('The Norland Agency for Lunar Exploration Programme publishes its budget.')).toEqual([
      'Norland Agency for Lunar Exploration Programme => Norland Agency for Lunar Exploration Programme',
    ]);
    expect(bodies('The Valdmark Office for Harbour Renewal Strategy opened.')).toEqual(['Valdmark Office for Harbour Renewal Strategy => Valdmark Office for Harbour Renewal Strategy']);
  });
  it('is still left out after "<head> of", and a person after "for" still is', () => {
    expect(bodies('The Valdmark Bureau of Trade Program ended.')).toEqual(['Valdmark Bureau of Trade => Valdmark Bureau of Trade']);
    expect(bodies('The Norland Office for Harbour Safety Director resigned.')).toEqual(['Norland Office for Harbour Safety => Norland Office for Harbour Safety']);
  });
});
