/**
 * Organisations that news on any subject names without saying what they are: wire and
 * photo agencies (in credits and `told Reuters`), news networks whose names are common words (`Sky News`), the big platforms (`on Twitter`) and the
 * networks of sponsored links whose credits scraped pages keep (`by Taboola`),
 * the big companies named like a person or a town (`Wells Fargo`, `Goldman Sachs`, `Sara Lee`),
 * and armed or political movements whose names read like a people or a place
 * (`Islamic State`, `Muslim Brotherhood`), and the largest companies whose names are
 * words (`Apple`, `Amazon`: after `the`, Amazon is the river or the forest, see
 * PLACE_AFTER_THE), the central banks markets news names (`the Fed`), and the platforms, tech and media companies,
 * drugmakers, consumer brands and app stores news names everywhere (`Lyft`, `T-Mobile`, `HuffPost`, `Pfizer`, `Google Play`), and
 * parties and parliaments named in their own languages (`Sinn Féin`, `Fine Gael`, `Knesset`, `Lok Sabha`), the computer,
 * phone, software, telecoms and consulting companies and online sellers tech and business news names everywhere (`Cisco`,
 * `OnePlus`, `Infosys`, `Airtel`, `Coupang`), science's magazines and publishers (`Scientific American`, `Springer
 * Nature`), photo libraries (`iStock`, `Pixabay`), book and magazine publishers and `Lego`, museums and galleries art news names
 * by their names alone (`Tate Britain`, `the Serpentine`, `the Barbican`), car-rental companies, airlines and insurers named like a
 * person or a place (`Cathay Pacific`, `State Farm`), and tech's investors, reviews and model hubs (`Andreessen Horowitz`,
 * `MIT Technology Review`, `Hugging Face`). General world knowledge, like the country and acronym tables.
 */
export const KNOWN_ORGS: readonly string[] = `
  Reuters|Thomson Reuters|Associated Press|Agence France-Presse|Getty Images|Shutterstock|Alamy|Press Association|Kyodo|Yonhap|
  Interfax|TASS|RIA Novosti|Anadolu Agency|Xinhua|Bernama|Antara|Sky News|Sky Sports|Fox News|Fox Business|Fox Sports|Business Insider|Tech Insider|Sports Illustrated|
  Twitter|Facebook|Instagram|WhatsApp|LinkedIn|YouTube|TikTok|Snapchat|Reddit|Google|Microsoft|Wikipedia|
  Netflix|Spotify|Pinterest|Tumblr|Flickr|Apple|Amazon|Samsung|Sony|Intel|Nvidia|Tesla|Uber|Airbnb|eBay|PayPal|Meta|
  Yahoo|Vimeo|Twitch|WeChat|Weibo|Baidu|Tencent|Huawei|Xiaomi|Dropbox|Flipboard|Taboola|Outbrain|ZergNet|Revcontent|
  Walmart|Tesco|Aldi|Lidl|Asda|Tinder|Dell|Disney|Starbucks|McDonald's|Sainsbury's|Sotheby's|Christie's|Applebee's|Lowe's|Macy's|Kohl's|Dillard's|Moody's|Barron's|Wendy's|Domino's|Denny's|Boeing|Airbus|Toyota|Volkswagen|Nike|Adidas|Dow Jones|S&P|Nasdaq|
  CVS Health|CVS Pharmacy|Walgreens|Best Buy|Newegg|Capital One|American Express|Amex|Citibank|Citigroup|
  Wells Fargo|Con Edison|Goldman Sachs|Morgan Stanley|Merrill Lynch|Lehman Brothers|JPMorgan Chase|JPMorgan|JP Morgan|J.P. Morgan|Bank of America|
  Sara Lee|Johnson & Johnson|Procter & Gamble|Ernst & Young|Marks & Spencer|Marks and Spencer|Dolce & Gabbana|Louis Vuitton|John Lewis|
  Rolls-Royce|Harley-Davidson|Hewlett-Packard|Hewlett Packard|Lockheed Martin|Northrop Grumman|Raytheon|
  Delta Air Lines|American Airlines|United Airlines|Southwest Airlines|Alaska Airlines|
  Cathay Pacific|Qantas|Lufthansa|Air France|British Airways|Singapore Airlines|Qatar Airways|Etihad|Virgin Atlantic|KLM|Ryanair|
  easyJet|JetBlue|Air Canada|Turkish Airlines|Aer Lingus|Air New Zealand|Japan Airlines|All Nippon Airways|Korean Air|Air India|
  State Farm|Allstate|GEICO|Geico|Liberty Mutual|MetLife|AIG|Chubb|Berkshire Hathaway|Hugging Face|
  Islamic State|Muslim Brotherhood|Taliban|Hezbollah|Hamas|Fatah|Boko Haram|al-Shabab|al-Qaeda|Ansar al-Sharia|
  Islamic Jihad|Red Crescent|Red Cross|Reporters Without Borders|Doctors Without Borders|Médecins Sans Frontières|
  Federal Reserve|European Central Bank|Bank of England|Bank of Japan|International Monetary Fund|World Bank|
  Lyft|T-Mobile|Verizon|Comcast|Adobe|Qualcomm|Salesforce|Shopify|WeWork|StubHub|Stubhub|Ticketmaster|WebMD|SpaceX|Blue Origin|
  HuffPost|Huffington Post|TechCrunch|Mashable|BuzzFeed|Gizmodo|Engadget|Kotaku|Politico|Axios|Ars Technica|The Verge|
  Etsy|Groupon|Zillow|Expedia|Tripadvisor|TripAdvisor|Yelp|Lenovo|Foxconn|Pfizer|Moderna|AstraZeneca|Novartis|
  Eli Lilly|GlaxoSmithKline|Sanofi|Gilead Sciences|AbbVie|Amgen|Bristol-Myers Squibb|Novo Nordisk|Planned Parenthood|
  Unilever|Nestlé|PepsiCo|Coca-Cola|ExxonMobil|Gazprom|Rosneft|Siemens|Nintendo|Ubisoft|Electronic Arts|Epic Games|
  Google Play|Play Store|Creative Commons|Condé Nast|Viacom|ViacomCBS|NBCUniversal|
  Sinn Féin|Sinn Fein|Plaid Cymru|Fianna Fáil|Fianna Fail|Fine Gael|Likud|Fidesz|Syriza|Podemos|Ennahda|Kuomintang|
  CARICOM|Caricom|Caribbean Community|CONCACAF|Concacaf|Patreon|Telegram|Crime Stoppers|
  Bluesky|Mastodon|Substack|OpenAI|Anthropic|Databricks|Cloudflare|
  IBM|Oracle|Cisco|Ericsson|Nokia|Motorola|Asus|ASUS|Acer|OnePlus|Oppo|Realme|Broadcom|AMD|TSMC|Honeywell|Panasonic|Toshiba|Fujitsu|
  Infosys|Wipro|Tata Consultancy Services|Accenture|Deloitte|KPMG|McKinsey|Capgemini|Palantir|CrowdStrike|Fortinet|Zscaler|
  Okta|Twilio|Atlassian|ServiceNow|VMware|GitHub|GitLab|Canva|Figma|Binance|ByteDance|Rakuten|SoftBank|
  Activision Blizzard|Rockstar Games|Airtel|Vodafone|Telstra|Optus|AT&T|Deutsche Telekom|Zomato|Swiggy|Flipkart|Paytm|
  Adani|Coupang|Shein|Temu|Pinduoduo|Meituan|NetEase|Gojek|Shopee|Lazada|Tokopedia|
  Scientific American|New Scientist|National Geographic|Springer Nature|Elsevier|
  iStock|Pixabay|Unsplash|Pexels|Dreamstime|Depositphotos|Vogue|Rizzoli|Penguin Random House|HarperCollins|Lego|LEGO|
  Tate|Tate Britain|Tate Modern|Tate Liverpool|Tate St Ives|Serpentine|Barbican|Royal Academy of Arts|British Museum|Guggenheim|
  Hertz|Avis|Sixt|J.D. Power|JD Power|MIT Technology Review|Andreessen Horowitz|Sequoia Capital|Y Combinator|
  Bundestag|Bundesrat|Knesset|Lok Sabha|Rajya Sabha|Dáil|Dáil Éireann|Seanad|Storting|Riksdag|Folketing|Sejm|Oireachtas`
  .split('|')
  .map((s) => s.trim())
  .filter(Boolean);
