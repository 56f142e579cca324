// An instrument's provision that binds everyone, in two forms rules write (issue 15): a place between the verb and its
// object ("No person may knowingly sell in the United States a X made by Y": relation-rules.yaml no-one-may), and goods
// reached past the short post-modifier of the thing that carries them ("a drone of model year 2028 or later that
// incorporates X": relation-rules.yaml `chain`). Own sentences, an invented order, makers and goods.
import { describe, expect, it } from 'vitest';
import { HARBOUR_ORDER, restrictedByHarbourOrder, statedRelations } from './helpers.ts';

const ORDER = HARBOUR_ORDER;
const LIDAR = 'product:~lidar-sensor';
const CAMERAS = 'product:~thermal-camera';
const DRONES = 'product:~harbour-drone';
const ORRIN = 'company:~orrin-robotics-inc';

const byOrder = restrictedByHarbourOrder;

describe('a place between the provision\'s verb and its object', () => {
  it('is passed over: the order prohibits the goods and their maker', () => {
    expect(byOrder('(a) No person may knowingly sell in the United States a lidar sensor made by Orrin Robotics Inc.')).toEqual([ORRIN, LIDAR].sort());
    expect(byOrder('(b) No person may install within Norland thermal cameras made by Orrin Robotics Inc.')).toEqual([ORRIN, CAMERAS].sort());
  });

  it('and a country there is no object of the prohibition, nor is a report\'s quotation of one an instrument\'s act', () => {
    expect(byOrder('(c) No person may sell in China lidar sensors made by Orrin Robotics Inc.')).not.toContain('jur:cn');
    expect(statedRelations('No person may sell in Norland lidar sensors made by Orrin Robotics Inc., the briefing notes.')).not.toContain(`${ORDER} RESTRICTS ${LIDAR}`);
  });
});

describe('goods carried by a thing, past its post-modifier', () => {
  it('"a X of model year 2028 or later that incorporates Y" prohibits Y too, and every conjunct of Y', () => {
    expect(byOrder('(d) No person may sell a harbour drone of model year 2028 or later that incorporates lidar sensors made by Orrin Robotics Inc.')).toEqual([ORRIN, DRONES, LIDAR].sort());
    // Past words of the goods' own that their name leaves out ("ground control software": control software).
    expect(byOrder('(g) No person may knowingly sell in the United States a harbour drone of model year 2028 or later that runs ground control software supplied by an entity listed in section 9.')).toEqual([DRONES, 'technology:~control-software'].sort());
    expect(byOrder('(e) No drone manufacturer may knowingly import into the United States a harbour drone of model year 2028 or later that incorporates a lidar sensor or thermal camera.')).toEqual([DRONES, LIDAR, CAMERAS].sort());
  });

  it('in a report\'s sentence too: the body bans the goods the thing incorporates', () => {
    expect(statedRelations('The Norland Trade Council banned the sale of any connected vehicle of model year 2030 or later that incorporates a cellular module.')).toEqual([
      'authority:~norland-trade-council RESTRICTS product:connected-vehicles',
      'authority:~norland-trade-council RESTRICTS product:iot-modules',
    ]);
  });

  it('but not past a "from" phrase, whose clause may be the maker\'s ("from a maker that incorporates Y")', () => {
    expect(statedRelations('The Norland Trade Council banned the sale of any connected vehicle from a maker that incorporates a cellular module.')).toEqual([
      'authority:~norland-trade-council RESTRICTS product:connected-vehicles',
    ]);
  });
});
