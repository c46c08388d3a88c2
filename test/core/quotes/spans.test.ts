import { strict as assert } from 'node:assert';
import { diagnose } from '../../../server/src/core/diagnostics';
import { quotesOf, type QuoteView } from './helpers';
import { Doc } from '../../../server/src/core/document';
import { Memo } from '../../../server/src/core/memo';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { quotesDetector } from '../../../server/src/core/detectors/quotes';
import type { Span } from '../../../server/src/core/types';

/**
 * QUOTE spans and their flags, one case per rule of the guidelines' "Quoted statements"
 * section; the documents are made up, shaped like the gold seeds. Speakers are left out
 * here (speakers.test.ts covers them).
 */
type Case = [name: string, doc: string, want: Omit<QuoteView, 'speaker'>[]];

const spans = (doc: string) => quotesOf(doc).views.map(({ speaker: _speaker, ...rest }) => rest);

function table(cases: Case[]) {
  for (const [name, doc, want] of cases) it(name, () => assert.deepEqual(spans(doc), want));
}

describe('QUOTE spans', () => {
  describe('marked quotes run from the opening to the closing mark', () => {
    table([
      ['curly quote before its attribution', '“We will fight for the rule of law,” he said.', [{ text: '“We will fight for the rule of law,”' }]],
      ['in a page’s source shown as text, the marks of a tag’s attributes quote no one; the speech between the tags stays', '<p>Results were “sobering,” according to a <a href="https://ex.org/a.pdf">June report</a> by MDRC.</p> <p>“For those of us that run experiments, it is hard,” said [[Philip Oreopoulos|PERSON]], of <a href="https://nber.org/x" target="_blank">Toronto</a>.</p>', [{ text: '“sobering,”' }, { text: '“For those of us that run experiments, it is hard,”' }]],
      ['mixed pair of curly and straight marks', 'According to [[Ann|PERSON]], the country will develop “allied relations with Russia", she said.', [{ text: '“allied relations with Russia"' }]],
      ['several fragments in one sentence', '[[Xi|PERSON]] said "the door was opened by our peoples," "the stories are written by us" and "the future is ours."', [
        { text: '"the door was opened by our peoples,"' },
        { text: '"the stories are written by us"' },
        { text: '"the future is ours."' },
      ]],
      ['apostrophes inside words do not cut a quote', '“Kazakhstan’s path is ours. We’ve chosen it and each other\'s trust,” he said.', [{ text: '“Kazakhstan’s path is ours. We’ve chosen it and each other\'s trust,”' }]],
      ['a nested quote belongs to the outer one', '“There are opinions that the concept of ‘justice’ entails certain risks,” he noted.', [{ text: '“There are opinions that the concept of ‘justice’ entails certain risks,”' }]],
      ['a short quote before a verb of instruction and its speaker', '“Don’t get nervous,” instructed [[Milton Velez|PERSON]], the supervisor.', [{ text: '“Don’t get nervous,”' }]],
      ['a spaced straight mark right after a verb of saying and its comma opens the quote it closes', '[[Manning|PERSON]] said so because "we live in a society heavy on importation" He added, " A devaluation will cause an increase in costs."', [
        { text: '"we live in a society heavy on importation"' },
        { text: '" A devaluation will cause an increase in costs."' },
      ]],
      ['a curly opening mark after a sentence inside an open quote, closed later, reopens the same quotation', 'He added, “We have been trying to educate people. “Because you need to secure your networks.” Massy said it would work.', [
        { text: '“We have been trying to educate people. “Because you need to secure your networks.”' },
      ]],
      ['single marks used as quote marks', '‘We have participated in the forum. A very good format,’ said [[Putin|PERSON]].', [{ text: '‘We have participated in the forum. A very good format,’' }]],
      ['a web address in marks (an embedded player’s code) is no quote', 'Listen to the interview. "https://www.npr.org/player/embed/505592252/505592253" "We will fight on," he said.', [{ text: '"We will fight on,"' }]],
      ['words cried out are an utterance whatever their case', 'Some accounts said that [[Amri|PERSON]] screamed “Allah Akbar” during the shooting.', [{ text: '“Allah Akbar”' }]],
      [
        'a sentence after a quotative (`was like,`, `goes,`) is said, however short; a title after `like,` is not',
        'My agents were like, “You like comic books?” He was like, “Wow.” If the network goes, “We don’t want that.” It looks like, “Fine Dining” is back.',
        [{ text: '“You like comic books?”' }, { text: '“Wow.”' }, { text: '“We don’t want that.”' }],
      ],
      ['after a verb of performing or a year’s possessive, a title in title case with the sentence’s full stop inside is a song’s, no quote', 'He came out to perform “Takin’ It to the Streets.” He had hit singles like 1978’s “What a Fool Believes.” He said, “Let It Be Over.”', [{ text: '“Let It Be Over.”' }]],
      ['words joined by `and` to a chant are a chant; a slogan in title case with its full stop is said; a title after its article is no quote', 'Teachers chanted, “Fund our schools,” and “Put kids first,” holding signs such as, “Less Money on Testing, More Money on Students.” It heralded “The World of Tomorrow.”', [{ text: '“Fund our schools,”' }, { text: '“Put kids first,”' }, { text: '“Less Money on Testing, More Money on Students.”' }]],
      ['a headline’s quote cut with an ellipsis keeps it, as the headline is written', 'Natalia Kills Speaks Out After X Factor Firing: "There Are Many Sides to This…', [{ text: '"There Are Many Sides to This…', unbalanced: true, unmarked: true }]],
      ['a teaser cut with an ellipsis: the quote ends before it', 'It was tough, [[Boudreau|PERSON]] said. "We are playing a lot...', [{ text: '"We are playing a lot', unbalanced: true, unmarked: true }]],
      [
        'a string in a program’s code (a function’s argument, an object’s value inside its brace) is no quote; after a speaker’s colon it is one',
        'fetch("/login", { headers: { "Content-Type": "text/plain" }, body: "firstName=Nikhil" }).then(function(res) { alert("Perfect! Your settings are saved."); });\nHe said, adding: "We are ready."',
        [{ text: '"We are ready."' }],
      ],
      ['a value after a quoted key inside a brace (an ad’s configuration in JSON) is no quote', 'Adjust text size\n[ { "name": "Ad - NativeInline - Injected", "component": "29509126" },{ "name": "Real 1 Player (r2) - Inline", "component": "29509125" } ]\n"We are ready," she said.', [{ text: '"We are ready,"' }]],
      ['a title in marks on its own line before a teased work’s kind is no quote', 'Recent Slide Shows\n“One girl can be silenced, but a nation of girls telling their stories becomes free” slideshow\n“We will win,” he said.', [{ text: '“We will win,”' }]],
      ['words in title case that speak in the first person are a quote, not a title', "4 Amanda Seyfried Reveals Pressure Into Shooting Scenes At 19: 'I Wanted To Keep My Job'", [{ text: "'I Wanted To Keep My Job'" }]],
    ]);
  });

  describe('a quote over several paragraphs', () => {
    // Each paragraph's part is its own span; nothing was lost, so no flag.
    table([
      ['each reopened paragraph is its own span, neither unmarked nor unbalanced', '“This is the first part of what I want to say.\n\n“And this is the end of it,” he said.', [
        { text: '“This is the first part of what I want to say.' },
        { text: '“And this is the end of it,”' },
      ]],
      ['in single marks too, the open paragraph starting with a capital (a stray apostrophe opens none)', " 'I intend to promote an understanding of our views with Indonesia. \n\n 'The Government recognises the crucial role that Indonesia plays,' he said.\n\n'90s music was loud and it's fine.", [
        { text: "'I intend to promote an understanding of our views with Indonesia." },
        { text: "'The Government recognises the crucial role that Indonesia plays,'" },
      ]],
      ['in single marks, a quote opened after a closed one’s sentence goes on in the next paragraph; a word’s apostrophe opens none', " 'On this visit I will be sharing our experience,' he said. 'Immigration has been fundamental to our country. \n\n 'Britain is very interested in our programs.' He left in the '90s and it's fine.", [
        { text: "'On this visit I will be sharing our experience,'" },
        { text: "'Immigration has been fundamental to our country." },
        { text: "'Britain is very interested in our programs.'" },
      ]],
      ['paragraphs read from print that each open with a straight mark spaced from their capital, in a run, reopen the quote; one alone opens none', 'The Minister said today.\n\n " The Coalition cannot save $118 million.\n\n " Young people will not be fooled."\n\nThe fee rose.\n\n " Lone paragraph opening so.', [
        { text: '" The Coalition cannot save $118 million.' },
        { text: '" Young people will not be fooled."' },
      ]],
      ['typed double-spaced, a quote goes on in the next line that carries on its sentence in small letters, each line its own part, when a closing mark or a reopened paragraph closes it there; over a single line break (a paragraph hard-wrapped), into a new sentence or down lines closed by nothing it ends with its line', ' "Because of the unemployment position in Australia the \n\n migration program this year has been reduced. We were expecting only about \n\n another 20,000 people," [[Mr. Cameron|PERSON]] said.\n\n "The way is open for the \nplayers to go on.\n\n "It is a start for them.\n\n more will come later in the year when the season opens.\n\n "This is a start for all the\n\n People will see it.\n\n "We had hoped for more from the\n\n clubs this year', [
        { text: '"Because of the unemployment position in Australia the', unmarked: true },
        { text: 'migration program this year has been reduced. We were expecting only about', unmarked: true },
        { text: 'another 20,000 people,"', unmarked: true },
        { text: '"The way is open for the', unmarked: true, unbalanced: true },
        { text: '"It is a start for them.', unmarked: true, unbalanced: true },
        { text: '"This is a start for all the', unmarked: true, unbalanced: true },
        { text: '"We had hoped for more from the', unmarked: true, unbalanced: true },
      ]],
    ]);
  });

  describe('lost marks in scraped text', () => {
    table([
      ['dangling closing mark before `he said`: from the paragraph start, unmarked', 'Intro line.\nWe should build more bridges. We must not erect barriers," he said.', [
        { text: 'We should build more bridges. We must not erect barriers,"', unmarked: true },
      ]],
      ['dangling closing mark followed by more quotes in the sentence', 'The foundation of the relations was laid by our peoples," [[Xi|PERSON]] said, stressing that "the door was opened by our peoples."', [
        { text: 'The foundation of the relations was laid by our peoples,"', unmarked: true },
        { text: '"the door was opened by our peoples."' },
      ]],
      ['dangling closing mark after a lead-in sentence starts after it', 'It is fundamental for the relations, [[Xi|PERSON]] said. The country is unique in its history and culture," he added.', [
        { text: 'The country is unique in its history and culture,"', unmarked: true },
      ]],
      ['a stray mark and a term inside an unmarked quote stay inside it', 'It is necessary to establish a market for "green" finance. I have proposed a forum this year. " Such an event will help us," the Head of State said.', [
        { text: 'It is necessary to establish a market for "green" finance. I have proposed a forum this year. " Such an event will help us,"', unmarked: true },
      ]],
      ['both marks lost before `, said NAME.` (several sentences)', 'Any pandemic needs to be studied and examined. To simplify and coordinate it, the fourth protocol if adopted, said [[Omarov|PERSON]].', [
        { text: 'Any pandemic needs to be studied and examined. To simplify and coordinate it, the fourth protocol if adopted', unmarked: true },
      ]],
      ['both marks lost, first person, `, said NAME.`', 'We welcome your activity here. I’m sure that we can define the areas of cooperation, said [[Tokayev|PERSON]].', [
        { text: 'We welcome your activity here. I’m sure that we can define the areas of cooperation', unmarked: true },
      ]],
      ['both marks lost, first person, `, he said.`', 'Our country will never give up on this goal, he said.', [{ text: 'Our country will never give up on this goal', unmarked: true }]],
      ['no lost marks over quotes with their own: the lead-in after them speaks in no first person', 'How did it go so quickly? “We try to limit the approval process,” said [[Nancy Silvestri|PERSON]]. “We are empowered to decide locally.” That allows notifications to go out without red tape, she said.', [
        { text: '“We try to limit the approval process,”' },
        { text: '“We are empowered to decide locally.”' },
      ]],
    ]);
  });

  describe('an opening mark never closed', () => {
    it('runs to the paragraph end, unmarked and unbalanced, with a one-line reason', () => {
      const { spans: qs } = quotesOf('[[Borrell|PERSON]] underlined that the EU will help. "Of course, we will have to take the situation into account.  \nEditor’s choice');
      assert.equal(qs.length, 1);
      assert.equal(qs[0].text, '"Of course, we will have to take the situation into account.');
      assert.equal(qs[0].unmarked, true);
      assert.equal(qs[0].unbalanced, true);
      assert.equal(qs[0].reason, 'Opening " has no closing mark');
    });

    it('becomes an unbalanced-quote warning', () => {
      const { spans: qs, doc } = quotesOf('He added: “Of course, we will have to take the situation into account.');
      const diags = diagnose({ doc, spans: qs, generation: 0 });
      assert.deepEqual(
        diags.map((d) => [d.code, d.message, doc.text.slice(d.start, d.end)]),
        [['unbalanced-quote', 'Opening “ has no closing mark', '“Of course, we will have to take the situation into account.']],
      );
    });
  });

  describe('not quotes', () => {
    table([
      ['titles in title case listed side by side name works; a title-case phrase beside speech in lower case is still speech', 'Expect the hits, including “Listen To The Music,” “Takin’ It To The Streets,” “Black Water” and others, the promoter said.\n“It Was Good,” “I said it,” she added.', [
        { text: '“It Was Good,”' },
        { text: '“I said it,”' },
      ]],
      ['a piece of writing’s title after its kind, or cited with its page', 'The 2017 article "The Case for Colonialism," argued that empire was good.\nRe. “Prop. 13 proves costly to government programs,” Page A8, Jan. 13:', []],
      ['a source and its title on a line of its own in a list of sources; a string assigned to a variable in code', 'Article Sources\nCoinDesk. "Coinbase Institutional, Retail Trading Volume Grew at Equal Rates in 2020."\nFDIC. "Deposit Insurance FAQs."\nquery = "hackernoon How To Scrape Google With Python" query = query.replace(1)\nUSER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:65.0) Gecko/20100101 Firefox/65.0"', []],
      ['a title after its authors in a list of sources', 'Flaherty, Anne. “5 Key Takeaways From Testimony by Former Ambassador Marie Yovanovitch.”\nMcCarthy, Tom; Smith, David. “Ambassador Describes a Smear Campaign Against Her.”', []],
      ['a recording’s or a book’s title after its kind or `author of`', 'He is the author of "Making the Corps," about boot camp. (Watch TIME’s video "Oil Spill Anxiety on the Bayou.")', []],
      ['reported speech without marks', '[[Smith|PERSON]] said that the economy will grow by five percent next year.', []],
      ['third-person clause before `, NAME said.` (paraphrase)', 'The economy will grow by five percent next year, [[Smith|PERSON]] said.', []],
      ['third-person clause before `, said the president.`', 'The path of development has been found under the guidance of theory, said the Chinese president.', []],
      ['inverted `said NAME` followed by more words', 'The country must stand prepared to defend its interests, said President [[Tokayev|PERSON]] in his address on Friday.', []],
      ['a motto left open', 'The chairmanship will be held under the motto "FORWARD!', []],
      ['a scare-quoted term with no speaker in its sentence', 'It is necessary to establish a market for "green" finance.', []],
      ['in a headline words of the language in marks that say something (a participle, an adverb) are someone’s words', 'Obama’s Attack On Fox Called A ‘Condescending And Arrogant’ Slam', [{ text: '‘Condescending And Arrogant’' }]],
      ['in a headline a negation’s words in marks are someone’s words', 'Pepsi Merger ‘Not A Done Deal’ After Weekend Talks', [{ text: '‘Not A Done Deal’' }]],
      ['in a headline words in marks before a colon are what the rest reports someone said; a title in title case stays a title', "'Sick and terrible': VH1 reality show slammed for including El Chapo's wife", [{ text: "'Sick and terrible'" }]],
      ['in a headline a work’s title in title case before a colon is no quote', "'The Crown': Season three review", []],
      ['in a headline a title of nouns, or one opening with an article, stays a title', "Matt Damon Battles Monsters In ‘The Great Wall’ And Visits 'Penguin Post Office'", []],
      ['short words in marks one after another are a list of names, though a speaker is near', '[[Anna Pickard|PERSON]] said that amongst the options of “Ding,” “Boing,” “Woah!” and even “Knock Brush” there was one more.', []],
      ['a title in title case', 'His book "The Art of the Deal" was a bestseller.', []],
      ['words of the language in small letters one after another, where a speaker says them, are quoted words, no names', 'Warren Mayor [[Jim Fouts|PERSON]] says it was “despicable” and “underhanded” for a city council to grant it.', [{ text: '“despicable”' }, { text: '“underhanded”' }]],
      ['a short title in title case, even where the sentence says someone speaks', 'He says ‘Dragon Quest Heroes II’ and ‘Star Wars: The Last Jedi’ are coming to the console.', []],
      ['a term after `is called a` or `was originally called` is a name, not someone’s words', 'This is called a "third-party request." It was originally called "Zersetzung" then. She called it "a disgrace," he said.', [{ text: '"a disgrace,"' }]],
      ['a so-called term, even in a sentence with a verb of saying', 'Experts said the so-called "shadow fleet" grew.', []],
      ['a term after a noun and `called` is its name; after a person who called is someone’s words', 'It is as if Duke invented a holiday called “Anglika,” he said. Smith called it “a total disgrace,” he said.', [{ text: '“a total disgrace,”' }]],
      ['after a verb of calling and `the film`, words in small letters judge it (someone’s words); a title in title case names it', 'He called the film "pornographic and sensational". He called the film "Desert Storm" in 2001, they said.', [{ text: '"pornographic and sensational"' }]],
      ['a term after `what’s called`', 'Experts said the man had what\'s called "feather duvet lung," a rare illness.', []],
      ['words in marks between a determiner and what they name are its name, a sentence though they be', 'While the “Meth. We’re on it.” campaign did not appeal to him, he said it did well.', []],
      ['words in marks after the theme, a modifier between, are its name', 'This year’s exhibition revolves around the central theme ‘The Medium is the Message’, the organisers said.', []],
      ['an inch mark is no dangling closing mark', 'The plant uses a 12" pipe and runs all day, he said.', []],
      ['words the writer puts in someone’s mouth (`as if to say`)', 'A flicker crossed his face as if to say "You think you got me?" before he smiled.', []],
      ['`calls` as a noun attributes nothing', 'Phone calls about the “deal” rose.', []],
      ['a term in a sentence with a verb of saying but no one who said it', 'A mass stranding that was described as “unprecedented” left the tribe scrambling.', []],
    ]);
  });

  describe('short quoted words count when attributed in their sentence', () => {
    table([
      ['`X reaffirmed his “neutrality”`', '[[Tokayev|PERSON]] reaffirmed Tuesday his “neutrality” in foreign policy.', [{ text: '“neutrality”' }]],
      ['`described … as “complicated”`', 'In this regard, he has described the situation as “complicated” and left.', [{ text: '“complicated”' }]],
      ['words of several in a headline are someone’s; one word in a headline is a term', "EU China arms ban 'to be lifted'\n\nChina 'ripe' for media explosion", [{ text: "'to be lifted'" }]],
      ['a headline whose subject is a country', '[[Kazakhstan|PLACE]] reaffirms its “neutrality” and calls for “unity and harmony”.', [{ text: '“neutrality”' }, { text: '“unity and harmony”' }]],
      ['a title-case headline quote after `Name:`', '[[Tokayev|PERSON]]: "We Will Defend Our Interests"', [{ text: '"We Will Defend Our Interests"' }]],
      ['the agent of a passive verb of saying (`described as “…” by X`)', 'The strandings have been described as “heartbreaking” by the [[Department of Conservation|ORG]].', [{ text: '“heartbreaking”' }]],
      ['a term after a verb of saying proper in the passive (`is said to be “…”`), or `praised by police for “…”`', 'The risk is said to be "low risk". Ozzy Osbourne has been praised by police for "very courageously" tackling a burglar.', [{ text: '"low risk"' }, { text: '"very courageously"' }]],
      ['a whole short sentence in marks in an indented paragraph (OCR text)', ' "No doubt."', [{ text: '"No doubt."' }]],
      ['`what X calls “…”`', 'It is what [[Apple|ORG]] calls “spatial computing” for everyone.', [{ text: '“spatial computing”' }]],
      ['`what X is calling “…”`', 'You can take what [[Apple|ORG]] is calling “spatial” photos.', [{ text: '“spatial”' }]],
      ['`X dismissed … as “…”`', '[[Smith|PERSON]] dismissed the report as “fake news”.', [{ text: '“fake news”' }]],
      ['a whole short sentence in marks', '"We will win," [[Smith|PERSON]] said. "No doubt."', [{ text: '"We will win,"' }, { text: '"No doubt."' }]],
    ]);
  });
});

