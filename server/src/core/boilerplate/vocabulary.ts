/**
 * General web-page vocabulary for boilerplate lines: navigation labels, calls to
 * subscribe, teasers, credits, source lines, rating widgets and ads. These are the
 * phrases news sites use everywhere; nothing here names a particular site.
 */

import { MAKER_LABEL, PHOTO_CREDIT_WORD, PHOTO_NOUN } from '../text';

/** Labels that open a list of other articles (the rest of the page is teasers). */
export const LIST_OPENERS: ReadonlySet<string> = new Set([
  'related', 'related articles', 'related stories', 'related news', 'related posts', 'related content',
  'related coverage', 'related topics', 'related links', 'related reading', 'related items',
  'more news', 'more stories', 'more articles', 'more on this story', 'more on this topic', 'more from this section',
  'popular', 'most popular', 'popular now', 'popular news', 'popular articles', 'popular stories', 'popular posts',
  'most read', 'most viewed', 'most shared', 'most commented', 'most watched',
  'trending', 'trending now', 'trending stories', 'trending news',
  'latest news', 'latest stories', 'latest articles', 'latest posts', 'latest headlines',
  'top stories', 'top news', 'top headlines',
  "editor's choice", "editors' choice", "editor's picks", "editors' picks", "editor's pick", 'our picks', 'top picks', 'staff picks',
  'recommended', 'recommended for you', 'recommended stories', 'recommended articles', 'recommended reading',
  'you may also like', 'you might also like', 'you may like', 'you might like', 'you may be interested in', 'you might be interested in',
  'further reading', 'other news', 'in other news', "don't miss", 'must read', 'read next', 'what to read next',
  'see also', 'also on this topic', 'in case you missed it', 'more like this', 'more to explore',
  'around the web', 'from around the web', 'from the web', 'sponsored stories', 'promoted stories',
  "editors' recommendations", "editor's recommendations", 'recommendations', 'recommended videos', 'related videos',
  'keep reading', 'up next', 'you may have missed', 'more headlines', 'more to read', 'the latest', 'article browser',
  'most popular stories', 'most popular articles', 'selected articles', 'featured articles', 'featured stories',
]);

/** Navigation and widget labels that are boilerplate wherever they stand alone. */
export const NAV_LABELS: ReadonlySet<string> = new Set([
  ...LIST_OPENERS,
  'read more', 'read also', 'also read', 'more', 'continue reading', 'full story', 'view all', 'see all', 'show more', 'load more',
  'share', 'shares', 'share this', 'share this article', 'share this story', 'share this post', 'share on facebook', 'share on twitter',
  'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'no comments',
  'tags', 'topics', 'categories', 'category', 'keywords',
  'exclusive', 'breaking', 'breaking news', 'developing story', 'live', 'updated', 'sponsored', 'got a tip?',
  'home', 'homepage', 'menu', 'main menu', 'search', 'skip to content', 'skip to main content', 'back to top', 'go to top',
  'previous', 'next', 'previous article', 'next article', 'previous post', 'next post', 'previous story', 'next story',
  'next page', 'previous page', 'navigation', 'main navigation',
  // A journal's article page (Springer's): its metrics, its offers and its links to the citation and the rights.
  'metrics details', 'access options', 'buy single article', 'download references', 'download citation', 'cite this article',
  'about this article', 'rights and permissions', 'reprints and permissions', 'view author publications', 'associated content',
  'print', 'email', 'print this article', 'email this article',
  'media centre', 'media center', 'media room', 'newsroom', 'press room', 'press centre', 'press center',
  'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'register', 'newsletter', 'newsletters',
  'follow us', 'contact us', 'about us', 'privacy policy', 'terms of use', 'terms of service', 'cookie policy',
  'all rights reserved', 'breaking news', 'featured', 'highlights', 'archive', 'archives',
  'facebook', 'twitter', 'telegram', 'whatsapp', 'linkedin', 'vkontakte', 'tweet', 'copy link', 'share via email',
  'continue reading the main story', 'continue reading the story', 'continue reading below', 'story continues below',
  'media caption', 'image caption', 'image copyright', 'caption', 'photo', 'image', 'video', 'audio', 'listen', 'watch',
  'view comments', 'show comments', 'hide comments', 'jump to comments',
  'bookmark', 'bookmark it', 'save', 'save for later', 'save article', 'stumble', 'pin it', 'reddit', 'flipboard',
  'explore further', 'you might like', 'you may like', 'want more?', 'filed under', 'tagged', 'write a comment', 'latest on',
  'on this page', 'toggle navigation', 'sorted by', 'pdf version', 'print recipe', 'jump to recipe',
  'supported by', "what's this?", 'web search', 'read more about', 'sidebar', 'loading comments', 'hide articles', 'always active',
  'terms and conditions', 'terms of service privacy notice', 'exchange rates', 'invalid query', 'you are at', 'related tags',
  'rss', 'rss feed', 'rss feeds', 'more rss feeds',
  // A form to mail the story to a friend: its labels and button.
  'e-mail the story', 'email the story', 'email this story', 'your email', 'your e-mail', 'your name', 'your message', "your friend's email", 'send',
  'newsletter sign up', 'your privacy',
  // A video player's buttons.
  'link', 'embed', 'link to this video', 'embed this video', 'replay',
  // A page's buttons and widgets: a dialog's, the mobile switch, a comment form's and a bookmark form's fields, a sponsors' box.
  'learn more', 'close', 'change to mobile view', 'conditions of use', 'text size', 'story highlights', 'sponsored ads',
  'subject', 'message', 'your comment', 'your comment title', 'your email address', 'bookmark title', 'bookmark text',
  // A company's profile box: its fields' names.
  'website', 'launch date', 'funding',
  // A German page's search and menus.
  'suche', 'metanavigation', 'weitere inhalte',
  // Sections and buttons of a paper's site.
  'letters to the editor', 'push alerts', 'view site',
  // A story's alerts, its related story's label, a game's button and a category's pointer.
  'manage alerts for this article', 'related story', 'play now', 'more news in this category',
  // An article's buttons: share it, follow its author, save it, show its picture's caption, report a mistake.
  'share article', 'follow unfollow', 'save to favorites', 'save to favourites', 'remove save to favorites', 'open image caption',
  'close image caption', 'notice an error?', 'report an error', 'get our media kit',
  // Its print and share buttons.
  'print this page', 'print this article', 'print this story', 'print email copy link', 'copy link',
]);

