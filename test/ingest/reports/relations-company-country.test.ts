// A company called by its country's demonym and a noun of companies is of that country (relation-rules.yaml
// demonym-company, company-demonym; relations.ts companyOf). Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { readRelations } from './helpers.ts';

const seats = (text: string): string[] =>
  readRelations(text)
    .filter((r) => r.type === 'HEADQUARTERED_IN')
    .map((r) => `${r.start} ${r.end} ${r.rule}`);

describe("a company's country by its demonym", () => {
  it('reads the demonym before a noun of companies and the name after it', () => {
    expect(seats('The Chinese company Marrowby Cable Co., Ltd. makes harbour cranes.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn demonym-company']);
    expect(seats('The Board listed two Norwegian suppliers of tidal turbines, Marrowby Cable Co., Ltd. and Kestrel Cranes Ltd.')).toContain('company:~marrowby-cable-co-ltd jur:no demonym-company');
  });

  it('reads the demonym of an apposition after the name', () => {
    expect(seats('Marrowby Cable Co., Ltd., a Chinese supplier of harbour cranes, was listed.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn company-demonym']);
    expect(seats('Marrowby Cable Co., Ltd., a state-owned Chinese crane maker, was listed.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn company-demonym']);
  });

  it('reads every name listed after the noun, and none a relative clause names', () => {
    expect(seats('The Board listed two Norwegian suppliers of tidal turbines, Marrowby Cable Co., Ltd. and Kestrel Cranes Ltd.').sort()).toEqual([
      'company:~kestrel-cranes-ltd jur:no demonym-company',
      'company:~marrowby-cable-co-ltd jur:no demonym-company',
    ]);
    expect(seats('Three Chinese crane makers, Marrowby Cable Co., Ltd., Kestrel Cranes Ltd. and Osprey Lifts Ltd., were listed.').sort()).toEqual([
      'company:~kestrel-cranes-ltd jur:cn demonym-company',
      'company:~marrowby-cable-co-ltd jur:cn demonym-company',
      'company:~osprey-lifts-ltd jur:cn demonym-company',
    ]);
    expect(seats('Two Chinese crane makers, which sell to Marrowby Cable Co., Ltd. and Kestrel Cranes Ltd., were named.')).toEqual([]);
    expect(seats('The Chinese company Osprey Lifts Ltd. sold cranes to Marrowby Cable Co., Ltd. and Kestrel Cranes Ltd.')).toEqual(['company:~osprey-lifts-ltd jur:cn demonym-company']);
  });

  it("never the goods' country, nor a demonym before another noun", () => {
    expect(seats('Marrowby Cable Co., Ltd., a supplier of Chinese harbour cranes, was listed.')).toEqual([]);
    expect(seats('The Chinese government asked Marrowby Cable Co., Ltd. to report.')).toEqual([]);
    expect(seats('Kestrel Cranes Ltd. sells its cranes under the Malaysian brand Marrowby Cable Co., Ltd.')).toEqual([]);
  });
});

describe("a company's country by its seat's town", () => {
  it('reads a town after "headquartered in" and a town before "-based", and the company they are said of', () => {
    expect(seats('Marrowby Robotics is headquartered in Shenzhen.')).toEqual(['company:~marrowby-robotics jur:cn headquartered-in']);
    expect(seats('Marrowby Cable Co., Ltd. is a Wuhan-based maker of harbour cranes.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn company-demonym']);
    expect(seats('The Hangzhou-based drone maker Marrowby Cable Co., Ltd. was listed.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn demonym-company']);
    expect(seats('Wuhan-based Marrowby Cable Co., Ltd. was listed.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn demonym-company']);
  });

  it('reads a demonym in a predicate too, and no seat in a town two countries share', () => {
    expect(seats('Marrowby Cable Co., Ltd. is a Chinese drone maker.')).toEqual(['company:~marrowby-cable-co-ltd jur:cn company-demonym']);
    expect(seats('Marrowby Cable Co., Ltd. is based in Victoria.')).toEqual([]);
  });
});

describe("a Chinese company's seat by its registered name", () => {
  it('places a name that opens with a mainland town and ends with its form in China, where no sentence states the seat', () => {
    expect(seats('The Board listed Shenzhen Marrowby Cable Co., Ltd. and Hefei Kestrel Cranes Company Limited.').sort()).toEqual([
      'company:~hefei-kestrel-cranes-company-limited jur:cn name-seat',
      'company:~shenzhen-marrowby-cable-co-ltd jur:cn name-seat',
    ]);
  });
  it("not a name without the form, another country's town, nor a company whose seat a sentence states", () => {
    expect(seats('The Board listed the crane maker Shenzhen Marrowby Cable. It listed Berlin Kestrel Cranes Co., Ltd. too.')).toEqual([]);
    expect(seats('Shenzhen Marrowby Cable Co., Ltd. is a Norwegian crane maker.')).toEqual(['company:~shenzhen-marrowby-cable-co-ltd jur:no company-demonym']);
  });
});
