// False relations of the development set, one class of cause per describe (helper-273, issue 15: relation precision on
// text nobody tuned for). Own sentences in the genres the dev set showed each class in (an order, a memorandum, a report,
// news, a debate), real public bodies, invented companies and laws; every sentence of each describe's first test was
// read wrongly before its change, and the true relations of the second test, near them, stay read.
import { describe, expect, it } from 'vitest';
import { ACT, BIS, CRANES, FCC, FORKLIFTS, KESTREL } from './ids.ts';
import { statedRelations } from './helpers.ts';

const HARROW = 'company:~harrow-optics-ltd';
const STATE = 'authority:~state-department';
const TREASURY = 'authority:~treasury-department';
const DRONES = 'product:drones';
const HOME_OFFICE = 'authority:~home-office';
const COMMERCE = 'authority:us-commerce';
const PSTI = 'law:~product-security-and-telecommunications-infrastructure-act-2022';
const CONNECTABLE = 'product:~consumer-connectable-product';

describe('a ban of a feature in goods', () => {
  it('regulates the goods, whichever verb of banning says it', () => {
    expect(statedRelations('The Product Security and Telecommunications Infrastructure Act 2022 prohibits universal default passwords in consumer connectable products.')).toEqual([`${PSTI} REGULATES ${CONNECTABLE}`]);
    expect(statedRelations('The Valdmark Crane Safety Act prohibits hard-coded passwords in harbour cranes, and it bans imports of forklift trucks.')).toEqual([`${ACT} REGULATES ${CRANES}`, `${ACT} RESTRICTS ${FORKLIFTS}`]);
  });
  it('leaves a ban of the goods, of a trade in them, and a prohibition on them', () => {
    expect(statedRelations('The Valdmark Crane Safety Act prohibits imports of harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission prohibits equipment in harbour cranes.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission announced a prohibition on harbour cranes.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
  });
});

describe("a company's people", () => {
  it('are no company: a measure on its officers or executives is none on it', () => {
    expect(statedRelations('The Secretary of State shall identify for visa restrictions the officers of Harrow Optics Ltd who directed the vessels.')).toEqual([]);
    expect(statedRelations('The Department of the Treasury imposed sanctions on three executives of Harrow Optics Ltd.')).toEqual([]);
    expect(statedRelations('The State Department imposed visa bans on two senior managers at Harrow Optics Ltd.')).toEqual([]);
    expect(statedRelations('The Department of the Treasury imposed sanctions on the chief executive and two directors of Harrow Optics Ltd.')).toEqual([]);
  });
  it('leave the company a measure names beside them, or before its own people', () => {
    expect(statedRelations('The Department of the Treasury imposed sanctions on Harrow Optics Ltd and three of its executives.')).toEqual([`${TREASURY} RESTRICTS ${HARROW}`]);
    expect(statedRelations('The State Department imposed visa bans on Harrow Optics Ltd.')).toEqual([`${STATE} RESTRICTS ${HARROW}`]);
    expect(statedRelations('The Bureau of Industry and Security added Harrow Optics Ltd, whose officers met the minister, to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HARROW}`]);
  });
});

describe('what a review found, and a name past the verb of its "whether"', () => {
  it('are no object of the review', () => {
    expect(statedRelations("The Department for Trade's own impact assessment notes that Harrow Optics Ltd supplies the only such system at the port.")).toEqual([]);
    expect(statedRelations("The Federal Communications Commission's inquiry concluded that Kestrel Cranes Ltd had misstated its ownership.")).toEqual([]);
    expect(statedRelations('The Secretary of Commerce shall evaluate whether federal agencies have the means to replace harbour cranes.')).toEqual([]);
    expect(statedRelations('The Federal Communications Commission will assess whether carriers are able to replace drones within a year.')).toEqual([]);
  });
  it("leave the review's own object, and the subject of its \"whether\"", () => {
    expect(statedRelations('The Bureau of Industry and Security opened a review of Harrow Optics Ltd and found that it had sold drones.')).toEqual([`${BIS} INVESTIGATES ${HARROW}`]);
    expect(statedRelations('The Federal Communications Commission will assess whether drones are safe.')).toEqual([`${FCC} INVESTIGATES ${DRONES}`]);
    expect(statedRelations('The Federal Communications Commission shall investigate whether imports of harbour cranes threaten national security.')).toEqual([`${FCC} INVESTIGATES ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission will review whether Kestrel Cranes Ltd complies with the rule.')).toEqual([`${FCC} INVESTIGATES ${KESTREL}`]);
  });
});

describe('an act the actor pays for', () => {
  it("is another's act, none of the payer's", () => {
    expect(statedRelations('The Home Office will meet the cost of replacing drones that the NCSC grounds, and it is writing to chief constables today.')).toEqual([]);
    expect(statedRelations('The Federal Communications Commission will reimburse carriers for removing harbour cranes.')).toEqual([]);
    expect(statedRelations('The Home Office paid for replacing drones.')).toEqual([]);
    // A grant or programme set up or funded "to help" others do it: theirs.
    expect(statedRelations('The Valdmark Crane Safety Act establishes a grant program to help port authorities replace harbour cranes.')).toEqual([]);
    expect(statedRelations('The Federal Communications Commission funds a programme to help small carriers replace harbour cranes.')).toEqual([]);
  });
  it("leaves the payer's own act", () => {
    expect(statedRelations('The Home Office is replacing drones.')).toEqual([`${HOME_OFFICE} RESTRICTS ${DRONES}`]);
    expect(statedRelations('The Federal Communications Commission, which paid for the study, banned harbour cranes.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Home Office pays the cost of the programme and has banned drones.')).toEqual([`${HOME_OFFICE} RESTRICTS ${DRONES}`]);
    expect(statedRelations('The Valdmark Crane Safety Act requires port authorities to replace harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission set up a programme to help carriers, and it has banned harbour cranes.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
  });
});

describe('goods a scope statement excludes', () => {
  it('are out of the scope, not restricted: the scope is regulated', () => {
    expect(statedRelations('The Valdmark Crane Safety Act applies to harbour cranes and excludes forklift trucks.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(statedRelations('The Valdmark Crane Safety Act covers harbour cranes but excludes forklift trucks used indoors.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });
  it('are restricted where the exclusion is a statement of its own', () => {
    expect(statedRelations('The Valdmark Crane Safety Act excludes forklift trucks from public tenders.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
    expect(statedRelations('The Valdmark Crane Safety Act applies to ports, and it excludes forklift trucks from public tenders.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
  });
});

describe('regulations cited as the frame of another act', () => {
  it('regulate nothing', () => {
    expect(statedRelations('The Secretary of Commerce shall investigate, under the regulations at 15 CFR part 791, harbour cranes.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
    expect(statedRelations('The Secretary of Commerce shall review, pursuant to the implementing regulations, the imports of harbour cranes.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
  });
  it('leave regulating, regulations adopted, and the regulation of goods', () => {
    expect(statedRelations('The Federal Communications Commission regulates harbour cranes.')).toEqual([`${FCC} REGULATES ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission adopted regulations for harbour cranes.')).toEqual([`${FCC} REGULATES ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission is responsible for the regulation of harbour cranes.')).toEqual([`${FCC} REGULATES ${CRANES}`]);
  });
});

describe('a network something else is banned or removed from', () => {
  it('is the place, no object of the act', () => {
    expect(statedRelations('The Federal Communications Commission banned harbour cranes from 5G networks.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission excluded harbour cranes from the national 5G networks.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations("Under the Telecommunications (Security) Act 2021, Huawei equipment must be removed from the UK's 5G networks.")).toEqual([]);
  });
  it('leaves a company or goods a trade is barred from, and goods after a gerund', () => {
    expect(statedRelations('The Federal Communications Commission banned imports of harbour cranes from Harrow Optics Ltd.')).toEqual([`${FCC} RESTRICTS ${HARROW}`, `${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Federal Communications Commission barred agencies from buying harbour cranes.')).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
  });
});
