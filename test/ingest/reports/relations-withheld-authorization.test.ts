// Permission withheld by its noun: "shall not grant an equipment authorization ... for any device that incorporates X",
// "will no longer issue licences for X" restrict X (relation-rules.yaml withholds-authorization). Own sentences.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe('an authorization, licence or approval no longer granted', () => {
  it('restricts the goods it would be for, or those the device incorporates', () => {
    expect(statedInOrder('The Federal Communications Commission shall not grant an equipment authorization under part 2 of title 47, Code of Federal Regulations, for any router that incorporates a cellular module.')).toContain('authority:fcc RESTRICTS product:iot-modules');
    expect(statedInOrder('The Federal Communications Commission will no longer issue new authorizations for drones made by Autel Robotics.')).toEqual(expect.arrayContaining(['authority:fcc RESTRICTS product:drones']));
  });
  it('restricts the goods of a device the authorization would be granted to', () => {
    // The recipient after "to": a device and what it incorporates, as after "for".
    expect(statedInOrder('The Federal Communications Commission will not grant an equipment authorization to any router that contains a cellular IoT module.')).toEqual(['authority:fcc RESTRICTS product:iot-modules']);
    expect(statedInOrder('Harlow Systems Inc. (Harlow) makes radios. The Federal Communications Commission will no longer issue certifications to any device that uses a Harlow radio.')).toContain('authority:fcc RESTRICTS company:~harlow-systems-inc');
  });
  it('restricts nothing where a request, not an authorization, is refused', () => {
    expect(statedInOrder('The Federal Communications Commission did not grant the request for drones made by Autel Robotics.')).toEqual([]);
  });
});