/** Labels after which the next line is a caption (`Media caption` then the caption). */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(['media caption', 'image caption', 'caption', 'photo', 'image', 'video']);

/** Navigation phrases that open a line: `The Verge homepage` (a link to a site's front page), `From the section US & Canada`, `View comments 941`, a gallery counter `1 / 5`, a rule, `Share this story` with its widget's words, skip links and sign-in prompts run together (`Skip to contentSkip to site index`), a menu's button read aloud (`Open the Resident page`). */
export const NAV_PHRASE =
  /^(?:(?:the )?\p{L}[\p{L}\p{N}&.'’ -]{0,40} homepage\/?$|rss \([\p{L} ]{2,20}\)$|more (?:stories|articles|posts|news) (?:by|from) .{2,40}|more (?:\p{Lu}[\p{L}&.'’-]* ){1,3}(?:news|stories|headlines|videos)|page \d{1,3}(?: of \d{1,3})?|from the section\b.{0,60}|view (?:all )?comments\s*\(?\d*\)?|(?:(?:image|photo|picture|slide) )?\d{1,3}\s*(?:\/|of|of \/)\s*\d{1,3}|back to (?:the )?gallery|[_=*~\-–—]{2,}|more videos \(\d{1,3} of \d{1,3}\)|read the full (?:transcript|story|article|interview|report|statement|text)\b.{0,60}|share (?:this|the) (?:story|article|post|page)\b.{0,30}|skip (?:to )?(?:the )?(?:main )?(?:content|navigation|site index|search).{0,40}|accessibility links|(?:open|close|expand|collapse) the .{1,40} (?:page|menu|submenu|section)|(?:sign|log) ?in\s*create (?:your|an?) (?:free )?(?:profile|account))$/iu;

/**
 * The words of a page's widgets: a comment box, a video player, a sign-in prompt
 * (`Sign in to post a comment.`, `Rating failed. Try again.`, `Video Not Available`,
 * `Now watching`, `Sponsored Links`).
 */
export const WIDGET_TEXT =
  /^(?:slideshow|gallery|photos|video)\s*\(\s*\d+\s*(?:images?|photos?|pictures?|slides?)\s*\)$|\b(?:(?:sign|log) in to (?:post|comment|reply|continue|vote|rate|save)|please (?:sign|log) in|try again|are you sure\?|(?:load|post|show|hide|refresh) (?:a |the )?(?:comments?|replies|reply)\b|please explain|not available in your region|video (?:is )?not available|now (?:watching|playing)|next video|up next\b|view (?:photo|gallery|slideshow)s?\b|captions? (?:not available|settings|will look like)|autoplay|report (?:issue|abuse|this comment)|(?:sponsored|promoted) (?:links|stories|content)|recommended for you|you might also like|more like this|fewer like this|(?:log ?in|sign in) or (?:create|register) (?:an? )?account to (?:comment|continue|post|reply)|cancel (?:anytime|at any time)|we accept (?:all major )?credit cards?|^social sharing$|^join the conversation\b|^already have an account\b|^create (?:an? )?(?:free )?account$|^link copied$|sharing options|^copy link\b|^by submitting a comment\b|^about the author$|^enlarge this image$|^(?:toggle|hide|show) caption$|^watch live$|^(?:captions|subtitles|descriptions|chapters|default)(?: off)?, selected$|^(?:non-)?fullscreen$|^this is a modal window\b|^\d{1,3} show all$|^1\/\d{2,3} \S|^keyboard shortcuts for (?:the )?(?:audio|video) player$|^watch ?live$|^video ?\d{1,2}:\d{2}|^(?:market |quote )?data (?:also )?provided by\b|^market data terms of use\b|^forgot(?:ten)? (?:your )?(?:username|password|login)\b|^not registered\?|^please enter (?:a |an |your )?(?:valid |non-empty )?(?:e-?mail|password|search term|username)\b|^sorry, your blog cannot share posts by e-?mail\b|^continue reading for free$|^don['’]t have an account\b|^you are (?:now )?(?:signed|logged) in as\b|^leave this field (?:blank|empty)$|\((?:will not be|won['’]t be) published\)$|^register now\b.*\bsign in with\b|^share the link:?$|^(?:next|previous) slide(?: (?:next|previous) slide)?$|^set your location\b|^choose from \d+ languages$|\bin \d+ languages$|^more info,? ok$|^share \/ tweet\b|^(?:remove )?save to favou?rites(?: save to favou?rites)+$)/iu;

