// A service's providers kept "from" an act by a prohibition are the parties it binds, as a country's own bodies are
// ("prohibits U.S. federal agencies from buying X"): the prohibition restricts what they may not install or buy, not the
// service they provide (relation-rules.yaml boundProviders). The service named by its providers elsewhere still counts
// ("requirements with regard to DNS service providers" regulates DNS services). Own sentences.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';

describe('providers a prohibition keeps from an act', () => {
  it.each([
    ['telecommunications service providers', 'The Department of Commerce prohibited telecommunications service providers from installing network cameras supplied by Hikvision.', 'technology:~telecommunications-service', ['product:ip-cameras', 'company:hikvision']],
    ['satellite service operators', 'The Department of Commerce barred satellite service operators from buying network cameras made by Hikvision.', 'technology:~satellite-service', ['product:ip-cameras', 'company:hikvision']],
    ['cloud computing providers', 'The Department of Commerce prohibits cloud computing providers from deploying drones made by DJI.', 'technology:~cloud-computing', ['product:drones', 'company:dji']],
  ])('%s: the goods and their maker, not the service', (_, sentence, service, objects) => {
    const read = relations(sentence).filter((r) => r.startsWith(`${COMMERCE} RESTRICTS`));
    expect(read).toEqual(expect.arrayContaining(objects.map((o) => `${COMMERCE} RESTRICTS ${o}`)));
    expect(read).not.toContain(`${COMMERCE} RESTRICTS ${service}`);
  });

  it('leaves a service its providers name an object where they are no party kept from an act', () => {
    expect(relations('The Department of Commerce restricted cloud computing providers in China.')).toContain(`${COMMERCE} RESTRICTS technology:~cloud-computing`);
  });
});
