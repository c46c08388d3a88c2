/**
 * Closed word lists for names in English news: words that are never names, words
 * that join the parts of a name, titles and roles that announce a person, verbs of
 * speech, and the small cues around a name. General English, nothing corpus-specific.
 */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Function words and sentence adverbs: a capitalised one is never (the start of) a name. */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here it its he she they we i you his her hers their theirs our ours my
  your him them us me who whom whose what which when where why how whatever whoever whether if as at by for
  from in into of on onto to with without within under over after before during since until till while
  although though because but and or nor so yet also all any each every some many much more most few several
  both either neither no not none one other another such same own only just even still already again then thus
  therefore however moreover furthermore meanwhile nevertheless nonetheless besides instead indeed otherwise
  accordingly consequently hence earlier later today tomorrow yesterday tonight now recently currently finally
  firstly secondly lastly according among amongst against between beyond despite regarding concerning following
  including per via upon about above below across along around behind beside near toward towards through
  throughout unlike like please yes let do does did is are was were be been has have had will would shall should
  can could may might must once whereas unless whilst given overall further
`);

export const MONTHS = set(`january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday tue tues wed thu thur thurs fri');

/** Function words that are also names: a surname after a name word (`Khoa Do`), a given name before a surname (`Will Smith`). */
export const FUNCTION_SURNAMES: ReadonlySet<string> = new Set(['Do']);
export const FUNCTION_GIVEN_NAMES: ReadonlySet<string> = new Set(['Will']);
export const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_SURNAMES, ...FUNCTION_GIVEN_NAMES]);

/** Lowercase words that may sit inside a name between capitalised parts. */
export const CONNECTORS = set('of for and the on in de del della delle degli dei da di du des dos la le van von der den ter ten bin ibn al el y &');
/** Connectors that belong to personal names (`Charles de Gaulle`, `Ludwig van Beethoven`). */
export const NAME_PARTICLES = set('de del della delle degli dei da di du des dos la le van von der den bin ibn al el te ter ten');
/** Particles between a given name and a surname that may be a common word (`Joost van Hoof`), not those of places' names (`del`, `la`). */
export const SURNAME_PARTICLES = set('van von de da di der den du bin ibn ter ten');

/** Single-word titles and ranks; before a name they make it a PERSON and stay outside its span. */
export const TITLES = set(`
  president presidents vice-president minister ministers premier chancellor ambassador ambassadors envoy consul
  chairman chairwoman chairperson chair secretary secretaries secretary-general director director-general
  attorney-general solicitor-general inspector-general governor-general auditor-general surgeon-general
  governor mayor senator congressman congresswoman deputy mp spokesman spokeswoman spokesperson speaker
  king queen emperor empress tsar czar prince princess emir sheikh sultan shah commander admiral marshal colonel lieutenant
  captain sergeant gen. col. lt. capt. adm. sgt. maj. cmdr. cmdr brig. cpl. pvt. gen col lt capt adm sgt maj brig cpl pvt judge justice prosecutor ombudsman commissioner counsellor
  councillor adviser advisor aide representative delegate head heads chief leader leaders founder co-founder owner co-owner ceo
  cfo coo patriarch cardinal archbishop bishop imam ayatollah rabbi pastor reverend rev. rev revd revd. fr. father sister
  mr mr. mrs mrs. ms ms. miss mme dr dr. prof prof. professor taoiseach tanaiste tánaiste sir dame lord lady sen sen. sens rep rep. reps gov gov. supt det asst asst.
  president-elect officer attorney member members akim inspector detective constable superintendent sheriff undersecretary under-secretary undersecretary-general under-secretary-general
  alhaji alhaja ogbeni major-general lieutenant-general brigadier-general lieutenant-colonel brigadier vice-admiral rear-admiral air-marshal
  chaplain corporal olympian olympians hon hon. honourable honorable
`);
/** Cardinal numbers written as words, capitalised (`Four L.A. Sheriff’s Department employees`). */
export const COUNT_WORDS = 'Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens';
export const COUNT_WORD = new RegExp(`^(?:${COUNT_WORDS})$`);

/** Honorifics: only a person's name follows them (`Mr Shiga`, `Mrs May`, `Mr. Bush`). */
export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];
const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFICS.join('|')})\\.?$`);
export const isHonorific = (word: string): boolean => HONORIFIC_WORD.test(word);
/** An honorific (with or without its full stop) ending the text before a name. */
export const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HONORIFICS.join('|')})\\.?\\s+$`, 'u');