describe('a round-up’s excerpts', () => {
  it('reads each paragraph above an outlet cited in square brackets as the outlet’s words whole, its marks lost, the quotes inside it its own', () => {
    const excerpt1 = 'Stadia is not a console. It is a platform for streaming games from the cloud, and you "own" nothing at all.';
    const excerpt2 = 'The controller is really comfortable to hold over long periods of time and has good battery life for everyone.';
    const text = `The early reviews are here, and they are mixed for everyone who bought one.\n\nWhat Does It Offer?\n${excerpt1}\n[Engadget]\n${excerpt2}\n[The Verge]\n`;
    const at = (s: string) => text.indexOf(s);
    const found: Span[] = ['Engadget', 'The Verge'].map((n) => ({ start: at(n), end: at(n) + n.length, label: 'ORG', text: n, canonical: n }));
    const doc = new Doc('test.txt', text);
    const spans = quotesDetector.detect({ doc, found, workspace: new WorkspaceIndex(), memo: new Memo() });
    assert.deepEqual(spans.map((q) => [q.text, q.unmarked, q.speaker?.text]), [[excerpt1, true, 'Engadget'], [excerpt2, true, 'The Verge']]);
  });

  it('reads one bracketed name under prose as no citation', () => {
    assert.deepEqual(spans('The controller is really comfortable to hold over long periods of time and has good battery life.\n[Video]'), []);
  });
});