/** A comment form's notes and prompts: `Notify me when new comments are added.`, `This site uses Akismet to reduce spam.` */
export const COMMENT_WIDGET =
  /\bnotify me (?:of|when|about) (?:new|follow-up|further)\b|\buses akismet\b|^(?:write|post|publish|leave|add) (?:a |your )?(?:comment|reply|response)\b|\bshare your thoughts\b|\bwe want to hear what you think\b|\byour (?:e-?mail )?address (?:will not be published|is used only)\b|^thank you for (?:taking (?:your|the) time to send|your feedback)\b|\bsave my name, e-?mail\b/iu;

/**
 * A site's widget lines, alone on theirs: a comment box's state (`Comments are closed.`, `comments powered by Disqus`),
 * a blog post's footer (`Posted in Grants | Permalink | 1 Comment`), a search box (`Enter search terms here.`, `Search
 * form`), a footer's links (`Quick Links`, `Find a job`), a sign-up's answer, a player's (`Thanks for watching!`), a
 * word count, the publisher's network (`Part of the AIM Media network`), a story's stamps (`Published: …, Updated: …`).
 */
export const SITE_WIDGET_LINE =
  /^(?:comments (?:are )?closed\.?|comments powered by disqus|posted in .{1,80}\|\s*permalink\b.*|(?:enter )?search terms? here\.?|search form|quick links|find a (?:job|partner|store|dealer|location|retailer)|you have succes?sfully subscribed\b.*|thanks? (?:you )?for watching!?.*|word ?count:?\s*\d[\d,]*|part of the [\p{L}\p{N} &.-]{1,40} network|text size:?(?: \p{L}+){0,4})$/iu;

/** A caption's credit word after the name of who is pictured: `Christopher Battin Submitted photo`. */
export const PICTURED_CREDIT = new RegExp(String.raw`^\p{Lu}[\p{L}.'’ -]{1,60}\s${PHOTO_CREDIT_WORD} ${PHOTO_NOUN}$`, 'u');

/** A photographer's name and an agency in capitals after a slash: `Amy K. Dragoo/AIMMEDIA`. */
export const NAME_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*\/\s*\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*$/u;

/** A caption: opens on the picture (`In this photo …`) or ends in its credit in parentheses (`(… photo via AP)`, `(Video by …)`). */
export const CAPTION =
  /\.\s\((?:FILE(?: PHOTO)?|File(?: photo)?)\)\s*$|^in this (?:\w+ )?(?:photo|image|picture|photograph|video|handout)\b|\([^()]{0,100}\b(?:photo|photograph|video|image|picture)s?\s+(?:by|via|courtesy)\b[^()]{0,60}\)\s*$|^(?:clockwise from (?:the )?(?:top|bottom|left|right)(?: left| right)?|(?:from )?left(?: to right)?|top(?: left| right)?|bottom(?: left| right)?)\s*:/iu;

/** A caption ending in its photographer's credit: `… (Ellen M. Banner / The Seattle Times)`. */
export const CAPTION_SLASH_CREDIT = /\(\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}\s*\/\s*(?:The\s+)?\p{Lu}[^()/]{1,50}\)\s*$/u;

/** A credit line with no separator: `Credit Jane Doe/Agency — Getty Images`. */
export const BARE_CREDIT = /^(?:(?:Photo|Image|Picture|Video) )?Credits? \p{Lu}/u;

/** Section names: boilerplate when they stand next to other navigation, not on their own. */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'news', 'world', 'politics', 'business', 'economy', 'sport', 'sports', 'opinion', 'opinions', 'culture', 'lifestyle',
  'technology', 'tech', 'science', 'health', 'entertainment', 'analysis', 'video', 'videos', 'photos', 'gallery',
  'podcast', 'podcasts', 'live', 'society', 'region', 'regions', 'local', 'national', 'international', 'travel',
  'markets', 'finance', 'education', 'environment', 'weather', 'features', 'interviews', 'interview', 'editorial',
  'columns', 'blogs', 'multimedia', 'latest', 'headlines', 'events', 'diplomacy', 'security', 'defence', 'defense',
]);

/** A teaser of another article: `Read: …`, `Read also: …`, `See also …`, `WATCH: …`, a blog's `Previous post: …`. */
export const TEASER =
  /^(?:read(?: also| more| next| too)?|also read|see also|related(?: article| story)?|(?:previous|next|older|newer) (?:post|article|story|entry)|more|watch|listen|recommended|must read|don[’']t miss|editor[’']s pick|explainer|map|graphic|chart|infographic|gallery|slideshow|photos|audio|podcast|quiz|poll|live updates)\s*[:|»›>–—]\s*\S/iu;

/** A teaser set in brackets inside the article: `[Read: Why Tunisia …]`, `[Bardo museum houses Roman treasures]`. */
export const BRACKETED = /^\[[^\[\]]{3,200}\]$/u;

/** A link line ending in an arrow: `Next On BuzzFeed News ›`, `View this image ›`. */
export const ARROW_LINK = /^[^.!?]{1,60}\s[›»→]$|^(?:you are here:?\s*)?[^.!?›»→>]{1,40}(?:\s?[›»→>]\s?[^.!?›»→>]{1,40}){2,}$/iu;

/** A line spaced letter by letter, as letterheads are: `J O I N T   M E D I A   R E L E A S E`. */
export const LETTER_SPACED = /^(?:\p{L}\s{1,3}){4,}\p{L}$/u;

