import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/**
 * Speakers: each quote's speaker is a PERSON/ORG mention from `ctx.found`, given here
 * as `Name#n` (the n-th mention with that text), or undefined when the text names none
 * the entities detector reported. Cases follow the shapes of the gold seeds.
 */
type Case = [name: string, doc: string, speakers: (string | undefined)[]];

function table(cases: Case[]) {
  for (const [name, doc, want] of cases) {
    it(name, () => assert.deepEqual(quotesOf(doc).views.map((v) => v.speaker), want));
  }
}

describe('quote speakers', () => {
  describe('named in the attribution', () => {
    table([
      ['`“…,” X said`', '“We do not need external enemies,” [[Tokayev|PERSON]] said.', ['Tokayev#1']],
      ['a quote after a sentence ending `said X at a briefing.` is X’s, not the body named after X; not after `told X.`', '"Half the oil is gone," said agency head [[Jane Lubchenco|PERSON]] at a [[White House|ORG]] press briefing. "And the rest is degrading."\nThen [[Hayriye Evren|PERSON]] told [[Associated Press|ORG]]. "Sales fell."', ['Jane Lubchenco#1', 'Jane Lubchenco#1', 'Hayriye Evren#1']],
      ['a statement no one is said to make that opens with a body naming itself as its subject is the body’s; a government’s is its minister’s to say', 'A statement said: “The [[Elite League|ORG]] is heartbroken to confirm the news.”\n"Everyone at the [[Belfast Giants|ORG]] is devastated to hear of his passing."\nThe plan was published on Monday. A statement said: "The [[Australian Government|ORG]] is committed to the plan."', ['Elite League#1', 'Belfast Giants#1', undefined]],
      ['a role whose words list with commas between the name and `said`: the named one speaks, and the quote after the sentence too', '“We are joining a family,” [[Nathaniel Pieper|PERSON]], senior vice president of fleet, finances and alliances at [[Alaska|ORG]], said in a statement on Monday. “The possibilities are tremendous.”', ['Nathaniel Pieper#1', 'Nathaniel Pieper#1']],
      ['`“…,” X and his team wrote`: the one named speaks', '“We suggest that the outgassing occurs at lower levels,” [[Paganini|PERSON]] and his team wrote in the paper.', ['Paganini#1']],
      ['a relative clause set off by commas, holding commas and a colon, is stepped over to the role before it', '[[Mr Neeson|PERSON]] spoke of the theatre.\nThe Oscar-nominated actor, whose films include [[Michael Collins|PERSON]] and Star Wars: The Phantom Menace, said: "The Lyric is too important to fall apart."', ['Mr Neeson#1']],
      ['a name before a relative clause and a modal verb is the subject a pronoun refers to', '[[Parise|PERSON]] scored twice.\nDefenseman [[Ryan Suter|PERSON]], who joked about [[Parise|PERSON]]’s sticks, could see the frustration.\n“He’s used to scoring goals,” he said.', ['Ryan Suter#1']],
      ['a name before a negated modal is a subject too', '[[Zach Parise|PERSON]] scored twice.\nThe team found its legs, and coach [[Bruce Boudreau|PERSON]] couldn\'t be happier. "They are getting better," he said.', ['Bruce Boudreau#1']],
      ['a participle of tweeting after a comma takes the sentence’s subject', '[[Boeing|ORG]] faced critics. [[Donald Trump|PERSON]] weighed in on Monday, tweeting “But what the hell do I know?”', ['Donald Trump#1']],
      ['`said study co-author Dr X`: a role in small letters and a title before the name that speaks', '“We already know that,” said study co-author Dr [[Milica Vasiljevic|PERSON]]. “And more,” said lead author Professor [[Kim Wu|PERSON]].', ['Milica Vasiljevic#1', 'Kim Wu#1']],
      ['`said economists at X`: no one named, their employer speaks', '“We expect two more hikes,” said economists at [[Goldman Sachs|ORG]] in a note.', ['Goldman Sachs#1']],
      ['an apposition holding a date with a full stop still leaves its name the subject a pronoun refers to', '“Yes,” said [[Diane Swonk|PERSON]].\n[[Trump|PERSON]], who takes office on Jan. 20, has promised to spend. “It will be great,” he told reporters.', ['Diane Swonk#1', 'Trump#1']],
      ['a lead-in ending in a colon quotes its subject', '[[De Miranda|PERSON]] evokes neon lighting in his introduction: “When we hear the word neon, an image pops into our heads.”', ['De Miranda#1']],
      ['a quote opening a headline’s line, then a person’s name and any verb, is the person’s', "'They\u2019re going to be huge' [[Amy Childs|PERSON]] thinks it is a band\n'They can f*** off': [[Bob Geldof|PERSON]] hits back at critics", ['Amy Childs#1', 'Bob Geldof#1']],
      ['`In X’s words, “…”`', 'In Dr. [[Shadlen|PERSON]]\'s words, "Could the moment the brain decides be tied to awareness of having decided?"', ['Shadlen#1']],
      ['`X mocked Y as the man who “…”`: X speaks', '[[Springsteen|PERSON]] mocked [[Bono|PERSON]] as the man who "single-handedly pioneered the Irish mullet".', ['Springsteen#1']],
      ['`“…,” said X`', '"This is the fundamental issue," said [[Xi|PERSON]].', ['Xi#1']],
      ['`“…?” X’s lawyer Y said` after X said something earlier: Y, named before the verb', 'Director [[Anurag Kashyap|PERSON]] said the film should not be delayed. "How can you go against the movie?" Mr [[Kashyap|PERSON]]\'s lawyer [[Mihir Desai|PERSON]] said. This is the second time.', ['Mihir Desai#1']],
      ['`“…,” said X’s lawyer Y` with no comma before the name: Y', '"We will appeal," said [[Smith|PERSON]]\'s lawyer [[John Doe|PERSON]] on Monday.', ['John Doe#1']],
      ['`X on Y: “…”`: a headline of a person and what they speak on, in sentence case', '[[Antonio Banderas|PERSON]] on his new girlfriend: "She is wonderful and I love her"\nForget fireworks.', ['Antonio Banderas#1']],
      ['`“…,” declared X’s singer Y`: the person who holds the role the possessive names', '"British music needs a kick," declared [[Kasabian|ORG]]\'s singer [[Tom Meighan|PERSON]].', ['Tom Meighan#1']],
      ['in a title-case headline the words ending it after a comma are those of the person it opens with, after a title', 'Senator [[Tim Scott|PERSON]] Shows His True Colors Over FBI Raid of Trump Home, ‘We Need to Let This Play Out’\nSteve Straub August 9, 2022 at 4:03pm', ['Tim Scott#1']],
      ['in a title-case headline the words after a colon are those of the person it opens with', '[[Joe Biden|PERSON]] Signs Health Legislation, Praises [[Jon Stewart|PERSON]] For Role In Passage: "We Owe You Big, Man"', ['Joe Biden#1']],
      ['a headline’s verb in title case before a quoted word attributes it: `Trump Talks "Retaliation"`', 'COVID-19: [[Trump|PERSON]] Talks "Retaliation" If India Rejects Export Of Key Drug', ['Trump#1']],
      ['`she said` after a man as subject: the woman named since', '[[John Smith|PERSON]] met [[Angela Merkel|PERSON]] in Berlin. "We agree on the main points," she said.', ['Angela Merkel#1']],
      [
        '`she said` after a man as subject, no woman named since: the latest named since whose name tells no gender, not a woman further back',
        '[[Judy Laterza|PERSON]] arranged it. [[John Smith|PERSON]] promoted [[Kelly|PERSON]] to the evening slot. "Roger Ailes," she responded.',
        ['Kelly#1'],
      ],
      ['`he said` after a man as subject: the man, though a woman was named since', '[[John Smith|PERSON]] met [[Angela Merkel|PERSON]] in Berlin. "We agree on the main points," he said.', ['John Smith#1']],
      ['a title tells the gender when the given name does not: `Mr X met Ms Y. "…," she said`', '[[Alexander Downer|PERSON]] spoke first. Mr [[Downer|PERSON]] then met Ms [[Reid|PERSON]] in Canberra. "It went well," she said.', ['Reid#1']],
      [
        'the document’s `he` after a name tells its gender when neither its title nor its given name does: `she said` is the woman named since, not him; a name with its possessive tells none',
        '"Bombs fell," said Dr. [[Walid Abu Hatab|PERSON]]. [[Abu Hatab|PERSON]] said he was able to help. He recounted it. One was [[Nesma Hajjaj|PERSON]]. "I am from Gaza City," she said.\nMs [[Idris|PERSON]] wrote. [[Sami Kadri|PERSON]]’s office called. He would go. [[Kadri|PERSON|Sami Kadri]] met her. "It went well," she said.',
        ['Walid Abu Hatab#1', 'Nesma Hajjaj#1', 'Kadri#1'],
      ],
      [
        '`he said` after a woman as subject, no one else named since but owners: the latest owner whose name tells no gender, not the woman',
        '[[Karen Brady|PERSON]] called it "derisory". She added: "He is not for sale." [[Savage|PERSON]]\'s future has been the source of speculation. "The crowd gave me a standing ovation," he said.',
        ['Karen Brady#1', 'Karen Brady#1', 'Savage#1'],
      ],
      ['a sign-off after a dash: `"…" — X, role`', '"This is a great day for the city." — [[Jane Doe|PERSON]], mayor of Springfield\n[[Tom Bell|PERSON]] agreed.', ['Jane Doe#1']],
      ['`said` + full name after a title-less inversion', '"It is a common task for all of us," stressed [[Kassym-Jomart Tokayev|PERSON]].', ['Kassym-Jomart Tokayev#1']],
      ['`X said, stressing that "…"` for every fragment', 'The foundation was laid by our peoples," [[Xi|PERSON]] said, stressing that "the door was opened by us," "the stories are ours" and "the future is ours."', ['Xi#1', 'Xi#1', 'Xi#1', 'Xi#1']],
      ['`according to X`', 'According to [[Tokayev|PERSON]], the country will develop “allied relations with Russia" and an "eternal partnership" with others.', ['Tokayev#1', 'Tokayev#1']],
      ['`ORG quoted X as saying`: the one quoted; `X was quoted in the paper as saying`: X, not the paper', '"He has been ripping people off," [[AP|ORG]] quoted prosecutor [[Russell McGuire|PERSON]] as saying.\n[[Scott Morrison|PERSON]] was quoted in [[The Australian|ORG]] as saying the plan was “out of touch”.', ['Russell McGuire#1', 'Scott Morrison#1']],
      ['`X simpered`, `he advised`: verbs of a manner of saying', '“What do I know about branding?” [[Trump|PERSON]] simpered in a tweet.\n“I would rebrand the plane,” he advised.', ['Trump#1', 'Trump#1']],
      ['`X, the U.S. commander, said: “…”`: an apposition with an abbreviation’s full stops is stepped over', '[[Robertson|PERSON]], the [[U.S.|PLACE]] commander, said: “The United States does not support forced relocation.”', ['Robertson#1']],
      ['`"…," he told Y. "…"`: who was told is no subject the next quote’s pronoun could mean', '[[Benioff|PERSON]] spoke.\n"I run my business on my phone," he told [[Cook|PERSON]]. "You guys have done such a good job."', ['Benioff#1', 'Benioff#1']],
      ['`X weighed in, telling Y, “…”`: who was told is no speaker', '"We all miss Steve so much," [[Benioff|PERSON]] weighed in, telling [[Cook|PERSON]], "since he passed, you have been so true to him."', ['Benioff#1', 'Benioff#1']],
      ['`X, an analyst at ORG, a …, told …`: the person whose role sets off the body speaks, not the body', '[[Ahmed Lamrani|PERSON]], an analyst at [[Stratfor|ORG]], a Texas-based intelligence organization, told [[Business Insider|ORG]] in October 2018 that [[MaT|ORG]] was "fairly secular by regional standards."', ['Ahmed Lamrani#1']],
      ['`X told …`', '“The talks went well and we hope to continue them,” [[Smith|PERSON]] told reporters on Monday.', ['Smith#1']],
      ['`X recalled that … “…”`', 'Prior to the vote, French Ambassador [[Jean Dupont|PERSON]] recalled that the declaration “lays out a single roadmap to peace”.', ['Jean Dupont#1']],
      ['`As President X said …, “…”`', 'As President [[Tokayev|PERSON]] said during his inauguration, “Kazakhstan will continue to pursue a balanced policy.”', ['Tokayev#1']],
      ['`X, 54, said` (apposition)', '"We will win," [[Smith|PERSON]], 54, said.', ['Smith#1']],
      ['`ORG spokesman X told Y`, then `he added`: X, not who was told', '"We believe the auction was illegal," [[Yukos|ORG]] spokesman [[Mike Lake|PERSON]] told [[Agence France Press|ORG]]. "It will be marketing a stolen product," he added.', ['Mike Lake#1', 'Mike Lake#1']],
      ['`X, which accuses … of “…”`: the relative pronoun’s antecedent speaks', '[[Zuckerberg|PERSON]] testified in a lawsuit with [[ZeniMax Media|ORG]], which accuses [[Oculus|ORG]] of "misappropriating" its code.', ['ZeniMax Media#1']],
      ['a long apposition between the name and `said`', '“The fact that nobody explored the hill before is a mystery,” [[Robin Rönnlund|PERSON]], PhD student in Classical Archaeology and Ancient History at the University of Gothenburg and leader of the fieldwork, said in a statement.', ['Robin Rönnlund#1']],
      ['`the airline said` is the airline just named, its nearest mention', 'Travellers avoided [[US Airways|ORG]] in May. [[US Airways|ORG]] had to cancel 65 flights. The airline said it was "embarrassed by the situation".', ['US Airways#2']],
      ['headline `X: "…"`', '[[Biden|PERSON]]: "We will not back down on this issue"', ['Biden#1']],
      ['`according to the ORG` after the quote', '“Sickness or weather” are thought to contribute, according to the [[Department of Conservation|ORG]].', ['Department of Conservation#1']],
      ['`the union said` is the guild or the federation just named, not one the quote names', 'The [[Writers Guild of America|ORG]] applauded the deal. "We\'re thrilled to see [[SAG-AFTRA|ORG]] members win a contract," the union said in a statement.', ['Writers Guild of America#1']],
      ['`the ministry said` is the department just named', 'Officials at the [[Department of Health|ORG]] met. "Hospitals are ready," the ministry said.', ['Department of Health#1']],
      ['`the company said` is the company just named', 'Shoppers like [[Whole Foods|ORG]]. The company said its new prices saved customers “hundreds of millions of dollars” this year.', ['Whole Foods#1']],
      ['`the organisation said` and `the watchdog said` are the organisation just named', 'The ruling was criticised by [[Reporters Without Borders|ORG]]. "The authorities are trying to make an example of him," the organisation said. Critics cited [[Ofcom|ORG]]. "It was wrong," the watchdog said.', ['Reporters Without Borders#1', 'Ofcom#1']],
      ['`The Minister for …, Senator X, said`: X holds the post, and `the Minister said` later is X', 'The Minister for Immigration, Local Government and Ethnic Affairs, Senator [[Robert Ray|PERSON]], said today that it was so.\n"Since 1945 we have accepted 450 000 refugees," the Minister said.', ['Robert Ray#1']],
      ['a titled name between commas before a plural noun is no subject', '[[Chris Evans|PERSON]] met the Minister for Foreign Affairs, Dr [[Hassan Wirajuda|PERSON]], representatives of the parliament and others.\n\'IOM is a major partner,\' the minister said.', ['Chris Evans#1']],
      ['`X states, “…”` (a verb also a noun, right before the quote)', 'In another tweet, [[Emery|PERSON]] states, “Incredibly, some people think so.”', ['Emery#1']],
      ['`X posted on Instagram: “…”`', '[[Smith|PERSON]] posted on Instagram: “Best day of my life with my family.”', ['Smith#1']],
      ['`as X put it`', 'The plan (“a disaster,” as [[Smith|PERSON]] put it) failed.', ['Smith#1']],
      ['`said X’s lawyer, Y` is Y', '“We will fight this in court,” said [[Smith|PERSON]]’s lawyer, [[John Doe|PERSON]].', ['John Doe#1']],
      ['`said ORG lawyer NAME` is the person', '"Anyone should be concerned about this ruling," said [[EFF|ORG]] lawyer [[Kurt Opsahl|PERSON]].', ['Kurt Opsahl#1']],
      ['`says ORG GM NAME`: a general manager’s initials after the club, then the person', '“Stephen has some substance now,” says [[Ravens|ORG]] GM [[Ozzie Newsome|PERSON]], another member.', ['Ozzie Newsome#1']],
      ['`said head coach of the men’s team, NAME`: a role without article, what it is of in small letters, a comma, then the one who holds it', '“It’s like Christmas morning for the kids,” said head coach of the men’s team, [[Dwayne Killings|PERSON]].', ['Dwayne Killings#1']],
      ['`said ORG Detective NAME`: a police rank after the body, then the officer who holds it', '“They were able to see the car,” said [[Miami-Dade Police|ORG]] Detective [[Alvaro Zabaleta|PERSON]].', ['Alvaro Zabaleta#1']],
      ['`explains ORG Team Leader NAME`: a role in capitals after the organisation, then the person who holds it', '"Hibernation has been proposed," explains [[SciSpacE|ORG]] Team Leader [[Jennifer Ngo-Anh|PERSON]].', ['Jennifer Ngo-Anh#1']],
      ['`NAME states on its annual report`: `states` before where it is written is a verb of saying', '“Companies keep an eye on growth,” [[J.D. Power|ORG]] states on its annual report.', ['J.D. Power#1']],
      ['`says ORG Co-Owner and Lead Planner NAME`: two roles in capitals joined by and, after a body read as a name, then the person who holds them', '“It is about meaning,” says [[Estera Events|PERSON]] Co-Owner and Lead Planner [[Erica Vanco|PERSON]].', ['Erica Vanco#1']],
      ['right after a quote `comments` and `notes` are verbs of saying', '"We worked on the spacecraft," comments [[Robin Biesbroek|PERSON]] of the [[CDF|ORG]].\n\n"It was hard," notes [[Jane Smith|PERSON]].', ['Robin Biesbroek#1', 'Jane Smith#1']],
      ['a colon lead-in quotes its subject, though the subject is a name set off by commas after a role', 'This year the panel chose five books. One fiction judge, [[Stewart O\'Nan|PERSON]], carried around a note written on a napkin that said: "I would hope that our caring more for the quality of a work makes us a friend of books." The award was given.', ["Stewart O'Nan#1"]],
      ['`The tweet from X magazine reads, “…”`: the message’s author speaks; a sign that reads names no one', 'The tweet from [[Vulture|ORG]] magazine reads, “#Hamilton Chicago show interrupted by angry supporter.” [[Emery|PERSON]] retweeted it. The sign on the door reads, “Closed until further notice because of the storm.”', ['Vulture#1', undefined]],
      ['a paragraph closing with a quote from a name, or in the words of a name, gives the next paragraph’s quote its speaker; a book by a name does not', 'In honor of my mom, I’m going to close with a quote from a beloved American author, [[Mark Twain|PERSON]].\n\n“Twenty years from now you will be more disappointed by the things that you didn’t do.”\n\nShe read a novel by [[Jane Austen|PERSON]].\n\n“Nothing is settled yet,” the teacher told the class on the last day.', ['Mark Twain#1', undefined]],
      ['a quote’s first paragraph, reopened in the next, takes its speaker by the mention nearest to it', 'At the event, Mr [[Porter|PERSON]] commended the work of the charity in the programme.\n\n“In the past five years, the programme has helped more than 1,000 young people.\n\n“This is a great example of what can be achieved,” Mr [[Porter|PERSON]] said. Other figures followed in the report, published by the department on its website for all to read.', ['Porter#1', 'Porter#2']],
      ['paragraphs of sentences with no marks, each signed on the line under it with a dash and a name, are their words (a review’s blurbs); a heading over a signature is not', '[[Luboku|PERSON]] takes off to astral new heights with his new EP, mixing vocals with electronics.\n– [[Michael Di Iorio|PERSON]], The Brag Magazine Editor, Writer\nFrom its synths to its melodies, [[Luboku|PERSON]] takes you on a journey to the far reaches of EDM.\n– [[Kyle Hughes|PERSON]], Writer\nOur picks\n– [[Augustus Welby|PERSON]], Writer', ['Michael Di Iorio#1', 'Kyle Hughes#1']],
      ['`X states the following:` closing a paragraph leads the quote of the next one', 'In an article titled ‘The EU is cheating with numbers’, [[Greta Thunberg|PERSON]] states the following:\n“One of humanity’s greatest threats is the belief that action is being taken.”', ['Greta Thunberg#1']],
      ['a quote that is its paragraph whole, signed on the next line with a dash and a name, is that one’s, whoever spoke before', 'Prince [[Andrew|PERSON]] said he was sorry.\n\n"$53 million a week is coming across the border in drugs."\n\n— [[David McKinley|PERSON]] on Sunday, October 13th, 2019 in an article', ['David McKinley#1']],
      ['`the X administration, which has spoken about "…"`: the name before the body’s kind and the relative pronoun speaks', 'Staff feared the [[Obama|PERSON]] administration, which has spoken about "the urgent imperatives of climate change."', ['Obama#1']],
      ['`said ORG chief economist, NAME` is the person too, the next quote theirs', '"So far the evidence suggests rates helped," said [[EEF|ORG]] chief economist, [[Steve Radley|PERSON]]. "However, the Bank should stand ready to cut rates."', ['Steve Radley#1', 'Steve Radley#1']],
      ['an organisation', '“We do not comment on rumours,” [[Acme Corp|ORG]] said in a statement.', ['Acme Corp#1']],
      ['a verb of saying in the passive names who is spoken of, not a speaker; `said X ahead of …` is X, the next quote too', '"All the chat is about how we will play," said [[Castaignede|PERSON]] ahead of the 12 March tie. "Everyone wants to see the sort of play we saw." [[Laporte|PERSON]] has been criticised for his tactics.', ['Castaignede#1', 'Castaignede#1']],
      ['a person named after a quote opening a line, the verb in the passive, is spoken of', '"We will win." [[Laporte|PERSON]] has been criticised by the press.', [undefined]],
      ['`…," said a report from ORG` is the body whose report it is', '"The market is largely fully valued," said a report from [[Kotak Institutional Equities|ORG]].', ['Kotak Institutional Equities#1']],
    ]);
  });

  describe('the subject of the quote’s sentence', () => {
    table([
      ['`X reaffirmed his “neutrality” … and stressed “…”`', 'Kazakh President [[Kasim Tokayev|PERSON]] reaffirmed Tuesday his “neutrality” in foreign policy, and stressed the importance of “unity and harmony” for the country.', ['Kasim Tokayev#1', 'Kasim Tokayev#1']],
      ['`X has used the occasion to assure that … “…”`', '[[Tokayev|PERSON]] has used the occasion to assure that the policy “will continue to be balanced and constructive” and has argued that neutrality “is in the national interest,” especially now.', ['Tokayev#1', 'Tokayev#1']],
      ['`X criticizes … and says tokens "…"`', 'Read:  Nobel laureate [[Ben Bernanke|PERSON]] criticizes crypto-currencies and says tokens "have not been shown to have any economic value"', ['Ben Bernanke#1']],
      ['a quote after `X underlined that …` in the same paragraph', '[[Borrell|PERSON]] underlined that the EU will support the peace process. "Of course, we will have to take into account the evolving situation."', ['Borrell#1']],
      ['a quote after `…, X said.` in the same paragraph', 'It is fundamental for the relations, [[Xi|PERSON]] said. "The country is unique in its history and culture."', ['Xi#1']],
      ['the subject past a relative clause set off by commas (`X, which regulates …, issued a statement warning that “…”`)', 'In a reflection of the confusion, the [[Electoral Commission|ORG]], which regulates campaign finances, issued a statement warning that “voters are entitled to transparency and integrity from campaigners in the lead-up to an election.”', ['Electoral Commission#1']],
      ['a country as subject names no speaker', '[[Kazakhstan|PLACE]] reaffirms its “neutrality” in foreign policy.', [undefined]],
    ]);
  });

  describe('pronouns and role nouns', () => {
    table([
      ['`he said` → the latest named subject', '[[Xi|PERSON]] stressed that the partners should not be rivals.\nWe must not erect barriers or create a chilling effect," he said.', ['Xi#1']],
      ['an object is no antecedent', '[[Tokayev|PERSON]] received [[Nguyen Hung|PERSON]], the chairman of the group.\n“We welcome your activity here,” he said.', ['Tokayev#1']],
      ['a teaser paragraph gives no antecedent', '[[Tokayev|PERSON]] spoke in the city.\nRead: [[Ben Bernanke|PERSON]] criticizes crypto-currencies\n“We do not need external enemies,” he has maintained.', ['Tokayev#1']],
      ['`the President said` → the latest person', '“It is a common task for all of us,” stressed [[Kassym-Jomart Tokayev|PERSON]].\nThe President stated that the country is interested.\n“It will be a historic moment for all of us,” the President said.', ['Kassym-Jomart Tokayev#1', 'Kassym-Jomart Tokayev#1']],
      ['`the Russian leader said` → the person titled Russian, not the latest one', 'Russian President [[Vladimir Putin|PERSON|Putin]] met Kazakh President [[Kassym Tokayev|PERSON|Tokayev]].\n[[Putin|PERSON|Putin]] arrived first, and [[Tokayev|PERSON|Tokayev]] spoke later.\n"We value this partnership a great deal," the Russian leader said.', ['Putin#1']],
      ['`said the Russian President` after `said Putin`', '‘A very good format,’ said [[Putin|PERSON]].\nHe noted that both countries have potential. "We enjoy good opportunities to meet our interests," said the Russian President.', ['Putin#1', 'Putin#1']],
      ['`according to him`', '[[Xi|PERSON]] spoke at the dinner.\nAccording to him, the relations are “built by the peoples”.', ['Xi#1']],
      ['`according to` a description with an acronym and an `and`, then the name: the speaker, and the antecedent of a later he', '[[Sizzla|PERSON]] toured. "The industry will work with the artists," according to media and PR strategist [[Glen Yearwood|PERSON]], who represents it. The industry would halt any attempt, he said. "We\'ll advise them."', ['Glen Yearwood#1', 'Glen Yearwood#1']],
      ['a name before a quote that is its predicate in the first person speaks; in the third person it is quoted about', 'Analysts doubted [[Delta|ORG]]. [[Comair|ORG]] "deeply regrets the inconvenience to all of our customers."\n[[Obama|PERSON]] arrived in New York. He said that [[Abbas|PERSON]] "has put aside efforts to shortcut the pursuit of peace."', ['Comair#1', 'Obama#1']],
      ['a name set off by commas after a title, before an auxiliary and its verb of saying, speaks', 'Ukraine is preparing a review.\nThe new President, [[Viktor Yushchenko|PERSON]], has said a "limited" list of companies is being drawn up.', ['Viktor Yushchenko#1']],
      ['a spokesman of no one named speaks for the organisation just written about as saying something', 'The mill was sold to [[Krivorizhstal|ORG]], which raised prices.\nOne of the jilted bidders, Netherlands-based group [[LNM|ORG]], said it welcomed the possibility.\n"If a new tender is issued, we would look at it with great interest," a spokesman told [[BBC News|ORG]].', ['LNM#1']],
      ['a person of a body named before the verb is its subject, the antecedent of a later he', '[[Ozzy Osbourne|PERSON]] was praised. Detective Inspector [[Paul Miller|PERSON]] of [[Thames Valley Police|ORG]] said it appeared a man used a ladder. "The burglar was disturbed by [[Ozzy|PERSON]] who tackled him," he said.', ['Paul Miller#1']],
      ['`X told Sir Y:` — the one told, titled, is no speaker', 'Talks stalled. Mr [[Thorpe|PERSON]] told Sir [[Edward|PERSON]]: "I am sorry this is obviously hell for you."', ['Thorpe#1']],
      ['in a headline the name right before the words says them', "[[Abbas|PERSON]] 'will not tolerate' attacks\n\nThe leader said so.", ['Abbas#1']],
      ['a headline’s words with no name before them are said by the subject of the speech the next paragraph reports', "EU arms ban 'to be lifted'\n\nThe embargo is likely to be lifted within months, UK Foreign Secretary [[Jack Straw|PERSON]] has said.", ['Jack Straw#1']],
      ['a name joined to `he and` is no antecedent; `X said he …` after a finished quote attributes other words', 'Conservative peer [[Lord Heseltine|PERSON]] said that despite their differences, he and [[Lord Callaghan|PERSON]] became friends. "You need a streak of determination," he said. "But I saw the other side of him." Tory leader [[Michael Howard|PERSON]] said he would be remembered with "affection and respect".', ['Lord Heseltine#1', 'Lord Heseltine#1', 'Michael Howard#1']],
      ['the person before `of` and a kind of body is the subject, past the body’s exclamation mark', 'Stars such as [[Sizzla|PERSON]] were targeted. [[Brett Lock|PERSON]] of gay group [[OutRage|ORG]]! said they were "wiping the slate clean".', ['Brett Lock#1']],
      ['a name set off by commas before its verb is a subject; a verb and a colon after a finished quote introduce the next one', 'The head of that tribunal, [[Kostas Panagopoulos|PERSON]], said it had not been proven. "The charge cannot be substantiated," he said. "In no way was he informed." His lawyer, [[Gregory Ioannidis|PERSON]], said: "The decision means he has been exonerated."', ['Kostas Panagopoulos#1', 'Kostas Panagopoulos#1', 'Gregory Ioannidis#1']],
      ['`according to the ORG’s Mr X` makes X the subject `he` goes back to, not a name inside the quote', '[[Yushchenko|PERSON]] told a conference it was stolen. A resale could triple the price, according to the [[Economist Intelligence Unit|ORG]]’s Mr [[Hensel|PERSON]]. But he warned of the easy route. "That way, Mr [[Yushchenko|PERSON]] can go to the public," he told reporters.', ['Hensel#1']],
    ]);
  });

  describe('which mention of the speaker', () => {
    table([
      // The gold takes the mention of that person nearest to the quote, before or after it.
      ['a later mention nearer than the antecedent', '[[Xi|PERSON]] spoke about the ties between the peoples of the two great countries at a long dinner.\nWe should build more bridges," he said.\n[[Xi|PERSON]] also stressed the role of youth.', ['Xi#2']],
      ['the antecedent when it is nearer', '[[Xi|PERSON]] spoke.\nWe should build more bridges," he said.\nThe rest of the article talks about other matters for a long while before naming him again.\n[[Xi|PERSON]] left.', ['Xi#1']],
      ['a multi-paragraph quote: the first part takes the speaker of the last', '“This is the first part of what I want to say.\n\n“And this is the end of it,” [[Smith|PERSON]] said.', ['Smith#1', 'Smith#1']],
      ['`X said:` ending the previous paragraph', 'Then [[Smith|PERSON]] said:\n“We will not give up on this goal whatever happens.”', ['Smith#1']],
    ]);
  });

  describe('institutions, titles and utterances over several quotes', () => {
    table([
      ['a quote going on over the lines of a text typed double-spaced: each line’s part is the speaker’s of its last', ' "Because of the unemployment position in Australia the \n\n migration program this year has been reduced to 80,000 people and we were expecting only about \n\n another 20,000 people," [[Mr. Cameron|PERSON]] said.', ['Mr. Cameron#1', 'Mr. Cameron#1', 'Mr. Cameron#1']],
      ['`an ORG spokesman told …:` is the organisation', 'But an [[FA|ORG]] spokesman told [[BBC Sport|ORG]]: "We are not taking action over him."', ['FA#1']],
      ['`X of ORG described … as "…"` is X', 'Analyst [[Nick Van den Brul|PERSON]] of [[BNP Paribas|ORG]] described the results as "pretty modest".', ['Nick Van den Brul#1']],
      [
        '`the Kazakh leader` is not the one just called `Russian President`',
        '[[Tokayev|PERSON]] spoke about Russia\nRussian President [[Vladimir Putin|PERSON]] is a statesman.\n"He understands our region," the Kazakh leader said.',
        ['Tokayev#1'],
      ],
      [
        'an owner (`President Tokayev’s speech`) is no antecedent; `the State Counselor` is a role',
        '[[Erlan Karin|PERSON]] said on Friday it was a milestone.\nThe Kazakh State Counselor said: "The speech was informative."\nIt will remain a priority, said [[Karin|PERSON]], citing President [[Tokayev|PERSON]]’s speech.\nHe said: "The Head of State denied rumors."',
        ['Erlan Karin#1', 'Karin#1'],
      ],
      ['`said Kazakh team captain X`: the people’s name is the role’s adjective', '“Every team is a serious opponent,” said Kazakh team captain [[Dias Doskarbayev|PERSON]].', ['Dias Doskarbayev#1']],
      ['an adverb between the speaker and the verb', '[[Netanyahu|PERSON]] strongly warned against making a “bad deal” during his address.', ['Netanyahu#1']],
      [
        '`X did … and told her:` is X, not a name set off by commas as an aside',
        '(During their first encounter, [[Luhn|PERSON]] says, [[Ailes|PERSON]] videotaped her in a garter belt and told her: “I am going to put the tape in a safe.”)',
        ['Ailes#1'],
      ],
      [
        '`she recalls him saying` after the quote: the one heard saying it, by the pronoun after the verb of memory',
        '[[Judy Laterza|PERSON]] invited her to meet [[Roger Ailes|PERSON]]. She suggested happy hour, but he demurred. “For a man in my position, it would have to be alone at a hotel,” she recalls him saying.',
        ['Roger Ailes#1'],
      ],
      ['`Y’s reply:` before the quote is Y, not the subject remembering it', '[[Judy Laterza|PERSON]] invited her to meet him. She remembers [[Roger Ailes|PERSON]]’s reply: “I’m a multifaceted man.” She left.', ['Roger Ailes#1']],
      ['`X told <ORG> (ACR) on Monday:` is X', 'Mr [[Blair|PERSON]] told the [[Parliamentary Labour Party|ORG]] ([[PLP|ORG]]) on Monday: "I know we are unified."', ['Blair#1']],
      [
        'a subject with an apposition is the antecedent of `she said`',
        'Correspondent [[Vicky Young|PERSON]] said a concession was likely. [[Shami Chakrabarti|PERSON]], director of the pressure group [[Liberty|ORG]], said it was not the issue. She said the law was "a travesty of justice".',
        ['Shami Chakrabarti#1'],
      ],
      ['`X told the ORG:` is X, not the paper told', 'Chairman [[Freddy Shepherd|PERSON]] told the [[Newcastle Evening Chronicle|ORG]]: "It is not about money."', ['Freddy Shepherd#1']],
      ['`…," a spokesman for the ORG said`', '"The review will begin next year," a spokesman for the [[Home Office|ORG]] said.', ['Home Office#1']],
      ['`says president X` (a title without article)', '“These concerns cannot be addressed,” says president [[David Weisbrot|PERSON]].', ['David Weisbrot#1']],
      [
        'BBC style `"A. "B," said X. "C.` then a paragraph reopened: one voice',
        '"We are not done with this matter yet. "We have looked at it," said [[Mourinho|PERSON]]. "If they ask me, I will tell them.\n"Maybe one day I will have the power to speak. "But I know the truth about that night."',
        ['Mourinho#1', 'Mourinho#1', 'Mourinho#1', 'Mourinho#1', 'Mourinho#1'],
      ],
      ['a first-person quote paragraph after a paragraph about one person is that person’s', 'But for [[Parata|PERSON]] and his family the deaths are personal.\n“It’s very emotional. We need to listen.”', ['Parata#1']],
      ['an indented quote paragraph (OCR text) goes on with the speaker before', ' [[West|PERSON]] told Parliament that the aim was met.\n\n "We have tried to balance the interests," he said.\n\n "We recognise the economy is in recession." Mr West also pointed out that it works.', ['West#1', 'West#1']],
      ['a hard-wrapped paragraph reporting speech gives the quote after it its voice, and so do a wrapped quote’s lines', '[[Jackie Kelly|PERSON]] said that she had spoken with [[Soccer|ORG]] \nofficials and was confident that they \nwould be approved.\n\n \u00a0\n\n “The way is open for them to \ngrant a permit. There is no reason \nfor that not to happen.\n\n \u00a0\n\n “It is important that they work within the rules.”', ['Jackie Kelly#1', 'Jackie Kelly#1']],
      ['a paragraph that is only a quote goes on with the speaker before', '"Children will see it differently," [[Obama|PERSON]] said.\n"There are going to be tensions that arise."', ['Obama#1', 'Obama#1']],
      ['where every attributed quote is one person’s, a quoted sentence in the first person amid narration is theirs; a quoted phrase or a sentence with no first person is no one’s', '"Television has been the driving force," Mr [[Dein|PERSON]] said. "We must monitor the product," he added.\n\nThe club is funding its move through sponsors. It is looking to markets in [[Asia|PLACE]]. "We have two executives travelling round the world at the moment." The club calls it "a very good product". "Attendances are falling across the whole league."', ['Dein#1', 'Dein#1', 'Dein#1', undefined, undefined]],
      ['where every attributed quote is one person’s, a paragraph opening with a bare quote is theirs, though narration came between; the nearest mention', '“We sent a strong message,” Mr [[Anderson|PERSON]] said.\n\nAt the same time, the country has made great strides.\n\n“The decision proves that the system can work.”\n\nMr [[Anderson|PERSON]] has also unveiled a package.\n\n“The measures included $100 million,” he said.\n\n“Things are on the improve.”', ['Anderson#1', 'Anderson#2', 'Anderson#2', 'Anderson#2']],
      ['with two voices in the document, a bare quote after narration stays without a speaker', '“We sent a strong message,” [[Anderson|PERSON]] said.\n\n“We disagree,” [[Crean|PERSON]] said.\n\nAt the same time, the country has made great strides.\n\n“The decision proves that the system can work.”', ['Anderson#1', 'Crean#1', undefined]],
      ['an unnamed spokesperson for a body speaks for it: a later she said means the body while no one else is named', 'Workers are not aiming to disrupt travel, a spokeswoman for the [[Service Employees International Union|ORG]] said last week.\n"They do want to gain public support," she said.', ['Service Employees International Union#1']],
      ['a quote left open goes on past photo captions ending in their credits to the paragraph that reopens it, in the same voice', '[[Cheuk Hau-yip|PERSON]], the commander, said: “These rioters are criminals.\nChina has warned it will act (Image: GETTY )\nThe protests kicked off in June (Image: GETTY )\n“Other than coming out to surrender, I don’t see any option for them.”', ['Cheuk Hau-yip#1', 'Cheuk Hau-yip#1']],
      ['a photo caption between does not interrupt the voice', '"Greed is hurting the whales," says [[Parata|PERSON]].\nThe farm where he was born\n"We are having to put up with a lot."', ['Parata#1', 'Parata#1']],
      ['a sentence between does', '"Greed is hurting the whales," says [[Parata|PERSON]].\nThe farm is where he was born.\n"We are having to put up with a lot."', ['Parata#1', undefined]],
      ['… or with the person whose words the paragraph before reported', '[[Obama|PERSON]] arrived.\nThe president also admitted that governments must do better.\n"Well, they are not ideal institutions."', ['Obama#1']],
      [
        '`…facts." X added that …` opens the next sentence: not the attribution',
        '[[Hackett|PERSON]] arrived. "I am hoping he might reconsider," said [[Hackett|PERSON]]. "Mr Smith should look at the facts." [[Mourinho|PERSON]] added that the match was fine.',
        ['Hackett#2', 'Hackett#2'],
      ],
      [
        'a quote a colon led in that ends its sentence is the lead-in’s; a name and its verb after it open a sentence of their own',
        'Before riding out, former minister [[Kate Hoey|PERSON]] told crowds: "We will prevail and this law will be overturned." [[Judith Moritz|PERSON]], in [[Melton Mowbray|PLACE]], said activists were out. "It was quiet," said [[Judith Moritz|PERSON]].',
        ['Kate Hoey#1', 'Judith Moritz#2'],
      ],
      [
        '`…say." X said if …` reports other words in a sentence of its own: the quote stays in the voice before it',
        'Chief executive [[Simon Hart|PERSON]] said: "There has been hunting for 700 years." "It will be a temporary break, as broadcasters say." [[Conservative|NORP]] family spokeswoman [[Theresa May|PERSON]] said if the party was in government it would act.',
        ['Simon Hart#1', 'Simon Hart#1'],
      ],
      [
        '`…penny." X lamented two years …` opens the next sentence too: the quote goes on in the voice before it',
        '[[Sharon|PERSON]] was angry. "I came from Brixton," she said. "I worked for every penny." [[Ozzy|PERSON]] also lamented two years of trouble.',
        ['Sharon#1', 'Sharon#1'],
      ],
      ['`it said` is the organisation that acted last, not the last one named', 'The [[Food Standards Agency|ORG]] warned people about products that contained [[DNP|ORG]].\n“We advise the public not to take any tablets,” it said in a statement.', ['Food Standards Agency#1']],
      ['`The leader of ORG, X, condemned …, saying that …` is X', 'The leader of [[Ennahda|ORG]], [[Rachid Ghannouchi|PERSON]], condemned the attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution.”', ['Rachid Ghannouchi#1']],
      ['`posted to ORG asking …` is the sentence’s subject', 'Staff writer [[David Emery|PERSON]] posted to [[Twitter|ORG]] asking if there were “any un-angry supporters?”', ['David Emery#1']],
      ['`X, whose …, said he had wondered …` is X, not the last person before', '[[Christine Rush|PERSON]] spoke first. [[Irons|PERSON]], whose film is in competition for the festival’s awards, said he had wondered whether to come. "I questioned whether I should come when such a tragedy had happened."', ['Irons#1']],
      ['`X said on Twitter: "…"`: where it was said is no speaker', 'Health consultant [[Bill Bowtell|PERSON]] said on [[Twitter|ORG]]: "This ad should be taken off air."', ['Bill Bowtell#1']],
      ['`"…," Prof X said. "…"`: the next quote goes on in the voice of the title and a name ending in -ly', '"It is only running in [[Sydney|PLACE]]," Prof [[Kelly|PERSON]] said. "It is meant to be graphic."', ['Kelly#1', 'Kelly#1']],
      ['`The feminist writer said … "…"`: a person’s role is the latest person speaking', '[[Greer|PERSON]] walked out, [[Greer|PERSON]] said. The feminist writer said the show had behaved "like a child rather than a parent".', ['Greer#2']],
      ['`X sent Y his "…", saying: "…"`: the sentence’s subject says both, not the one he sent them to', 'Earlier Tory leader [[Michael Howard|PERSON]] sent Mr [[Bush|PERSON]] his "warmest congratulations", saying: "We look to the president to be a unifying force."', ['Michael Howard#1', 'Michael Howard#1']],
      ['`X can be heard saying that … "…"`: a modal and be before the verb', 'In an audio recording, [[Clinton|PERSON]] can be heard saying that the attacks were ordered by [[Putin|PERSON]] "because he has a personal beef against me."', ['Clinton#1']],
      ['`"…", X of the Netherlands’ ORG writes`: the person, not where he works', '“These findings could be significant" for revising standards, [[Joost van Hoof|PERSON]] of the Netherlands’ [[Fontys University|ORG]] writes in an article.', ['Joost van Hoof#1']],
      ['a paragraph that is only a quote after one naming three people: the one the quote does not speak of', 'Mr [[Ruddock|PERSON]] also congratulated Mr [[Julian Block|PERSON]] and Professor [[Graham Johnston|PERSON]] on their appointments.\n“The Tribunal is fortunate to retain Mr [[Block|PERSON|Julian Block]] and Professor [[Johnston|PERSON|Graham Johnston]] as they have shown their dedication.”', ['Ruddock#1']],
      ['`X confirms rumors that Y punched him, but he …` then `"…," he says`: the sentence’s subject, not the one in its clause after that', '[[Gosling|PERSON]] also confirms rumors that [[Ford|PERSON]] punched him on set, but he downplays it. "It was kind of a rite of passage," he says.', ['Gosling#1']],
      ['`“Taylor and I …,” she wrote`: one the quote names beside I is spoken of, no speaker; the subject before them is', '[[Gaga|PERSON|Lady Gaga]] shared a photo. [[Gaga|PERSON|Lady Gaga]] and [[Kinney|PERSON|Taylor Kinney]] ended their engagement in July. “Taylor and I have always believed we are soulmates,” she wrote on Instagram.', ['Gaga#2']],
      ['words in the first person finishing a sentence about one person are theirs (or the pronoun’s); not where two people are named before them', 'Working on the film allowed [[Gosling|PERSON]] to "do the dances I wish I had learnt." Later he got to "sing like I always wanted." [[Ford|PERSON]] hit [[Gosling|PERSON]] hard to "make me look like I was really hurt in the big fight scene."', ['Gosling#1', 'Gosling#2', undefined]],
      ['`X On Why Y Won: ‘…’`: the person a headline opens with speaks on what follows on, a name in it too, after a teaser card’s section and date', 'Opinion 2016-12-13 [[Bernie|PERSON]] On Why [[Trump|PERSON]] Won: ‘There’s A Lot Of Pain In This Country’ [Opinion]', ['Bernie#1']],
      ['`The 56-year-old said: "…"`: someone by their age is the person written about, not the club named', '[[Mourinho|PERSON]] was appointed by [[Tottenham|ORG]] last night.\nThe 56-year-old said after his appointment: "I am excited to be joining such a club."', ['Mourinho#1']],
      ['`the American said: "…"`, `said the Australian`: one of a people is the person written about, not the chairman named just before', 'World number one [[Lindsay Davenport|PERSON]] criticised Wimbledon.\nReacting to a comment by chairman [[Tim Phillips|PERSON]], the [[American|NORP]] said: "I think it is insulting."\n"We need equal pay," said the [[Australian|NORP]] later.', ['Lindsay Davenport#1', 'Lindsay Davenport#1']],
      ['`"…," noted Maryland-based lawyer X`: where the one described is based opens the description', '“Amazon has avoided being liable for years,” noted [[Maryland|PLACE]]-based product liability lawyer [[Jim Dunham|PERSON]] in an interview.', ['Jim Dunham#1']],
      ['`"…," the acting U.S. attorney for Massachusetts said`: a prosecutor by the district after `for`, initials among the role’s words, is the one named so before', 'Acting [[U.S.|PLACE]] Attorney for [[Massachusetts|PLACE]] [[Joshua Levy|PERSON]] spoke.\n“This ring was built on secrecy,” the acting [[U.S.|PLACE]] attorney for [[Massachusetts|PLACE]] said.', ['Joshua Levy#1']],
      ['`X, the U.S. commander, said: "…"`: a role set off by commas after a name is the name’s, not the last speaker’s', '“We stay in the camp,” [[Simpson|PERSON]] said.\n[[Robertson|PERSON]], the [[U.S.|PLACE]] commander, said: “We do not support forced relocations.”', ['Simpson#1', 'Robertson#1']],
      ['`the ex-Wallaby added: "…"`: a former member is the person written about, not the side', '[[Campese|PERSON]] spoke first. And the ex-[[Wallaby|ORG]] added: "If England lost that, they would be in turmoil."', ['Campese#1']],
      ['`The feminist writer and broadcaster said … "…"`: a person’s role joined to a body’s word is a person’s', '[[Greer|PERSON]] walked out, [[Greer|PERSON]] said. The feminist writer and broadcaster said the show had behaved "like a child rather than a parent".', ['Greer#2']],
      ['`X from ORG told … . "…"`: the person before from speaks, not where he works', '[[Matthew Herren|PERSON]] from [[EduVision|ORG]] told the BBC how the organisation uses handheld computers. "The slates connect via a wireless connection to a base station."', ['Matthew Herren#1']],
      ['`X described … "…," as ORG’s Y reported`: the reporter after as, past the owner’s possessive', 'One witness, [[Felicia Sanders|PERSON]], described hiding and "cowering with her granddaughter, and feeling the blood of her son," as [[NPR|ORG]]\'s [[Debbie Elliot|PERSON]] reported.', ['Debbie Elliot#1']],
      ['`the Conservative MP said: "…"`: a member of parliament by the role is the one written about', '[[Chris Grayling|PERSON]] warned of job cuts.\nSpeaking in the Commons, the [[Conservative|NORP]] MP said: “It does not need to be like this.”', ['Chris Grayling#1']],
      ['`"…," the zoo said`: a zoo, as a kind of body, is the one the document names', 'The mother of the [[Oakland Zoo|ORG]]’s pack was euthanized.\nShe gave birth and “the pack has enjoyed their habitat,” the zoo said.', ['Oakland Zoo#1']],
      ['`"…," said X. "…" Y told a radio station: "…"`: the quote before a listener running on to a colon is still X’s', '"We have completed the search," said [[Florentino Perez|PERSON]]. "The best thing is to put this behind us." Midfielder [[Guti|PERSON]] told private radio station [[Cadena Ser|ORG]]: "I have never seen this before."', ['Florentino Perez#1', 'Florentino Perez#1', 'Guti#1']],
      ['`Gov. X (D) told ORG that it’s "…"`: a party’s initials in brackets stand between the name and its verb', 'New Jersey Gov. [[Phil Murphy|PERSON]] (D) told [[The Washington Post|ORG]] that it\'s "an enormous job, incredibly complex, that she\'s done really well."', ['Phil Murphy#1']],
      ['`He confided to his journal, “…”`: confiding is saying', '[[Tony Schwartz|PERSON]] shadowed the mogul for months. He confided to his journal, “the book will be far more successful if he is a sympathetic character.”', ['Tony Schwartz#1']],
      ['a pull quote set apart, naming no one, is the speaker’s whose attributed quote holds its words, whoever spoke before it', '“I am not a crook,” [[Richard Nixon|PERSON]] said.\n“I put lipstick on a pig.”\nIn 2016 [[Schwartz|PERSON]] disavowed the book. “I put lipstick on a pig,” he told [[Jane Mayer|PERSON]].', ['Richard Nixon#1', 'Schwartz#1', 'Schwartz#1']],
      ['`The ORG report states: “…”`: the body whose report it is', 'The [[IPCC|ORG]] report states: “In model pathways, emissions decline by about 45% by 2030.”', ['IPCC#1']],
      ['`“…,” zoo officials said`: a kind of body’s staff, no one named, speak for the body of that kind', 'Siskiyou came to [[Oakland Zoo|ORG]] in 2017 from [[Montana|PLACE]].\n“Our hearts are with sweet Siskiyou,” zoo officials said.', ['Oakland Zoo#1']],
      ['`X, role, highlights that “…”`: `highlights` before `that` is a verb of saying', '[[Paul Verhagen|PERSON]], deputy general manager of [[Iberojet|ORG]], highlights that “one of the fundamental pillars has been comfort.”', ['Paul Verhagen#1']],
      ['`“…,” X, Director of ORG.`: a quote going on at its comma, then a name and its role ending the sentence, the verb lost', '“Our agents continue to interdict unlawful people in our waters,” [[Augusto Reyes|PERSON]], Director of the [[Caribbean Air and Marine Branch|ORG]].', ['Augusto Reyes#1']],
      ['`says certified personal trainer X.`, `as noted by registered dietitian Y.`: the one named after the role is the subject a pronoun after the quote stands for; not the one `asked` something', 'It helps, says certified personal trainer [[Sergio Pedemonte|PERSON]]. "Healthy aging," he told [[The List|ORG]].\nOne thing is sure, as noted by registered dietitian [[Trista Best|PERSON]]. "You will be nourished," she told [[The List|ORG]].\n[[Mr Scott|PERSON]] said he had asked leading epidemiologist [[Terry Dwyer|PERSON]] to chair it. "He is the head of the centre," he said.', ['Sergio Pedemonte#1', 'Trista Best#1', 'Mr Scott#1']],
      ['`said theCUBE’s X`: after an owner read as no name, the person named after its possessive speaks', '“Google Cloud has led for a long time,” said theCUBE’s [[Savannah Peterson|PERSON]].', ['Savannah Peterson#1']],
      ['`“…,” shared X`: `shared` after a quote is a verb of saying', '“The [[WFZO|ORG]] will be launching a major global alliance,” shared Mr. [[Scott|PERSON]].', ['Scott#1']],
      ['`says ORG Role Role X`: the person holding the role speaks, not the body', '"We want to thank [[Atlantis|ORG]]," says [[Baark|ORG]] Volunteer Coordinator [[Bonnie Young|PERSON]], adding more.', ['Bonnie Young#1']],
      ['`her mother, X, said`', '“The drug was in her system, there was no antidote,” her mother, [[Fiona|PERSON]], said in a statement.', ['Fiona#1']],
      ['a heading that opens with a person’s name and post, over a picture’s caption, names who says the quotes under it', '[[Richard Hayden|PERSON]], Senior Director of Horticulture at the [[High Line|PLACE]]:\nAbove: Jasper at the Turtle Pond. Photograph by [[Richard Hayden|PERSON]].\n“I stay sane by starting my day with a walk.”\nAbove: Seed heads on the [[High Line|PLACE]].\n“One thing everyone could do is embrace the beauty in decay.”', ['Richard Hayden#2', 'Richard Hayden#2']],
      ['`said ORG three-word role X` and a role glued to the name: the person holding the role speaks', '“Machine learning is changing every industry,” said [[MIT|ORG]] computer science professor [[Aleksander Madry|PERSON]]. “Most parts of AI are done,” said [[MIT Sloan|ORG]] professor[[Thomas W. Malone|PERSON]].', ['Aleksander Madry#1', 'Thomas W. Malone#1']],
      ['`“…,” X, role of ORG told us`: an apposition whose closing comma was left out is stepped over', '“It’s a complicated category,” [[Callan Spicher|PERSON]], vice president of [[Spicher’s Appliance & Security|ORG]] told us during a call.', ['Callan Spicher#1']],
      ['`he confesses` and `as X puts it` are verbs of saying', '[[Levin|PERSON]] spoke. “It was a slow rollout,” he confesses.\nAs [[Calvo|PERSON]] puts it, “Plants have to plan ahead.”', ['Levin#1', 'Calvo#1']],
    ]);
  });

  describe('no speaker rather than a wrong one', () => {
    table([
      ['the named speaker is missing from the entities', '[[Jones|PERSON]] arrived.\n“We do not need external enemies,” Smith said.', [undefined]],
      ['a pronoun with no antecedent', '“We do not need external enemies,” he said.', [undefined]],
      ['a quote paragraph after a paragraph naming two people', '[[Jones|PERSON]] met [[Smith|PERSON]] on Monday.\n“It’s very emotional. We need to listen.”', [undefined]],
      ['a quote paragraph in no one’s first person after a paragraph about one person', '[[Jones|PERSON]] arrived on Monday.\n“The sea is changing fast.”', [undefined]],
      ['`said X’s lawyer` with no name: not X', '“We will fight this in court,” said [[Smith|PERSON]]’s lawyer.', [undefined]],
      ['`a source close to X told`: not X', '“It’s a scandal,” a source close to [[Smith|PERSON]] told the paper.', [undefined]],
      ['a quote closed by a full stop, then a name and its role: no speaker there', '[[Jones|PERSON]] met [[Smith|PERSON]].\n“We stay here.” [[Augusto Reyes|PERSON]], Director of the [[Caribbean Air and Marine Branch|ORG]].', [undefined]],
      ['a heading that is a sentence with a verb names no speaker by its first name', '[[Richard Hayden|PERSON]] was there, and [[Smith|PERSON]] is too:\n“We all stayed.”', [undefined]],
      ['`his spokesman said`', '[[Jones|PERSON]] arrived.\n“We do not comment,” his spokesman said.', [undefined]],
      ['someone the text does not name (`the patient described`), and the quote after that goes on in that voice, though every named quote is one person’s', '“I could only manage two stairs at a time,” the patient described in the report. “I was signed off work.”\nDr [[Dempsey|PERSON]] saw him. “It happens more than we realise,” [[Dempsey|PERSON]] said. “That way they may uncover things,” [[Dempsey|PERSON]] said.', [undefined, undefined, 'Dempsey#2', 'Dempsey#3']],
    ]);
  });
});
