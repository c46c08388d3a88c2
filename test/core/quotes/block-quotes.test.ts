import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';
import { blockQuoteParagraphs } from '../../../server/src/core/quotes/block-quotes';

/** Block quotes whose marks were lost with a scraped page's layout. */
describe('block quotes', () => {
  const report = 'A key approach is building a long-term relationship with your target, [[Zuckerberg|PERSON]] said at the trial.';
  const block = 'I have been building relationships for years with the founders, so that when it was time to move we had a good amount of context.';

  it('a first-person paragraph with no marks after reported speech is a quote, unmarked, in the reported voice', () => {
    const { views } = quotesOf(`${report}\n${block}\nHe also stressed the need to share a vision.`);
    assert.deepEqual(views, [{ text: block, unmarked: true, speaker: 'Zuckerberg#1' }]);
  });

  it('runs over two such paragraphs in a row', () => {
    assert.deepEqual(blockQuoteParagraphs([report, block, 'We felt we could move fast and we did, and that was the reason the deal was done.']), new Set([1, 2]));
  });

  it('goes on over a line of code and a few paragraphs without the first person between two with it, and ends with the narration', () => {
    const lead = 'The developer released attack code he said crashes any server running the game, and explained how it works.';
    const first = 'The flaw comes from the fact that the client may send the server data about its slots, which lets us build a packet that is hard to read.';
    const code = 'root: { list: [ list: [ ] ] }';
    const middle = 'The root of the object holds three hundred lists, and each list holds ten more, five levels down in all.';
    const second = 'These were the fixes that I recommended to the company two years ago, and nothing was done about them.';
    const narration = 'The company has been asked for comment and this story will be updated if its officials respond to it.';
    assert.deepEqual(blockQuoteParagraphs([lead, first, code, middle, second, narration]), new Set([1, 3, 4]));
  });

  it('a paragraph ending with a comma after a verb of saying leads one paragraph quoted after it, ending in brackets too; the narration takes up after it', () => {
    const lead = 'One superstition is that truth is relative. As the philosopher [[Thomas Nagel|PERSON]] says in The Last Word (Oxford University Press, 1997),';
    const quoted = 'A vulgar version of this skepticism about reason is epidemic in the weaker regions of our culture. (The idea that everything is constructed belongs to the same family.)';
    const { views } = quotesOf(`${lead}\n${quoted}\nNagel presents a deep criticism of the relativist view in his book.`);
    assert.deepEqual(views, [{ text: quoted, unmarked: true, speaker: 'Thomas Nagel#1' }]);
  });

  it('`Someone else wrote:` and `Here’s the full statement:` name no one but lead one paragraph, however short; a comment’s header with its date leads none', () => {
    const short = quotesOf('The commentary section follows.\nSomeone else wrote:\nHave you considered changing distributions?\nYes, every single time I try something new.').views;
    assert.deepEqual(short.map((v) => v.text), ['Have you considered changing distributions?']);
    const statement = quotesOf('The company has offered an official comment.\nHere’s the full statement:\nThe company is aware of certain press reports published today with respect to a possible offer.\nIn all, it looks like the rumors amounted to no more than speculation.').views;
    assert.deepEqual(statement.map((v) => v.text), ['The company is aware of certain press reports published today with respect to a possible offer.']);
    assert.deepEqual(quotesOf('Jamie Cassidy on November 15, 2018 at 10:12 am said:\nThis really fills in a gap in the architecture of the whole ecosystem of charities.').views, []);
  });

  it('`Here’s the full statement:` after a body and a person were named is the body’s statement', () => {
    const { views } = quotesOf('After [[Mark Zuckerberg|PERSON]] spoke, rumours spread that [[Blackberry|ORG]] would be sold.\nHere’s the full statement:\nThe company is aware of certain press reports published today with respect to a possible offer.\nIn all, it looks like the rumors amounted to no more than speculation.');
    assert.deepEqual(views.map((v) => v.speaker), ['Blackberry#1']);
  });

  it('a page’s widgets (more than two short lines) end the run', () => {
    assert.deepEqual(blockQuoteParagraphs([report, 'Sign in', 'Report', 'Cancel', 'We will promote constructive and witty comments to the top, so everyone sees them!']), new Set());
  });

  it('not in a document written in the first person (a column)', () => {
    const column = 'I have covered this minister for ten years and I have never seen him this rattled by a question.';
    assert.deepEqual(blockQuoteParagraphs([column, report, block]), new Set());
  });

  it('not a short line, nor a paragraph with marks or its own verb of saying', () => {
    assert.deepEqual(blockQuoteParagraphs([report, 'We are hiring today.']), new Set());
    assert.deepEqual(blockQuoteParagraphs([report, '"I have been building relationships for years with the founders of these companies," he said.']), new Set());
    assert.deepEqual(blockQuoteParagraphs([report, 'We were told by officials that the talks had gone on for years with the founders of the companies.']), new Set());
  });

  it('after `X wrote in a blog post:`, the paragraphs with no mark are the post, until the narration resumes', () => {
    const doc = 'Security researcher [[Ammar Askar|PERSON]] wrote in a blog post:\nThe server attempts to decompress the packet and runs out of memory.\nThe attack can be launched by anyone with a copy of the client.\n[[Mojang|ORG]] said it fixed the flaw.\nThe flaw had been known for two years before that.';
    const { views } = quotesOf(doc);
    assert.deepEqual(views.map((v) => [v.text.slice(0, 20), v.unmarked, v.speaker]), [
      ['The server attempts ', true, 'Ammar Askar#1'],
      ['The attack can be la', true, 'Ammar Askar#1'],
    ]);
  });

  it('after `X wrote:`, a paragraph whose verbs of saying are the writer’s own, in the present or to come, goes on with the letter; narration in the past ends it', () => {
    const lead = 'By way of introduction Mr Robertson wrote:';
    const urge = 'Given the current debate I urge Labor Members of Parliament to support the following statement. Please inform my office if you support it.';
    const inform = 'We will keep your support confidential until such time as we get a critical mass. We will also inform Members prior to any proposed release of names.';
    assert.deepEqual(blockQuoteParagraphs([lead, urge, inform]), new Set([1, 2]));
    assert.deepEqual(blockQuoteParagraphs([lead, urge, 'While I replied to this email, I received no response, and no one answered my questions.']), new Set([1]));
    assert.deepEqual(blockQuoteParagraphs([lead, urge, 'The party that refuses to criticize its leader has lost the argument over detention.']), new Set([1]));
  });

  it('a colon whose own sentence has no verb of saying opens no quotation, even after a quote in the paragraph', () => {
    assert.deepEqual(blockQuoteParagraphs(['"It is crucial," he said. Points raised in the report included:', ' - No proposals to increase supply should be taken forward without evidence.']), new Set());
  });

  it('a colon whose last clause has no verb of saying opens no quotation, though a clause before it reports someone', () => {
    assert.deepEqual(blockQuoteParagraphs(['While the tweet shown above claimed that she is rich, other users have offered differing estimates of her net worth:', 'One possible explanation for the discrepancies in this claim is that there is no credible evidence for the estimates.']), new Set());
    assert.deepEqual(blockQuoteParagraphs(['In a statement on Friday, the company wrote:', 'The server attempts to decompress the packet and runs out of memory.']), new Set([1]));
  });

  it('a colon after no verb of saying opens no quotation', () => {
    assert.deepEqual(blockQuoteParagraphs(['Here is what you need to know about the flaw:', 'The server attempts to decompress the packet and runs out of memory.']), new Set());
  });

  it('a colon after a verb of saying with no one who speaks (`ask yourself these questions:`) opens no quotation', () => {
    const { views } = quotesOf('Now ask yourself these three questions as you go through both lists:\nWhen was the last time I used this thing at home?\nWhen will I use this again in the coming months?');
    assert.deepEqual(views, []);
  });

  it('in a transcript, whose turns open with the speakers’ names in capitals, no first-person paragraph is a block quote', () => {
    const turns = [
      'Swimming greats say the cut is a shame, and some of them said so to the program this week.',
      'REPORTER: Former champions said the cut would hurt the sport badly, and one of them told the program why.',
      'JON SIEBEN: It is a shame that funding has been cut, but I don’t think it is the end of the world for us.',
      'I think they can still produce many, many champions, and there have been years with a lot less funding.',
      'REPORTER: Wasted money is a shared concern of another Olympian, who won gold in the relay in Sydney.',
    ];
    assert.deepEqual(blockQuoteParagraphs(turns), new Set());
    assert.deepEqual(blockQuoteParagraphs(turns.map((t) => t.replace(/^[A-Z ]+: /, ''))), new Set([2, 3]));
  });

  it('a web form’s instruction in the first person after reported speech is the page’s, no block quote', () => {
    assert.deepEqual(blockQuoteParagraphs(['“The ransomware is spreading fast, and we expect more victims soon,” the researcher told reporters on Monday.', 'Save my name, email, and website in this browser for the next time I comment.']), new Set());
  });
});
