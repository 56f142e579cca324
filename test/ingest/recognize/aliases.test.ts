// A second name the text gives for what it just named ("also known as", "also called", a quoted term of a thing) is the
// same entity. Own sentences, invented companies and acts.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const named = (md: string, label: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => m.label === label).map((m) => `${m.surface}=${m.id}`));

describe('a second name given in the text', () => {
  it('"also known as" a name read elsewhere by the grammar is the first entity', () => {
    const md = 'Harlow Systems Inc., also known as Brightline Telematics, makes buoy radio modules. The agency barred Brightline Telematics in May.';
    expect(new Set(named(md, 'Company'))).toEqual(new Set(['Harlow Systems Inc.=company:~harlow-systems-inc', 'Brightline Telematics=company:~harlow-systems-inc']));
  });
  it('"also known as" in parentheses, with "the", names an act', () => {
    const md = 'The Harbour Security Act 2021 (also known as the Buoy Act) applies to buoy radios. The Buoy Act bans buoy radios made by Harlow Systems Inc.';
    expect(new Set(named(md, 'Law'))).toEqual(new Set(['Harbour Security Act 2021=law:~harbour-security-act-2021', 'Buoy Act=law:~harbour-security-act-2021']));
  });
  it('a thing "also called" a lower-case phrase, or given one in quotes, is one thing', () => {
    const called = 'The rule covers telematics control units, also called telematics boxes, sold by Harlow Systems Inc. Later the agency barred telematics boxes made by Harlow Systems Inc.';
    const quoted = 'The rule covers telematics control units ("telematics boxes") sold by Harlow Systems Inc. Later the agency barred telematics boxes made by Harlow Systems Inc.';
    for (const md of [called, quoted]) expect(new Set(named(md, 'Product'))).toEqual(new Set(['telematics control units=product:~telematics-control-unit', 'telematics boxes=product:~telematics-control-unit']));
  });
  it('takes no single lower-case word for a thing\'s second name', () => {
    const md = 'The rule covers telematics control units, also called the box, sold by Harlow Systems Inc. The box ships in May.';
    expect(named(md, 'Product').filter((m) => m.startsWith('box='))).toEqual([]);
  });
  it('a catalog entity keeps its own id, and no cue no alias', () => {
    const md = 'The rule covers Harlow Systems Inc., also known as the Bureau of Industry and Security. The agency barred Harlow in May.';
    expect(named(md, 'Authority')).toEqual(['Bureau of Industry and Security=authority:bis']);
    expect(named('Harlow Systems Inc., a supplier of Brightline Telematics, makes modules. The agency barred Brightline Telematics in May.', 'Company')).toContain('Brightline Telematics=company:~brightline-telematics');
  });
  it('a quoted term of things in brackets closing the phrase a thing opens, its model and brand between, names that thing', () => {
    const md = 'Harbour cameras sold under the Harlow brand, model HC-4 and its twin pack HC-4D (the "Products"), are recalled. The Office banned the Products in June.';
    expect(new Set(named(md, 'Product'))).toEqual(new Set(['Harbour cameras=product:~harbour-camera', 'Products=product:~harbour-camera']));
    // Then "in" and a place: the capitals run on, but no thing is named "X in Y".
    const placed = 'Harbour cameras sold under the Harlow brand, model HC-4 (the "Products"), are recalled.\n\nThe Office banned the supply of the Products in Kestria under the Quay Safety Act 2030.';
    expect(named(placed, 'Product').filter((m) => m.startsWith('Products=')).length).toBe(2);
  });
  it('so does a lower-case quoted term the brackets give "referred to as" or "collectively"', () => {
    const referred = 'The Office banned harbour telemetry modules made by Harlow Systems Inc. (referred to in this order as "covered modules"). Operators must remove covered modules by June.';
    const collectively = 'The Office banned harbour telemetry modules made by Harlow Systems Inc. (collectively, "covered modules"). Operators must remove covered modules by June.';
    for (const md of [referred, collectively]) expect(new Set(named(md, 'Product'))).toEqual(new Set(['harbour telemetry modules=product:~harbour-telemetry-module', 'covered modules=product:~harbour-telemetry-module']));
    // Two things before it: the term names both, no one of them.
    const two = 'The Office banned harbour telemetry modules and buoy radios made by Harlow Systems Inc. (collectively, "covered devices"). Operators must remove covered devices by June.';
    expect(named(two, 'Product').filter((m) => m.startsWith('covered devices=product:~harbour'))).toEqual([]);
  });
  it('not where two things come before it, nor a term that is no head of things', () => {
    const two = 'Harbour cameras and buoy radios sold under the Harlow brand, model HC-4 (the "Products"), are recalled. The Office banned the Products in June.';
    expect(named(two, 'Product').filter((m) => m.startsWith('Products='))).toEqual([]);
    const other = 'Harbour cameras sold under the Harlow brand, model HC-4 (the "Recall"), are recalled. The Recall ends in June.';
    expect(named(other, 'Product').filter((m) => m.startsWith('Recall='))).toEqual([]);
  });
});

describe('a statute\'s popular name after its citation', () => {
  // The authority clause of a US executive order names some statutes by date and citation, then their popular name in a
  // second bracket: "the Act of <date> (<U.S.C. citation>) (commonly known as the <name>)". The citation and the name are
  // one instrument.
  it('"commonly" or "popularly known as" after a citation\'s bracket names the cited act', () => {
    const md = 'By the authority vested in me, including the Act of June 3, 1931 (46 U.S.C. 901-909) (commonly known as the Buoy Lighting Act), it is ordered as follows.';
    expect(new Set(named(md, 'Law'))).toEqual(new Set(['46 U.S.C. 901-909=law:~buoy-lighting-act', 'Buoy Lighting Act=law:~buoy-lighting-act']));
    const act = 'The Harbour Security Act (46 U.S.C. 9301 et seq.) (popularly known as the Quay Act) applies to buoy radios.';
    expect(new Set(named(act, 'Law'))).toEqual(new Set(['Harbour Security Act=law:~harbour-security-act', '46 U.S.C. 9301=law:~harbour-security-act', 'Quay Act=law:~harbour-security-act']));
  });
  it('a catalog act keeps its id and takes the popular name', () => {
    const md = 'The Trade Act of 1974 (19 U.S.C. 2101 et seq.) (commonly known as the Norland Tariff Act) is cited.';
    expect(new Set(named(md, 'Law'))).toEqual(new Set(['Trade Act of 1974=law:us:trade-act-1974', '19 U.S.C. 2101=law:us:trade-act-1974', 'Norland Tariff Act=law:us:trade-act-1974']));
  });
});
