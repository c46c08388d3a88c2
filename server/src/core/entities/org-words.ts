/**
 * The head words that decide what a capitalised name is: organisation heads and
 * suffixes, modifiers typical of institutions, heads of documents, events and
 * buildings (which are not entities themselves), geographic suffixes, and acronyms
 * that are not names. General English vocabulary of news, no particular names.
 */

import { isAllCaps } from './keys';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Last word of an organisation's name (`Kazinform News Agency`, `SOVICO Group`, `Constitutional Court`). */
export const ORG_TAIL_HEADS = set(`
  ministry council agency group assembly parliament court tribunal church fund organization organisation union times
  news bank committee commission association institute institution university college academy school party
  company corporation corp corp. inc inc. ltd ltd. llc plc holding holdings foundation federation forces army
  navy force government service office department bureau authority board secretariat programme program center centre senate
  congress club united rovers wanderers athletic albion hotspur fc bros sport sports society alliance league coalition front movement network channel television radio press post
  journal herald tribune gazette telegraph chronicle courier examiner inquirer dispatch observer daily weekly monthly sentinel magazine air airlines airways railways railway exchange casino bank
  trust complex conference duma mission delegation embassy desk
  consulate police guard directorate inspectorate chamber ombudsman observatory lab labs laboratories laboratory
  hospital clinic infirmary museum library studio studios telecom motors industries technologies systems group
  brigade battalion regiment corps command electronics motors airlines petroleum pharmaceuticals
  ag sa nv gmbh jsc ojsc pjsc llp lp l.p. spa s.p.a. international watch opera theatre theater orchestra ballet philharmonic
  gallery house branch division unit taskforce lines pictures administration assn utd brotherhood sisterhood guild
  robotics aerospace securities equities investments shelter consortium ventures dynamics multimedia polytechnic sabha seminary conservatory dept dept.
  brothers sisters band choir ensemble quartet publications publishing zoo aquarium caucus distillery brewery winery shoppe tribe patrol
`);

/** Heads that name an institution even in a line of capitals (`PARLIAMENTARY LIBRARY`); not `NEWS`, `TIMES`, `GROUP`. */
export const CAPITALS_INSTITUTIONS = set('department ministry library commission council committee agency authority bureau parliament tribunal university police');

/** Heads of institutions' names, which take no capital `The` into the name (newspapers and companies may: `The New York Times`). */
/** Wire agencies, whose name takes no `The` however a byline or a credit writes it (`By The Associated Press`). */
export const WIRE_AGENCIES = /^(?:Associated Press|Canadian Press|Press Association|Australian Associated Press)$/;
export const INSTITUTION_HEADS = set('federation association council committee commission union league fund ministry department agency authority board court party foundation institute university college society alliance coalition organisation organization tribunal assembly parliament bureau office service trust');

/** Television networks' initials, whose local stations are named by their channel's number (`NBC 5`, `ABC13`). */
export const TV_NETWORKS = 'NBC|CBS|ABC|FOX|Fox|CW|PBS';

/** Heads written as abbreviations, whose full stop belongs to the name (`Apple Inc.`). */
export const ABBREVIATED_HEADS = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'assn', 'dept']);

/** Heads that also end names of places and buildings (`Astana International Airport`). */
export const WEAK_TAIL_HEADS = set('international watch house opera theatre theater gallery ballet complex center centre');

/** First word of a name continued by `of`/`for`/`on` (`Organization of …`, `Ministry of …`, `Conference on …`). */
export const ORG_LEAD_HEADS = set(`
  ministry council agency organization organisation union bank committee commission association institute
  university college academy school federation office department bureau authority secretariat programme program
  center centre conference league coalition court fund foundation assembly parliament chamber complex
  embassy consulate directorate service church society alliance senate house government journal presidency party
  administration corporation inspectorate division institution brotherhood sisterhood guild club museum library gallery archives corps
  hospital aid dept initiative
`);

/** Legal forms that close a company's name (`Credit Suisse Group AG`, `Banca Monte dei Paschi di Siena SpA`, `WebMD, LLC`). */
const LEGAL_FORMS = set('ag sa s.a. nv n.v. k.k. kk gmbh spa s.p.a. srl s.r.l. s.l. sarl s.a.r.l. kg kgaa plc inc inc. incorporated ltd ltd. limited llc l.l.c. corp corp. lp l.p. bv asa oy oyj ab aps a/s');