/** Titles written in several words, longest first when matching (`Prime Minister`, `Head of State`). */
export const MULTI_TITLES: readonly string[][] = [
  'deputy prime minister', 'first deputy prime minister', 'prime minister', 'prime ministers', 'foreign minister',
  'defence minister', 'defense minister', 'interior minister', 'finance minister', 'vice president',
  'vice premier', 'secretary general', 'secretaries general', 'under-secretary-general', 'secretary of state',
  'attorney general', 'head of state', 'heads of state', 'head of government', 'heads of government',
  'crown prince', 'first lady', 'executive director', 'managing director', 'general secretary',
  'special representative', 'special envoy', 'high representative', 'chief executive', 'director general',
  'inspector general', 'surgeon general', 'governor general', 'solicitor general', 'commissioner general',
  'brigadier general', 'major general', 'lieutenant general', 'lieutenant colonel', 'rear admiral', 'vice admiral',
  'air marshal', 'air vice marshal', 'air chief marshal', 'staff sergeant', 'master sergeant', 'sergeant major',
  'majority leader', 'minority leader', 'majority whip', 'minority whip', 'press secretary', 'deputy press secretary',
  // air forces' and navies' ranks
  'wing commander', 'squadron leader', 'flight lieutenant', 'group captain', 'air commodore', 'air vice-marshal', 'air chief marshal',
  'pilot officer', 'flying officer', 'warrant officer', 'lieutenant commander', 'petty officer', 'lance corporal',
].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

/** Titles that belong to the name itself (`Pope Francis`, `Lord Callaghan`, `Prince Harry`). */
export const FIXED_TITLES = set('pope lord lady prince princess');

/** Lowercase role nouns that announce a person's name right after them (`laureate Ben Bernanke`). */
export const ROLE_NOUNS = set(`
  laureate spokesperson spokesman spokeswoman minister president ambassador envoy chairman chairwoman director
  secretary governor mayor senator deputy leader founder journalist correspondent reporter editor analyst expert
  economist scientist researcher professor writer author poet artist actor actress singer musician player coach
  athlete champion candidate activist lawyer businessman businesswoman entrepreneur billionaire investor banker
  politician diplomat official officer colleague counterpart predecessor successor adviser advisor aide
  representative commissioner premier chancellor head chief ceo general colonel commander photographer
  daughter son wife husband mother father brother sister grandson granddaughter grandmother grandfather
  nephew niece cousin uncle aunt widow widower fiancé fiancée girlfriend boyfriend partner stepson stepdaughter
  striker midfielder defender goalkeeper winger manager referee captain teammate team-mate
  guitarist bassist drummer pianist violinist vocalist rapper comedian presenter novelist playwright
  director producer composer designer chef model dancer sheriff deputies detective detectives
  painter sculptor architect historian archaeologist philosopher filmmaker host agent frontman frontwoman
  creator co-creator educator teacher curator poet-in-residence coordinator co-ordinator trainer organiser organizer facilitator administrator supervisor
  defenseman defenceman goaltender goalie quarterback linebacker pitcher shortstop outfielder infielder rookie forward
`);

/** A role noun, or one made with a prefix and a hyphen (`Co-Host`, `Super-Agent`, `Ex-President`). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUNS.has(w) || (w.includes('-') && ROLE_NOUNS.has(w.slice(w.lastIndexOf('-') + 1)) && w.indexOf('-') > 0);
}

/** Verbs of speech and diplomatic acts: `X said`, `said X` make X a PERSON. */
export const SPEECH_VERBS = set(`
  said says say told tells tell stressed stresses noted notes added adds stated emphasised emphasized emphasises
  emphasizes underlined underlines underscored underscores highlighted highlights announced announces declared
  declares urged urges recalled recalls believes believed thinks thought explained explains spoke speaks
  reaffirmed reaffirms received receives met meets welcomed welcomes visited visits wrote writes asked asks
  replied replies argued argues insisted insists warned warns commented comments confirmed confirms denied denies
  admitted admits claimed claims suggested suggests proposed proposes congratulated congratulates addressed
  addresses expressed expresses praised praises thanked thanks criticized criticised criticizes criticises
  pointed points reiterated reiterates assured assures urged remarked remarks mentioned mentions
`);

