// Relation forms first-sight documents state and the reader missed (helper-425, issue 15): a result clause whose goods
// need a licence ("amended the rule so that X require a license"), an instrument compared in an aside ("X, enacted in the
// same package as Y, prohibits Z": X's act), a ban on the makers of a country ("prohibits manufacturers from China from
// accessing X": the country), and demands for information sent to parties (an investigation of them). Own sentences, real
// bodies and instruments; every first expectation read otherwise at main 49a2a5ef.
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const BIS = 'authority:bis';
const COMMERCE = 'authority:us-commerce';
const FTC = 'authority:~federal-trade-commission';
const ECRA = 'law:us:export-control-reform-act';
const PRIVACY = 'law:~privacy-act';
const DRONES = 'product:drones';
const LIDAR = 'product:~lidar-sensor';
const SEMIS = 'technology:semiconductors';
const DJI = 'company:dji';
const AUTEL = 'company:autel-robotics';
const CHINA = 'jur:cn';
const RUSSIA = 'jur:ru';

const rel = (type: string, pairs: [string, string][]): string[] => pairs.map(([a, b]) => `${a} ${type} ${b}`);

describe('an amendment whose result clause says the goods need a licence', () => {
  it('restricts the goods, the amending body acting', () => {
    expect(statedRelations('Last year the Commerce Department revised its rules so that foreign-made drones built with American software also require a license when shipped to Iran.')).toEqual(
      rel('RESTRICTS', [[COMMERCE, DRONES]]),
    );
    expect(statedRelations('The Bureau of Industry and Security changed the Export Administration Regulations so that exports of lidar sensors to Russia need an export licence.')).toEqual(
      rel('RESTRICTS', [[BIS, LIDAR]]),
    );
    expect(statedRelations('The Bureau of Industry and Security changed the rule so that semiconductors made abroad with United States equipment require a license.')).toEqual(
      rel('RESTRICTS', [[BIS, SEMIS]]),
    );
  });
  it('not where the licence is no longer needed or only obtainable', () => {
    expect(statedRelations('The Bureau of Industry and Security amended the Export Administration Regulations so that drones no longer require a license.')).toEqual([]);
    expect(statedRelations('The Bureau of Industry and Security amended the rules so that exporters can obtain a license for drones.')).not.toContain(`${BIS} RESTRICTS ${DRONES}`);
  });
});

describe('an instrument compared in an aside of the subject', () => {
  it('is no actor: the subject acts', () => {
    expect(statedRelations('The Privacy Act, enacted in the same bill as the Export Control Reform Act, prohibits the sale of drones.')).toEqual(rel('RESTRICTS', [[PRIVACY, DRONES]]));
  });
  it('but a conjunct after "as well as" and a name after "known as" still act', () => {
    expect(statedRelations('The Privacy Act, as well as the Export Control Reform Act, prohibits the sale of drones.')).toEqual(rel('RESTRICTS', [[ECRA, DRONES], [PRIVACY, DRONES]]));
    expect(statedRelations('A ban in the 2019 defense law, known as the Export Control Reform Act, takes effect, barring federal agencies from buying drones from DJI.')).toEqual(
      rel('RESTRICTS', [[ECRA, DJI], [ECRA, DRONES]]),
    );
  });
});

describe('a ban that bars the makers of a country from an act', () => {
  it('restricts the country named after "from" or "based in"', () => {
    expect(statedRelations('The Export Control Reform Act prohibits manufacturers from China from supplying drones.')).toEqual(rel('RESTRICTS', [[ECRA, CHINA], [ECRA, DRONES]]));
    expect(statedRelations('The Export Control Reform Act bars suppliers based in Russia and other hostile states from directly servicing drones.')).toEqual(
      rel('RESTRICTS', [[ECRA, RUSSIA], [ECRA, DRONES]]),
    );
  });
  it('not with no barred act, nor persons bound by their own state', () => {
    expect(statedRelations('The Export Control Reform Act prohibits manufacturers from China.')).toEqual([]);
    expect(statedRelations('The Export Control Reform Act bars U.S. persons from supplying drones.')).toEqual(rel('RESTRICTS', [[ECRA, DRONES]]));
  });
});

