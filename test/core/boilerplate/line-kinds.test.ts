import { strict as assert } from 'node:assert';
import { classifyLine, type LineKind } from '../../../server/src/core/boilerplate/line-kinds';

/** Each line alone, and the kind it has by itself (undefined: none). */
const KINDS: [string, LineKind | undefined][] = [
  // navigation labels
  ['Related articles', 'label'],
  ["Editor's choice", 'label'],
  ['Editor’s Choice:', 'label'],
  ['Most read', 'label'],
  ['Read more', 'label'],
  ['» You may also like', 'label'],
  ['Share this article:', 'label'],
  ['Tags: economy, trade, Central Asia', 'label'],
  ['Read More About:', 'label'],
  ['Loading comments...', 'label'],
  ['Sidebar', 'label'],
  // calls to subscribe or follow
  ['Follow live the latest news on the war in Ukraine.', 'call'],
  ['Get the Daily Courier stories sent directly to you! Sign up via the website or subscribe to our Twitter, Facebook, Instagram and YouTube!', 'call'],
  ['Sign up for our weekly newsletter', 'call'],
  ['Follow us on Telegram', 'call'],
  ['On Twitter: Follow Wendy Koch and get more environment and energy coverage at NatGeoEnergy.', 'call'],
  ['Subscribe to our channel for more videos.', 'call'],
  ['Join us on Facebook, Twitter and Instagram for daily updates', 'call'],
  ['Cities are changing fast. Keep up with the Daily Metro newsletter.', 'call'],
  ['A variety of newsletters you\'ll love, delivered straight to you.', 'call'],
  ['Become a Daily Metro Member', 'call'],
  ['Twitter: @howardblume', 'call'],
  ['Never miss the latest news by signing up to our newsletter', 'call'],
  ['Get a weekly summary of Daily Courier stories:', 'call'],
  ['Get the Most Popular Courier Stories in a Weekly Newsletter', 'call'],
  ['For the latest stories download the Courier apps for iOS and Android.', 'call'],
  ['Send me email every new post.', 'call'],
  ['You can keep up with me on Twitter or Instagram.', 'call'],
  ['Join the hundreds of developers who get the weekly digest.', 'call'],
  ['Discover our latest editorial picks', 'call'],
  ['Plant Care Newsletter', 'call'],
  ['You will now receive the Business newsletter', 'call'],
  ['Submit your letter to the editor via this form', 'call'],
  // teasers
  ['Read:  Minister resigns after a week of protests in the capital', 'teaser'],
  ['Read also: Parliament approves the budget', 'teaser'],
  ['See also Central bank keeps its rate unchanged', 'teaser'],
  ['ALSO READ | Floods hit the northern regions', 'teaser'],
  // image credits
  ['Images | Press Service', 'credit'],
  ['Photograph by Tyrone Turner, National Geographic Creative', 'credit'],
  ['photo: The minister at the summit (archive picture)', 'credit'],
  ['The delegates in the capital on March 15. Photo credit: Press Office.', 'credit'],
  ['Clockwise from top: small whale bones; squid beaks, from the stomach of a sperm whale.', 'credit'],
  ['Left to right: the minister, the mayor and the governor at the opening.', 'credit'],
  ['Whole Foods touted a price cut on halibut as part of an announcement. (Ellen M. Banner / The Seattle Times)', 'credit'],
  ['Leaders gather before the summit. (Photo: John Smith)', 'credit'],
  ['Photo by Jane Doe/Getty Images', 'credit'],
  // source lines
  ['source: example.org with agencies', 'source'],
  ['Anis Amri, suspect in Berlin truck attack, killed by Italian police. Open borders. https://t.co/8lhIr9qZem pic.twitter.com/OZXI2TEj7D', undefined],
  ['Full report at https://www.example.com/news/2016/report', 'source'],
  ['Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production', 'source'],
  ['Mr Boyd is correspondent enough to know the risks of the job.', undefined],
  ['Source: Ministry of Finance', 'source'],
  [' MPS 104/88', 'source'],
  ['No. 147/77', 'source'],
  ['The story is part of a special series that explores energy issues. For more, visit The Great Energy Challenge.', 'source'],
  ['jane.doe@example.com', 'source'],
  ['(Reporting by Jane Doe; Editing by Mark Roe)', 'source'],
  ['This article was originally published on Example News.', 'source'],
  // copyright
  ['© 2024 Example News. All rights reserved.', 'copyright'],
  // rating widgets
  ['Average rating:  ', 'rating'],
  [' 0 reviews', 'rating'],
  ['Rating: 4.5/5', 'rating'],
  ['No comments yet', 'rating'],
  ['You must login or create an account to comment.', 'label'],
  ['Corrections and clarifications|Submit a news tip|Report error', 'label'],
  ['Social Sharing', 'label'],
  ['Link copied', 'label'],
  ['Show more sharing options', 'label'],
  ['Copy Link URLCopied!', 'label'],
  ['ABOUT THE AUTHOR', 'label'],
  ['Already have an account?', 'label'],
  ['Join the conversation Create account', 'label'],
  ['A flexible plan you can cancel anytime.', 'label'],
  ['We accept credit card, Apple Pay and Google Pay.', 'label'],
  ['reader comments', 'rating'],
  ['75 with 51 posters participating', 'rating'],
  ['1,234 views', 'rating'],
  ['661 Reactions', 'rating'],
  ['1.3k Reactions', 'rating'],
  ['2.4k comments', 'rating'],
  ['Comments (0)', 'rating'],
  // site notices
  ['We use cookies to improve your experience on our website.', 'notice'],
  ['Disclaimer: the views expressed are those of the author.', 'notice'],
  ['IE 11 is not supported. For an optimal experience visit our site on another browser.', 'notice'],
  ['Please use Chrome, Safari, Firefox, or Edge to view this site.', 'notice'],
  ['When you visit our website, we store cookies on your browser to collect information.', 'notice'],
  ['These cookies are necessary for the website to function and cannot be switched off in our systems.', 'notice'],
  ['Strictly Necessary Cookies', 'notice'],
  ['Always Active', 'label'],
  ['Under the California Consumer Privacy Act, you have the right to opt-out of the sale of your personal information to third parties.', 'notice'],
  ['*Psst: if you choose to purchase an item from this post, LittleThings.com may receive a small cut. Each item was independently selected.', 'notice'],
  ['The content you see here is paid for by the advertiser or content provider whose link you click on.', 'notice'],
  ['$4.00 from AmazonSHOP', 'price'],
  ['£12.99 at Tesco', 'price'],
  ['You are using an older browser version. Please use a supported version for the best experience.', 'notice'],
  // disclosures, paywalls and platform credits
  ['The Gazette is supported by its audience. When you buy through links on our site, we may earn a commission.', 'notice'],
  ['This site participates in the Amazon Associate program and earns revenue from qualifying purchases.', 'notice'],
  ['Advertising Disclosure', 'notice'],
  ['Proudly powered by WordPress', 'notice'],
  ['This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', 'notice'],
  ['If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.', 'notice'],
  ['If you’re running an ad-blocker, please consider whitelisting us.', 'notice'],
  ['The Family Blog does not offer medical advice, diagnosis or treatment.', 'notice'],
  // comment widgets and reading time
  ['Notify me when new comments are added.', 'label'],
  ['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'label'],
  ['Your email address will not be published. Required fields are marked *', 'label'],
  ['Share your thoughts and debate the big issues', 'label'],
  ['4 Min Read', 'rating'],
  ['Tagged: economy, trade', 'label'],
  ['Media\u00a0inquiries', 'source'],
  ["• Minister's\u00a0Office:\u00a0(02)\u00a06277\u00a07500", 'source'],
  ['+44 20 7330 7500', 'source'],
  ['Jane Doe is a professor at the Law School and the author of two books on the courts.', 'source'],
  ['Jane Doe writes about a broad range of topics for the Courier.', 'source'],
  ['Explore further', 'label'],
  ['28,25,140Cases', 'label'],
  ['தமிழில் படிக்க', 'label'],
  ['24,942 1490Active', 'label'],
  ['More stories by Jeremy Herron', 'label'],
  // privacy links, market-data and legal notices, ad-blocker instructions, media counters, file names
  ['Do Not Sell My Personal Information', 'notice'],
  ['All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', 'notice'],
  ['Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy', 'notice'],
  ['The material on this site may not be reproduced, distributed or transmitted, except with permission.', 'notice'],
  ['Community Rules apply to all content you upload or otherwise submit to this site.', 'notice'],
  ['A version of this article appears in print on , on Page A22 of the New York edition with the headline: Under the City’s Streets.', 'notice'],
  ['To encourage thoughtful and respectful conversations, first and last names will appear with each submission to our online communities.', 'notice'],
  ['By submitting a comment, you accept that we have the right to reproduce and publish that comment in whole or in part, in any manner we choose. Please note that we do not endorse the opinions expressed in comments.', 'notice'],
  ['It is a priority for us to create a website that is accessible to all Canadians including people with visual, hearing, motor and cognitive challenges.', 'notice'],
  ['Closed Captioning and Described Video is available for many shows offered on our service.', 'notice'],
  ['Help us maintain a healthy and vibrant community by reporting any illegal or inappropriate behavior.', 'notice'],
  ['Skip to contentSkip to site index', 'label'],
  ['Sign InCreate your free profile', 'label'],
  ['Supported by', 'label'],
  ['To read our full stories, please turn off your ad blocker.', 'notice'],
  ['Click the AdBlock Plus button on your browser and select Enabled on this site.', 'notice'],
  ['Our Standards: The Example Trust Principles.', 'notice'],
  ['Slideshow ( 3 images )', 'label'],
  ['More Alabama news', 'label'],
  ['skimming scheme seized cash and cards.jpg', 'label'],
  ['for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up', 'label'],
  ['(Mike Cason/mcason@al.com)', 'credit'],
  ['Ben Silverman is on Twitter at ben_silverman.', 'source'],
  ['2,111.72', 'label'],
  ['-14.43 (-0.68%)', 'label'],
  ['More games news:', 'label'],
  ['Shares rose 0.68% to 2,111.72 on Friday.', undefined],
  ['Community groups apply for grants to the council each year.', undefined],
  ['The photographer named the file after the town.', undefined],
  // more source lines
  ['The post Minister visits the north appeared first on Example News.', 'source'],
  ['(With inputs from agencies)', 'source'],
  // share buttons
  ['Facebook', 'label'],
  // ads
  ['Advertisement', 'ad'],
  ['Advertisement - Scroll to continue', 'ad'],
  ['Sponsored content', 'ad'],
  // not boilerplate by themselves
  ['- 2 -', 'label'],
  ['2', 'label'],
  ['Parliament House, Canberra ACT 2600', 'source'],
  ['Write to GPO Box 1920, Sydney', 'source'],
  ['The fund grew by 2,600 jobs in the ACT last year.', undefined],
  ['2024', undefined],
  ['2024 Olympics', undefined],
  ['確保する。', undefined],
  ['The index rose to 2,232.05 points: 2016 2017 2018', undefined],
  ['When you buy a house, the bank checks your income.', undefined],
  ['He did not miss the latest meeting of the council.', undefined],
  ['The ministry will send me the report, the mayor said.', undefined],
  ['Kazakhstan transfers $1mln to Palestinians', undefined],
  ['The meeting also focused on the most promising areas of cooperation.', undefined],
  ['From the top of the ministry, officials said the talks went well.', undefined],
  ['The ratio of A / B (2 / 3) stayed the same.', undefined],
  ['He urged viewers to follow the debate closely and to share their views.', undefined],
  ['The ministry said the source of the leak had not been found.', undefined],
  ['The photo shows the minister shaking hands with his counterpart.', undefined],
  ['“Subscribe to our channel,” the blogger told his followers in a video.', undefined],
  ['“Related articles”', undefined],
  ['Users of Twitter, Facebook and Instagram reported outages on Monday.', undefined],
  ['The photo/video evidence was presented in court on Tuesday.', undefined],
  ['The Copyright Office rejected the application.', undefined],
  ['22.11.2023, 20:13 6296', undefined],
  ['By Jane Doe, Ambassador of the Republic', undefined],
  ['The ministry said 1,234 views were submitted.', undefined],
  ['The advertisement campaign was launched by the ministry in May last year.', undefined],
  // Press releases: contacts, closing marks, letterheads, web addresses; and prose that merely mentions them.
  ['For further information contact: Jane Doe (06) 277 7500', 'source'],
  ['Contact: John Smith, Press Secretary', 'source'],
  ['Media enquiries: 02 6277 7260', 'source'],
  ['Tel: (02) 6277 7500', 'source'],
  ['- ENDS -', 'source'],
  ['Media releases are available via the internet. http://www.example.gov.au/media', 'source'],
  ['MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS', 'label'],
  ['Senator Amanda Vanstone  MINISTER FOR IMMIGRATION AND MULTICULTURAL AFFAIRS', 'label'],
  ['KBfflgMINISTER FOR IMMIGRATION AND ETHNIC AFFAIRS', 'label'],
  ['Media Centre', 'label'],
  ['The Verge homepage', 'label'],
  ['Minister for  Immigration  Local Government  and Ethnic Affairs', 'label'],
  ['Minister for Employment, Education and Training The Hon. J S Dawkins, M.P. 190/89', 'label'],
  ['He never reads the homepage of the paper, he said.', undefined],
  ['Minister for Fisheries, Forestry and Conservation', 'label'],
  ['Attorney-General THE HON DARYL WILLIAMS AM QC MP', 'label'],
  ['— :', 'label'],
  ['r* .', 'label'],
  ['2:50', undefined],
  ['The Hon John Smith said today that the review would go ahead next month as planned.', undefined],
  ['Sign in to post a comment.', 'label'],
  ['Skip Navigation', 'label'],
  ['Accessibility links', 'label'],
  ['Enlarge this image', 'label'],
  ['toggle caption', 'label'],
  ['WATCH LIVE', 'label'],
  ['YOU ARE HERE: LAT Home→Collections→Government Regulation', 'label'],
  ['Home > News > World', 'label'],
  ['50 show all', 'label'],
  ['1/50 United goin down', 'label'],
  ['9/11 Commission report finds failures', undefined],
  ['captions off, selected', 'label'],
  ['default, selected', 'label'],
  ['Fullscreen', 'label'],
  ['This is a modal window.', 'label'],
  ['Watch live coverage of the launch from Cape Canaveral on our website this evening.', undefined],
  ['The minister said further information would be released on Monday.', undefined],
  ['The Minister for Fisheries said the boats had been seized.', undefined],
  ['He said he would contact the embassy and ask for help.', undefined],
];

describe('boilerplate line kinds', () => {
  for (const [line, kind] of KINDS) {
    it(`${JSON.stringify(line.slice(0, 50))} → ${kind ?? 'none'}`, () => {
      assert.equal(classifyLine(line).kind, kind);
    });
  }

  const OPENERS: [string, boolean][] = [
    ['Related articles', true],
    ['Around the Web', true],
    ['Popular', true],
    ['More from Business', true],
    ['Trending on Deadline', true],
    ['Must Read Stories', true],
    ['Latest Business News', true],
    ['Trending on social media, the clip drew praise', false],
    ['Read more', false],
    ['Share this article', false],
  ];
  for (const [line, opener] of OPENERS) {
    it(`${JSON.stringify(line)} ${opener ? 'opens' : 'does not open'} a list of teasers`, () => {
      assert.equal(classifyLine(line).opener, opener);
    });
  }

  const SHAPES: [string, boolean][] = [
    ['The Diplomatic Informer', true],
    ['BetMGM Casino', true],
    ['Energy Security', true],
    ['L.A. Times Careers', true],
    ['eNewspaper', true],
    ['Biden Visits Kyiv', false],
    ['Parliament approves budget', false],
    ['Analysts expected the decision.', false],
    ['By Jane Doe', false],
    ['- The Astana Act', false],
    ['Top 10 Stories', false],
    ['Question:', false],
    ['“Never Again”', false],
  ];
  for (const [line, shape] of SHAPES) {
    it(`${JSON.stringify(line)} ${shape ? 'has' : 'has not'} the shape of a bare label`, () => {
      assert.equal(classifyLine(line).labelShape, shape);
    });
  }

  it('tells a date stamp line from a headline', () => {
    assert.equal(classifyLine(' date 2023-11-23 22.11.2023, 17:31 5811').stamp, true);
    assert.equal(classifyLine('22.11.2023, 20:13 6296').stamp, true);
    assert.equal(classifyLine('Parliament approves budget for 2025').stamp, false);
  });

  it('counts words of long lines without tokenising them all, enough for every threshold', () => {
    const long = 'word '.repeat(500);
    const info = classifyLine(long);
    assert.ok(info.words > 80);
    assert.equal(info.content, true);
    assert.equal(info.labelShape, false);
  });
});