/** An author's note at the end: `Jane Doe is a breaking news reporter for …`, `Clark Boyd is technology correspondent for The World`, `Contact Jane Doe at jane@example.com`. */
export const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|are) on (?:Twitter|Facebook|Instagram|Threads|Bluesky|Mastodon)\b|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}is (?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|blogger|photographer|professor|fellow|co-founder|founder|expert|author)\b|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}is (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor) (?:for|at|with) \p{Lu}|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:covers|writes about|reports on|has (?:worked|written|reported) (?:as|for|on|about))\b|^(?:contact|email|e-mail|reach|write to)\b.{0,80}@[\w.-]+\.\p{L}{2,}\b/iu;

/** A press release's letterhead in capitals: `MEDIA RELEASE`, `MINISTER FOR FOREIGN AFFAIRS`. */
export const LETTERHEAD = /^[^\p{Ll}]*\b(?:(?:JOINT )?(?:MEDIA|NEWS|PRESS) RELEASE|MINISTER FOR|PARLIAMENTARY SECRETARY|OFFICE OF THE)\b[^\p{Ll}]*$/u;
/**
 * The same title in capitals ending a line after a few words that are not: a minister's name signing the release
 * (`Senator Amanda Vanstone  MINISTER FOR IMMIGRATION …`) or a crest's OCR junk (`KBfflgMINISTER FOR …`).
 */
export const LETTERHEAD_TAIL = /^(?:\S+\s*){0,4}?(?<!\p{Lu})(?:(?:JOINT )?(?:MEDIA|NEWS|PRESS) RELEASE|MINISTER FOR|PARLIAMENTARY SECRETARY)\b[^\p{Ll}]*$/u;
/** The same in ordinary case, opening a short line: a minister's title or honorific (`Minister for Fisheries, Forestry and Conservation`, `Attorney-General THE HON DARYL WILLIAMS`). */
export const LETTERHEAD_TITLE = /^(?:(?:joint )?(?:media|news|press) release\b|minister (?:for|of)\s+[\p{Lu}]|(?:[\p{L}-]+\s+)?(?:senator\s+)?the\s+hon\.?\s+\p{Lu})(?![^]*[.!?]$)/iu;

/**
 * A press release's contact and closing lines: `For further information contact: …`,
 * `Contact: Jane Doe (02) 6277 7500`, `Enquiries: …`, `ENDS`, `- ends -`, and a line that
 * is mostly a telephone number, or a label and one (`Telephone (USA): 1-305-677-6594`, `Sales & Marketing: (242) 698-1300`).
 */