/** Verbs of speech that organisations rarely take: a lone unknown name before or after one is a person. */
export const PERSONAL_VERBS = set(`
  said says told tells stressed stresses noted notes added adds emphasised emphasized emphasises emphasizes
  underlined underlines recalled recalls believes thinks thought explained explains spoke speaks urged urges
  insisted insists argued argues replied replies asked asks wrote writes remarked remarks reiterated reiterates
  tweeted
`);

/** Lowercase words after which a lone unknown name is a place (`in Atyrau`, `visit to Turkistan`). */
export const PLACE_PREPOSITIONS = set('in near across outside inside throughout');
export const MOTION_WORDS = set(`visit visits visited trip travel travelled traveled arrived arrive flew fly returned moved
  flight flights sailed sail headed heading bound journey voyage deported fled escaped travelling traveling returning
  moving relocated emigrated migrated`);
/** Verbs of arriving before `at` and a place (`expected to arrive at Broome`). */
export const ARRIVAL_WORDS = set('arrive arrives arrived arriving land lands landed landing docked berthed');
/** Lowercase nouns of a kind of place before `of` and a name (`the Libyan city of Sirte`). */
export const PLACE_KIND_NOUNS = set('city town village capital port province region district island republic state county municipality suburb suburbs coast shores outskirts constituency borough parish seat area');
/**
 * Lowercase heads written after an organisation's name (`West Mercia police`, `Bardo museum`):
 * the name and its head are one organisation.
 */
export const LOWER_ORG_HEADS = set('police museum hospital constabulary');
/** Lowercase heads after which the name and the head are one place (`Chicago O'Hare airport`). */
export const LOWER_PLACE_HEADS = set('airport');

/** Words before a colon or bar that introduce a credit or a source (`Images | X`, `Photo credit: X`). */
export const CREDIT_CUES = set('images image photo photos picture pictures credit credits source sources courtesy via cites cited');

export const isRoman = (w: string): boolean => /^(?=[IVX])X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$/.test(w) && w !== 'XXX';
/** A generational suffix after a surname: a Roman numeral or `Jr.`/`Sr.` (`James Antle III`, `Martin Luther King Jr.`). */
export const isGenerationalSuffix = (w: string): boolean => isRoman(w) || /^[JS]r\.?$/.test(w);

/** Parties named by a common word (general knowledge of English-speaking democracies). */
export const PARTIES = new Set(['Labour', 'Labor', 'Conservative', 'Tory', 'Liberal']);
export const PARTY_MEMBER = /^(?:MPs?|MSPs?|AMs?|MEPs?|leaders?|politicians?|candidates?|members?|spokes(?:man|woman|person)|senators?|backbenchers?|ministers?|councillors?|voters?|supporters?|activists?|peers?|prime|movement|victory|victories|veterans?|grandees?|heartlands?|figures?|colleagues?)$/i;

/** Academic and professional degrees written after a name. */
export const DEGREES = new Set(['phd', 'mba', 'md', 'dds', 'llb', 'llm']);
/** Degrees and credentials as they are written after a name, no other word's spelling (`Alan Carter, PharmD`, `Elise Mandl, BSc`; `MSC` in capitals is a company). */
export const WRITTEN_CREDENTIALS = new Set(['PharmD', 'MHS', 'MSCE', 'MSPH', 'DrPH', 'MSCR', 'MHSc', 'FRCPC', 'MACP', 'BSc', 'MSc', 'MPH', 'EdD', 'DNP', 'DVM', 'CRNP', 'APRN', 'RDN', 'LDN', 'LCSW', 'CDCES', 'FACS', 'FACP', 'FRCP', 'FRCS', 'MRCP', 'FNP', 'IBCLC', 'CSCS', 'BSN']);
/** A degree or a credential written after a name (`PhD`, `MD`, `PharmD`, `BSc`). */
export const isDegree = (word: string): boolean => DEGREES.has(word.toLowerCase()) || WRITTEN_CREDENTIALS.has(word) || dottedCredential(word);
/** Credentials in capitals that are also other initials (`MS` a state, `RD` a road): one only beside another in a list after a name (`Rachael Link, MS, RD`). */
export const LISTED_CREDENTIALS = new Set(['RD', 'LD', 'MS', 'MA', 'BA', 'BS', 'RN', 'NP', 'PA', 'APD', 'CPT', 'CDE', 'LPN', 'CNM', 'DO']);
/** Listed credentials whose dotted spelling is another's too (`P.A.`, `M.A.`, `D.O.`). */
const DOTTED_ELSEWHERE = new Set(['MS', 'MA', 'BA', 'BS', 'PA', 'DO']);
/** `Scott Keatley, R.D.`, `Keri Gans, R.D.N.`, `Ph.D.`: a credential written with its full stops. */
function dottedCredential(word: string): boolean {
  if (!/^(?:\p{Lu}\p{Ll}?\.){2,4}$/u.test(word)) return false;
  const bare = word.replace(/\./g, '');
  return DEGREES.has(bare.toLowerCase()) || WRITTEN_CREDENTIALS.has(bare.toUpperCase()) || (LISTED_CREDENTIALS.has(bare) && !DOTTED_ELSEWHERE.has(bare));
}