/**
 * Forms that stay in a canonical name: partnerships' (`Bloomberg L.P.` is not `Bloomberg`, its founder) and a Japanese
 * company's `K.K.`, which its name keeps where its acronym spells it (`Showa Denko K.K. (SDK)`).
 */
const KEPT_FORMS = set('lp l.p. k.k.');

/** Is `word` a legal form as companies write it: in capitals (`AG`, `LLC`, `L.P.`) or the usual mixed spelling (`SpA`, `Inc.`, `Limited`)? */
export function isLegalForm(word: string, caps = isAllCaps(word)): boolean {
  return LEGAL_FORMS.has(word.toLowerCase()) && (caps || /^(?:SpA|Srl|GmbH|Inc|Corp|Ltd|Oyj|Limited|Incorporated|plc)\.?$/.test(word));
}

/** `Pfizer Inc.` → `Pfizer`, `WebMD, LLC` → `WebMD`: a company's name without its legal form (a partnership keeps it). */
export function withoutLegalForm(name: string): string {
  const x = /,? (\S+)$/.exec(name);
  if (!x || !isLegalForm(x[1]) || KEPT_FORMS.has(x[1].toLowerCase())) return name;
  const rest = name.slice(0, x.index);
  return /\p{L}/u.test(rest) ? rest : name;
}

/** Legal forms written before a company's name (`JSC Kazakhstan Temir Zholy`). */
export const CORPORATE_PREFIXES = set('jsc ojsc pjsc llp llc ltd plc ao too');

/** Institutions a country has one of: capitalised alone mid-sentence, they name it (`the Senate`, `the Presidency`). */
export const SINGLE_INSTITUTIONS = set('senate parliament congress presidency duma kremlin navy army customs pentagon treasury house commons coalition cabinet lords');
/** Of those, the ones no sentence opens with in another sense (`Congress passed`, but `Army units`, `House prices`). */
export const PROPER_INSTITUTIONS = set('senate parliament congress duma kremlin pentagon');

/** Modifiers typical of institutions: with an unknown name word they make an ORG (`National Kurultai`). */
export const ORG_MODIFIERS = set(`
  national supreme federal central international democratic republican royal islamic united joint presidential
  parliamentary constitutional public state people's popular socialist communist liberal conservative
  patriotic revolutionary civic deutsche deutscher société compagnie groupe grupo gruppo banco banca
`);

/**
 * Heads of things that are not entities of our labels: documents, events, buildings,
 * programmes of work. The head is dropped and the names inside it stay
 * (`UN Charter` → `UN`, `New York Declaration` → `New York`, `OTS Summit` → `OTS`).
 */
/** Words ending a contest's name (`Davis Cup`, `ATP Finals`, `Heisman Trophy`, `London Marathon`): the words before them name the contest, no one; a place or a body among them stays. */
export const EVENT_HEADS = set('cup final finals trophy championship championships marathon open parade');

export const DROP_HEADS = set(`
  charter declaration act bill amendment treaty agreement protocol convention accord accords resolution law code constitution
  vision strategy plan doctrine memorandum statement report communique communiqué concept roadmap
  summit forum games olympics cup championship festival expo exhibition meeting session talks final finals trophy championships marathon parade
  hall headquarters building palace stadium station tower arena
  member members states state countries nations people peoples citizens secretary
  award prize order medal day week year anniversary initiative project scheme war wars revolution crisis era pandemic
`);

/** Last word of a geographic name (`Gaza Strip`, `Ulytau Region`, `Caspian Sea`). */
export const GEO_SUFFIXES = set(`
  strip region province oblast district county township parish borough valley wall park sea ocean oceans river lake mountains mountain island islands
  peninsula bay gulf desert basin plateau coast heights steppe canal straits strait archipelago highlands
  governorate prefecture territory harbour harbor beach falls forest reef glacier lagoon creek fjord hills springs
  upazila tehsil taluk
  square avenue boulevard bridge sound street airport camp road lane way st ave rd blvd statehouse capitol crater delta reserve area belt hemisphere terrace crescent mall plaza
`);

