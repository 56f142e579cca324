// Things named as members of a class ("technologies such as X and Y"): the hyponym pattern of members.ts.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';

const members = (text: string): string[] => findMembers(text).map((f) => `${f.surface}:${f.label}`);

describe('findMembers', () => {
  it('reads the members listed after a class of things, up to the first word no noun phrase holds', () => {
    expect(members('Operators may deploy any new technology, including machine vision, where it helps.')).toEqual(['machine vision:Technology']);
    expect(members('The duty covers imported goods, including tidal turbines and battery racks.')).toEqual(['tidal turbines:Product', 'battery racks:Product']);
    expect(members('Technologies such as route planning and fleet telemetry are growing.')).toEqual(['route planning:Technology', 'fleet telemetry:Technology']);
    // Services and one system are no class word: their members are mostly activities and parts.
    expect(members('Services such as route planning and fleet telemetry are growing.')).toEqual([]);
    expect(members('The quality system, including test records and calibration data, is kept.')).toEqual([]);
  });
  it('takes the head before a post-modifier for the class word, and skips a possessive determiner opening a member', () => {
    expect(members('The rules bind products with digital elements, including our tidal turbine dongles, from 2030.')).toEqual(['tidal turbine dongles:Product']);
    expect(members('The duty covers goods, including our tidal turbines and their battery racks.')).toEqual(['tidal turbines:Product', 'battery racks:Product']);
    // A post-modifier on a word that is no class of things makes none.
    expect(members('The port has quays with deep berths, including crane dongles.')).toEqual([]);
  });
  it('reads a unit of measure as the noun it is ("meters" are compromise\'s Unit, and devices)', () => {
    expect(members('connected devices, such as routers, smart meters and security cameras')).toEqual(['routers:Product', 'smart meters:Product', 'security cameras:Product']);
  });
  it('takes a list of unknown words as things when one member is a phrase on a head noun', () => {
    expect(members('The kit offers helper functions such as cabin monitoring, collision sensors and valet control.')).toEqual([
      'cabin monitoring:Product', 'collision sensors:Product', 'valet control:Product',
    ]);
    // No member on a head and a class that is no thing: no list of things.
    expect(members('The plan covers topics such as port security and staff training.')).toEqual([]);
    // One member after a class that is no thing is no list: the pattern adds nothing to the phrase alone.
    expect(members('An update could stop pumps across a region, including advanced systems that plants use.')).toEqual([]);
  });
  it('takes the words before a bracketed acronym as the member and goes on after its phrase', () => {
    expect(members('New technologies, including machine-to-grid (M2G) signalling and remote metering, are spreading.')).toEqual([
      'machine-to-grid:Technology', 'remote metering:Technology',
    ]);
  });
  it('reads no list that has actors in it, no determiner phrase and no capitalised name', () => {
    expect(members('The sector, including chips, modules, vendors and fleet services, grew.')).toEqual([]);
    expect(members('Certain devices, including the ones sold online, fail.')).toEqual([]);
    // The member after "and" closes the list: the verb after its comma is none.
    expect(members('Several technologies, including route tracking and crane telemetry, failed.')).toEqual(['route tracking:Technology', 'crane telemetry:Technology']);
    expect(members('Foreign systems, including Norland Grid, were reviewed.')).toEqual([]);
  });
  it('reads a word coordinated with a phrase on a head as its modifier, and a noun with "of" as no member', () => {
    expect(members('The levy covers devices, including electrical or optical harbour sensors.')).toEqual(['optical harbour sensors:Product']);
    expect(members('The levy covers products, including tidal turbines and manuals of the operator.')).toEqual(['tidal turbines:Product']);
  });
  it('ends a member at a past form or a gerund opening a clause', () => {
    expect(members('Tariffs hit equipment, including harbour cranes manufactured abroad.')).toEqual(['harbour cranes:Product']);
    expect(members('Tariffs hit equipment, including drones using foreign chips.')).toEqual(['drones:Product']);
  });
  it('ends a member before the verb of its clause, the word a determiner follows', () => {
    expect(members('Modules in consumer products such as fitness trackers pose no risk.')).toEqual(['fitness trackers:Product']);
    expect(members('Goods such as harbour cranes need a licence, and devices such as tidal gauges that log data are listed.')).toEqual(['harbour cranes:Product', 'tidal gauges:Product']);
  });
  it('reads members after a discourse marker, without a row number after them, and no participle clause or verb phrase as a member', () => {
    expect(members('The ban covers devices, including for example smart cameras and routers.')).toEqual(['smart cameras:Product', 'routers:Product']);
    // A bare number or a short label after the words is the row's or paragraph's number.
    expect(members('Equipment such as battery racks and charging posts 14 are listed.')).toEqual(['battery racks:Product', 'charging posts:Product']);
    expect(members('Equipment such as battery racks and charging posts B7 are listed.')).toEqual(['battery racks:Product', 'charging posts:Product']);
    // A gerund governing a preposition opens a clause; a gerund ending the member at a separator or verb is its head.
    expect(members('Technologies, such as sonar arrays and cable routers connecting to the grid, spread.')).toEqual(['sonar arrays:Technology', 'cable routers:Product']);
    expect(members('Technologies such as fleet telemetry and cloud computing are growing.')).toEqual(['fleet telemetry:Technology', 'cloud computing:Technology']);
    expect(members('New technologies, including sonar arrays, and taking into account the grid, spread.')).toEqual(['sonar arrays:Technology']);
    // "or other tools" names the class of the members before it; an adverb with a verb is no member.
    expect(members('Technologies such as sonar arrays or other tools are listed.')).toEqual(['sonar arrays:Technology']);
    expect(members('Technologies such as sonar arrays, quietly load beacons.')).toEqual(['sonar arrays:Technology']);
  });
});