describe('demands for information sent to parties', () => {
  it('investigate those they are sent to', () => {
    expect(statedRelations('The Federal Trade Commission sent demands for information to DJI and Autel Robotics.')).toEqual(rel('INVESTIGATES', [[FTC, AUTEL], [FTC, DJI]]));
    expect(statedRelations('The Federal Trade Commission served information demands on DJI.')).toEqual(rel('INVESTIGATES', [[FTC, DJI]]));
    expect(statedRelations('The Federal Trade Commission subpoenaed DJI and Autel Robotics.')).toEqual(rel('INVESTIGATES', [[FTC, AUTEL], [FTC, DJI]]));
  });
  it('not a demand made of them', () => {
    expect(statedRelations('The Federal Trade Commission demanded that DJI stop selling drones.')).toEqual([]);
  });
});

describe('permission for goods prevented', () => {
  const FCC = 'authority:fcc';
  const COVERED = 'law:us:fcc-covered-list';
  const SECURE = 'law:us:secure-equipment-act';
  const COMPONENTS = 'product:~drone-component';
  it('restricts the goods after "for", the instrument a relative clause is on acting', () => {
    expect(statedRelations('The Secure Equipment Act, which prevents new equipment authorizations for drones, was signed in 2021.')).toEqual(rel('RESTRICTS', [[SECURE, DRONES]]));
  });
  it('restricts each of the goods "them" takes up, coordinated before it', () => {
    expect(
      statedRelations('The Federal Communications Commission has added drones and drone components produced in China to its Covered List, which prevents new equipment authorizations for them.'),
    ).toEqual([...rel('ADDS_TO_LIST', [[FCC, DRONES], [FCC, COMPONENTS]]), ...rel('RESTRICTS', [[COVERED, DRONES], [COVERED, COMPONENTS]])].sort());
  });
  it('not a prevention of something else', () => {
    expect(statedRelations('The Secure Equipment Act, which prevents fraud in the sale of drones, was signed in 2021.')).toEqual([]);
  });
});

describe('goods that name the line of companies named after them', () => {
  it('are no object: the act is on the companies', () => {
    expect(statedRelations('The Federal Trade Commission sent demands for information to two makers of drones, DJI and Autel Robotics.')).toEqual(
      rel('INVESTIGATES', [[FTC, AUTEL], [FTC, DJI]]),
    );
    expect(statedRelations('The Bureau of Industry and Security added two makers of drones, DJI and Autel Robotics, to the Entity List.')).toEqual(
      rel('ADDS_TO_LIST', [[BIS, AUTEL], [BIS, DJI]]),
    );
  });
  it('but are where no company is named after them', () => {
    expect(statedRelations('The Federal Trade Commission opened an investigation into makers of drones.')).toEqual(rel('INVESTIGATES', [[FTC, DRONES]]));
  });
});

describe('a capitalised "May" inside a sentence', () => {
  it('is the month, no modal: the clause subject after it acts', () => {
    expect(statedRelations('In May the Bureau of Industry and Security amended the Export Administration Regulations so that drones require a license.')).toEqual(
      rel('RESTRICTS', [[BIS, DRONES]]),
    );
  });
});

describe('services or platforms a ban keeps from trading', () => {
  it('are the parties it binds, no goods it restricts', () => {
    expect(statedRelations('The Export Control Reform Act prohibits app stores and cloud services from distributing drones.')).toEqual(rel('RESTRICTS', [[ECRA, DRONES]]));
  });
  it('but goods kept from another act stay its object', () => {
    expect(statedRelations('The Export Control Reform Act bars drones from flying over stadiums.')).toEqual(rel('RESTRICTS', [[ECRA, DRONES]]));
    expect(statedRelations('The Export Control Reform Act prohibits cloud services.')).toEqual(rel('RESTRICTS', [[ECRA, 'technology:~cloud-service']]));
  });
});
