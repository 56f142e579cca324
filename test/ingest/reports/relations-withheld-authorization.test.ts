// Permission withheld by its noun: "shall not grant an equipment authorization ... for any device that incorporates X",
// "will no longer issue licences for X" restrict X (relation-rules.yaml withholds-authorization). Own sentences.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe('an authorization, licence or approval no longer granted', () => {
  it('restricts the goods it would be for, or those the device incorporates', () => {
    expect(statedInOrder('The Federal Communications Commission shall not grant an equipment authorization under part 2 of title 47, Code of Federal Regulations, for any router that incorporates a cellular module.')).toContain('authority:fcc RESTRICTS product:iot-modules');
    expect(statedInOrder('The Federal Communications Commission will no longer issue new authorizations for drones made by Autel Robotics.')).toEqual(expect.arrayContaining(['authority:fcc RESTRICTS product:drones']));
  });
  it('restricts nothing where a request, not an authorization, is refused', () => {
    expect(statedInOrder('The Federal Communications Commission did not grant the request for drones made by Autel Robotics.')).toEqual([]);
  });
});
