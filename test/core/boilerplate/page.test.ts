import { strict as assert } from 'node:assert';
import { Doc } from '../../../server/src/core/document';
import type { Span } from '../../../server/src/core/types';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { boilerplateLines, detect, onLine, prose } from './helpers';
import { classifyLine } from '../../../server/src/core/boilerplate/line-kinds';
import { readPage } from '../../../server/src/core/boilerplate/page';

/**
 * Whole pages: which lines are boilerplate by kind, by position (the tail after the
 * last content paragraph, a teaser block after a list opener) or by standing beside
 * navigation. Each case lists the page's lines and the zero-based lines expected.
 */
/** A site's menu of thirty-two short labels. */
const MENU = `Home News Sport Weather Business Health Science Travel Culture Food Money Cars Homes Jobs Games Puzzles
  Video Audio Podcasts Opinion Politics World Europe Asia Africa Americas Technology Education Climate Markets Careers Contact`.split(/\s+/);

const PAGES: { name: string; lines: string[]; expected: number[] }[] = [
  {
    name: 'very short lines in sentence case after a paragraph of the article are a table of it; such lines in title case are a menu',
    lines: [
      'The release plan for the game',
      prose('the release'),
      'General review',
      'Load map',
      'Save map',
      'Sound settings',
      'Quick bar',
      'Help overlay kovarex',
      prose('the screens'),
      prose('the sounds'),
      'Home',
      'World News',
      'Sport',
      'Weather',
      'Business',
      'Health',
    ],
    expected: [10, 11, 12, 13, 14, 15],
  },
  {
    name: 'a table of contents is navigation; below the headline its entries written again over prose head the article’s sections; a label written twice without such a table stays navigation',
    lines: [
      'How our task scheduler works',
      prose('the scheduler'),
      'Introduction',
      'Architecture',
      'Conclusion',
      'Introduction',
      prose('the introduction'),
      prose('the design'),
      'Architecture',
      prose('the architecture'),
      prose('the queues'),
      'Conclusion',
      prose('the conclusion'),
      prose('the future'),
      'Advert',
      prose('the budget'),
      prose('the tax'),
      'Advert',
      prose('the vote'),
      prose('the debate'),
    ],
    expected: [2, 3, 4, 14, 17],
  },
  {
    name: 'an entry of the article’s own table of contents written again over one sentence of prose heads a section, a figure after it too; a menu’s entry above the headline needs more prose',
    lines: [
      'About',
      'Newsletter',
      'Contact',
      'How we detect anomalies in logs',
      prose('the logs'),
      'Detecting Anomalies',
      'Backtesting',
      'Conclusion',
      'Detecting Anomalies',
      prose('the anomaly'),
      '2, 3, 5, 2, 3, 12, 5, 3, 4',
      'Backtesting',
      prose('the past'),
      'Conclusion',
      prose('the conclusion'),
      prose('the future'),
      'Contact',
      prose('the author'),
      'Why farmers may want to paint their cows',
    ],
    expected: [0, 1, 2, 5, 6, 7, 16],
  },
  {
    name: 'a table of contents’ heading and the short lines after it are navigation, up to a title over its credit line; numbered entries too',
    lines: [
      'Chapter 6 - Monitoring Distributed Systems',
      'Table of Contents',
      'Part I - Introduction',
      '1. Introduction',
      '2. Embracing Risk',
      'Part II - Practices',
      '3. Practical Alerting',
      'Appendix A. Availability Table',
      'Bibliography',
      'Monitoring Distributed Systems',
      'Written by Rob Ewaschuk',
      prose('the monitoring'),
      prose('the alerts'),
    ],
    expected: [1, 2, 3, 4, 5, 6, 7, 8],
  },
  {
    name: 'a headline, its summary and its age, two such cards in a row, are teasers; one age under the article’s headline leaves the headline the article’s',
    lines: [
      'Girl rescued from kidnapper in Fort Worth',
      '2H ago',
      prose('the rescue'),
      prose('the trial'),
      'World',
      'Why farmers may want to paint their cows with zebra stripes',
      'Some people thought the stripy cattle in a Japanese pasture were a practical joke, but the science is real.',
      '32M ago',
      'Woman risks her life to save a koala',
      'At least six people have died and hundreds of homes have been destroyed by bushfires.',
      '14H ago',
    ],
    expected: [1, 4, 5, 6, 7, 8, 9, 10],
  },
  {
    name: 'of several lines that are only a date, the first dates the article, the others the items of its lists',
    lines: [
      'The council votes on the new budget',
      'Wednesday November 20, 2019',
      prose('the budget'),
      'Monday November 18, 2019',
      prose('the vote'),
      'Tuesday November 19, 2019',
      prose('the hall'),
    ],
    expected: [3, 5],
  },
  {
    name: 'a schedule’s entries in title case, each opening with its date, are the article’s; headlines in title case in a row are teasers',
    lines: [
      'The band sets its anniversary tour',
      prose('the tour'),
      prose('the tickets'),
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL',
      'Sept. 12 – Mountain View, CA @ Shoreline Amphitheatre',
      prose('the band'),
      'Post Malone And Ariana Grande Lead The Awards Nominations',
      'Ciara To Host The Music Awards With New Performers',
    ],
    expected: [7, 8],
  },
  {
    name: 'a news agency’s caption ends with the picture’s weekday and date; prose that ends with a date is no caption',
    lines: [
      'Student debt relief draws 8M applications',
      prose('the relief'),
      'President Joe Biden speaks about the student debt relief portal in the South Court Auditorium in Washington, Monday, Oct. 17, 2022.',
      prose('the portal'),
      'The portal opened to the public for the first time on Monday, Oct. 17, 2022.',
      prose('the budget'),
    ],
    expected: [2],
  },
  {
    name: 'a listing after the prose (categories, each winner a name, a comma and a place) is the article’s; a site footer after it is not',
    lines: [
      'Minister announces the training awards winners',
      prose('the awards'),
      prose('the winners'),
      'THE 2014 TRAINING AWARDS WINNERS',
      'Category Winner',
      'Lifetime Achievement Award',
      'Berwyn Clayton, Victoria',
      'National Leadership Award',
      'Michelle Weaver, Queensland',
      'Vocational Student of the Year',
      'Rachel Dudok, Queensland',
      'Employer of the Year',
      'Westpac, Victoria',
      'Large Training Provider of the Year',
      'Chisholm Institute, Victoria',
      'Privacy Policy',
      'Terms of Use',
    ],
    expected: [15, 16],
  },
  {
    name: 'a ranked listing of names after the prose is the article’s, and the names with their bands before it; a row far after it (a reader’s comment) does not extend it',
    lines: [
      'The top metal vocalists of all time',
      prose('the list'),
      prose('the singers'),
      'Pepper Keenan, Corrosion of Conformity',
      'Phil Anselmo, Pantera',
      'Here’s the full list.',
      '01. Robert Plant',
      '02. Rob Halford',
      '03. Ronnie James Dio',
      '04. Bruce Dickinson',
      '05. Freddie Mercury',
      '{ 3 comments… read them below or add one }',
      '← Previous Comments',
      'Armanox June 28, 2015 at 10:25 pm',
      'Really, no Shagrath?',
      'justin coleman September 22, 2015 at 5:56 am',
      'Okay, that is wrong.',
      'Have you heard this one’s voice, sooo sick',
      'Leo July 23, 2015 at 3:20 pm',
      'Where is Mike Patton?',
      'Leave a Comment',
      'Previous post: We Are The Innovators – My Morning Jacket',
      'Next post: The Arctic Monkeys: Part 2',
    ],
    expected: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
  },
  {
    name: 'a reference list whose numbers stand on lines of their own, each before its reference, is the article’s; the links under each are not',
    lines: [
      'DRESS syndrome and the rheumatologist',
      prose('the syndrome'),
      prose('the drugs'),
      '1.',
      'Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. In vitro assessment of risk. J Clin Investig. 1988;82(6):1826.',
      'CAS Article PubMed PubMed Central Google Scholar',
      '2.',
      'Bocquet H, Bagot M, Roujeau J. Drug-induced pseudolymphoma and drug hypersensitivity syndrome. In Seminars in cutaneous medicine and surgery. 1996.',
      '3.',
      'Peyriere H et al. Variability in the clinical pattern of cutaneous side‐effects of drugs with systemic symptoms. Br J Dermatol. 2006;155(2):422–8.',
      'Article PubMed Google Scholar',
      prose('the end'),
    ],
    expected: [5, 10],
  },
  {
    name: 'three such rows are too few to make a listing of the page’s tail',
    lines: ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'Contact Us', 'Sydney Office, Sydney', 'Melbourne Office, Melbourne', 'Perth Office, Perth', 'Privacy Policy'],
    expected: [3, 4, 5, 6, 7],
  },
  {
    name: 'teaser block: everything from a "Related articles" label after the article to the end',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'source: example.org with agencies',
      'Related articles',
      "Editor's choice",
      'News',
      'Floods hit the south after days of heavy rain',
      prose('the flood relief'),
    ],
    expected: [3, 4, 5, 6, 7, 8],
  },
  {
    name: 'teaser block under a call to subscribe that closed the article runs to the page’s end, over an offer’s sentences',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      prose('the roads'),
      prose('the harvest'),
      prose('the dams'),
      'Sign up for our daily newsletter',
      'You might like',
      'Floods hit the south after days of heavy rain',
      'Region sends most volunteers abroad',
      prose('the bonus points'),
      prose('the annual fee'),
    ],
    expected: [6, 7, 8, 9, 10, 11],
  },
  {
    name: 'teaser block: a headline asking in title case between two teasers’ summaries is no prose resuming',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Financial Tips & Other Stories',
      'Five Tips for Starting a Career as a Manager',
      prose('the manager'),
      'Should You Earn a Master of Arts in Teaching or a Master of Education?',
      prose('the teacher'),
    ],
    expected: [3, 4, 5, 6, 7],
  },
  {
    name: 'a box of links set into the article ends where two long paragraphs of prose follow; a short one does not end it',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'More on the floods:',
      'Floods hit the south after days of heavy rain',
      'What you need to know about the new rules',
      `${prose('the flood relief')} ${prose('the dams')}`,
      `${prose('the harvest')} ${prose('the roads')}`,
      'Related articles',
      'Region sends most volunteers abroad',
      prose('the museum'),
      'The Daily Courier',
    ],
    expected: [3, 4, 5, 8, 9, 10, 11],
  },
  {
    name: 'a box of links ends where short paragraphs of prose follow that together are as long as one',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Related Stories',
      'Floods Hit The South After Days Of Heavy Rain',
      'Region Sends Most Volunteers Abroad As Crisis Deepens',
      'The minister was standing alone on a square near the station when two officers asked him for identification, said the chief of the city police.',
      'The minister, speaking Italian, told police he had no papers.',
      'When they asked him to empty his pockets, he laughed.',
      prose('the roads'),
    ],
    expected: [3, 4, 5],
  },
  {
    name: 'teasers with a standfirst, a date and a byline each follow a list label; their sentences are no prose that resumes',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Recommended For You',
      'No more cars in the capital? It is possible, but not likely at all.',
      'The city council thinks the minister is a liar, and says so loudly.',
      '08/06/2022',
      'By Jane Roe',
      'Google changed the design of its mail and some people are furious. Here is how to change it back.',
      'Everything else is changing around us. There is no need to alter our inboxes too.',
      '10 minutes ago',
      'By John Doe',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    name: 'a post embedded in the story ends a box of links: the story goes on with it',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Trending Stories',
      'Floods Hit The South After Days Of Heavy Rain',
      'Region Sends Most Volunteers Abroad As Crisis Deepens',
      'The minister was killed by police in a shootout, officials said. https://t.co/8lhIr9qZem',
      '— Jane Roe (@janeroe) December 23, 2016',
      prose('the roads'),
    ],
    expected: [3, 4, 5],
  },
  {
    name: 'no teaser block when the list label opens the page before any content',
    lines: ['Minister visits the northern regions', 'Most read', 'Floods hit the south', prose('the visit'), prose('the budget')],
    expected: [1],
  },
  {
    name: 'tail: an outlet name and a rating widget after the last content paragraph',
    lines: ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'The Daily Courier', 'Average rating:  ', ' 0 reviews'],
    expected: [3, 4, 5],
  },
  {
    name: 'tail: gambling ads at the end of the page',
    lines: ['Minister visits the northern regions', prose('the visit'), 'The Best Online Bookmakers February 22 2024', '', 'BetMGM Casino'],
    expected: [2, 4],
  },
  {
    name: 'a title-case subheading among content paragraphs stays content',
    lines: ['Minister visits the northern regions', prose('the visit'), 'Energy Security', prose('the budget'), prose('the pipeline')],
    expected: [],
  },
  {
    name: 'the headline is content even when it is short and title-case',
    lines: ['Biden Visits Kyiv', prose('the visit')],
    expected: [],
  },
  {
    name: 'date stamp lines of a news feed are content; image credits are not',
    lines: [
      ' date 2023-11-23 22.11.2023, 17:31 5811',
      'Parliament ratifies the protocol',
      'Images | Press Service',
      prose('the protocol'),
      '22.11.2023, 20:13 6296',
      'President receives the chairman of the board',
      'Images | Press Service',
      prose('the meeting'),
    ],
    expected: [2, 6],
  },
  {
    name: 'navigation before the headline: labels and section names are boilerplate',
    lines: ['Skip to content', 'World', 'EU leaders agree new sanctions package', prose('the sanctions')],
    expected: [0, 1],
  },
  {
    name: 'a section name beside a navigation label is navigation; alone in the text it is not',
    lines: ['Minister visits the northern regions', prose('the visit'), 'Share this article', 'Politics', prose('the budget'), 'Economy', prose('the pipeline')],
    expected: [2, 3],
  },
  {
    name: 'a caption ending with its photo credit is boilerplate as a whole line',
    lines: ['Minister visits the northern regions', 'The minister in the capital on March 15. Photo credit: Press Office.', prose('the visit')],
    expected: [1],
  },
  {
    name: 'a caption over a photographer’s name in capitals, and the name, are boilerplate; a line of capitals that is no name is no credit of the line over it',
    lines: ['Shoppers stalled by cyber attack', prose('the attack'), 'Customers at the store buy lunches at the branch yesterday.', 'KRISTIAN DE SILVA', prose('the stores'), 'The store stayed closed all day long.', 'BREAKING NEWS TODAY', prose('the closure')],
    expected: [2, 3],
  },
  {
    name: 'a caption ending in `(FILE)` is boilerplate',
    lines: ['Tridents’ challenge', prose('the team'), 'The footballers training ahead of a match against Dominica. (FILE)', prose('the match')],
    expected: [2],
  },
  {
    name: 'quoted lines and ordinary short sentences are content',
    lines: ['Minister visits the northern regions', prose('the visit'), '“Subscribe to our channel,” the blogger told his followers.', 'Analysts had expected the decision.'],
    expected: [],
  },
  {
    name: 'a gallery’s counter and the caption under it are boilerplate',
    lines: ['NASA picks five companies for moon landers', prose('the landers'), 'Image 1 of 2', 'An artist’s concept of a lunar lander on the moon’s surface.', 'Image 2 of 2', 'This illustration shows a concept lander by a satellite maker.', prose('the contracts')],
    expected: [2, 3, 4, 5],
  },
  {
    name: 'a bare label repeated in the page is navigation',
    lines: ['Minister visits the northern regions', 'Regional Desk', prose('the visit'), 'Regional Desk', prose('the budget')],
    expected: [1, 3],
  },
  {
    name: 'scraped page: a section label over a sponsor line is navigation, a caption label marks the caption after it',
    lines: [
      'US & Canada',
      'is sponsored by',
      'Minister admits the reform is his biggest frustration',
      'From the section US & Canada',
      'Media caption',
      'The minister spoke to reporters at the border',
      prose('the reform'),
      '1 / 5',
      'In this photo dated Tuesday the minister visits a school in the north of the country.',
      prose('the schools'),
      'Read the full transcript of his interview',
      prose('the budget'),
      '___',
      'Jane Doe in Paris contributed to this report.',
      'Credit Jane Doe/Agence France-Presse — Getty Images',
      'This version corrects the spelling of the region.',
    ],
    expected: [0, 1, 3, 4, 5, 7, 8, 10, 12, 13, 14, 15],
  },
  {
    name: 'a caption ending in its credit in parentheses',
    lines: ['Minister visits the northern regions', prose('the visit'), 'The minister at the plant on Monday. (Video by Jane Doe)', prose('the budget')],
    expected: [2],
  },
  {
    name: 'teasers in brackets, arrow links, a map label, a letter-spaced letterhead and a page number',
    lines: [
      'J  O  I  N  T   M  E  D  I  A   R  E  L  E  A  S  E',
      'Minister visits the northern regions',
      prose('the visit'),
      '[Read: Why the region suffers from floods]',
      'Map: Flow of water to the south',
      prose('the budget'),
      'Page 2',
      prose('the schools'),
      'Next On Example News ›',
      'Floods hit the south after days of rain',
    ],
    expected: [0, 3, 4, 6, 8, 9],
  },
  {
    name: "an author's note, a contact address, a call to read more and a call to sign up over the headline",
    lines: [
      'SIGN UP FOR OUR NEWSLETTER',
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Check out more articles on Example.com!',
      'Jane Doe is a breaking news reporter for Example News and is based in Sydney, Australia.',
      'Contact Jane Doe at jane.doe@example.com',
    ],
    expected: [0, 4, 5, 6],
  },
  {
    name: 'a run of very short lines is a menu or a widget; a numbered list and a byline are not',
    lines: [
      'Minister visits the northern regions',
      'Jane Doe',
      'Example News Reporter',
      prose('the visit'),
      '1. Finland',
      '2. Norway',
      '3. Australia',
      '4. Canada',
      '5. Germany',
      '6. France',
      prose('the budget'),
      'Back',
      'Font',
      'Aa',
      'Arial',
      'Cancel',
      'Done',
      prose('the schools'),
    ],
    expected: [11, 12, 13, 14, 15, 16],
  },
  {
    name: 'a menu’s button read aloud is navigation and goes on with a run of very short lines',
    lines: [
      'Minister visits the northern regions',
      prose('the visit'),
      prose('the budget'),
      'Household',
      'Getting a Home',
      'Open the Household page',
      'Neighborhoods',
      'Education',
      'Libraries',
      'Open the Neighborhoods page',
      prose('the schools'),
    ],
    expected: [3, 4, 5, 6, 7, 8, 9],
  },
  {
    name: "after the article, headlines under 'Read more:' are teasers",
    lines: ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'Read more:', 'Region sends most volunteers abroad', 'The museum is home to Roman treasures'],
    expected: [3, 4, 5],
  },
  {
    name: 'a photo caption: a line with no full stop alone between two paragraphs; prose that lost its full stop is not one',
    lines: [
      'Whale whisperer keeps watch',
      prose('the visit'),
      'Hori Parata at his farm, the place where he was born and grew up',
      prose('the budget'),
      'Among other topics of the address were the new social ethics and the role of youth',
      prose('the flood relief'),
    ],
    expected: [2],
  },
  {
    name: 'a line with no full stop whose words the next paragraph takes up is the article’s subheading over it, no caption',
    lines: [
      'State Farm leads the market',
      prose('the visit'),
      'Banking alliances tied into the agency channel',
      'Following the wind-down of State Farm Bank, the company entered a strategic alliance with U.S. Bank, whose agency staff now sell its products.',
      'Hori Parata at his farm, the place where he was born and grew up',
      prose('the budget'),
    ],
    expected: [4],
  },
  {
    name: 'a sentence over a credit line is its caption, at the top of the page too; a headline over a credit line is not',
    lines: [
      'A new Bill would require providers to store metadata for two years.',
      'Source: Supplied',
      'Ministers sign the agreement in the capital',
      'Images | Akorda',
      prose('the visit'),
      'The Apple Vision Pro.',
      'Image: Vjeran Pavic / The Verge',
      prose('the budget'),
    ],
    expected: [0, 1, 3, 5, 6],
  },
  {
    name: 'list items without full stops in a row are no captions',
    lines: ['Five things we learned', prose('the visit'), 'The UK must stay in the EU to have influence', 'He is confident the deal will pass Congress', prose('the budget')],
    expected: [],
  },
  {
    name: 'two headlines in title case in a row inside the article are teasers; one alone is a subheading',
    lines: [
      'Veteran Wraps Baby in Flag',
      prose('the visit'),
      'Pizza Man Making Special Delivery to Afghanistan',
      'Redesigned Scopes Fail to Stop Superbug Outbreaks',
      prose('the budget'),
      'What Happens Next For Whales',
      prose('the flood relief'),
    ],
    expected: [2, 3],
  },
  {
    name: 'before the article, three headlines in title case under a navigation label are a menu’s teasers; two are not',
    lines: [
      'Introducing Fandom Author Profiles',
      'Bringing you closer to your readers with a customizable profile.',
      'Sign In',
      'Register',
      'Top Stories',
      'Everything We Know About the Han Solo Movie',
      'Rogue One Digital Details and Extras Released',
      'Logan Review: A Solid Step Forward for Superhero Movies',
      'Top Stories',
      'The Four Essential Ingredients of a Fan Theory',
      'Watch Danny Rand Use the Fire of the Fist',
      prose('the visit'),
      prose('the budget'),
    ],
    expected: [2, 3, 4, 5, 6, 7, 8],
  },
  {
    name: 'inside the article, a headline over a line that is only its date is a teaser and its date; a table’s title over its years is not',
    lines: [
      'Manhole Fires and Burst Pipes',
      prose('the visit'),
      'Why Are New York City’s Streets Always Under Construction?',
      'Aug. 18, 2016',
      prose('the budget'),
      'Settler arrivals by state of stay, financial years',
      '   2002-03 2003-04 2004-05 2005-06',
      prose('the army'),
    ],
    expected: [2, 3],
  },
  {
    name: 'three lines that are only a date, each over a headline and its summary, are a feed of other articles’ cards (the first date may date the article)',
    lines: [
      'Top Rental Car Companies of 2025',
      prose('the visit'),
      prose('the budget'),
      'Dec 19, 2025',
      'Cathay Pacific Launches First Aria Suite Experience Between Two Cities',
      prose('the new aircraft'),
      'Dec 18, 2025',
      'Regent Seven Seas Cruises Floats Out First New Ship Class',
      prose('the new ship'),
      'Dec 17, 2025',
      'Hotel Casa Palmela Review From the Countryside',
      prose('the hotel'),
    ],
    expected: [4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    name: 'title-case lines under a paragraph of the article ending with a colon are its list, no teasers',
    lines: [
      'Academy of Art University Earns 19 Honors',
      prose('the awards'),
      'The projects span music festivals and consumer products. Here are the winners and their instructors:',
      'Jasmine Chang – Type & Expression (Instructor: John Nettleton)',
      'Evelyn Kim – Reconnxt Music Festival (Instructor: Troy Alders)',
      'Zack Jacobson – Vignelli Sustainable Paints (Instructor: Thomas McNulty)',
      prose('the winners'),
    ],
    expected: [],
  },
  {
    name: 'a line that is only a date over a headline and its paragraph, once, is no feed',
    lines: ['Top Rental Car Companies of 2025', 'Dec 19, 2025', 'Cathay Pacific Launches First Aria Suite Experience Between Two Cities', prose('the new aircraft'), prose('the budget')],
    expected: [],
  },
  {
    name: 'under a widget’s label, headlines each under its rank are a ranked list of other articles',
    lines: [
      'Feather duvet lung',
      prose('the visit'),
      'Most Read Most Shared',
      '1',
      'Battle-Scarred Viking Shield-Maiden Gets Facial Reconstruction',
      '2',
      'Here’s What Sugar Does to Your Brain',
      '3',
      'Can a Person Survive Eating Only Beef?',
      prose('the budget'),
      prose('the plan'),
    ],
    expected: [2, 3, 4, 5, 6, 7, 8],
  },
  {
    name: 'lines each a headline run together with its summary are teaser cards, two of them at least; one glued line alone stays',
    lines: [
      'Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis',
      prose('the visit'),
      'The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots around Detroit.',
      'Ford Recalls F-150s; Loose Cable Can Cause Stalling Or FiresFord is recalling over 168,000 F-150 pickups.',
      prose('the budget'),
    ],
    expected: [2, 3],
  },
  {
    name: 'one line of a headline run together with its text is no list of teasers',
    lines: ['Michigan Officials Report A Death', 'The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots around Detroit.', prose('the visit'), prose('the budget')],
    expected: [],
  },
  {
    name: 'after the article, headlines, each over its byline and its date in figures, are teasers, their authors and dates',
    lines: [
      'Son of former German president stabbed',
      prose('the visit'),
      prose('the budget'),
      'Liberman: Both parties are to blame for lack of unity government',
      'By JERUSALEM POST STAFF',
      '11/20/2019 01:14 PM',
      'Russia: Israeli strikes on Syria wrong move',
      'By REUTERS',
      '11/20/2019 10:08 AM',
    ],
    expected: [3, 4, 5, 6, 7, 8],
  },
  {
    name: 'before the article’s first paragraph, headlines over their dates (a month written in full) are teasers when they come as a list',
    lines: [
      'All-new 2020 Sentra is what we really want from Nissan PH',
      'Next-generation Nissan Sentra makes global debut in Los Angeles',
      'AUTO NEWS',
      'LA 2016: Turbocharged Nissan Sentra Nismo unleashed',
      'November 16, 2016',
      'FEATURES',
      'Elite Exaltas: the Nissan nicknames',
      'December 18, 2015',
      prose('the sedan'),
      prose('the engine'),
    ],
    expected: [2, 3, 4, 5, 6, 7],
  },
  {
    name: 'above the headline, a site header of thirty lines of navigation takes in the few lines among them no rule reads (a standfirst)',
    lines: [
      ...MENU.slice(0, 16),
      'Second Opinion: Read expert perspectives on popular health topics.',
      'Communities: Connect with people like you, and get expert guidance on living a healthy life.',
      ...MENU.slice(16),
      'Superbugs: What They Are and How You Get Them',
      'By Kelli Miller',
      prose('the hospital'),
      prose('the antibiotics'),
    ],
    expected: [...Array(MENU.length + 2).keys()],
  },
  {
    name: 'inside the article, the headlines under Read more are teasers; the article’s next point after them is not',
    lines: [
      'The seven secrets that hotel owners do not want you to know',
      prose('the hotel'),
      prose('the towels'),
      'Read more',
      "Man rents out flatmate's room on Airbnb - without telling him",
      'Upmarket holiday company goes bust on eve of bank holiday',
      '5. Beware the wall-mounted hairdryer',
      prose('the hairdryer'),
    ],
    expected: [3, 4, 5],
  },
  {
    name: 'after the article, a few lines between teasers on both sides (a question, an author’s reading time) are teasers too',
    lines: [
      'Why players are not overpaid',
      prose('the visit'),
      prose('the budget'),
      'Read more:',
      'Why MLB players are not overpaid',
      'Where do things stand in MVP races?',
      'Matt Snyder 1 min read',
      'Follow us on Telegram',
    ],
    expected: [3, 4, 5, 6, 7],
  },
  {
    name: 'widget text, a letterhead in capitals, a web address and an author line',
    lines: [
      'MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER',
      'Minister visits the northern regions',
      prose('the visit'),
      'Sign in to post a comment.',
      'Rating failed. Try again.',
      prose('the budget'),
      'Media releases are available via the internet. http://www.example.gov/media',
      'Steven Mufson covers the White House. Since joining The Post, he has covered economics.',
    ],
    expected: [0, 3, 4, 6, 7],
  },
  {
    name: 'a press release’s head: the names above its release line, and a number and a stamp between it and the date line',
    lines: ['Senator Ian Macdonald Senator Chris Ellison', ", AU STRALIA',!", 'NEW S RELEASE', 'No. M. 8 Date COMMONWEALTH', 'PARLIAMENTARY LIBRARY   MICAH', '1 8  J a n u a r y ,  1 9 8 9', 'Australian assistance to the refugee program', prose('the program')],
    expected: [0, 1, 2, 3, 4],
  },
  {
    name: 'a release line with no date line after it: the headline under it is the release’s own',
    lines: ['JOINT MEDIA RELEASE', 'Strong stand against illegal fishing', prose('the fishing'), prose('the patrol boats')],
    expected: [0],
  },
  {
    name: 'a minister’s title under the letterhead, in ordinary case; the opening sentence naming the minister is not',
    lines: ['Minister for Fisheries, Forestry and Conservation', 'Boats seized in northern waters', 'The Minister for Fisheries, Senator Ian Macdonald, said today that the boats had been seized.', prose('the budget')],
    expected: [0],
  },
  {
    name: 'the headline is the line over the byline; the menu, tip line and ticker of headlines above it are the page header; the headline set again for display is boilerplate',
    lines: [
      'TMZ', 'Our TV Shows', 'Enter your Zip Code', 'Got a Tip?', 'Call TMZ at (888) 847-9869 or Click Here', 'Celebs', 'Videos', 'Photos', 'Store', 'Sign In', 'Register',
      'Drake Assaulted in Dubai Nightclub',
      'Adam Levine -- Unlucky Strike ... Nails Fan in Head With Mic',
      'Home',
      "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
      "Lupita Nyong'o",
      '$150K Pearl Oscar Dress ... STOLEN!!!!',
      '2/26/2015 7:11 AM PST BY TMZ STAFF',
      'EXCLUSIVE',
      prose('the dress'),
      prose('the hotel'),
    ],
    expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18],
  },
  {
    name: 'a short line between two navigation lines is navigation',
    lines: ['GMA Home', 'Video', 'Photos', 'ABC News', 'Yahoo News', 'Good News', 'Money', 'Health', 'Entertainment', "'GMA' Cookie Search:", 'Share Your Recipe', 'Veteran Wraps Baby in American Flag, Photo Sparks Controversy', prose('the visit'), prose('the budget')],
    expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  },
  {
    name: 'readers’ comments: from their label to their last age, score or link, the commenters’ names and words too',
    lines: [
      'Apple Pencil 2 rumoured for the spring',
      prose('the pencil'),
      prose('the tablet'),
      'Top Rated Comments',
      'jyen',
      '73 months ago',
      'Let me guess... thinner, shorter battery life, price bump, now available in jet black.',
      'Score: 97 Votes (Like | Disagree)',
      'gugy',
      '73 months ago',
      'Cool, I like the Apple Pencil, if they can make it better, props.',
      'Read All Comments',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    name: 'a blog’s thread under its count of thoughts: each commenter, the time stamp and the words, the last comment’s words to the thread’s close',
    lines: [
      'How to adopt a leader’s mindset',
      prose('the mindset'),
      prose('the leader'),
      '6 thoughts on “How to Adopt an Online Leader Success Mindset”',
      'Vatsala Shukla',
      'August 22, 2018 at 5:57 am',
      'When I started out, making my website live was the scary level. Fortunately I had already been blogging for six months.',
      'Pamela Wilson',
      'August 22, 2018 at 7:19 am',
      'Yes! We all have our own comfort and discomfort continuum, don’t we? And things definitely become simpler over time.',
      'Thanks for your comment.',
      'Comments are closed.',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    name: 'a forum’s thread with no label, opened by its comment headers (score, `by … ( id ) writes:`), to its last piece of furniture',
    lines: [
      'Stanford grads find degrees no longer guarantee jobs',
      prose('the degree'),
      prose('the job'),
      'Re: Guaranteed jobs? (Score:2)',
      'by Fons_de_spons ( 1311177 ) writes:',
      'Flipping burgers then.',
      'What could go wrong? (Score:3, Interesting)',
      'by ozmartian ( 5754788 ) writes: on Friday December 19, 2025 @08:08PM (#65870295) Homepage',
      'Everything, as it always has.',
      'Reply to This Share',
      'Re: (Score:2)',
      'by geekmux ( 1040042 ) writes:',
      'Nothing is new under the sun.',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  },
  {
    name: 'one score in brackets alone opens no thread',
    lines: ['Film review: the new western', prose('the film'), 'Critics’ verdict (Score: 4)', prose('the actor'), prose('the director')],
    expected: [],
  },
  {
    name: 'a blog’s archive widget: its years and months with their counts, and the titles of the open month’s posts to the next item',
    lines: [
      'Reducing the size of app updates',
      prose('the update'),
      prose('the patch'),
      'Archive',
      '► 2017 (11)',
      '▼ 2016 (136)',
      '▼ December (17)',
      'Introducing the ExifInterface Support Library',
      'Get the guide to finding success in new markets on...',
      '► November (16)',
      '► 2015 (130)',
      prose('the end'),
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10],
  },
  {
    name: 'a blog’s thread whose time stamps carry their reply link (`February 20, 2019 at 3:42 pm | Reply`)',
    lines: [
      'Line Outline review',
      prose('the ski'),
      prose('the snow'),
      '22 comments on “2021-2022 Line Outline”',
      'toddball',
      'February 20, 2019 at 3:42 pm | Reply',
      'So, these are the best freestyle powder skis ever, but will they make one ski after them?',
      'Luke Koppa',
      'February 22, 2019 at 10:05 am | Reply',
      'Just talked to them and they confirmed that it was a typo, not a new word.',
      'Leave a Reply',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10],
  },
  {
    name: 'readers’ comments under a count of reactions and comments, with a social network’s buttons and short ages',
    lines: [
      'What will set your soul on fire this year',
      prose('the fire'),
      prose('the soul'),
      '361 48 Comments',
      'Zoe Kibbey',
      'Thank you for sharing this. I picked a word for the year and I want to be brave and bold this year.',
      'Like Sign in to like this comment',
      'Reply Sign in to reply to this comment',
      '6y',
      'Report this comment',
      'Candida Mottershead',
      'The year to focus on people, our teams, our friends and families, and the time we share with them.',
      'Reply Sign in to reply to this comment',
      '6y',
      prose('the budget'),
      prose('the army'),
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  },
  {
    name: 'readers’ comments under `Visitor comments Add your comment`, each signed `Posted by: name, date | time`, or headed `name (1 day ago)`',
    lines: [
      'Institutes get behind IFRS big bang',
      prose('the standard'),
      prose('the board'),
      'Visitor comments Add your comment',
      'USA & IFRS??',
      'Last time I checked, there was no decision that we will implement these rules, and many of us here do not support them at all.',
      'Posted by: Florida CPA, 27 Sep 2011 | 15:22',
      'Get Real',
      'The country is about a quarter of the world economy, and the rest of the world has not made an agreement on this yet.',
      'Posted by: Joe Jefferis, 06 Oct 2011 | 13:30',
      'Reader Comments',
      'Richard Hart (1 day ago)',
      'Simply ghastly. I side with the editors on this one, and I hope the court drops the rule before the end of the year.',
      'Eagle 4 (1 day ago)',
      prose('the army'),
      prose('the navy'),
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  },
  {
    name: 'readers’ comments with no furniture between them, from their count to the link that shows more, within a few lines for each counted comment',
    lines: [
      'Motorola is announcing a new phone in February',
      prose('the phone'),
      prose('the show'),
      '4 Comments',
      'Leaks suggest a new fifth generation phone.',
      'I just want new mods for it, and a bigger battery this time.',
      'Please be a proper update to the line.',
      'I hope that it will be a smaller phone with decent specs.',
      'Show more comments',
      prose('the budget'),
      '2 Comments',
      prose('the army'),
      prose('the navy'),
      prose('the fleet'),
      prose('the air force'),
      prose('the marines'),
      prose('the guard'),
      'Show more comments',
    ],
    expected: [3, 4, 5, 6, 7, 8, 10],
  },
  {
    name: 'a thread opened by `View comments (N)`, its form’s fields and text-format help, then comments headed by `reply`, a date alone and a clock time alone: every line to the last comment’s stamp',
    lines: [
      'Facebook tracks people who never signed up',
      prose('the tracking'),
      prose('the cookies'),
      'View comments (27)',
      'Your name *',
      'Comment *',
      'Text formats options',
      'Allowed HTML tags: <em> <strong> <blockquote>',
      'Lines and paragraphs break automatically.',
      'Plain text',
      'No HTML tags allowed.',
      'Leave this field blank',
      'Anonymous',
      'One valuable reform would be to make anyone who searches your information notify you within a year.',
      'reply',
      'April 5, 2018',
      '6:32 PM',
      'Lars',
      'Couldn’t I just block it in my private filter?',
      'reply',
      'April 6, 2018',
      '2:20 AM',
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
  },
  {
    name: '`Read More`, then cards of a kicker or a slug, a headline, a summary and a byline: every line to the last card’s byline; an inline `Read more` before one headline and prose marks no prose',
    lines: [
      'Hacking, Cryptography, and the Countdown to Quantum Computing',
      prose('the computer'),
      prose('the keys'),
      'Read More',
      'Annals of Science',
      'Dream Machine',
      'The mind-expanding world of quantum computing.',
      'letter-from-washington',
      'Inside the War Between Trump and His Generals',
      'How Mark Milley and others in the Pentagon handled the threat posed by their own Commander-in-Chief.',
      'By Susan B. Glasser',
      'the-new-yorker-interview',
      'Life Lessons from Laura Wasser, Divorce Lawyer to the Stars',
      'The so-called disso queen reflects on the state of our unions, and on her own.',
      'By Naomi Fry',
      prose('the budget'),
      'Read more',
      prose('the army'),
      prose('the navy'),
    ],
    expected: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16],
  },
  {
    name: 'a comments label with one comment’s age after it opens no thread: the prose around the age stays content (the age alone is a label)',
    lines: ['Apple Pencil 2 rumoured for the spring', prose('the pencil'), 'Comments', prose('the tablet'), '3 hours ago', prose('the budget')],
    expected: [2, 4],
  },
  {
    name: 'inside the article, short lines a quarter of them counts and shares are a table, its repeated labels too; a quote box of two stocks is no table',
    lines: [
      'Browns’ defensive snap counts, stats, and notes',
      prose('the game'),
      'Defensive Line', 'Pos', 'Player', 'Plays', '%', 'Stats',
      ...['Larry Ogunjobi', 'Myles Garrett', 'Chad Thomas', 'Sheldon Richardson'].flatMap((name, k) => ['DL', name, `${63 - k}`, `${85 - k}%`, '1 tackle (1 combined). 1 sack.']),
      'Linebacker', 'Pos', 'Player', 'Plays', '%', 'Stats',
      ...['Joe Schobert', 'Mack Wilson'].flatMap((name) => ['LB', name, '74', '100%', '1 tackle.']),
      prose('the defence'),
      prose('the coverage'),
    ],
    expected: [],
  },
];

describe('boilerplate pages', () => {
  for (const c of PAGES) {
    it(c.name, () => {
      assert.deepEqual(boilerplateLines(detect(c.lines)), c.expected);
    });
  }

  it('finds the headline over its byline below a menu whose items have one-sentence descriptions, not past two paragraphs of prose', () => {
    const menu = [
      'Skip to content', 'Health A-Z', 'Allergies', 'Symptom Checker', 'See what your medical symptoms could mean, and learn about possible conditions today.',
      'Pill Identifier', 'Enter the shape, color, or imprint of your prescription drug and our tool will display matching pictures.', 'Sign In',
    ];
    const article = ['Superbugs: What They Are and How You Get Them', 'By Kelli Miller', prose('the visit'), prose('the budget')];
    assert.equal(readPage([...menu, ...article].map((l) => classifyLine(l))).head, menu.length);
    // A byline under a line after the article's body began is another item's, not the page's headline.
    const page = ['Ministers meet in the capital', prose('the visit'), prose('the budget'), 'Other news from the region today', 'By Jane Doe', prose('the flood relief')];
    assert.equal(readPage(page.map((l) => classifyLine(l))).head, 0);
  });

  it('finds the headline over its byline below a menu of products’ specifications and title-case teasers, which are no prose', () => {
    const menu = [
      'Laptops', 'Latest', 'Acer Nitro 5 AN515-51 (NH.Q2YSI.012) Notebook (7th Gen Ci7/ 8GB/ 1TB 128GB SSD/ Win10 Home/ 4GB Graph)',
      'Lenovo Ideapad 320E (80XU004VIN) Laptop (APU Dual Core A6/ 4GB/ 500GB/ Win10 Home)', 'Reviews',
      'Oppo Find X9 Pro Review: A Flagship That Finally Feels Complete, Says Our Team After Weeks Of Use In The Lab.', 'Top 10s', 'Phone Finder', 'Apps',
    ];
    const article = ['LLMs worse than babies in the field of AI, says a scientist', 'By Jayesh Shinde | Updated on 19-Dec-2025', prose('the visit'), prose('the budget')];
    assert.equal(readPage([...menu, ...article].map((l) => classifyLine(l))).head, menu.length);
  });

  it('finds the headline over a deck that ends with its byline and date', () => {
    const menu = ['Skip to content', 'Catering to special dietary needs with new ovens', 'Premium', 'Operations'];
    const article = ['A bakery chain wants to be America’s neighbourhood bakery', 'The chain’s division is positioning for ambitious growth beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025', prose('the visit'), prose('the budget')];
    assert.equal(readPage([...menu, ...article].map((l) => classifyLine(l))).head, menu.length);
  });

  /** The entity detector's finding of `text` as `label` (the boilerplate detector reads signatures from it). */
  const found = (text: string, label: Span['label']) => (doc: Doc): Span[] => {
    const start = doc.text.indexOf(text);
    return [{ start, end: start + text.length, label, text }];
  };

  it('keeps a release’s place of issue under its text (a PLACE in capitals) as content, after a rule of stars too', () => {
    const lines = ['Minister visits the northern regions', prose('the visit'), prose('the budget'), ' * *  *', ' CANBERRA'];
    assert.deepEqual(boilerplateLines(detect(lines, 'mem:doc', new WorkspaceIndex(), found('CANBERRA', 'PLACE'))), [3]);
    // Not known as a place, it reads as a teaser under the rule.
    assert.deepEqual(boilerplateLines(detect(lines)), [3, 4]);
  });

  it('keeps an author signature closing the page (a PERSON line) as content, unlike an outlet name', () => {
    const lines = ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'Jane Doe', 'The Daily Courier'];
    assert.deepEqual(boilerplateLines(detect(lines, 'mem:doc', new WorkspaceIndex(), found('Jane Doe', 'PERSON'))), [4]);
    assert.deepEqual(boilerplateLines(detect(lines)), [3, 4]);
  });

  it('an author’s name alone under a byline naming the author, or over the author’s note, is the author’s box; a signature closing the page stays content', () => {
    const echo = ['Minister visits the northern regions', prose('the visit'), 'By Jane Doe', 'Jane Doe', prose('the budget'), prose('the army')];
    assert.deepEqual(boilerplateLines(detect(echo, 'mem:doc', new WorkspaceIndex(), (doc) => { const k = doc.text.indexOf('\nJane Doe') + 1; return [{ start: k, end: k + 8, label: 'PERSON', text: 'Jane Doe' }]; })), [3]);
    const bio = ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'Jane Doe', 'Jane Doe is a senior business writer for the Courier and covers the markets.'];
    assert.deepEqual(boilerplateLines(detect(bio, 'mem:doc', new WorkspaceIndex(), found('Jane Doe', 'PERSON'))), [3, 4]);
  });

  it('reads three PERSON lines in a row as a list of the site’s writers, not a signature', () => {
    const lines = ['Minister visits the northern regions', prose('the visit'), prose('the budget'), 'Jane Doe', 'John Roe', 'Mary Major'];
    const persons = (doc: Doc): Span[] => ['Jane Doe', 'John Roe', 'Mary Major'].flatMap((n) => found(n, 'PERSON')(doc));
    assert.deepEqual(boilerplateLines(detect(lines, 'mem:doc', new WorkspaceIndex(), persons)), [3, 4, 5]);
  });

  it('fills in a line walled in by three lines of boilerplate on each side, not a paragraph of prose', () => {
    const walled = detect(['Minister visits the northern regions', prose('the visit'), 'Home', 'Menu', 'Search', 'Call us toll-free at 1-866-306-4636 from anywhere in Canada.', 'Subscribe', 'Sign in', 'Newsletters', prose('the budget'), prose('the army')]);
    assert.equal(onLine(walled, 5)?.reason, 'inside a run of boilerplate');
    assert.deepEqual(boilerplateLines(walled), [2, 3, 4, 5, 6, 7, 8]);
    const twoSides = detect(['Minister visits the northern regions', prose('the visit'), 'Home', 'Menu', 'Call us toll-free at 1-866-306-4636 from anywhere in Canada.', 'Subscribe', 'Sign in', 'Newsletters', prose('the budget'), prose('the army')]);
    assert.ok(!boilerplateLines(twoSides).includes(4));
    const long = `${prose('the budget')} ${prose('the army')} ${prose('the roads')}`;
    const walledProse = detect(['Minister visits the northern regions', prose('the visit'), 'Home', 'Menu', 'Search', long, 'Subscribe', 'Sign in', 'Newsletters', prose('the army')]);
    assert.ok(!boilerplateLines(walledProse).includes(5));
  });

  it('spans the whole line, leading and trailing spaces included, without the line break', () => {
    const r = detect(['Minister visits the northern regions', prose('the visit'), 'Average rating:  ', ' 0 reviews']);
    assert.deepEqual(
      r.spans.map((s) => [s.text, r.doc.text.slice(s.start, s.end)]),
      [['Average rating:  ', 'Average rating:  '], [' 0 reviews', ' 0 reviews']],
    );
  });

  it('gives each span a reason for the diagnostic', () => {
    const r = detect(['Minister visits the northern regions', 'Images | Press Service', prose('the visit'), 'Read: Floods hit the south', prose('the budget'), 'Follow us on Telegram']);
    assert.deepEqual(
      [1, 3, 5].map((n) => onLine(r, n)?.reason),
      ['image credit', 'teaser of another article', 'call to subscribe'],
    );
  });

  it('handles CRLF line breaks (span ends before the \\r)', () => {
    const r = detect(['Minister visits the northern regions\r', `${prose('the visit')}\r`, 'Images | Press Service\r', prose('the budget')]);
    const s = onLine(r, 2)!;
    assert.equal(r.doc.text.slice(s.start, s.end), 'Images | Press Service');
  });
});

describe('boilerplate: hard-wrapped prose', () => {
  const page = [
    ' JOINT STATEMENT BY THE MINISTER',
    '',
    ' FOR HOUSING AND THE MINISTER FOR',
    '',
    ' COMMUNITY SERVICES',
    '',
    ' 12 March 1981',
    '',
    ' HOSTEL TO OPEN',
    '',
    ' A new hostel, to be known as "Banksia", will open ',
    '',
    ' in Perth this month.',
    '',
    ' This was announced today in a joint statement by the ',
    '',
    ' Minister for Housing,  Mr A.B. Smith, and the ',
    '',
    ' Minister for Community Services, Mr C. Jones. ',
    '',
    ' Media Contacts:  Ann Brown,  Department of Housing: (062) 64 2193',
  ];
  it('keeps the lines of double-spaced prose broken mid-sentence as content, though each alone looks like a label', () => {
    const marked = boilerplateLines(detect(page));
    for (const line of [10, 12, 14, 16, 18]) assert.ok(!marked.includes(line), `line ${line} (${page[line].trim()}) is content`);
    assert.ok(marked.includes(20), 'the contacts line stays boilerplate');
  });
  it('keeps the lines of a double-spaced text mostly in capitals as content, broken after a small word in capitals or before another line in capitals', () => {
    const caps = [
      ' EMBARGOED UNTIL DELIVERY',
      '',
      ' I entered Federal Parliament in October 1969, and only fifteen of the current members have served longer than I.',
      '',
      ' I ENTERED FEDERAL PARLIAMENT IN OCTOBER 1969 AND I HAVE',
      '',
      ' SEEN SIX PRIME MINISTERS COME AND GO IN THE',
      '',
      ' TURBULENT EVENTS OF 1972 TO 1975, THE DISMISSAL, THE DRAMATIC',
      '',
      ' DAYS OF THE LEADERSHIP CHANGE AND THE 1983 ELECTION',
      '',
      ' THAT BROUGHT ABOUT THE SECOND LABOR GOVERNMENT SINCE',
      '',
      ' THE WAR. I AGREE THAT I WAS FORTUNATE TO HAVE WITNESSED THEM.',
    ];
    const marked = boilerplateLines(detect(caps));
    for (const line of [4, 6, 8, 10, 12, 14]) assert.ok(!marked.includes(line), `line ${line} (${caps[line].trim()}) is content`);
  });
  it('leaves a letterhead in capitals over longer prose in small letters to its kinds', () => {
    const release = [' MINISTERIAL PRESS RELEASE RAAF PR S4522/71', '', ' NOT FOR RELEASE BEFORE AM HOURS ON WEDNESDAY, 18th AUGUST, 1971', '', ' STATEMENT BY SENATOR TOM DRAKE-BROCKMAN, MINISTER FOR AIR', '', ' THREE RAAF MEN GET AWARDS FOR SERVICE IN VIETNAM', '', ' Three members of the RAAF have been decorated for service in ', '', ' Vietnam, the Minister for Air said today in Canberra. The', '', ' awards were made in the Queen’s Birthday list and they', '', ' recognise the work of the three men in the supply of', '', ' units in the field over the last two years of the war.'];
    const marked = boilerplateLines(detect(release));
    assert.ok(marked.includes(0) && marked.includes(4), 'the letterhead stays boilerplate');
  });
});

describe('boilerplate: a feed of other articles’ cards', () => {
  const page = [
    'Reviews Of The New Console Are Here',
    prose('the new console'),
    prose('the price of the console'),
    'Berlin Wants To Freeze Rents For 5 Years. Can It Really Do That?',
    '1 digg citylab.com Cities Law',
    'Berlin is about to begin a groundbreaking rental law, but looming legal challenges cast doubt on whether it will work.',
    "IT'S NOT EASY EATING GREEN",
    'Can Babies Learn To Love Vegetables?',
    '3 diggs newyorker.com Food Health',
    'No diet has been more obsessively studied, more fiercely controlled, or more anxiously stage-managed than baby food.',
    'WHOA',
    'Dash Cam Captures The Moment A Plane Crashes Through A Billboard',
    '1 digg Aviation Video',
    'Three people were reportedly injured in the crash, which occurred in a small town in the state of Utah.',
    'RUNNING LONG',
    'Why Movies Went From 15 Minutes To Two Hours Long',
    'vox.com Explainer Histories',
    'It is the one activity where money becomes more magical and far less weighty than anyone would ever expect.',
  ];
  it('marks every line from the first card to the last, the summaries read as prose included, once three cards name their source’s address', () => {
    const marked = boilerplateLines(detect(page));
    assert.deepEqual(marked, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });
  it('leaves an article citing two addresses alone', () => {
    const marked = boilerplateLines(detect(page.slice(0, 10)));
    for (const line of [5, 9]) assert.ok(!marked.includes(line), `line ${line} is content`);
  });
});

describe('boilerplate: a feed of other stories folded under buttons', () => {
  const page = [
    'Celebrities Refuse To Play At The Inauguration',
    prose('the inauguration'),
    prose('the singers who said no'),
    'Report typos and corrections to: corrections@example.com.',
    "Chris Christie: FBI's raid on the resort was 'fair game'",
    'Sky Palma',
    'August 09, 2022',
    prose('the raid and the base'),
    prose('the residence in Florida'),
    'CONTINUE READING Show less',
    'Russian general threatens to bomb nuclear power plant',
    'Tiffany Terrell',
    'August 09, 2022',
    prose('the nuclear power plant'),
    prose('the forces that captured it'),
    'CONTINUE READING Show less',
  ];
  it('marks every card, its paragraphs included, from the first card’s headline (as many lines above its button as the second’s) to the last button', () => {
    const marked = boilerplateLines(detect(page));
    for (let line = 4; line <= 15; line++) assert.ok(marked.includes(line), `line ${line} is a card's`);
    for (const line of [1, 2]) assert.ok(!marked.includes(line), `line ${line} is the article's`);
  });
  it('leaves a page with one such button to the other rules', () => {
    const marked = boilerplateLines(detect(page.slice(0, 10)));
    for (const line of [7, 8]) assert.ok(!marked.includes(line), `line ${line} is not marked as a card's`);
  });
});

describe('boilerplate: a round-up’s cited sources', () => {
  const page = [
    'The Early Reviews Of The New Console Are Here',
    prose('the console'),
    '[The Verge]',
    prose('the price'),
    '[Engadget]',
    prose('the games'),
    '[The Verge]',
    'Related',
    '[Video]',
  ];
  it('keeps outlets in square brackets after excerpts of prose as the article’s, cited once or often; not a bracketed label after a label', () => {
    const marked = boilerplateLines(detect(page));
    for (const line of [2, 4, 6]) assert.ok(!marked.includes(line), `line ${line} (${page[line]}) is the article’s`);
    assert.ok(marked.includes(8), 'the bracketed label after a label stays boilerplate');
  });
});

describe('boilerplate: teasers under a list opener above the headline', () => {
  const page = [
    'Home',
    'Trending',
    'Vatican Grants Baptism Rights to Transgender Catholics',
    'Alien Life Clues Sought in the Fractures of Moons Around Jupiter and Saturn',
    'Florida Man with Murder Record in Custody for Alleged Assault on Teen at Bus Stop',
    'Texas Authorities Mourn Loss of 8 Lives in Pursuit of Alleged Human Smuggler',
    'Home',
    'U.S. News',
    'Politics',
    'Scientists Confirm 2023 as Hottest Year Ever in the Making',
    'By Alejandro Villamor',
    prose('the warmest year on record'),
    prose('the measures against the heat'),
    prose('the summit in Dubai'),
  ];
  it('marks the headlines under the opener as teasers, and not the page’s own headline', () => {
    const marked = boilerplateLines(detect(page));
    for (let line = 2; line <= 5; line++) assert.ok(marked.includes(line), `line ${line} is a teaser`);
    assert.ok(!marked.includes(9), 'the headline is the article’s');
  });
  it('leaves one headline under a breadcrumb’s last item (`Latest News`) to the other rules', () => {
    const marked = boilerplateLines(detect(['Home', 'News', 'Latest News', 'Scot Ebola patient named: First pic of heroic nurse', 'Scot Ebola patient named: First pic of heroic nurse', prose('the nurse'), prose('the hospital'), prose('the flight')]));
    assert.ok(!marked.includes(3) || !marked.includes(4), 'one of the headline’s lines stays the article’s');
  });
});

describe('boilerplate: a news list’s buttons', () => {
  it('a bare `Comment` printed under each item of a news list is a button, not the label of readers’ comments: the items’ words stay', () => {
    const lines = ['Industry News', prose('the market'), 'Comment', 'McKinsey and Inception sign strategic partnership', 'November 28, 2025', prose('the partnership'), 'Comment', 'Comment', 'Altman Solon doubles down on Middle East ambitions', 'November 27, 2025', prose('the new office'), prose('the team'), 'Comment', 'Comment', 'CYLAD opens office in Vienna', 'November 26, 2025', prose('the tenth office'), 'Comment', 'Comment', 'Proudfoot joins global consulting network', 'November 25, 2025', prose('the network')];
    const r = detect(lines);
    const marked = boilerplateLines(r);
    assert.deepEqual([5, 10, 11, 21].filter((n) => marked.includes(n)), []);
    assert.ok(marked.includes(2) && marked.includes(6));
    assert.ok(!r.spans.some((sp) => sp.reason === 'readers’ comments'));
  });
});
