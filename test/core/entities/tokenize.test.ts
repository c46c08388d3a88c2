import { strict as assert } from 'node:assert';
import { tokenize } from '../../../server/src/core/entities/tokenize';
import { splitCompounds } from '../../../server/src/core/entities/chunks';

const show = (text: string) =>
  splitCompounds(tokenize(text))
    .map((t) => `${t.text}${t.initial ? '^' : ''}`)
    .join(' ');

describe('entities: tokens', () => {
  const cases: [string, string][] = [
    ['ASTANA – Kazakhstan said Mr. Smith.', 'ASTANA^ – Kazakhstan^ said Mr . Smith .'],
    ['"Peace," Xi said. "We agree," he added.', '" Peace^ , " Xi said . " We^ agree , " he added .'],
    ['In the "Astana Times" and China-U.S. ties', 'In^ the " Astana Times " and China - U.S. ties'],
    ['Kassym-Jomart Tokayev met Bashar al-Assad.', 'Kassym-Jomart^ Tokayev met Bashar al-Assad .'],
    ['Israel’s isolation, COVID-19 and $1mln', 'Israel^ ’s isolation , COVID-19 and $ 1mln'],
    ['Images | Akorda', 'Images^ | Akorda^'],
    ['- The Astana Act;', '- The^ Astana Act ;'],
    ['seeped underground.CreditCreditChang W. Lee/The Times', 'seeped^ underground . Credit^ Credit Chang W . Lee / The Times'],
    ['Credits roll. Creditors met.', 'Credits^ roll . Creditors^ met .'],
    ['Yahoo FinanceOctober 13, 2016', 'Yahoo^ Finance October 13 , 2016'],
    ["AUSTRALIA'S CONTRIBUTION and Mr O'Brien", "AUSTRALIA^ 'S CONTRIBUTION and Mr O'Brien"],
    ['Heartbreak for the new Sega Genesisfor the new Sega Genesis', 'Heartbreak^ for the new Sega Genesis for the new Sega Genesis'],
    ['BRUCE WEAVERBRUCE WEAVER', 'BRUCE^ WEAVER BRUCE WEAVER'],
    ['A PlayStation and a YouTubeTube', 'A^ PlayStation and a YouTubeTube'],
    ['Follow @WhiteHouse at Facebook.com/WhiteHouse.', 'Follow^ @WhiteHouse at Facebook.com/WhiteHouse .'],
    ['See https://t.co/Ab or www.Example.org/News, mail Jo.Ko@bbc.co.uk', 'See^ https://t.co/Ab or www.Example.org/News , mail Jo.Ko@bbc.co.uk'],
    ['Visit BuzzFeed.com today', 'Visit^ BuzzFeed.com today'],
    ['Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers found it.', 'Bull^ Elk Poached In Northern Michigan Michigan^ Department of Natural Resources officers found it .'],
    ['Best Vegan Spots In DetroitHoodline crunched the numbers; A Party Of Six Left The SteakhouseA party of six left', 'Best^ Vegan Spots In Detroit Hoodline^ crunched the numbers ; A^ Party Of Six Left The Steakhouse A^ party of six left'],
    ['NASA Picks SpaceX, Blue Origin; OnePlus 3T vs OnePlus 3: what is new; A WarnerMedia Company. All rights', 'NASA^ Picks SpaceX , Blue Origin ; OnePlus^ 3T vs OnePlus 3 : what^ is new ; A^ WarnerMedia Company . All^ rights'],
    ['Deals Are Live, Including PS4 DualShock Controller, Apple AirPods and Watches, and More', 'Deals^ Are Live , Including PS4 DualShock Controller , Apple AirPods and Watches , and More'],
    // A label's colon closes what goes before: the brand after it opens a headline, no glued summary.
    ['STAT Plus: BioMarin CEO says $4.8 billion deal', 'STAT^ Plus : BioMarin^ CEO says $ 4.8 billion deal'],
    ['Video: Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers found it.', 'Video^ : Bull^ Elk Poached In Northern Michigan Michigan^ Department of Natural Resources officers found it .'],
    ['Gina TrapaniCEO of #AhmadKhanRahami fame; C# and R&D#1', 'Gina^ Trapani CEO of #AhmadKhanRahami fame ; C^ # and R&D # 1'],
    // A listing's year and a town's country run together with the name after them (not a country opening a brand elsewhere).
    ['19 December 2025Guadalupe, MexicoMontage; in 2025Q3 the MexicoMontage brand', '19 December 2025 Guadalupe , Mexico Montage ; in^ 2025Q 3 the MexicoMontage brand'],
  ];
  for (const [text, want] of cases) it(`splits “${text}”`, () => assert.equal(show(text), want));
});
