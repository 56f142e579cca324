// Relations stated as directives, in the drafting style of executive orders and statutes: the actor is the
// grammatical subject of the modal verb ("The Secretary, in consultation with A, B, and C, shall ..."),
// never a partner named in an adjunct; "direct X to V" makes X the actor; a deadline ("not later than")
// negates nothing; the object of a designation is the verb's own. Own sentences, real US office titles.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';
import { FCC } from './ids.ts';

const COMMERCE = 'authority:us-commerce';
const DHS = 'authority:dhs';
const JUSTICE = 'authority:~justice-department';
const LIDAR = 'product:~lidar-sensor';
const INVERTERS = 'product:~solar-inverter';
const DRONES = 'product:drones';

describe('relations stated as directives', () => {
  it.each([
    [
      'a subject with partners listed after "in consultation with"',
      'The Secretary of Commerce, in consultation with the Secretary of State, the Secretary of Defense, the Attorney General, and the Director of National Intelligence, shall review lidar sensors.',
      [`${COMMERCE} INVESTIGATES ${LIDAR}`],
    ],
    [
      'partners named with a body, and a nominal act after the modal',
      'The Secretary of Commerce, in consultation with the Secretary of State, the Chairman of the Federal Communications Commission, and the Attorney General, shall take appropriate action to restrict the import of lidar sensors.',
      [`${COMMERCE} RESTRICTS ${LIDAR}`],
    ],
    [
      'partners between the modal and its verb',
      'The Attorney General shall, in coordination with the Secretary of Homeland Security, investigate solar inverters.',
      [`${JUSTICE} INVESTIGATES ${INVERTERS}`],
    ],
    [
      'an official the subject acts through',
      'The Secretary of Homeland Security, acting through the Director of the Cybersecurity and Infrastructure Security Agency, shall assess the security of solar inverters.',
      [`${DHS} INVESTIGATES ${INVERTERS}`],
    ],
    [
      'partners in an opening adjunct',
      'In consultation with the Secretary of State, the Secretary of Commerce shall review lidar sensors.',
      [`${COMMERCE} INVESTIGATES ${LIDAR}`],
    ],
    [
      'partners listed in an opening adjunct',
      'In consultation with the Secretary of State, the Secretary of Defense, and the Attorney General, the Secretary of Commerce shall review lidar sensors.',
      [`${COMMERCE} INVESTIGATES ${LIDAR}`],
    ],
    [
      'coordinated subjects listed with commas',
      'The Federal Communications Commission, the Secretary of Commerce, and the Attorney General shall review lidar sensors.',
      [`${FCC} INVESTIGATES ${LIDAR}`, `${COMMERCE} INVESTIGATES ${LIDAR}`, `${JUSTICE} INVESTIGATES ${LIDAR}`],
    ],
    ['the one directed to act', 'I hereby direct the Secretary of Commerce to regulate the sale of drones.', [`${COMMERCE} REGULATES ${DRONES}`]],
    [
      'the one the subject directs to act',
      'The Secretary of Commerce shall direct the Administrator of the National Telecommunications and Information Administration to regulate drones.',
      ['authority:~national-telecommunications-and-information-administration REGULATES product:drones'],
    ],
    [
      'an act named as a noun after a date of the order',
      'Within 180 days of the date of this order, the Secretary of Commerce shall initiate an investigation of lidar sensors.',
      [`${COMMERCE} INVESTIGATES ${LIDAR}`],
    ],
    [
      'a deadline, which negates nothing',
      'The Secretary of Commerce shall, not later than 90 days after the date of this order, publish a list of lidar sensors.',
      [`${COMMERCE} DESIGNATES ${LIDAR}`],
    ],
    ['a list published and maintained', 'The Secretary of Commerce shall publish and maintain a list of lidar sensors.', [`${COMMERCE} DESIGNATES ${LIDAR}`]],
    [
      'a defined short form of an office',
      'The Secretary of Homeland Security (the "Secretary") shall lead the effort. The Secretary shall regulate drones.',
      [`${DHS} REGULATES ${DRONES}`],
    ],
    [
      'a statute\'s defined short form of a commission',
      'In this section, the term "Commission" means the Federal Communications Commission. The Commission shall promulgate rules for drones.',
      [`${FCC} REGULATES ${DRONES}`],
    ],
    [
      'two clauses, each with its own subject',
      'The Secretary of Commerce shall review lidar sensors, and the Attorney General shall restrict drones.',
      [`${JUSTICE} RESTRICTS ${DRONES}`, `${COMMERCE} INVESTIGATES ${LIDAR}`],
    ],
    ['an evaluation of a product', 'The Secretary of Commerce shall evaluate the security of solar inverters.', [`${COMMERCE} INVESTIGATES ${INVERTERS}`]],
    [
      'an instrument the subject amends to act, which is its means, not an actor',
      'The Federal Acquisition Regulatory Council shall amend the Federal Acquisition Regulation to prohibit the procurement of drones.',
      [`authority:~federal-acquisition-regulatory-council RESTRICTS ${DRONES}`],
    ],
    ['rules that prohibit, which restrict and regulate nothing else', 'The Secretary of Commerce shall publish rules that prohibit the import of lidar sensors.', [`${COMMERCE} RESTRICTS ${LIDAR}`]],
    [
      'a duty on goods that are products of a country, which restricts that country',
      'The Secretary of Commerce shall impose a duty of 25 percent on imports of drones that are products of the People\'s Republic of China.',
      [`${COMMERCE} RESTRICTS jur:cn`, `${COMMERCE} RESTRICTS ${DRONES}`],
    ],
    [
      'a prohibition on goods developed in one of two countries, which restricts both',
      'The Secretary of Commerce shall prohibit the import of drones that run software developed in the People\'s Republic of China or the Russian Federation.',
      [`${COMMERCE} RESTRICTS jur:cn`, `${COMMERCE} RESTRICTS jur:ru`, `${COMMERCE} RESTRICTS ${DRONES}`],
    ],
    [
      'a section 232 action to adjust imports, which restricts them',
      'The Secretary of Commerce shall take action under section 232 of the Trade Expansion Act of 1962 to adjust the imports of drones.',
      [`${COMMERCE} RESTRICTS ${DRONES}`],
    ],
    ['a list updated to include a product', 'The Federal Communications Commission shall update the Covered List to include drones.', [`${FCC} ADDS_TO_LIST ${DRONES}`]],
    [
      'a class designated with its named members',
      'The Secretary of State shall designate additional drone manufacturers, including Tianlu UAV Technology, as entities of concern.',
      ['authority:~state-department DESIGNATES company:~tianlu-uav-technology'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });

  it.each([
    ['risks are identified, not the product', 'The Secretary of Commerce shall identify the risks posed by lidar sensors.'],
    ['users are identified, not the product', 'The Secretary of Commerce shall identify the agencies that use lidar sensors.'],
    ['a certification to someone is a statement, no regulation', 'The Secretary of Commerce shall certify to the Congress that lidar sensors are secure.'],
    ['a report names the product, the subject submits it', 'The Secretary of Homeland Security shall submit to the President a report identifying lidar sensors in use at Federal facilities.'],
    ['a regulation is the topic of recommendations', 'The Secretary of Commerce shall consider the recommendations of the Federal Communications Commission for regulating drones.'],
  ])('reads no relation when %s', (_, text) => {
    expect(relations(text)).toEqual([]);
  });

  it('lends the items of an authorities recital no actor of the statutes it cites: the proclamation, named by its heading, acts', () => {
    const text =
      'NOW, THEREFORE, I, the President, by the authority vested in me by the Constitution and the laws of the United States of America, including section 232 of the Trade Expansion Act of 1962, as amended, and section 301 of title 3, United States Code, do hereby proclaim as follows:\n\n(1) Imports of lidar sensors that are products of the Russian Federation shall be subject to an additional duty.';
    // The proclamation never says "this proclamation": its heading ("T", analyseText's) names it (helper-291), and its
    // own provision is its act; before, it had no mention and the items read nothing.
    const read = relations(text);
    expect(read.filter((r) => !r.startsWith('law:~t '))).toEqual([]);
    expect(read).toContain('law:~t RESTRICTS jur:ru');
  });

  it('designates what is identified directly', () => {
    expect(relations('The Secretary of Commerce shall identify lidar sensors that pose an undue risk.')).toEqual([`${COMMERCE} DESIGNATES ${LIDAR}`]);
  });
});
