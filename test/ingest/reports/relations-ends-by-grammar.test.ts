// Which name in a sentence is no end of the act, read by grammar (helper-257, issue 15; dev69's 20-F risk factors showed
// both at first sight): a singular thing coordinated before a noun of companies modifies it ("drone and camera makers":
// no listed goods; relations.ts isModifier); a country before the public bodies a prohibition keeps "from" doing
// something is their own state, no target (relation-rules.yaml ownBodies). Own sentences, real public bodies and laws,
// no document's names; each first expectation failed before the change.
import { describe, expect, it } from 'vitest';
import { BIS } from './ids.ts';
import { statedRelations } from './helpers.ts';

const CHINA = 'jur:cn';
const DRONES = 'product:drones';
const LIDAR = 'product:~lidar-sensor';
const DRONE_ACT = 'law:~drone-act';

describe('a thing coordinated before a noun of companies', () => {
  it('modifies the noun and is listed nowhere', () => {
    expect(statedRelations('The Bureau of Industry and Security added two Chinese drone and camera makers to the Entity List.')).toEqual([]);
    expect(statedRelations('The Department of Commerce added several drone and module suppliers to the Entity List in May.')).toEqual([]);
  });
  it('and so does the first of a longer list of such nouns ("drone, radar and battery makers")', () => {
    expect(statedRelations('The Bureau of Industry and Security has added many Chinese drone, radar and battery makers to the Entity List since 2031.')).toEqual([]);
    expect(statedRelations('The Department of Commerce added three drone, camera or module companies to the Entity List last year.')).toEqual([]);
    // Plural goods in a list are goods, not a modifier: "drones, cameras and routers made by ..." stay objects.
    expect(statedRelations('The Bureau of Industry and Security added drones, cameras and routers made by Chinese companies to its list of restricted items.')).toContain(`${BIS} ADDS_TO_LIST ${DRONES}`);
  });
  it('leaves goods and a company coordinated with its affiliates as objects', () => {
    expect(statedRelations('The Bureau of Industry and Security restricted exports of drones and lidar sensors to China.')).toEqual([`${BIS} RESTRICTS ${CHINA}`, `${BIS} RESTRICTS ${DRONES}`, `${BIS} RESTRICTS ${LIDAR}`]);
    expect(statedRelations('The Bureau of Industry and Security added Harrow Optics Ltd. and its subsidiaries to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST company:~harrow-optics-ltd`]);
  });
});

describe('a country before the public bodies a prohibition binds', () => {
  it('is their state, not a target', () => {
    expect(statedRelations('The Drone Act prohibits U.S. federal agencies from operating drones.')).toEqual([`${DRONE_ACT} RESTRICTS ${DRONES}`]);
  });
  it('stays a target as the goods’ origin', () => {
    expect(statedRelations('The Drone Act prohibits U.S. federal agencies from operating drones made in China.')).toEqual([`${DRONE_ACT} RESTRICTS ${CHINA}`, `${DRONE_ACT} RESTRICTS ${DRONES}`]);
  });
});
