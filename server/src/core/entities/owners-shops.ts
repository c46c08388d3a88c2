/**
 * `Marlee’s Lemonade`, `Gracie's Tax Bar`, `Murray's Pizza and Wine`, `Spicher’s Appliance & Security`: a name, its
 * possessive and capitalised words with a shop's, a bar's or a kitchen's word among them name one business, not the
 * person it is named after and a thing.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

/** The words of what a small business sells or is. */
const SHOP_WORDS = new Set(
  `bar bars grill kitchen cafe café bakery bakeshop pizza pizzeria diner pub tavern saloon deli delicatessen restaurant
  lounge salon spa shop store market brewery brewing coffee popcorn lemonade tacos taqueria bbq barbecue burgers donuts
  doughnuts bagels creamery cleaners garage appliance appliances hardware furniture jewelers jewellers pharmacy boutique
  emporium seafood steakhouse smokehouse roadhouse chophouse cantina catering bistro trattoria cupcakes sandwiches
  noodles sushi ramen`.split(/\s+/).filter(Boolean),
);

/** An owner's name of one to three capitalised words, the possessive, then up to six capitalised words (`and`, `&` between). */
const OWNED_SHOP = /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{Ll}.]*|\p{Lu}\.)(?: \p{Lu}[\p{Ll}.]*){0,2})['’]s((?: (?:\p{Lu}[\p{L}-]*|&|and)){1,6})/gu;

export function ownersShops(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(OWNED_SHOP)) {
    const words = x[2].trim().split(' ');
    // (It ends with a capitalised word, and a shop's word is among them.)
    while (words.length && /^(?:&|and)$/.test(words[words.length - 1])) words.pop();
    const k = words.findIndex((w) => SHOP_WORDS.has(w.toLowerCase()));
    if (k < 0 || /^(?:The|A|An|This|That|It|He|She|We|They)$/.test(x[1])) continue;
    const end = x.index + x[1].length + 2 + 1 + words.join(' ').length;
    replaceOverlapping(ms, mention(x.index, end, text.slice(x.index, end), 'ORG', 2, 'a business named after its owner, with its trade'));
  }
}