/** Honours and offices written after a name in capitals (`Sandy Hollway AO`, `Jane Doe QC`, `John Smith OBE`). */
export const POST_NOMINALS = new Set(['AO', 'AC', 'AM', 'OAM', 'QC', 'KC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CMG', 'KCMG', 'GCMG', 'CVO', 'KCVO', 'MVO', 'JP', 'FRS', 'FRSE', 'MLA', 'MLC', 'MSP', 'MEP', 'MP', 'M.P.']);

/** A saint's word opening a name (`St Vincent`, `Saint Paul`). */
export const SAINT_WORD = /^(?:St\.?|Saint)$/;
/** Institutions named after a saint with a possessive (`St Vincent's Hospital`, `St Columban's College`). */
export const SAINTS_INSTITUTIONS = /^(?:Hospital|College|School|Church|Cathedral|Academy|Chapel|Infirmary|Abbey|Basilica|University|Primary|Grammar|Hospice|Hostel)$/;
/** Streets and squares named after a saint with a possessive (`St Mildred’s Road`, `St Peter's Square`). */
export const SAINTS_STREETS = /^(?:Road|Street|Avenue|Lane|Square|Place|Close|Drive|Way|Crescent|Gardens|Terrace|Hill|Park|Walk|Grove)$/;

/** Prizes named like a person or a statuette (`the Oscars`, `an Emmy`): no entity, as events are none. */
export const AWARDS = new Set(['oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'bafta', 'baftas', 'razzie', 'razzies']);

/** Regions named by a direction or a sea after `the`. General geography. */
export const THE_REGIONS = new Set(['West', 'East', 'North', 'South', 'Gulf', 'Pacific', 'Atlantic', 'Caribbean', 'Mediterranean', 'Sahara', 'Alps', 'Andes', 'Himalayas', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Balkans', 'Baltics', 'Arctic', 'Antarctic', 'Outback']);

/** Kinds of media named after their name in lower case (`Ana Tili newspaper`). */
export const MEDIA_KINDS = new Set(['newspaper', 'magazine', 'tabloid', 'daily', 'weekly', 'broadsheet', 'website', 'portal', 'broadcaster', 'newsletter', 'podcast']);

/** Common words that end newspapers' names after their town (`Toronto Star`, `Boston Globe`, `Liverpool Echo`). */
export const MASTHEADS = new Set(['Star', 'Sun', 'Globe', 'Mail', 'Mirror', 'Express', 'Standard', 'Echo', 'Advertiser', 'Sentinel', 'Ledger', 'Enquirer', 'Bulletin', 'Statesman', 'Recorder', 'Today', 'TODAY', 'Citizen', 'Leader-Post', 'Reporter', 'Report', 'Advocate', 'Guardian', 'Gleaner', 'Tribune', 'Observer', 'Chronicle', 'Gazette', 'Inquirer', 'Courier', 'Examiner', 'Herald', 'Times', 'Post']);

/** Last words of newspapers' and magazines' names (`The Daily Telegraph`, `The Guardian`, `the Sunday Times`). */
export const NEWSPAPER_WORDS = new Set(['times', 'telegraph', 'guardian', 'independent', 'observer', 'sun', 'mirror', 'post', 'herald', 'tribune', 'journal', 'star', 'globe', 'mail', 'express', 'economist', 'chronicle', 'gazette', 'courier', 'examiner', 'inquirer', 'verge', 'register', 'spectator', 'scotsman', 'people', 'age']);

/** Two-letter words that, in capitals, are words rather than acronyms. */
export const SHOUTED_PAIRS = new Set(['ok', 'go', 'do', 'be', 'oh', 'hi', 'ah', 'ha', 'yo', 'up', 'am', 'pm']);

/** Ranks of the peerage: with a place they name a person (`Baroness Scotland`). */
export const PEERAGE = new Set(['baroness', 'baron', 'earl', 'duke', 'duchess', 'viscount', 'viscountess', 'countess', 'marquess']);

/** Kinds of place written right before a place's name (`the checkpoint Nurly Zhol`, `the village Shalkar`). */
export const NAMED_PLACE_KINDS = new Set(['checkpoint', 'village', 'town', 'city', 'port', 'settlement', 'district', 'river', 'lake', 'island', 'suburb', 'province', 'oblast']);

/** Features named after a town (`Whangārei Harbour`, `Bondi Beach`): the town alone is the town, not their short form. */
export const FEATURES_OF_A_TOWN = new Set(['harbour', 'harbor', 'beach', 'falls', 'bay', 'coast', 'park', 'wall', 'hills', 'creek', 'lagoon', 'reef', 'forest', 'glacier', 'fjord']);

/** A brand's publications (`CNET Magazine`): the brand alone is no short form of them. */
export const PUBLICATIONS = new Set(['magazine', 'newsletter', 'podcast']);

/** Capitalised words that name no person, organisation or place of the world: `God`. */
export const NO_ENTITY_WORDS = new Set(['God', 'Allah', 'Olympic', 'Olympics', 'Paralympic', 'Paralympics', 'Bible', 'Koran', 'Quran', 'Torah', 'Talmud', 'Christmas', 'Thanksgiving', 'Easter', 'Halloween', 'Treasuries',
  // Feasts, diseases, events, laws and units named like names (general knowledge).
  'Passover', 'Hanukkah', 'Ramadan', 'Diwali', 'Shabbat', 'Sabbath', 'Covid', 'Covid-19', 'COVID-19', 'COVID', 'Coronavirus', 'Omicron',
  'Ebola', 'Zika', 'Dengue', 'Chikungunya',
  'Holocaust', 'Obamacare', 'Brexit', 'Celsius', 'Fahrenheit', 'Jr', 'Sr',
  // Health insurance programmes named like bodies (general knowledge): programmes, no bodies.
  'Medicare', 'Medicaid',
  // Meteor showers, named after their constellations.
  'Orionids', 'Perseids', 'Geminids', 'Leonids', 'Quadrantids', 'Lyrids', 'Draconids', 'Taurids',
  'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays',
  // Software, games and currencies named like names: products, no bodies (general knowledge).
  'Linux', 'Unix', 'Ubuntu', 'Android', 'iOS', 'macOS', 'Emacs', 'XEmacs', 'Firefox', 'Excel', 'PowerPoint', 'Photoshop',
  'Wordle', 'Minecraft', 'Fortnite', 'Bitcoin', 'Ethereum', 'JavaScript', 'Bluetooth', 'Blu-ray', 'Sudoku',
  // Programming languages, web standards and protocols, publishing and developers' software (general knowledge).
  'JS', 'TypeScript', 'jQuery', 'React', 'ReactJS', 'Node.js', 'Markdown', 'DOM', 'SVG', 'CORS', 'XHR',
  'XMLHttpRequest', 'WebRTC', 'WebSocket', 'WebSockets', 'WebGL', 'SPDY', 'RPC', 'RPCs', 'gRPC', 'OOP', 'UML', 'SQS',
  'WordPress', 'BuddyPress', 'bbPress', 'Drupal', 'Joomla', 'Docker', 'Kubernetes', 'Ansible',
  // Office suites, databases, file systems and web frameworks (general knowledge).
  'LibreOffice', 'OpenOffice', 'OpenOffice.org', 'QGIS', 'PostgreSQL', 'Postgres', 'MySQL', 'SQLite', 'Redis', 'Bigtable', 'MapReduce', 'Hadoop',
  'GlusterFS', 'NFS', 'Django', 'Perl', 'PHP',
  // A page's widgets and a holiday.
  'E-mail', 'Email', 'Dropdown', 'E-Edition', 'e-Edition', 'E-EDITION', 'Juneteenth', 'Kwanzaa',
  // A currency's and keyboard keys' abbreviations (`Rs 300`, `Hold Ctrl or Cmd`).
  'Rs', 'Ctrl', 'Cmd',
  // A medical image named like a name.
  'X-ray', 'X-rays',
  // Standards of connectors, networks, screens and discs, named by their initials (general knowledge).
  'USB', 'USB-A', 'USB-B', 'USB-C', 'USB-PD', 'HDMI', 'DVI', 'Ethernet', 'Wi-Fi', 'WiFi', 'LTE', 'NFC', 'OLED', 'LCD', 'HDR', 'VOD', 'DVD', 'DVDs', 'MP3',
  // Computing's parts, buses and ways of working, written in capitals or camel case like names (general knowledge).
  'PCIe', 'SATA', 'SoC', 'SoCs', 'CPU', 'CPUs', 'GPU', 'GPUs', 'NPU', 'NPUs', 'IoT', 'IIoT', 'SaaS', 'PaaS', 'IaaS', 'DevOps', 'MLOps', 'GenAI', 'AGI',
  // Chatbots and machine-learning frameworks: products, no bodies (general knowledge).
  'ChatGPT', 'TensorFlow', 'PyTorch',
  // Attacks and malicious software, capitalised in security news's menus and headlines (general knowledge).
  'Ransomware', 'Malware', 'Spyware', 'Phishing', 'Cyberattack', 'Cyberattacks']);

/** Continents and world regions that name a company's branch after an acronym (`AOL Europe`). */
export const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'Americas', 'Oceania', 'Latin America', 'North America', 'Asia Pacific', 'Middle East']);

/** What follows a newspaper's name and never an adjective's noun (`The Australian as saying`): punctuation, or a preposition or verb. */
export const NO_NOUN_AFTER = /^(?:\s*[,.;:)!?]|[ \t]*(?:\n|$)|\s+(?:as|in|on|and|that|said|says|reported|reports|newspaper|quoted|wrote|writes|has|had|was|is)\b)/;

/** A headline's verbs of writing and arguing (`Sean Bean Decries …`, `Fashola Writes …`): they part names, and their subject is a person. */
const WRITING_HEADLINE_VERBS = 'Decries Writes Wrote Equates Explains Recalls Speaks Apologizes Apologises Argues Predicts Tweets';

/** A headline's verbs of saying, praising and attacking: their subject is mostly a person. */
export const SAYING_HEADLINE_VERBS = new Set(
  `Says Said Tells Told Slams Slammed Warns Warned Urges Urged Vows Vowed Denies Accuses Blames Praises Praised Hails Hailed Threatens
  Demands Admits Claims Insists Pledges Defends Attacks Criticises Criticizes Condemns Stresses Responds Blasts Blasted Unleashes Mocks Rips
  ${WRITING_HEADLINE_VERBS}`.split(/\s+/),
);

/** Verbs of headlines, which in title case look like name words (`Slams`, `Urges`, `Tells`). */
export const HEADLINE_VERBS = new Set(
  `Says Said Tells Told Passes Passed Slams Warns Warned Urges Urged Picks Meets Met Calls Called Vows Vowed Backs Backed Hits Wins Won Seeks Faces
  Sees Gets Takes Makes Plans Signs Signed Visits Rejects Rejected Denies Denied Launches Unveils Announces Announced Names Named Appoints
  Sacks Fires Quits Joins Leaves Buys Bought Sells Cuts Raises Bans Blocks Approves Approved Accuses Blames Praises Hails Threatens
  Demands Orders Asks Admits Claims Insists Agrees Rules Opens Pledges Promises Vetoes Sues Defends Attacks Criticises Criticizes
  Welcomes Condemns Receives Discusses Holds Stresses Thanks Sends Addresses Arrives Leads Talks Eyes Mulls Weighs Considers Reveals
  Responds Slammed Blasts Blasted Praised Hailed Visited Invests Expects Ends Resigns Resigned Dies Died Becomes Wants
  Releases Released Files Filed Acquires Acquired Hires Hired Confirms Confirmed Delays Delayed Expands Halts Hikes Boosts
  Slashes Axes Probes Clears Cleared Arrests Arrested Launched Unveiled Revealed Begins Shuts Grants Loses Lost Scraps
  Reacts Celebrates Mourns Touts Dismisses Provides Donates Lauds Laud Commends Commend Congratulates Encourages Distributes Hands Presents Honours Honors Earns Earned Introduces Introduced Reaches Secures Secured
  ${WRITING_HEADLINE_VERBS}`
    .split(/\s+/)
    .filter(Boolean),
);

/** Before a city's name, what shows the place (`in Lyon`, `flew to Cayenne`). */
export const CITY_CONTEXT_BEFORE = /\b(?:in|at|from|to|near|outside|around|across|into|via|through|towards?)\s+$/i;
