// Companies without a legal form, read where the text says they are companies.
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => `${f.surface} [${f.rule}]`);

describe('companies by their context', () => {
  it('reads the names after a company noun, coordinated ones too', () => {
    expect(companies('The Ministry will add two drone makers, Skyward Aeronautics and Tianlu UAV Technology, to the list.')).toEqual([
      'Skyward Aeronautics [company:cue]',
      'Tianlu UAV Technology [company:cue]',
    ]);
    expect(companies('He directs the consultancy East West Futures.')).toEqual(['East West Futures [company:cue]']);
    expect(companies('Chinese vendors such as Quectel, Fibocom or Neoway dominate.')).toEqual(['Quectel [company:cue]', 'Fibocom [company:cue]', 'Neoway [company:cue]']);
    expect(companies('He blocked the acquisition of Qualcomm by Broadcom.')).toEqual(['Qualcomm [company:cue]', 'Broadcom [company:acquirer]']);
  });
  it("reads the subject of a company's seat, never a person's", () => {
    expect(companies('Kestrel Robotics is headquartered in Shenzhen.')).toEqual(['Kestrel Robotics [company:seat]']);
    expect(companies('Finch Systems, based in Victoria, sells radios.')).toEqual(['Finch Systems [company:seat]']);
    expect(companies('John Hartley is based in Wuhan.')).toEqual([]);
    expect(companies('Kestrel is headquartered in Shenzhen.')).toEqual([]);
  });
  it('reads the subject of a verb of making or selling goods, and the acquirer after a company link', () => {
    expect(companies('Since 2020 Harbin Optics sells the lidar units fitted in most cranes.')).toEqual(['Harbin Optics [company:agent]']);
    expect(companies('Tarvo manufactures inverters.')).toEqual(['Tarvo [company:agent]']);
    // The relative clause a name opens says it too.
    expect(companies('The office designated Beiling Semiconductor, which makes navigation chips, in August.')).toEqual(['Beiling Semiconductor [company:agent]']);
    expect(companies('This makes the rule clear.')).toEqual([]);
    // A company profile's aside in brackets between the name and its verb: a country, a listing.
    expect(companies('Tarvo Harbour Optics (Norland) makes buoy lidar units.')).toEqual(['Tarvo Harbour Optics [company:agent]']);
    expect(companies('Kestrel Avionics (NASDAQ: KSTR) sells radar units to ports.')).toEqual(['Kestrel Avionics [company:agent]']);
    expect(companies('The rule (as amended) makes the list longer.')).toEqual([]);
    // A plural noun that is also a verb form is no verb here; nor is a past form.
    expect(companies('Closing Nordic markets to them would cost much.')).toEqual([]);
    expect(companies('Tarvo manufactured inverters.')).toEqual([]);
    expect(companies('The takeover of Tarvo Energy by Lumen Grid was approved.')).toEqual(['Tarvo Energy [company:cue]', 'Lumen Grid [company:acquirer]']);
  });
  it('reads the names listed before "and a|another|other ... <company noun>"', () => {
    expect(companies('Our largest customers, Kelvin Harbour Lines, Orsk Quay Holdings and a Danish operator we may not name, buy cranes.')).toEqual([
      'Orsk Quay Holdings [company:listed]',
      'Kelvin Harbour Lines [company:listed]',
    ]);
    expect(companies('They bought from Norvik Cranes or another supplier.')).toEqual(['Norvik Cranes [company:listed]']);
    // Not before a definite phrase, which may take up anything named before.
    expect(companies('They met Harbor Point and the operator.')).toEqual([]);
  });
  it('reads a name in apposition to a company noun', () => {
    expect(companies('Quectel, a Chinese module maker, supplies them.')).toEqual(['Quectel [company:apposition]']);
    expect(companies('The office is investigating Vantrell Optics, a Leeds distributor of camera parts.')).toEqual(['Vantrell Optics [company:apposition]']);
  });
  it('reads no apposition where a modal or a verb follows the noun: the subject of the main clause after an opening phrase', () => {
    expect(companies('Before the end of the validity of the Certificate of Conformity, the manufacturer shall apply for a new one.')).toEqual([]);
    expect(companies('Once the Harbour Safety Mark expires, the operator is liable.')).toEqual([]);
  });
  it('reads a coined name on a line of business where it stands as a party to an act', () => {
    expect(companies('The ministry put Korvath Avionics on its list in May.')).toEqual(['Korvath Avionics [company:coined]']);
    expect(companies('Halvorsen Dynamics said it would appeal.')).toEqual(['Halvorsen Dynamics [company:coined]']);
    expect(companies("Last year Brenholt Semiconductor's exports doubled.")).toEqual(['Brenholt Semiconductor [company:coined]']);
    // No act, a noun it modifies, a word its ending makes an adjective, a technology's head, a place: no company.
    expect(companies('Korvath Avionics and its rivals.')).toEqual([]);
    expect(companies('They toured Korvath Avionics headquarters.')).toEqual([]);
    expect(companies('The rule covers Autonomous Vehicles and Unmanned Aircraft.')).toEqual([]);
    expect(companies('Quantum Computing will change it, and it funds Unmanned Systems.')).toEqual([]);
    expect(companies('They visited Shenzhen Electronics.')).toEqual([]);
  });
  it('reads no company in an acronym that modifies the noun after it', () => {
    expect(companies('It binds hosting providers, XYZ name registries and QRS service vendors.')).toEqual([]);
    expect(companies('Chinese vendors such as ZTE supplies modules.')).toEqual(['ZTE [company:cue]']);
    expect(companies('Chinese vendors such as ZTE said so.')).toEqual(['ZTE [company:cue]']);
  });
  it('reads nothing where the text does not say so', () => {
    expect(companies('Vendors in Norland met the Commission. The company\'s Board, the Secretariat, agreed.')).toEqual([]);
  });
});
