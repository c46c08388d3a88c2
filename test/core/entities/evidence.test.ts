import { strict as assert } from 'node:assert';
import { labelled } from './helpers';

/**
 * One kind of evidence per case: the text, and every entity the detector must find in
 * it (label and exact span), no more, no less.
 */
const CASES: { name: string; text: string; want: string[] }[] = [
  // Titles and roles: the title stays outside the span, except fixed names.
  { name: 'title before a name', text: 'The talks were led by President Kassym-Jomart Tokayev.', want: ['PERSON:Kassym-Jomart Tokayev'] },
  { name: 'demonym, title, name', text: 'Chinese President Xi Jinping stressed the role of people.', want: ['NORP:Chinese', 'PERSON:Xi Jinping'] },
  { name: 'title of a country, then the name', text: 'It was signed by the President of Kazakhstan Kassym-Jomart Tokayev.', want: ['PLACE:Kazakhstan', 'PERSON:Kassym-Jomart Tokayev'] },
  { name: 'lowercase role noun', text: 'Read: Nobel laureate Ben Bernanke criticizes crypto-currencies', want: ['PERSON:Ben Bernanke'] },
  { name: 'apposition with a role', text: 'Aibek Smadiyarov, official spokesperson of the Foreign Ministry, said so.', want: ['PERSON:Aibek Smadiyarov', 'ORG:Foreign Ministry'] },
  { name: 'name after a title and a comma', text: 'We welcomed the President of China, Xi Jinping, in Astana.', want: ['PLACE:China', 'PERSON:Xi Jinping', 'PLACE:Astana'] },
  { name: 'fixed title inside the span', text: 'Pope Francis met the head of the Catholic Church in 2001, as Pope John Paul II did.', want: ['PERSON:Pope Francis', 'ORG:Catholic Church', 'PERSON:Pope John Paul II'] },
  { name: 'multi-word title', text: 'Prime Minister Viktor Orban of Hungary spoke first.', want: ['PERSON:Viktor Orban', 'PLACE:Hungary'] },
  { name: 'coordinated persons after a plural title', text: 'Presidents Vladimir Putin and Emomali Rahmon signed it.', want: ['PERSON:Vladimir Putin', 'PERSON:Emomali Rahmon'] },
  { name: 'byline', text: 'By Kanat Tumysh, Ambassador of the Republic of Kazakhstan in the Republic of South Africa', want: ['PERSON:Kanat Tumysh', 'PLACE:Republic of Kazakhstan', 'PLACE:Republic of South Africa'] },
  { name: 'name particles', text: 'The fund was proposed by Commission President Ursula von der Leyen on Monday.', want: ['PERSON:Ursula von der Leyen'] },
  { name: 'accented name', text: 'French Ambassador Jérôme Bonnafont recalled the declaration.', want: ['NORP:French', 'PERSON:Jérôme Bonnafont'] },
  { name: 'verb of speech', text: '“We stand united,” said Olaf Scholz after the meeting.', want: ['PERSON:Olaf Scholz'] },
  // Organisations: heads, complements, acronyms.
  { name: 'organisation tail heads', text: 'The Constitutional Court and the Kazinform News Agency reported it.', want: ['ORG:Constitutional Court', 'ORG:Kazinform News Agency'] },
  { name: 'organisation with a complement', text: 'Members of the Organization of Turkic States met in Astana.', want: ['ORG:Organization of Turkic States', 'PLACE:Astana'] },
  { name: 'complement with and and in', text: 'It held the summit of the Conference on Interaction and Confidence-Building Measures in Asia.', want: ['ORG:Conference on Interaction and Confidence-Building Measures in Asia'] },
  { name: 'first part joined by and', text: 'Funds went to the United Nations Relief and Works Agency for Palestine Refugees in the Near East.', want: ['ORG:United Nations Relief and Works Agency for Palestine Refugees in the Near East'] },
  { name: 'two names joined by and stay two', text: 'Shares of Samsung Electronics and Huawei Technologies rose.', want: ['ORG:Samsung Electronics', 'ORG:Huawei Technologies'] },
  { name: 'acronyms', text: 'He praised cooperation within the EAEU, CSTO, CIS, UN, and SCO.', want: ['ORG:EAEU', 'ORG:CSTO', 'ORG:CIS', 'ORG:UN', 'ORG:SCO'] },
  { name: 'acronyms that are not names', text: 'GDP grew while TV series and COVID-19 news spread.', want: [] },
  { name: 'company suffix keeps its full stop', text: 'Apple Inc. on Tuesday unveiled a phone, and Apple said sales rose.', want: ['ORG:Apple Inc.', 'ORG:Apple'] },
  { name: 'institutional modifier with a name', text: 'He spoke at the National Kurultai in Atyrau.', want: ['ORG:National Kurultai', 'PLACE:Atyrau'] },
  { name: 'organisation named after a title', text: 'He praised the Secretary General of the Organisation of Turkic States Kubanychbek Omuraliyev.', want: ['ORG:Organisation of Turkic States', 'PERSON:Kubanychbek Omuraliyev'] },
  { name: 'what a title is of', text: 'the Chairman of the Khalk Maslakhaty of Turkmenistan Gurbanguly Berdimuhamedov', want: ['ORG:Khalk Maslakhaty', 'PLACE:Turkmenistan', 'PERSON:Gurbanguly Berdimuhamedov'] },
  { name: 'title phrases joined by and', text: 'Deputy Chairman of the Senate of the Parliament of Kazakhstan Askar Shakirov and Chairman of the Board of JSC Kazakhstan Temir Zholy Nurlan Sauranbayev attended.', want: ['ORG:Senate of the Parliament of Kazakhstan', 'PERSON:Askar Shakirov', 'ORG:JSC Kazakhstan Temir Zholy', 'PERSON:Nurlan Sauranbayev'] },
  { name: 'member of a body, then the person', text: 'Member of the Mazhilis Aidos Sarym proposed amendments.', want: ['ORG:Mazhilis', 'PERSON:Aidos Sarym'] },
  { name: 'possessive of a common word inside a name', text: "The Women's Tennis Association (WTA) said so.", want: ["ORG:Women's Tennis Association", 'ORG:WTA'] },
  { name: 'institution named by its kind', text: 'It was said in a speech collected by the Presidency.', want: ['ORG:Presidency'] },
  { name: 'an ordinal makes an event', text: 'We held the VII Congress of Leaders of World and Traditional Religions.', want: [] },
  // Places.
  { name: 'countries, cities and regions', text: 'Talks in Shymkent covered Russia, the Middle East and Central Asia.', want: ['PLACE:Shymkent', 'PLACE:Russia', 'PLACE:Middle East', 'PLACE:Central Asia'] },
  { name: 'geographic suffix and prefix', text: 'Aid reached the Gaza Strip, the Ulytau Region and Lake Balkhash.', want: ['PLACE:Gaza Strip', 'PLACE:Ulytau Region', 'PLACE:Lake Balkhash'] },
  { name: 'list before a plural geographic word', text: 'Flooding hit the Abai, Akmola and Aktobe regions.', want: ['PLACE:Abai', 'PLACE:Akmola', 'PLACE:Aktobe'] },
  { name: 'geographic word after a name', text: 'Water of the Amu Darya river reached the Tengiz field.', want: ['PLACE:Amu Darya', 'PLACE:Tengiz'] },
  { name: 'compound of two countries', text: 'He spoke of China-U.S. relations.', want: ['PLACE:China', 'PLACE:U.S.'] },
  { name: 'hyphenated city', text: 'Plants will be built in Kokshetau, Semey, and Ust-Kamenogorsk.', want: ['PLACE:Kokshetau', 'PLACE:Semey', 'PLACE:Ust-Kamenogorsk'] },
  { name: 'all-capital dateline', text: 'ASTANA – Kazakhstan must defend its interests.', want: ['PLACE:ASTANA', 'PLACE:Kazakhstan'] },
  { name: 'dateline with an agency', text: 'ALMATY. KAZINFORM – The city hosted a forum.', want: ['PLACE:ALMATY', 'ORG:KAZINFORM'] },
  { name: 'dateline with an agency in parentheses', text: 'WASHINGTON, March 20 (Reuters) - The bank held rates.', want: ['PLACE:WASHINGTON', 'ORG:Reuters'] },
  { name: 'country before a currency is no place', text: 'Trade exceeded 22 billion US dollars.', want: [] },
  // Nationalities, religions, political groups.
  { name: 'demonyms and groups', text: 'Kazakh and Russian officials, Palestinians, Arab states and Western countries agreed.', want: ['NORP:Kazakh', 'NORP:Russian', 'NORP:Palestinians', 'NORP:Arab', 'NORP:Western'] },
  { name: 'adjectives of regions', text: 'Central Asian and Eurasian integration matters to the European continent.', want: ['NORP:Central Asian', 'NORP:Eurasian', 'NORP:European'] },
  { name: 'demonym inside an organisation name', text: 'The Kazakh Foreign Ministry said so.', want: ['ORG:Kazakh Foreign Ministry'] },
  // Spans: possessives, nesting, quotes.
  { name: 'possessive outside the span', text: 'The vote highlights Israel\'s isolation and Kazakhstan’s interests.', want: ['PLACE:Israel', 'PLACE:Kazakhstan'] },
  { name: 'document head leaves the inner name', text: 'We will fight for the UN Charter and the New York Declaration.', want: ['ORG:UN', 'PLACE:New York'] },
  { name: 'building head leaves the organisation', text: 'Applause rang out in the UN General Assembly Hall on Friday.', want: ['ORG:UN General Assembly'] },
  { name: 'names inside quotes', text: '“China never bets against the United States,” Xi added.', want: ['PLACE:China', 'PLACE:United States', 'PERSON:Xi'] },
  { name: 'short form in parentheses', text: 'He met the National Kurultai (Congress) and the Organization of Turkic States (OTS).', want: ['ORG:National Kurultai', 'ORG:Congress', 'ORG:Organization of Turkic States', 'ORG:OTS'] },
  // Negatives: capitals that are no names.
  { name: 'sentence-initial function words', text: 'The president spoke. However, nothing changed. According to him, it is fine.', want: [] },
  { name: 'months and weekdays', text: 'On Tuesday (27 September) and in July, talks resumed on Friday.', want: [] },
  { name: 'credit and navigation words', text: 'Images | Photo', want: [] },
  { name: 'capitalised common words in a list', text: 'Priorities: Traditions, Unity, Reforms, Knowledge, Trust and Energy.', want: [] },
  { name: 'sentence-initial common word', text: 'Applause rang out. Prosperity is synonymous with economics.', want: [] },
  { name: 'title-case heading: only names with evidence', text: 'Tokayev Focuses on Kazakhstan’s Commitment to Defending National Interests', want: ['PERSON:Tokayev', 'PLACE:Kazakhstan'] },
  { name: 'title-case heading of common words', text: 'The Best Online Bookmakers February 22 2024', want: [] },
  { name: 'unknown sentence-initial word without evidence', text: 'Solana suffers a new major breakdown.', want: [] },
  { name: 'common words in capitals are no acronyms', text: 'MEDIA RELEASE FOR THE PRESS AND THE PUBLIC', want: [] },
  { name: 'a given name after a document word is not the person', text: 'Bill Shorten spoke. Critics of the Data Retention Bill agree. The Bill passed.', want: ['PERSON:Bill Shorten'] },
  { name: 'a person named with a title is not outvoted by guesses', text: 'President Obama spoke. The Obama administration said the Obama plan and the Obama deal stand.', want: ['PERSON:Obama', 'PERSON:Obama', 'PERSON:Obama', 'PERSON:Obama'] },
  { name: 'a name opening with a common word is a company, not a person', text: 'Profits at Time Warner rose sharply.', want: ['ORG:Time Warner'] },
  // Given names (stdlib lists), peoples and groups, names hyphened to a word.
  { name: 'a given name makes a person of a surname that is a common word', text: 'The festival drew Oliver Stone and screen star Jeremy Irons to the city.', want: ['PERSON:Oliver Stone', 'PERSON:Jeremy Irons'] },
  { name: 'a given name before a surname that is also a city', text: 'Stars such as Jean-Claude Van Damme came.', want: ['PERSON:Jean-Claude Van Damme'] },
  { name: 'a lone given name is a person', text: 'As her daughter Eloise deteriorated, doctors tried to help.', want: ['PERSON:Eloise'] },
  { name: 'religious and political groups are NORP', text: 'Hard-line Salafists and other Islamists attacked Copts and Tories alike.', want: ['NORP:Salafists', 'NORP:Islamists', 'NORP:Copts', 'NORP:Tories'] },
  { name: "a people's name that is also a country's alternative spelling", text: 'Thai officials met Thai culture experts.', want: ['NORP:Thai', 'NORP:Thai'] },
  { name: 'a name hyphened to a word', text: 'Officials in the London-based office call the cell al-Qaeda-linked. President Donald Trump faced anti-Trump protests.', want: ['PLACE:London', 'ORG:al-Qaeda', 'PERSON:Donald Trump', 'PERSON:Trump'] },
  // Web sites, codes, plurals of acronyms, well-known organisations, names in capitals.
  { name: 'a site named with its domain', text: 'Check out more articles on BuzzFeed.com! Snopes.com said so.', want: ['ORG:BuzzFeed.com', 'ORG:Snopes.com'] },
  { name: 'plural of an acronym and time zones', text: 'Several MPs and CEOs met at 1451 GMT, or 10:51 EST.', want: [] },
  { name: 'codes with digits are no bodies', text: 'The Progress MS-04 cargo ship flew under file FA11.', want: [] },
  { name: 'wire agency and platform', text: 'The minister told Reuters he had posted it on Twitter.', want: ['ORG:Reuters', 'ORG:Twitter'] },
  { name: 'movement named like a people', text: 'Militants loyal to the Islamic State attacked, the Muslim Brotherhood said.', want: ['ORG:Islamic State', 'ORG:Muslim Brotherhood'] },
  { name: 'photo credit in capitals', text: 'JIM WATSON/AFP/Getty Images', want: ['PERSON:JIM WATSON', 'ORG:AFP', 'ORG:Getty Images'] },
  { name: 'a line in capitals: common words separate the names', text: 'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', want: ['PERSON:LAURIE OAKES'] },
  { name: 'a name and its lowercase head', text: 'Officers from West Mercia police visited the Bardo museum.', want: ['ORG:West Mercia police', 'ORG:Bardo museum'] },
  { name: 'a known place and a lowercase head stays the place', text: 'Paris police said so.', want: ['PLACE:Paris'] },
  { name: 'the city of an unknown name', text: 'Militants seized the coastal city of Qarabulla.', want: ['PLACE:Qarabulla'] },
  { name: 'a middle initial inside a name', text: 'President Donald J. Trump lifted the sanctions.', want: ['PERSON:Donald J. Trump'] },
  { name: 'peoples joined by a hyphen', text: 'The African-American vote shaped American-Sudanese relations.', want: ['NORP:African-American', 'NORP:American', 'NORP:Sudanese'] },
  { name: 'a surname that is a common word, in capitals', text: 'MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER', want: ['PERSON:ALEXANDER DOWNER'] },
  // Particles, initials, codes, and given names that are common words.
  { name: 'a capitalised particle inside a name is no place', text: 'Aviation analyst Nick Van den Brul spoke.', want: ['PERSON:Nick Van den Brul'] },
  { name: 'dotted initials inside a name opening with a given name that is a city', text: 'The president, George H.W. Bush, spoke.', want: ['PERSON:George H.W. Bush'] },
  { name: 'a model code after a name is not part of it', text: 'The fleet of Airbus A321 jets grew.', want: ['ORG:Airbus'] },
  { name: 'a sentence-initial given name that is a common word opens a name', text: 'Rod Eddington, the chief executive, was pleased.', want: ['PERSON:Rod Eddington'] },
  { name: 'where the person before `of` works', text: 'Analyst Mike Powell of Dresdner Kleinwort Wasserstein says revenues fell.', want: ['PERSON:Mike Powell', 'ORG:Dresdner Kleinwort Wasserstein'] },
  { name: 'an acronym and one unknown word, and two-letter acronyms', text: 'Analysts at BNP Paribas said BA and BBC Sport agreed. NO WAY, OK?', want: ['ORG:BNP Paribas', 'ORG:BA', 'ORG:BBC Sport'] },
  // Countries of the United Kingdom and of the last century; peoples and parties; governments.
  { name: 'nations of the United Kingdom and their peoples', text: 'The Welsh striker, a Welshman, played for Wales against Scotland.', want: ['NORP:Welsh', 'NORP:Welshman', 'PLACE:Wales', 'PLACE:Scotland'] },
  { name: 'states of the last century and compound regions', text: 'The Soviet Union traded with South East Asia.', want: ['PLACE:Soviet Union', 'PLACE:South East Asia'] },
  { name: 'a place and a people joined by a hyphen are two', text: 'It strained U.S.-Israeli ties.', want: ['PLACE:U.S.', 'NORP:Israeli'] },
  { name: 'a political party’s members are NORP', text: 'Republican leaders met.', want: ['NORP:Republican'] },
  { name: 'a government named by its country or its leader; bare Government is not', text: 'The Australian Government, the Howard Government and the Government of Vietnam agreed. The Government said so.', want: ['ORG:Australian Government', 'ORG:Howard Government', 'ORG:Government of Vietnam'] },
  { name: 'a capitalised armed service is a body', text: 'A Navy veteran spoke.', want: ['ORG:Navy'] },
  { name: 'a peer named by a place', text: 'Baroness Scotland said so.', want: ['PERSON:Baroness Scotland'] },
  { name: 'an apostrophe inside a name, not a contraction', text: "Lupita Nyong'o wore it, I don't know, O'Brien said.", want: ["PERSON:Lupita Nyong'o", "PERSON:O'Brien"] },
  { name: 'a compass word before an unknown name makes a place', text: 'Whales stranded in South Taranaki and West Hollywood.', want: ['PLACE:South Taranaki', 'PLACE:West Hollywood'] },
  { name: 'a country’s spelling that is an English word is no country', text: 'They sailed to Stewart Island.', want: ['PLACE:Stewart Island'] },
  { name: 'a given name and a country are a person', text: 'Patrick Holland wrote it. Tony Blair visited Britain.', want: ['PERSON:Patrick Holland', 'PERSON:Tony Blair', 'PLACE:Britain'] },
  { name: 'a people’s adjective and a geographic word are a place', text: 'He prayed at the Western Wall and sailed the Indian Ocean.', want: ['PLACE:Western Wall', 'PLACE:Indian Ocean'] },
  { name: 'a place and a newspaper’s name are one organisation; an amendment is a law', text: 'He told the Newcastle Evening Chronicle about the First Amendment.', want: ['ORG:Newcastle Evening Chronicle'] },
  { name: 'a journal of a subject is an organisation', text: 'It was published in the New England Journal of Medicine.', want: ['ORG:New England Journal of Medicine'] },
  { name: 'a minister’s portfolio is no organisation; a place in it is still a place', text: 'The Minister for Justice and Customs, Senator Chris Ellison, and the Minister of Foreign Affairs of Kazakhstan met.', want: ['PERSON:Chris Ellison', 'PLACE:Kazakhstan'] },
  { name: 'the largest companies named by words; the Amazon is a place', text: 'Amazon and Apple grew. Fires burn in the Amazon.', want: ['ORG:Amazon', 'ORG:Apple', 'PLACE:Amazon'] },
];

describe('entities: evidence', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(labelled(c.text), c.want));
  }
});