/** First word of a geographic name (`Lake Balkhash`, `Mount Everest`, `Gulf of Finland`). */
export const GEO_PREFIXES = set('greater metro camp lake mount mt cape gulf bay sea river isle island port strait north south east west northern southern eastern western fort boulevard san são los las punta playa isla cabo cerro laguna bahía bahia ciudad puerto santo santa');

/** All-capital words that are not names (`TV`, `GDP`, `COVID-19`, `CEO`). */
/** An institution's head that ends its name wherever it stands (`Purdue University`, `CFA Institute`). */
export const NAME_ENDING_HEADS = /^(?:University|College|Institute|Foundation|Hospital|Academy)$/;

export const NON_ENTITY_ACRONYMS = set(`
  tv msrp sli dlss amber gdp ceo cfo coo cto cpo ciso chro covid covid-19 ai it pr hiv aids sms ok am pm bc ad fm pdf id vip hr rnd r&d ngo ngos
  usd eur gbp rub cny jpy kzt mw gw kw kwh km kg mln bln bn ltd llc plc inc faq url www ii iii iv vi vii viii
  ix xi xii xx xxi ict esg lng lpg gmt utc bst cet cest edt est pdt pst aest aedt md gps usb wifi qc kc obe mbe cbe ao
  html css xml json api apis sdk vpn vpns hd uhd hdr led lcd oled dna rna mri icu ivf adhd ptsd suv ev evs ipo etf vr ar
  dvd cd mp3 jpeg gif png csv sql ssd ram cpu gpu wtf lol omg fyi icymi tldr asap diy rsvp aka eta pc dj mvp atm sim nfc rfid ip
  dns dmarc http https ssl tls 5g 4g 3g lte vat hq ufo iq lgbt lgbtq cbd os ir hdmi fps pii mep meps msp msps mla awol
  vp svp evp rss ag bce a&e r&b q&a b&b m&a p&l p&c
  tcp udp bgp vm vms posix php pgp gpg xdr imap sftp ntp dhcp ipv4 ipv6 cdn dos ddos tpm bios uefi
  micah reit reits mrsa gerd bmi ibs copd std stds uti hpv rsv cpr ekg ecg ssri nsaid nsaids iptv voip djia eps kpi kpis mba phd gpa ppe et
  vhs dlc ux ui ott ie ccna ccnp ccie cre ra
  gui cli ide ssh ftp smtp lan wan dsl isp ocr pos kb mb gb tb
  docx ppt pptx xls xlsx jpg tiff mp4 mov wav apk exe zip rar gdpr issn isbn doi
  cst cdt mst mdt hst akst akdt eeo p.o.
  pv ct pe rf amt uv rrp
  gaap ifrs cv paye csr mma cpa cpas e-edition
  gsm cdma rgb ips psu gtx rtx nas sme smes daca bdsm psa psas hdtv xxl a-z rx fyc tl;dr
  cio rpa ml llm llms nlp dfir itdr grc dspm siem soar edr mdr ztna casb waf sase vfx wip auv sre crm tmi sos nsclc hrql fsbo mtb
  thc nlds alds nlcs alcs rbi rb qb wr dmca cte nft
  imho oem oems potus flotus fafsa hsa
  hla hla-b tcr ivig sjs nli omfg lmao rofl smh
  lgbt+ lgbtq+ lgbq lgbq+ lgbti lgbtqi lgbtqia lgbtqia+ lgbtqi+ okr okrs dri ehr ehrs emr emrs cx foia
  hvac roi qa cms rce xxe pex seo saas erp
  gpl lgpl agpl gplv2 gplv3 gnu bsl afaik howto cpap ocd dsm fapa dfapa ect
  tl ci oidc sso mcp sse oss fifo lifo qps mern cuda nccl nvtx ffi jit rdma nvme kv rag crud orm jwt oauth saml ldap rbac mfa otp
  tpu npu vram cors csrf xss ssrf mitm slo rto rpo iam iot nic nfs raid lts eol cve cves poc ttft tbt jvm jdk yaml grpc rpc dag gfci afci trr
`);

/** Plural words that look like heads but name no single organisation (`Security Councils`). */
export const isPluralHead = (w: string): boolean =>
  /s$/i.test(w) && !/ss$/i.test(w) && ORG_TAIL_HEADS.has(w.toLowerCase().replace(/s$/, '')) && !ORG_TAIL_HEADS.has(w.toLowerCase());