export const RELEASE_CONTACT =
  /^(?:for (?:further|more) (?:information|details)\b|(?:further|more) (?:information|details)\s*:|contacts?\s*:|[\p{L}’'. ]{0,40}\bmedia contacts?\s*(?::|$)|(?:media |press )?(?:enquiries|inquiries)\b|(?:media )?contact (?:officer|person)\b|-*\s*ends\s*-*\.?$)|(?:\btel(?:ephone)?|\bph(?:one)?|\bfax|\bmob(?:ile)?)\.?\s*:?\s*\(?\+?\d[\d() -]{6,}\d|\b(?:office|media|liaison|desk|switchboard|hotline|contact|enquiries|inquiries)\s*:\s*\(?\+?\d[\d() -]{6,}\d\s*$|^\+\d[\d ().-]{6,}\d$|^(?:\d{1,3}\s)?\(\d{2,4}\)\s?\d[\d -]{5,}\d$|^[\p{L}&()'’ .\/-]{1,40}:\s*(?!\d{4}-\d{2}-\d{2}$)(?=(?:\D*\d){7})(?=[\d+]*[() -])\+?\(?\d[\d() -]*\d$|:\s*\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\s+\(?0\d[\d() ]{6,}\d/iu;

/** A web address in a short line: a pointer to elsewhere (`… available from DFAT via the internet. http://…`). */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/iu;

/** A teaser card's line: its section's name, its date in figures, then its headline (`Entertainment 2016-12-12 Amy Schumer On …`). */
export const TEASER_DATED = /^(?!(?:On|In|At|By|From|Since|Until|Before|After|Updated|Posted|Published)\s)\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)?\s+\d{4}-\d{2}-\d{2}\s+[\p{Lu}\p{N}‘“'"](?![^]*\.$)/u;

/** A teaser without a colon: `Read also Ministers agree …` (the next word capitalised). */
export const TEASER_BARE = /^(?:Read also|Also read|See also|READ ALSO|ALSO READ|SEE ALSO|Read more|READ MORE)\s+\p{Lu}/u;

/** Words one of which every call to action has: a cheap test before CALL_TO_ACTION. */
export const CALL_TRIGGER = /subscri|enjoyed|forwarded|trial|this email|this e-mail|this newsletter|this message|spam|sign up|follow|your inbox|connect with|like us|join|sent|deliver|get |click|tap here|download|notification|journalism|become a|newsletter|share|channel|check out|never miss|missing out|keep up|discover|send me|up[- ]to[- ]date|consent|submit|receive|: ?@|support|contribution|donat|help (?:us )?keep/i;

/** Calls to subscribe, follow, share or download. */
export const CALL_TO_ACTION = new RegExp(
  [
    String.raw`\bsubscribe (?:to (?:our|my)\b|now\b|today\b|here\b|for free\b)`,
    String.raw`^subscribe\b`,
    String.raw`^sign up\b`,
    String.raw`\bsign up (?:here|now|today|via|for (?:our|free|the newsletter))\b`,
    String.raw`\bfollow us\b`,
    String.raw`^follow me on\b`,
    String.raw`^connect with (?:me|us)\b`,
    String.raw`\b(?:want|like) to subscribe\b`,
    String.raw`\bsubscribe (?:below|above)\b`,
    String.raw`^follow (?:live|the latest|our|all the)\b`,
    String.raw`\bfollow [\p{L}\p{N} .'’-]{1,40} on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp|threads|google news)\b`,
    String.raw`\blike us on facebook\b`,
    String.raw`\bjoin (?:us|our [\p{L} ]{1,30}) on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp)\b`,
    String.raw`\bjoin our (?:newsletter|channel|community|mailing list)\b`,
    String.raw`\b(?:stories|news|updates|articles|headlines|newsletter) (?:sent|delivered) (?:directly |straight )?to (?:you|your)\b`,
    String.raw`\b(?:sent|delivered) (?:directly |straight )?to (?:your (?:inbox|email|phone)|you)\b`,
    String.raw`^become an? [\p{L} ]{1,30} member\b`,
    String.raw`^get (?:the )?(?:latest|breaking|top) (?:[\p{L}-]+ )?(?:news|updates|stories|headlines)\b`,
    String.raw`^join our [\p{L} ]{1,30} (?:forums?|community|discussions?)\b`,
    String.raw`\b(?:you can )?unsubscribe at any time\b`,
    String.raw`^no spam\b`,
    String.raw`^(?:click|tap) here\b`,
    String.raw`\bdownload (?:our|the [\p{L} ]{1,20}) apps?\b`,
    String.raw`\bnever miss (?:the latest|a story|an update|a thing|out)\b`,
    String.raw`\bmissing out on the latest\b`,
    String.raw`^you will now receive\b`,
    String.raw`\bkeep up with (?:me|us|him|her|them) on\b`,
    String.raw`^join (?:the )?(?:hundreds|thousands|millions|\d[\d,.]*k?) (?:of )?(?:other )?(?:readers|subscribers|developers|people|members|fans)\b`,
    String.raw`^discover (?:our|more)\b`,
    String.raw`^(?:get|receive|sign up for) (?:a |an |our |the )?(?:[\p{L}&'’-]+ ){0,8}(?:newsletters?|digest|briefing|(?:daily|weekly|monthly) summary)\b`,
    String.raw`^(?:get|receive) (?:a |our |the )?(?:daily|weekly|monthly) (?:summary|digest|email|roundup)\b`,
    String.raw`\bsend me (?:an )?e-?mails?\b`,
    String.raw`\bstay up[- ]to[- ]date (?:on|with) (?:our|the latest|all)\b`,
    String.raw`^i consent to receiv`,
    String.raw`^submit (?:your|a) (?:letter|story|tip|news|photos?|sports?)\b`,
    String.raw`^(?:\p{Lu}[\p{L}&'’-]* ){1,4}newsletters?$`,
    String.raw`\bturn on (?:push )?notifications\b`,
    String.raw`^(?:get |the )?(?:[\p{L}&'’-]+ ){0,5}(?:news|stories|headlines|updates) in your inbox(?: (?:every ?day|daily|weekly|every (?:morning|week|day)))?[.!]?$`,
    String.raw`\bsupport (?:our|independent) journalism\b`,
    // A site's appeal for money: `Help Keep Artlyst Free and Independent`, `Please Consider Supporting Us.`, `Your
    // contribution—whatever the size—helps us keep publishing …`, `Make a one-off donation`.
    String.raw`^(?:please )?(?:consider )?support(?:ing)? us\b`,
    String.raw`^help (?:us )?keep [\p{L}\p{N}&'’ -]{1,40} (?:free|independent|alive)\b`,
    String.raw`^your (?:contribution|donation|support)\b.{0,40}\bhelps? us\b`,
    String.raw`^(?:please )?make an? (?:one-off |one-time |monthly |small )?donation\b`,
    String.raw`\bbecome an? (?:paid |premium )?(?:member|subscriber|patron)\b`,
    // `Enjoyed this piece? We need your help …`, `Our latest content, your inbox, every fortnight`.
    String.raw`^enjoyed (?:this|the) (?:piece|article|story|post|read|essay)\b`,
    String.raw`\byour inbox,? every (?:day|week|fortnight|month|morning|weekday)\b`,
    // A newsletter's own frame: `Was this newsletter forwarded to you?`, `Start free trial`, `You received this email because …`.
    String.raw`^was this (?:newsletter|e-?mail) forwarded to you\b`,
    String.raw`^start (?:your |a )?(?:free|\d+-day) trial\b`,
    String.raw`^you (?:received|are receiving|(?:are|were) sent) this (?:e-?mail|newsletter|message) because\b`,
    String.raw`^what(?:[’']s| is) included in (?:a|your|the) (?:subscription|membership)\b`,
    String.raw`\b(?:our|the|free|daily|weekly) newsletters?\b.{0,40}\b(?:sign|subscribe|inbox|receive)`,
    String.raw`^share (?:this|on)\b`,
    String.raw`^check out (?:more|our|the latest|all)\b.{0,60}\b(?:on|at|from)\b`,
    String.raw`\b(?:telegram|whatsapp|youtube) channel\b`,
    String.raw`\bkeep up with (?:the |our )?[\p{L} ]{0,40}newsletter\b`,
    String.raw`^(?:twitter|instagram|facebook|threads|x|tiktok)\s*:\s*@[\w.]+$`,
    String.raw`^on (?:twitter|instagram|facebook|threads|x|tiktok)\s*:\s*follow\b`,
  ].join('|'),
  'iu',
);

/** Social networks, to recognise a line that lists where to follow the outlet. */
export const SOCIAL = /\b(?:twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|whatsapp|vkontakte|threads|pinterest)\b/giu;

/** Image and photo credits: `Images | Agency`, `photo: …`, a caption ending in `Photo credit: X.` */
/** Picture agencies a caption credits in square brackets (`[GETTY]`, `[AFP/GETTY]`, `[PA]`). */
const AGENCY = 'getty(?: images)?|afp|ap|reuters|epa|pa|pa wire|rex|rex features|shutterstock|splash|wenn|bbc';

export const IMAGE_CREDIT = new RegExp(
  [
    String.raw`^(?:images?|photos?|pictures?|pics?|fotos?|photograph|photo ?credits?|image ?credits?|picture credits?|credits?|illustration|cover (?:photo|image)|main (?:photo|image)|caption)\s*[|:©/]`,
    String.raw`^(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?)\b`,
    // `Midjourney/Every illustration.`: the maker and the outlet, an illustration's credit.
    String.raw`^[\p{L}\p{N}.-]{2,30}\/[\p{L}\p{N} .-]{2,30} (?:illustration|photo|image|graphic)\.?$`,
    String.raw`\((?:photo|image|picture)s?(?: credits?)?:? [^)]{1,60}\)\.?$`,
    String.raw`\(credits?: [^)]{1,60}\)\.?$`,
    // `(Artist: 3ihard)`, `Illustrator: Jane Doe`: an artwork's maker credited alone on the line.
    String.raw`^\(?\s*${MAKER_LABEL}\s*:\s*[^():]{1,60}\)?$`,
    String.raw`[(/|]\s*(?:getty images|shutterstock|ap photo|afp photo|afp|epa|reuters|istock)\b[^.]{0,40}\)?$`,
    // `… where the worker is being cared for [AFP/GETTY]`: a caption ending in its agencies in square brackets.
    String.raw`\[\s*(?:${AGENCY})(?:\s*/\s*(?:${AGENCY}))*\s*\]\.?$`,
  ].join('|'),
  'iu',
);

/** A photographer's name and agency alone on the line: `Michael Conroy, AP`. */
export const NAME_AGENCY_CREDIT = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}, (?:AP|AFP|EPA|Reuters|Getty Images|The Associated Press|Associated Press)$/u;

/** A caption ending in its credit: `… in Atyrau on March 15. Photo credit: Agency.` (credit capitalised). */
export const CAPTION_CREDIT =
  /\b(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Pp]ic|[Ff]oto)s?(?: [Cc]redits?| [Cc]ourtesy| [Ss]ource)?\s*[:|/©]\s*[\p{Lu}\p{N}][^.:|]{0,60}\.?\)?$/u;

