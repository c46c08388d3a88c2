/**
 * Heads of state and government, of today and of history, whom news anywhere names by the surname alone, with the
 * full name a reader knows them by: general world knowledge, like the country, acronym and
 * known-organisation tables. A document's or the workspace's own fuller form comes first;
 * these only say that the lone surname is a person, and whom it names when nothing else does.
 */
const TABLE: readonly [string, string][] = [
  ['Trump', 'Donald Trump'],
  ['Obama', 'Barack Obama'],
  ['Biden', 'Joe Biden'],
  ['Putin', 'Vladimir Putin'],
  ['Netanyahu', 'Benjamin Netanyahu'],
  ['Modi', 'Narendra Modi'],
  ['Merkel', 'Angela Merkel'],
  ['Macron', 'Emmanuel Macron'],
  ['Zelensky', 'Volodymyr Zelensky'],
  ['Zelenskyy', 'Volodymyr Zelenskyy'],
  ['Erdogan', 'Recep Tayyip Erdogan'],
  ['Erdoğan', 'Recep Tayyip Erdoğan'],
  ['Trudeau', 'Justin Trudeau'],
  ['Bolsonaro', 'Jair Bolsonaro'],
  // Leaders of the past named by the surname alone wherever history is told.
  ['Hitler', 'Adolf Hitler'],
  ['Stalin', 'Joseph Stalin'],
  ['Mussolini', 'Benito Mussolini'],
  ['Churchill', 'Winston Churchill'],
  ['Mao', 'Mao Zedong'],
];

const FULL = new Map(TABLE);

/** The full name of the well-known person `surname` names alone, if it is one. */
export function famousFullName(surname: string): string | undefined {
  return FULL.get(surname);
}
