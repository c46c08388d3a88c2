/**
 * How each label is presented, shared by the server and the client: its semantic token
 * type (with the TextMate scope that gives it a default colour), its short name in the
 * status bar and its default background colour (translucent, readable on light and dark
 * themes). Plain data: no editor or protocol imports.
 */
import { LABELS, type Label } from '../core/types';

export interface LabelInfo {
  /** Semantic token type (one per label). */
  token: string;
  /** TextMate scopes a theme colours the token with. */
  scopes: string[];
  /** Short form for the status bar. */
  short: string;
  /** What the label means, for settings and token descriptions. */
  description: string;
  /** Default background colour of its decoration (CSS colour). */
  color: string;
}

export const LABEL_INFO: Record<Label, LabelInfo> = {
  PERSON: { token: 'person', scopes: ['entity.name.function.person.marginalia'], short: 'PER', description: 'a named person', color: 'rgba(66, 133, 244, 0.22)' },
  ORG: { token: 'organization', scopes: ['entity.name.type.organization.marginalia'], short: 'ORG', description: 'an organisation, institution or company', color: 'rgba(171, 71, 188, 0.22)' },
  PLACE: { token: 'place', scopes: ['entity.name.tag.place.marginalia'], short: 'PLACE', description: 'a country, city, region or other named place', color: 'rgba(0, 150, 136, 0.22)' },
  NORP: { token: 'norp', scopes: ['entity.other.attribute-name.norp.marginalia'], short: 'NORP', description: 'a nationality, religious or political group', color: 'rgba(255, 152, 0, 0.25)' },
  DATE: { token: 'date', scopes: ['constant.numeric.date.marginalia'], short: 'DATE', description: 'a date or period on the calendar', color: 'rgba(76, 175, 80, 0.25)' },
  TIME: { token: 'time', scopes: ['constant.numeric.time.marginalia'], short: 'TIME', description: 'a time of day', color: 'rgba(139, 195, 74, 0.28)' },
  QUOTE: { token: 'quote', scopes: ['string.quoted.marginalia'], short: 'QUOTE', description: 'a quoted statement', color: 'rgba(255, 213, 79, 0.20)' },
  BOILERPLATE: { token: 'boilerplate', scopes: ['comment.boilerplate.marginalia'], short: 'BP', description: 'boilerplate: navigation, ads, teasers, repeated paragraphs', color: 'rgba(128, 128, 128, 0.18)' },
};

/** The semantic token legend: token type index = position in LABELS. */
export const TOKEN_TYPES: readonly string[] = LABELS.map((l) => LABEL_INFO[l].token);

export function tokenTypeOf(label: Label): number {
  return LABELS.indexOf(label);
}