/** Source, reprint and reporting-credit lines. */
export const SOURCE_LINE =
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|^(?:this (?:version|story|article) (?:corrects|has been (?:corrected|updated))|an earlier version of this (?:story|article)|(?:media|press) (?:inquiries|enquiries|contacts?)\s*:)|^(?:sources?\s*[:|–—-]|via\s*:|the post .{1,300} appeared first on\b|\(?with (?:additional )?(?:inputs|reporting) (?:from|by)\b|originally (?:published|appeared)\b|first (?:published|appeared) (?:on|in|at|by)\b|this (?:article|story|piece) (?:was |is |first |originally )+(?:published|appeared|republished)|(?:this|the) (?:article|story|piece|report) is part of (?:a|an|our) (?:[\p{L}-]+ ){0,3}series\b|\(?(?:reporting|writing|editing|additional reporting|compiled|edited) by\b|provided by (?:the )?\p{Lu}[^.,;:!?]{0,60}$|more information:\s)/iu;

/** Copyright notices. */
export const COPYRIGHT = /©|\([cC]\)\s*\d{4}|[Cc]opyright\s+(?:©\s*)?\d{4}|[Aa]ll rights reserved|ALL RIGHTS RESERVED|^This (?:document|article|story|material|content) is subject to copyright\b/u;

/** Rating, view-count and comment-count widgets. */
export const RATING =
  /^\d{1,3}\s*min(?:ute)?s?\.? read$|^\d[\d,. ]*[km]?\s*(?:views?|reads?|likes?|shares?|reactions?)$|^(?:views?|reads?|comments?)\s*[:(]\s*\d[\d,. ]*\)?$|^(?:(?:average|overall|user|reader)s? rating|rating|rate this(?: article| story| post)?)\s*:?\s*[\d.,/\s]*$|^\d+(?:[.,]\d+)?k?\s*(?:reviews?|ratings?|votes?|comments?|stars?)$|^no (?:reviews|ratings|votes|comments)(?: yet)?\b|\bout of (?:5|five|10|ten) stars\b|^(?:score|rating|rated|our rating|verdict)\s*:?\s*\d(?:[.,]\d)? out of (?:5|10)$|^be the first to (?:comment|review|rate)\b|^reader comments$|^\d[\d,]* with \d[\d,]* posters? participating$/iu;

/** A list of tags or topics: `Tags: economy, trade`. */
export const TAG_LIST = /^(?:tags?|tagged(?: with)?|topics?|keywords?|categories|category|filed under|related topics)\s*(?:[:|]\s*\S|#\S)/iu;

/** Explicit advertisement markers. */
export const AD_MARKER =
  /^(?:(?:is |are )?(?:sponsored|powered|presented|brought to you) by\b.{0,40}|advertisement(?:\s*[-–—:|]\s*.{0,30})?|advertising|\[?ad\]?|sponsored(?: content| post| by\b.*)?|promoted(?: content| by\b.*)?|paid (?:content|post|partnership)|partner content|(?:(?:story|article) )?continues below(?: (?:the )?(?:advertisement|ad|gallery|video|photos?|slideshow))?)$/iu;

/**
 * A republishing box's lines: its heading and buttons, its licence, its terms (`Republish This Story`, `Republish our
 * articles for free, online or in print, under a Creative Commons license.`, `This work is licensed under a Creative
 * Commons Attribution-NoDerivatives 4.0 International License.`, `if you republish our content, …`).
 */
export const REPUBLISH_NOTICE =
  /^republish(?:ing)?(?: (?:this|our|the))? ?(?:story|article|guidelines)?s?!?$|^please read before republishing$|\brepublish (?:our|these|this) (?:articles?|stories|story|content|material)\b|\b(?:if|when) you republish\b|\bencourage you to republish\b|^this (?:work|story|article) is licensed under an? creative commons\b/iu;

/** Site notices: cookies, disabled JavaScript, disclaimers. */
export const SITE_NOTICE =
  /\bwe use cookies\b|\b(?:site|website) uses cookies\b|\bstore cookies\b|\bcookies are (?:absolutely |strictly )?(?:necessary|essential|used)\b|^strictly necessary cookies$|\bcookies that may not be (?:particularly )?necessary\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|\b(?:enable|disable) (?:or (?:enable|disable) )?cookies\b|^(?:please )?enable javascript\b|\bjavascript is (?:disabled|required)\b|^disclaimer\s*:/iu;

/** Words one of which every site disclosure has (lower case): a cheap test before SITE_DISCLOSURE. */
export const DISCLOSURE_TRIGGERS = [
  'you buy', 'you purchase', 'you shop', 'you click', 'supported by its', 'affiliate', 'disclos', 'disclaim', 'amazon', 'qualifying',
  'we may', 'we might', 'powered by', 'recaptcha', 'available under', 'subscriber', 'already a', 'blocker', 'rely on', 'advice',
  'do not sell', 'delayed', 'constitutes', 'reproduced', 'community', 'adblock', 'ad block', 'whitelist', 'our standards',
  'appears in print', 'submission', 'submitting', 'inappropriate', 'accessible', 'captioning', 'purchase', 'paid for', 'opt-out', 'opt out', 'no longer', 'visiting', 'please visit', 'data provided',
  'necessarily', 'kept alive', 'your comment', 'subscribe to', 'moderated', 'reader comments', 'designed', 'developed by', 'site by', 'website by',
];

/**
 * A site's own notices about money and software: affiliate and advertising disclosures,
 * paywall and ad-blocker messages, the blog platform's credit, the licence of the page.
 */
export const SITE_DISCLOSURE = new RegExp(
  [
    String.raw`\b(?:when|if) you (?:buy|purchase|shop|click)\b.{0,40}\blinks?\b`,
    String.raw`\bis supported by its (?:audience|readers)\b`,
    String.raw`\b(?:affiliate|advertising|advertiser) (?:links?|disclosure|disclaimer)\b`,
    String.raw`\bamazon (?:services llc )?associates?\b`,
    String.raw`\bfrom qualifying purchases\b`,
    String.raw`\bwe (?:may|might) (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)\b`,
    String.raw`\b(?:this|the) (?:post|article|page) (?:contains|may contain|includes) (?:affiliate links|references to products)\b`,
    String.raw`\bpowered by (?:wordpress|blogger|ghost|squarespace|wix|drupal)\b`,
    String.raw`\btheme\.? powered by\b`,
    String.raw`\bprotected by recaptcha\b`,
    String.raw`\bcontent is available under\b`,
    String.raw`\balready an? (?:subscriber|member)\b.{0,60}\blog ?in\b`,
    String.raw`\bto (?:view|read|continue reading) (?:the full|this|the rest of (?:this|the)) (?:story|article)\b.{0,20}\b(?:subscribe|log ?in|sign in)\b`,
    String.raw`\b(?:running|using) an ad[- ]?blocker\b`,
    String.raw`\bwe rely on (?:your|readers’?'?|the) support\b`,
    // A site's appeal for donations: `We rely on donations from readers.`, `… kept alive by reader donations – no ads, no paywalls`.
    String.raw`\bwe rely on (?:(?:our|the) (?:annual |monthly )?)?(?:donations|donors|readers’?'? donations)\b`,
    String.raw`\bkept alive by (?:reader|readers’?'?|your) (?:donations|support|generosity)\b`,
    // `Note: The views expressed on Mises.org are not necessarily those of the Mises Institute.`: the site's disclaimer.
    String.raw`\bviews expressed (?:on|in|here|by|at)\b.{0,80}\bnot necessarily\b`,
    String.raw`\bdoes not (?:provide|offer|constitute|give) (?:medical|legal|financial|professional) advice\b`,
    String.raw`^do not sell my (?:personal )?info(?:rmation)?\b`,
    String.raw`\bquotes (?:are )?delayed (?:by )?(?:a minimum of |at least |up to )?\d+ minutes\b`,
    String.raw`\b(?:registration on|use of) this (?:site|website) constitutes acceptance\b`,
    String.raw`\bon this (?:site|website) may not be reproduced\b`,
    String.raw`^community (?:rules|guidelines|standards) apply\b`,
    String.raw`\bturn off your ad ?blocker\b|^how do i (?:whitelist|disable my ad ?blocker)\b|\bto whitelist\b|^(?:for|click the) ad ?block(?: plus)?\b`,
    String.raw`^our standards:`,
    // `*Psst: if you choose to purchase an item from this post, LittleThings.com may receive a small cut.`
    String.raw`\bif you (?:choose to |decide to )?(?:buy|purchase)\b.{0,80}\b(?:may|might|will) (?:receive|earn|get) (?:a )?(?:small )?(?:cut|share|commission|compensation)\b`,
    // An ad widget's note: `The content you see here is paid for by the advertiser …`.
    String.raw`\bis paid for by the advertiser\b`,
    // A privacy law's notice in a consent panel: `… you have the right to opt-out of the sale of your personal information.`
    String.raw`\bthe right to opt[- ]out of the sale\b`,
    // An archived site's notice: `thanks for visiting cnnmoney.`, `We're no longer maintaining this page.`, `… please visit CNN Business`.
    String.raw`^thanks? (?:you )?for visiting\b|\bno longer (?:maintaining|updating|maintained|updated)\b.{0,20}\b(?:page|site|website)\b|^for the latest\b.{0,60}\bplease visit\b`,
    // A market page's data credit: `Most stock quote data provided by BATS.`
    String.raw`\bquote data provided by\b`,
    // A newspaper's print-edition note: `A version of this article appears in print on …, on Page A22 …`.
    String.raw`^a version of this (?:article|story|review) appears? in print\b`,
    // Comment policies: `… names will appear with each submission to …`, `Report inappropriate content`, `Help us maintain a healthy … community`.
    String.raw`\bnames will appear with each submission\b|^by submitting a comment\b|^report inappropriate (?:content|comments?)$|\bhelp us (?:maintain|keep) a (?:safe|healthy|civil|respectful)\b.{0,40}\bcommunity\b`,
    // Accessibility statements: `It is a priority for X to create a website that is accessible to all …`, `Closed Captioning … is available`.
    String.raw`\b(?:website|site|content) (?:that is )?accessible to all\b|^closed captioning\b.{0,60}\bavailable\b`,
    // An outlet's disclaimer under an opinion: `The views and opinions expressed in the article do not necessarily reflect those of X.`
    String.raw`^the (?:views?|opinions?)(?: and (?:views?|opinions?))? expressed (?:in|here|by)\b.{0,80}\bdo(?:es)? not necessarily (?:reflect|represent)\b`,
    // A comment form's notices: `Your comment will be reviewed by the moderator …`, `Your comment contains a link, so it can't be published …`.
    String.raw`^(?:thank you! )?your comment (?:will be|has been|is) (?:reviewed|moderated|awaiting)\b|^your comment contains a link\b`,
    // A comment policy's lines: `We welcome reader comments on the top stories …`, `Please understand that comments are moderated …`.
    String.raw`^we welcome (?:reader |readers['’] |your )?comments\b|\bcomments are (?:moderated|reviewed)\b`,
    // The site maker's credit: `Designed & Developed by`, `Website by Acme Studio`.
    String.raw`^(?:(?:web)?site )?(?:designed|developed|built)(?: (?:&|and) (?:developed|designed|hosted|maintained))? by\b.{0,40}$|^(?:web ?site|site|web design) by\b.{0,40}$`,
  ].join('|'),
  'iu',
);

/** A browser-support notice (`IE 11 is not supported. … visit our site on another browser.`); tested only on lines naming a browser. */
export const BROWSER_NOTICE = /^please use (?:chrome|safari|firefox|edge)\b.{0,60}\bto view this (?:site|page|website)\b|\b(?:is not supported|(?:update|upgrade) your)\b.{0,80}\bbrowser\b|\busing an? (?:older|outdated|old|unsupported) (?:web )?browser\b/iu;

/**
 * The banner over a government's site (the US web design system's): `An official website of the United States
 * government`, `The .gov means it’s official.`, `The site is secure.`, `The https:// ensures that you are connecting …`.
 */
export const GOVERNMENT_BANNER =
  /^an official website of (?:the )?(?:united states|u\.s\.|[\p{L} ]{2,30}) government\b|^the \.gov means it[’']s official\.?$|^(?:federal|state|official) government websites (?:often|always) end in \.gov\b|^the site is secure\.?$|^the https:\/\/ ensures that you are connecting\b|^secure \.gov websites use https\b/iu;

/** Gambling and promotion words that mark an ad when they stand in a short line. */
export const AD_WORDS =
  /\b(?:casinos?|bookmakers?|sportsbooks?|betting|free bets?|free spins|no deposit|online slots|poker|jackpots?|bonus codes?|promo codes?|odds boost|crypto casino|online gambling)\b/iu;

/** Words that mark a short line as a clause (it has a verb), not a label. */
export const COMMON_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'says', 'said', 'say', 'tells', 'told', 'gets',
  'got', 'wins', 'won', 'makes', 'made', 'takes', 'took', 'goes', 'went', 'meets', 'met', 'calls', 'sees', 'saw',
]);

/** Lowercase words allowed inside a title-case label. */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', '&', 'de', 'la', 'le',
  'del', 'der', 'van', 'von', 'du', 'des', 'y', 'e',
]);