const KNOWN_ORG_SET = new Set(KNOWN_ORGS);
/** Is `name` one of the organisations above, written as the table writes it? */
export const isKnownOrg = (name: string): boolean => KNOWN_ORG_SET.has(name);

/**
 * Carmakers, whose names open their models' names (`Nissan Sentra`, `Aston Martin DBX`): the maker is the
 * organisation, the model no entity. Not those whose name is a surname, a town or a word (`Ford`, `Lincoln`,
 * `Mini`, `Dodge`, `Jaguar`).
 */
export const CAR_MAKERS: ReadonlySet<string> = new Set(
  `Toyota|Volkswagen|Nissan|Honda|Chevrolet|Mitsubishi|Audi|Mercedes-Benz|Lexus|Renault|Peugeot|Citroën|Citroen|Fiat|Hyundai|Kia|
  Mazda|Subaru|Suzuki|Porsche|Ferrari|Lamborghini|Land Rover|Volvo|Aston Martin|Bentley|Rolls-Royce|Cadillac|Buick|Chrysler|
  Isuzu|Geely|Skoda|Škoda|Opel|Maserati|Bugatti|Infiniti|Acura|Daihatsu|Proton|Perodua|Tata Motors|Mahindra|BYD|Chery`
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Universities news names by one word, and their full names (`Harvard freshman`, `at Yale`). */
export const UNIVERSITIES_BY_ONE_WORD: ReadonlyMap<string, string> = new Map([
  ['Harvard', 'Harvard University'],
  ['Yale', 'Yale University'],
  ['Stanford', 'Stanford University'],
]);

/** Known organisations that are places after `the` (`the Amazon`). */
export const PLACE_AFTER_THE: ReadonlySet<string> = new Set(['Amazon']);

/** Short names of known organisations, read as them after `the` (`the Fed`). */
export const SHORT_AFTER_THE: ReadonlyMap<string, string> = new Map([['Fed', 'Federal Reserve']]);
