// Technologies and product categories written as common nouns.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.label}]`);

describe('technology phrases', () => {
  it('reads a class named after its head by what its members have', () => {
    expect(things('It sets rules for products with radio modules and for connected devices with cameras.')).toEqual([
      'products with radio modules [Product]',
      'radio modules [Product]', // a class of its own inside; the longer phrase wins where they overlap
      'connected devices with cameras [Product]',
    ]);
    expect(things('The vendors met with officials; products with a label and devices with them are no class.')).toEqual([]);
  });
  it('reads a past form only WordNet knows right after a name as the name\'s verb, no modifier', () => {
    // compromise's lexicon lacks "designate": "designated" after the body's name is its verb.
    expect(things('The Norland Maritime Administration designated tide sensors as a risk.')).toEqual(['tide sensors [Product]']);
    // A country's or people's word, or a sentence's first word, keeps its participle a modifier.
    expect(things('The rule bans Chinese connected vehicles.')).toEqual(['connected vehicles [Product]']);
  });
  it('keeps a word the lexicon knows only as a verb inside a compound after a determiner or a possessive', () => {
    // "base" is only a verb's base form to the lexicon; after "the" or "Kestrel's", before "station", it modifies (the
    // base station, on the head "station", a class of its own inside; the longer phrase wins where they overlap).
    expect(things('The regulator banned the base station equipment.')).toEqual(['base station [Product]', 'base station equipment [Product]']);
    expect(things("The regulator banned Kestrel's base station equipment.")).toEqual(['base station [Product]', 'base station equipment [Product]']);
    // And after a verb: the first word of a listed compound (grammar/things.yaml compounds) modifies there, whatever else
    // the lexicon reads it as.
    expect(things('The regulator told carriers to stop buying base station equipment.')).toEqual(['base station [Product]', 'base station equipment [Product]']);
    expect(things('Kestrel sells ground station software.')).toEqual(['ground station [Product]', 'ground station software [Technology]']);
  });
  it('reads no kind of a class from "remaining", "leftover", "residual": what is left of things named before', () => {
    expect(things('It would phase out the remaining units.')).toEqual([]);
    expect(things('It will destroy the leftover tide sensors.')).toEqual(['tide sensors [Product]']);
  });
  it('reads a past form right after a coordinator that follows a head as a modifier of the conjunct before a noun', () => {
    expect(things('The agency opened an investigation into harbour cranes and automated terminal equipment.')).toEqual([
      'harbour cranes [Product]',
      'automated terminal equipment [Product]',
    ]);
    // A verb of making after the coordinator stays a verb, no word of a name.
    expect(things('The agency opened an investigation into harbour cranes and shipped terminal equipment.')).toEqual(['harbour cranes [Product]']);
  });
  it('reads a verb of acquiring goods after "to" as the infinitive, no modifier of the name after it', () => {
    // "purchase" and "buy" are nouns too; after "to" they are the verb, and the goods are the phrase after them.
    expect(things('The bill lets towns use road funds to purchase tide sensors made by Kestrel.')).toEqual(['tide sensors [Product]']);
    expect(things('Retailers are no longer allowed to buy harbour cameras sold by Kestrel.')).toEqual(['harbour cameras [Product]']);
  });
  it('reads a class named by what its members serve: a purpose link and one noun that ends the phrase', () => {
    expect(things('The code applies to wearable tide sensors and tide sensors for navigation.')).toEqual(['wearable tide sensors [Product]', 'tide sensors for navigation [Product]']);
    // A head after the link names a thing of its own, a person names whom, a trade noun or a longer phrase no kind.
    expect(things('The code applies to tide sensors for vehicles.')).toEqual(['tide sensors [Product]']);
    expect(things('The port sells tide sensors for children.')).toEqual(['tide sensors [Product]']);
    expect(things('The port sells tide sensors for export.')).toEqual(['tide sensors [Product]']);
    expect(things('The port sells tide sensors for navigation systems on ships.')).toEqual(['tide sensors [Product]', 'navigation systems [Technology]']);
  });
  it('reads the first of a list of uses after the purpose link as no part of the name', () => {
    expect(things('Kestrel, a maker of aerial imaging systems for inspection, mapping and public safety, replied.')).toEqual(['aerial imaging systems [Technology]']);
    expect(things('Kestrel, a maker of tide sensors for navigation and mapping, replied.')).toEqual(['tide sensors [Product]']);
    // A list of things may go on after the class: its next item is a head of things or a plural.
    expect(things('The code applies to tide sensors for navigation, harbour cameras and drones.')).toEqual(['tide sensors for navigation [Product]', 'harbour cameras [Product]', 'drones [Product]']);
  });
  it('keeps a generic noun opening a compound, drops it before the head or another generic word', () => {
    expect(things('It covers data centre services and information society services.')).toEqual(['data centre services [Technology]', 'information society services [Technology]']);
    expect(things('It covers data security systems and other alternative cloud services.')).toEqual(['cloud services [Technology]']);
  });
  it('keeps a generic noun that opens compounds right before the head where the sentence names the phrase as a thing', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('Turbines, security cameras and tide sensors sold by such companies fail.')).toEqual(['Turbines [thing:made]', 'security cameras [thing:made]', 'tide sensors [thing:made]']);
    expect(rules('The port bought security cameras.')).toEqual([]);
  });
  it('reads modifiers before a head noun and types by the head', () => {
    expect(things('The list covers communications equipment used in submarine cable systems.')).toEqual([
      'communications equipment [Product]',
      'submarine cable [Product]',
      'submarine cable systems [Technology]',
    ]);
  });
  it('reads short capitalised syllables joined by hyphens as an acronym that modifies the head ("Wi-Fi")', () => {
    expect(things('The port opened an inquiry into Wi-Fi tide sensors.')).toEqual(['Wi-Fi tide sensors [Product]']);
    expect(things('The Sino-American harbour cranes trade grew.')).toEqual(['harbour cranes [Product]']);
  });
  it('reads "solutions" as a generic technology head', () => {
    expect(things('products and their integrated remote data processing solutions, and secure solutions')).toEqual(['remote data processing solutions [Technology]']);
  });
  it('drops leading generic words and needs one other modifier', () => {
    expect(things('any new communications equipment, such equipment, the system')).toEqual(['communications equipment [Product]']);
  });
  it('keeps "covered", which makes a defined class of the law\'s ("covered port equipment")', () => {
    expect(things('any covered port equipment')).toEqual(['covered port equipment [Product]']);
  });
  it('stops at function words and verbs', () => {
    expect(things('they restrict imports of lidar sensors')).toEqual(['lidar sensors [Product]']);
  });
  it('drops a leading verb the lexicon or its suffix patterns know, and keeps a gerund inside', () => {
    expect(things('asked it to investigate lithium-ion batteries')).toEqual(['lithium-ion batteries [Product]']);
    expect(things('using semiconductor manufacturing equipment')).toEqual(['semiconductor manufacturing equipment [Product]']);
    expect(things('lane-keeping systems')).toEqual(['lane-keeping systems [Technology]']);
  });
  it('starts the class after a gerund that follows a plural noun, which opens a clause about that noun', () => {
    expect(things('prohibit transactions involving lidar sensors')).toEqual(['lidar sensors [Product]']);
    expect(things('companies producing rare earth magnets')).toEqual(['rare earth magnets [Product]']);
    expect(things('exports of semiconductor manufacturing equipment')).toEqual(['semiconductor manufacturing equipment [Product]']);
    // After a singular noun too, when the gerund has its own object before the head; not after an adjective.
    expect(things('prohibit any transaction involving lidar sensors')).toEqual(['lidar sensors [Product]']);
    expect(things('remote sensing satellite systems')).toContain('remote sensing satellite systems [Technology]');
    // Where the gerund's object opens with a head that modifies the next ("network" of "network video cameras"), the
    // class is the object's whole phrase, no phrase cut at that head (helper-247).
    expect(things('The rule prohibits any transaction involving network video cameras.')).toEqual(['network video cameras [Product]']);
  });
  it('takes a past form after "such" or "other" for an adjective, and no evaluation for a name', () => {
    expect(things('whether such covered port equipment was removed')).toContain('covered port equipment [Product]');
    expect(things('the use of any innovative technology, novel systems')).toEqual([]);
  });
  it('takes the word after "not" for a verb', () => {
    expect(things('an operator may not purchase ship-to-shore cranes')).toEqual(['ship-to-shore cranes [Product]']);
  });
  it('takes a verb\'s base form after an adjective or a singular or mass noun for a modifier inside a compound', () => {
    expect(things('the shipments of radio control units')).toEqual(['radio control units [Product]']);
    expect(things('sensors fitted to traffic signal controllers')).toEqual(['traffic signal controllers [Product]']);
    expect(things('It sells robotics control systems and industrial test equipment.')).toEqual(['robotics control systems [Technology]', 'industrial test equipment [Product]']);
    // After a plural noun the word is the verb whose subject that noun is, as after a modal.
    expect(things('Regulators test devices and engineers control systems.')).toEqual([]);
    expect(things('A utility must signal devices.')).toEqual([]);
  });
  it('reads a name with its acronym in parentheses as one modifier, named with the acronym', () => {
    expect(findThings('imports of cellular Internet of Things (IoT) modules').map((f) => `${f.surface} | ${f.name}`)).toEqual([
      'cellular Internet of Things (IoT) modules | cellular IoT modules',
    ]);
    expect(things('artificial intelligence (AI) systems')).toEqual(['artificial intelligence (AI) systems [Technology]']);
    // Letters that are not the initials of the words before them define nothing here.
    expect(things('the Internet of Things (ICT) modules')).toEqual([]);
  });
  it('reads a gerund right after an article or a possessive determiner as a modifier, and goods after a possessive', () => {
    expect(findThings('Customs held two shipments of our wiring harnesses.').map((f) => `${f.surface} [${f.rule}]`)).toEqual(['wiring harnesses [thing:traded]']);
    expect(things('They fly the mapping drones at night.')).toEqual(['mapping drones [Product]']);
    // Elsewhere it stays a verb with its object.
    expect(things('Farmers are using drones.')).toEqual([]);
    expect(things('They sell by using drones.')).toEqual([]);
  });
  it('takes a plural head that opens four modifiers right after a singular noun for that noun\'s verb', () => {
    const found = findThings('The rule bars vehicle connectivity system hardware.').map((f) => f.surface);
    expect(found).toContain('vehicle connectivity system hardware');
    expect(found).not.toContain('bars vehicle connectivity system hardware');
  });
  it('keeps a participle before a gerund compound coordinated inside a preposition\'s object or after a head', () => {
    expect(things('cranes with HCS or automated docking system software')).toContain('automated docking system software [Technology]');
    expect(things('cranes with sonar units and assisted docking system software')).toContain('assisted docking system software [Technology]');
    // After a conjunct on a head, a past form that is no verb of measures or of making modifies it too; one that is
    // stays a verb coordinated with the verb before.
    expect(things('the rule bars sonar system hardware and assisted docking system software')).toContain('assisted docking system software [Technology]');
    expect(things('the port restricted routers and banned flying camera systems')).not.toContain('banned flying camera systems [Technology]');
    expect(things('the port restricted routers and supplied flying camera systems')).not.toContain('supplied flying camera systems [Technology]');
  });
  it('reads acronyms coordinated before a head as its modifiers, one phrase of the kinds (thing:kinds)', () => {
    expect(findThings('meters built around LTE-M and NB-IoT modules').map((f) => `${f.surface} [${f.rule}]`)).toEqual(['LTE-M and NB-IoT modules [thing:kinds]']);
    expect(findThings('They replace 2G or 3G routers.').map((f) => f.surface)).toEqual(['2G or 3G routers']);
    // Years and lower-case modifiers are no kinds: "physical and virtual" qualifies the class.
    expect(findThings('In 2025 and 2026 modules').map((f) => f.surface)).toEqual([]);
    expect(findThings('physical and virtual communications equipment').map((f) => f.surface)).toEqual(['communications equipment']);
  });
  it('reads an acronym in quotes inside the parentheses, as a defined term is written, as one modifier too', () => {
    // (The phrase on "system" inside it is found too; the longer find covers it in the sentence.)
    expect(findThings('cranes with harbour control system ("HCS") software made abroad').map((f) => `${f.surface} | ${f.name}`)).toContain(
      'harbour control system ("HCS") software | HCS software',
    );
    expect(findThings('quay crane remote operation (“QCRO”) kits').map((f) => f.name)).toContain('QCRO kits');
    // An unbalanced quote is no defined term's.
    expect(findThings('harbour control system ("HCS) software').map((f) => f.surface)).not.toContain('harbour control system ("HCS) software');
  });
  it('takes a word the lexicon knows only as a verb for the head\'s modifier where no verb can stand', () => {
    expect(things('Operators providing test services must register.')).toEqual(['test services [Technology]']);
    expect(things('the provision of test services')).toEqual(['test services [Technology]']);
    expect(things('port operators and test service vendors')).toEqual(['test service [Technology]']);
    // After "to", a modal or a noun it is the verb: "to test services", "may test services", "operators test services".
    expect(things('They plan to test services.')).toEqual([]);
    expect(things('Operators may test services.')).toEqual([]);
    expect(things('Operators test services.')).toEqual([]);
    // A law's sentence opens with its subject, not with an imperative.
    expect(things('Trust service providers which fall within its scope are covered.')).toEqual(['Trust service [Technology]']);
    // After "that" before a plural it is the verb of a relative clause.
    expect(things('units that contain modules')).toEqual([]);
    // Right after a plural noun "that" opens its relative clause, whatever follows the verb; after a verb or a
    // preposition it is the determiner.
    expect(things('the carriers that resell connectivity to vehicle makers')).toEqual([]);
    expect(things('They rely on that test service.')).toEqual(['test service [Technology]']);
    // So after a singular noun: the past form after it is the clause's verb, no modifier.
    expect(things('a company that shipped drone engines')).toEqual(['drone engines [Product]']);
  });
  it('reads a plural noun phrase coordinated with a phrase on a head as a thing of its kind', () => {
    // "transceiver" is not in WordNet 3.1; its "station" is first a facility.
    expect(things('It restricted re-exports of baseband chips and RF transceivers to the plants.')).toEqual(['baseband chips [Product]', 'RF transceivers [Product]']);
    expect(things('It listed the 5G base stations and core-network routers of the group.')).toEqual(['5G base stations [Product]', 'core-network routers [Product]']);
    // Along a list, from a conjunct to the next.
    expect(things('lidar sensors, drone payloads, flight stacks')).toEqual(['lidar sensors [Product]', 'drone payloads [Product]', 'flight stacks [Product]']);
    // Not actors, bodies, a bare noun, nor beside a generic head or a head that modifies the noun after it.
    expect(things('module vendors and lidar sensors, customs authorities and harbour cranes, stacks and tidal turbines')).toEqual(['lidar sensors [Product]', 'harbour cranes [Product]', 'tidal turbines [Product]']);
    expect(things('communications equipment and port stacks')).toEqual(['communications equipment [Product]']);
    // Beside a generic head, or on a plural the lexicon knows only as a verb's -s form, a conjunct with the same
    // modifiers as its partner is one.
    expect(things('a framework for ICT products, ICT processes and ICT services')).toEqual(['ICT products [Product]', 'ICT processes [Technology]', 'ICT services [Technology]']);
    expect(things('lidar sensors and cloud processes')).toEqual(['lidar sensors [Product]']);
    expect(things('DNS service providers, TLD name registries')).toEqual(['DNS service [Technology]']);
  });
  it('reads the plural noun phrase after a maker noun and "of" as products, on any head', () => {
    const found = findThings('Corvane, an American maker of vehicle security gateways, and suppliers of drone engines and flight stacks');
    expect(found.map((f) => `${f.surface} [${f.label}, ${f.rule}]`)).toEqual([
      'vehicle security gateways [Product, thing:made]',
      'drone engines [Product, thing:made]',
      'flight stacks [Product, thing:made]', // a conjunct of the suppliers' line is in it
    ]);
    // A class with no modifier, or only generic ones, is no name; a body is no product.
    expect(things('makers of the product, a maker of Chinese hubs, suppliers of customs authorities')).toEqual([]);
    expect(findThings('Vantrell Optics, a Leeds distributor of camera parts').map((f) => `${f.surface} [${f.label}, ${f.rule}]`)).toEqual(['camera parts [Product, thing:made]']);
  });
  it('reads a phrase before a participle of a measure and "by" or "under" as a regulated class, with its conjuncts', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('Harbour routers covered by the rule must go.')).toEqual(['Harbour routers [thing:regulated]']);
    expect(rules('They use tidal turbines and quay sensors that are classified under the Harbour Act.')).toEqual(['tidal turbines [thing:regulated]', 'quay sensors [thing:regulated]']);
    expect(rules('Quay sensors, which are restricted by the Act, stay.')).toEqual(['Quay sensors [thing:regulated]']);
    // A participle of no measure says nothing of the class.
    expect(rules('They sold quay sensors owned by the port.')).toEqual(['quay sensors [thing:noun-phrase]']);
  });
  it('reads a phrase after "and of" right after a maker\'s "of" phrase as the maker\'s line too', () => {
    expect(findThings('Vantrell Optics, a supplier of harbour RADAR and of the crane control software that reads it').map((f) => `${f.surface} [${f.rule}]`)).toEqual([
      'crane control software [thing:made]',
    ]);
    expect(findThings('a maker of vehicle security gateways, and of drone flight controllers').map((f) => f.rule)).toEqual(['thing:made', 'thing:made']);
    // Not after a noun that makes nothing.
    expect(findThings('a friend of harbour RADAR and of the crane control software').map((f) => f.rule)).not.toContain('thing:made');
  });
  it('keeps a participle before a gerund that opens a compound, as a relative clause\'s object or coordinated with it', () => {
    expect(things('boats that run automated docking system software')).toEqual(['automated docking system software [Technology]']);
    expect(things('boats that contain sonar system hardware or assisted docking system software')).toEqual([
      'sonar system [Technology]',
      'sonar system hardware [Product]',
      'assisted docking system software [Technology]',
    ]);
    // After a noun, or coordinated with another verb, the past form is a verb; a gerund right before the head is its object.
    expect(things('The Board restricted docking system software.')).toEqual(['system software [Technology]']);
    expect(things('The Board restricted buoys and banned docking camera systems.')).toEqual(['camera systems [Technology]']);
  });
  it('reads the phrase on a head after a trade noun and "of" as goods the sentence names', () => {
    const rules = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('a licence for exports of harbour crane control software to Norland')).toEqual(['harbour crane [thing:noun-phrase]', 'harbour crane control software [thing:traded]']);
    expect(rules('the sale of tidal turbines and the repair of tidal turbines')).toEqual(['tidal turbines [thing:traded]', 'tidal turbines [thing:noun-phrase]']);
    // Not after another noun, nor a phrase that starts before "of".
    expect(rules('the makers of tidal turbines and the owners of harbour cranes')).toEqual(['tidal turbines [thing:made]', 'harbour cranes [thing:noun-phrase]']);
  });
  it('drops a participle that says where goods went, no kind of them', () => {
    expect(things('a tariff on imported flight controllers and exported harbour cranes')).toEqual(['flight controllers [Product]', 'harbour cranes [Product]']);
  });
  it('reads a phrase with an evaluative word right after its determiners both ways: the narrower class holds the plain one', () => {
    const found = findThings('They shall list important tidal turbines and such critical harbour cranes.');
    expect(found.map((f) => `${f.surface} [${f.rule}] plain: ${f.plain?.surface}`)).toEqual([
      'important tidal turbines [thing:narrowed] plain: tidal turbines',
      'critical harbour cranes [thing:narrowed] plain: harbour cranes',
    ]);
    // After another generic word it is a selection of the plain class.
    expect(things('the use of specific critical harbour cranes')).toEqual(['harbour cranes [Product]']);
  });
  it('takes no head whose only modifier names a person in a role for a class', () => {
    expect(things('a host device, a user device and quantum sensors')).toEqual(['quantum sensors [Product]']);
  });
  it('reads firmware, like software, as a class of technology', () => {
    expect(things('It covers baseband firmware and other code.')).toEqual(['baseband firmware [Technology]']);
  });
  it('reads services as a class of technology', () => {
    expect(things('providers of cloud computing services')).toContain('cloud computing services [Technology]');
    expect(things('such services, other services')).toEqual([]);
  });
  it('takes a past form the lexicon knows as an adjective for one after a verb, a quote or an enumerator, a verb after a noun', () => {
    expect(things('a person who provides advanced communications service')).toContain('advanced communications service [Technology]');
    expect(things('The term “advanced communications service” has the meaning')).toContain('advanced communications service [Technology]');
    expect(things('(1) Advanced communications service')).toContain('Advanced communications service [Technology]');
    expect(things('the agency advanced communications service rules')).toEqual(['communications service [Technology]']);
  });
  it('takes a past form after a determiner for an adjective, and the word after a modal for its verb', () => {
    expect(things('a list of covered port equipment; they imposed lidar sensors')).toEqual(['covered port equipment [Product]', 'lidar sensors [Product]']);
    expect(things('The Secretary shall designate electric vehicle chargers.')).toEqual(['electric vehicle [Product]', 'electric vehicle chargers [Product]']);
  });
  it('reads articles and goods as product heads', () => {
    expect(things('a tariff on imports of steel articles')).toEqual(['steel articles [Product]']);
  });
  it('keeps a past form after a verb as an adjective of the phrase', () => {
    expect(things('The operator shall replace covered port equipment.')).toEqual(['covered port equipment [Product]']);
  });
  it('reads the class after coordinated modifiers, not a list of classes', () => {
    expect(things('a list of both physical and virtual communications equipment, application and management software')).toEqual(['communications equipment [Product]']);
    expect(things('lidar sensors and radar systems')).toEqual(['lidar sensors [Product]', 'radar systems [Technology]']);
  });
  it('does not take one thing someone has ("the X of Y") for a class of things', () => {
    expect(things('equipment in the communications network of the applicant')).toEqual([]);
    expect(things('operators of communications networks')).toEqual(['communications networks [Technology]']);
  });
  it('reads a bare plural head as the class a scope statement names, and only there', () => {
    expect(things('This Act applies to turbines installed offshore.')).toEqual(['turbines [Product]']);
    expect(things('The Order lays down rules on labelling for chargers sold in Norland.')).toEqual(['chargers [Product]']);
    expect(things('The inspectors counted turbines, and the rule that applies to them.')).toEqual([]);
  });
  it('keeps a modifier after a plural noun and "and": the plural noun is a conjunct of its own', () => {
    expect(things('The Act restricts vendors and tidal turbines.')).toEqual(['tidal turbines [Product]']);
  });
  it('takes a generic head with one adjective of the general language for a description, not a class, unless the phrase modifies a noun after it', () => {
    expect(things('The outage stopped remote devices and smart systems that farms rely on.')).toEqual([]);
    // A noun, an acronym or an adjective the general lexicon lacks says what kind; a compound names a class by its providers.
    expect(things('The outage stopped kitchen devices, 5G systems and wireless systems; smart service operators were told.')).toEqual([
      'kitchen devices [Product]',
      '5G systems [Technology]',
      'wireless systems [Technology]',
      'smart service [Technology]',
    ]);
  });
  it('starts a name after a possessive, an adverb before its head and a discourse marker, never with them', () => {
    // A possessive with a typographic apostrophe is one word, no "s" opening the name.
    expect(things('The crew checked the trailer’s radar sensors.')).toEqual(['radar sensors [Product]']);
    expect(things('A clerk was tricked into a step to accidentally load spyware.')).toEqual([]);
    expect(things('Data left the site through for example portable routers.')).toEqual(['portable routers [Product]']);
    // An adverb before an adjective stays inside the name.
    expect(things('Operators of publicly available radio services report.')).toContain('publicly available radio services [Technology]');
  });
  it('starts a name after a number word, a comparison or a preposition the lexicon reads as another word', () => {
    // The trailers are the class the rule covers (a regulatory verb's object).
    expect(things('The rule covers trailers fitted with at least one electronic control unit.')).toEqual(['trailers [Product]', 'electronic control unit [Product]']);
    expect(things('The inspectors counted five commercial drones.')).toEqual([]);
    // A count in figures, its last group after a thousands comma too, is no modifier: the name starts after it.
    expect(things('The port bought 1,400 tidal turbines and 48 harbour cranes.')).toEqual(['tidal turbines [Product]', 'harbour cranes [Product]']);
    expect(things('Ports need 5G networks.')).toEqual(['5G networks [Technology]']);
    expect(things('Ports need backbone infrastructure like 5G networks.')).toEqual(['5G networks [Technology]']);
    expect(things('The notice sets rules concerning tidal turbines.')).toEqual(['tidal turbines [Product]']);
    // Prepositions the lexicon calls adjectives ("against", "beyond") stand before a name too.
    expect(things('The agency acted against tide sensors.')).toEqual(['tide sensors [Product]']);
    expect(things('Few buyers look beyond tidal turbines.')).toEqual(['tidal turbines [Product]']);
    // A verb the lexicon knows only in its base form is no modifier after a comparison ("no longer receive").
    expect(things('The carriers can no longer receive new equipment.')).toEqual([]);
  });
  it('takes a plural right after a singular noun or a name inside the modifiers for that noun\'s verb', () => {
    expect(things('Veltrona designs baseband chips.')).toEqual(['baseband chips [Product]']);
    expect(things('The order reaches trucks.')).toEqual([]);
    // A plural opening a compound, or itself a head, stays: "goods vehicles", "vehicle communications systems".
    expect(things('It covers goods vehicles and vehicle communications systems.')).toEqual(expect.arrayContaining(['goods vehicles [Product]', 'vehicle communications systems [Technology]']));
  });
  it('reads an acronym with lower-case letters between its capitals as a modifier', () => {
    expect(things('Lanmark sells NB-IoT modules and LoRaWAN gateways.')).toEqual(['NB-IoT modules [Product]', 'LoRaWAN gateways [Product]']);
    // A name with its lower-case run is no acronym.
    expect(things('Offices of McKinsey routers')).toEqual([]);
  });
  it('reads no thing where WordNet has the modifier and head only for an organisation or an organ', () => {
    expect(things('Chinese intelligence services and a think tank met.')).toEqual([]);
    expect(things('satellite telephone services')).toContain('satellite telephone services [Technology]');
    // A modifier before the compound makes it a kind of thing.
    expect(things('managed security services')).toEqual(['managed security services [Technology]']);
  });
  it('takes an evaluation of quality for no modifier of a name', () => {
    expect(things('liability rules for defective products and for complete modules')).toEqual([]);
    expect(things('the risk of vulnerable components')).toEqual([]);
  });
  it('reads a field head after one noun as that noun\'s technology', () => {
    expect(things('the development of IoT technologies and semiconductor technology')).toEqual(['IoT [Technology]', 'semiconductor [Product]']);
    // An adjective names no field; a head with more modifiers is a phrase like any other.
    expect(things('advanced technologies')).toEqual([]);
    // A word the lexicon does not know names no field; the phrase stays ("available" is no technology).
    expect(things('the use of encryption technologies')).toEqual(['encryption technologies [Technology]']);
    expect(things('the available technologies')).not.toContain('available [Technology]');
    expect(things('smart grid technologies')).toContain('smart grid technologies [Technology]');
  });
  it('reads a phrase on a head before a participle of making and "by" as made, and says so of its conjuncts', () => {
    const made = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(made('Norland depends on battery cells and inverters produced by firms abroad.')).toEqual(['battery cells [thing:made]', 'inverters [thing:made]']);
    expect(made('Carmakers may not sell vehicles with tidal gateway hardware or cargo tracking software designed, developed or supplied by such persons.')).toEqual(
      expect.arrayContaining(['tidal gateway hardware [thing:made]', 'cargo tracking software [thing:made]']),
    );
    expect(made('Lanmark is a maker of 5G routers and IoT gateways.')).toEqual(['5G routers [thing:made]', 'IoT gateways [thing:made]']);
    // A head alone takes up the phrase named before it; a head of no thing is none.
    expect(made('The agency shall replace chargers manufactured by Kestrel.')).toEqual([]);
    expect(made('Harmonised standards developed by the bodies apply.')).toEqual([]);
  });
  it('reads a plural head alone as a conjunct of a phrase on a head, unless the name leaves words before it out', () => {
    expect(things('Drones gather data through cameras and on-board sensors.')).toEqual(['cameras [Product]', 'on-board sensors [Product]']);
    // "security cameras" is no bare "cameras": coordinated with a thing, the compound on a generic noun is one.
    expect(things('The tidal turbines and security cameras were inspected.')).toEqual(['tidal turbines [Product]', 'security cameras [Product]']);
  });
  it('reads a class named as the object of a regulatory verb or after a scope statement\'s lead as regulated, a head alone too', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('The authority of the Grid Regulator to certify inverters is not affected.')).toEqual(['inverters [thing:regulated]']);
    expect(rules('the recommendations of the Commission for regulating radio equipment')).toEqual(['radio equipment [thing:regulated]']);
    expect(rules('The order shall restrict all foreign connected vehicles.')).toEqual(['connected vehicles [thing:regulated]']);
    // Not the verbs of trade: a company's line.
    expect(rules('They sell connected vehicles.')).toEqual(['connected vehicles [thing:noun-phrase]']);
    expect(rules('The tariffs do not apply to thermal imaging cameras.')).toEqual(['thermal imaging cameras [thing:scope]']);
    // An instrument that applies its requirements (of provisions named between) to a class states its scope too.
    expect(rules('The decree has applied the requirements of Article 4(2)(b) and (c) to harbour tidal turbines since May.')).toEqual(['harbour tidal turbines [thing:scope]']);
    expect(rules('The board applied the rules to the letter.')).toEqual([]);
    // A head alone is the class in scope, a generic head alone none: what any measure covers.
    expect(rules('The tariffs apply to turbines entered after May.')).toEqual(['turbines [thing:scope]']);
    expect(rules('The tariffs apply to goods entered after May.')).toEqual([]);
    // Its conjuncts are regulated too; a phrase after a preposition or a noun is no verb's object.
    expect(rules('The order bans battery cells and inverters.')).toEqual(['battery cells [thing:regulated]', 'inverters [thing:regulated]']);
    // (After a measure's noun and "on" it is goods the measure deals with: traded, not a verb's object.)
    expect(rules('The inspectors met makers of the ban on radio equipment; the regulator counted inverters.')).toEqual(['radio equipment [thing:traded]']);
  });
  it('reads what a scope statement makes its condition ("if fitted with") as in scope', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('This Regulation also applies to trailers of Category O if fitted with at least one electronic control unit.')).toEqual([
      'trailers [thing:scope]', // the class the statement names, a head alone
      'electronic control unit [thing:scope]',
    ]);
    expect(rules('The crew of the trailers fitted with an electronic control unit met.')).toEqual(['electronic control unit [thing:noun-phrase]']);
  });
  it('starts a name after a preposition the lexicon calls an adjective ("inside")', () => {
    expect(things('The cellular modules inside tidal turbines decide.')).toEqual(['cellular modules [Product]', 'tidal turbines [Product]']);
  });
  it('reads what a company noun\'s relative clause makes, sells or ships as its line, on any head', () => {
    const made = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(made('OFAC designated Hangxing Ltd., a Hong Kong company that shipped drone engines to Russia.')).toEqual(['drone engines [thing:made]']);
    expect(made('It named suppliers which make tidal beacon relays and brake controllers.')).toEqual(['tidal beacon relays [thing:made]', 'brake controllers [thing:made]']);
    // Not after a person, nor without a relative pronoun.
    expect(made('The officials that shipped drone engines left.')).toEqual(['drone engines [thing:noun-phrase]']);
    // A company's name ending in a legal form is a company noun too, and a head alone coordinated there its line.
    expect(made('Shares in Harbourline plc, which makes tide gauges and tyre-pressure sensors, fell.')).toEqual(['tide gauges [thing:made]', 'tyre-pressure sensors [thing:made]']);
    expect(made('Shares in Harbour Line, which makes tyre-pressure sensors, fell.')).toEqual(['tyre-pressure sensors [thing:noun-phrase]']);
  });
  it('reads a plural head alone as a maker\'s line, goods traded or what companies sold, after no determiner', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('Both companies sold turbines to the navy.')).toEqual(['turbines [thing:made]']);
    expect(rules('The inquiry asks whether imports of turbines and their parts threaten security.')).toEqual(['turbines [thing:traded]']);
    expect(rules('Lanmark, a maker of turbines, was listed.')).toEqual(['turbines [thing:made]']);
    // "the turbines" takes up turbines named before.
    expect(rules('Both companies sold the turbines.')).toEqual([]);
  });
  it('reads what an inquiry looks into as a class it deals with, after a maker\'s name in the possessive too', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('The agency opened an investigation into turbines.')).toEqual(['turbines [thing:regulated]']);
    expect(rules("It opened an inquiry into Harbourline Marine Systems's tidal turbine controllers.")).toEqual(['tidal turbine [thing:noun-phrase]', 'tidal turbine controllers [thing:regulated]']);
    // A head that modifies a plural noun after it ("battery packs") is no name there: the phrase on that noun is.
    expect(rules('It opened an investigation into harbour battery packs.')).toEqual(['harbour battery packs [thing:regulated]']);
    expect(rules('The investigation of tidal turbines ended.')).toEqual(['tidal turbines [thing:noun-phrase]']);
  });
  it('reads what a purchase is for, a count before it, and what a measure extends to as goods', () => {
    const rules = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.rule}]`);
    expect(rules('The bid was made in a tender for 80 tidal turbines.')).toEqual(['tidal turbines [thing:traded]']);
    expect(rules('Orders for harbour tide sensors fell.')).toEqual(['harbour tide sensors [thing:traded]']);
    expect(rules('It will not extend the duties to complete tidal turbines.')).toEqual(['tidal turbines [thing:traded]']);
    // No head after them: nothing.
    expect(rules('It raised the tariffs to 25 percent in a tender for the port.')).toEqual([]);
    expect(rules('The need for tidal turbines grew.')).toEqual(['tidal turbines [thing:noun-phrase]']);
  });
});
