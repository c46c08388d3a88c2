/**
 * Every `marginalia.*` setting, defined once: key, type, default and description. The
 * `Settings` type, the readers on both sides and `package.json`'s
 * `contributes.configuration` (checked by test/settings) all derive from this table.
 * Settings are read per resource; nothing here holds a current value.
 */
import { LABELS, type Label } from '../core/types';
import { LABEL_INFO } from './labels';

export const SECTION = 'marginalia';

type Json = boolean | string | string[];

export interface SettingSpec<T extends Json = Json> {
  default: T;
  description: string;
  /** `resource`: may differ per folder or file; `window`: one value per window. */
  scope: 'resource' | 'window';
  enum?: readonly string[];
}

function define<T extends Json>(value: T, description: string, extra: Partial<SettingSpec<T>> = {}): SettingSpec<T> {
  return { default: value, description, scope: 'resource', ...extra };
}

function perLabel<P extends string, T extends Json>(prefix: P, make: (l: Label) => SettingSpec<T>) {
  return Object.fromEntries(LABELS.map((l) => [`${prefix}.${l}`, make(l)])) as { [L in Label as `${P}.${L}`]: SettingSpec<T> };
}

export const SETTINGS = {
  'files.include': define<string[]>(['**/*.txt'], 'Glob patterns (relative to the workspace folder) of the documents Marginalia reads and annotates.'),
  'files.languages': define<string[]>(['plaintext'], 'Language ids of open documents Marginalia annotates, whatever their file name.'),
  ...perLabel('labels', (l) => define(true, `Show ${l} spans (${LABEL_INFO[l].description}): highlighting, hovers, hints and diagnostics.`)),
  ...perLabel('colors', (l) => define(LABEL_INFO[l].color, `Background colour of ${l} spans (any CSS colour; a translucent one keeps the text readable).`)),
  'annotations.folder': define(
    '',
    "Where annotators' decisions are saved as brat `.ann` files: empty keeps `NAME.ann` beside `NAME.txt`; a path relative to the workspace folder keeps them there, mirroring the documents' folders.",
  ),
  'annotations.showSuggestions': define(true, "Show the detectors' suggestions (lighter) beside accepted annotations (solid). Off: only accepted annotations are shown."),
  'inlayHints.enabled': define(true, "Show a date's ISO value and a quote's speaker after the text."),
  'trace.server': define<'off' | 'messages' | 'verbose'>('off', 'Trace the messages between VS Code and the Marginalia language server (in its output channel).', {
    scope: 'window',
    enum: ['off', 'messages', 'verbose'],
  }),
};

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: (typeof SETTINGS)[K]['default'] };

export const DEFAULT_SETTINGS: Settings = readSettings(() => undefined);

/** Settings from a getter of raw values (relative keys); a missing or ill-typed value takes its default. */
export function readSettings(get: (key: SettingKey) => unknown): Settings {
  const out: Record<string, Json> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [SettingKey, SettingSpec][]) {
    const v = get(key);
    out[key] = isValid(spec, v) ? v : spec.default;
  }
  return out as Settings;
}

/** A getter over the object `workspace/configuration` returns for the section (nested or flat keys). */
export function fromSection(section: unknown): (key: SettingKey) => unknown {
  return (key) => {
    if (!isObject(section)) return undefined;
    if (key in section) return section[key];
    let node: unknown = section;
    for (const part of key.split('.')) node = isObject(node) ? node[part] : undefined;
    return node;
  };
}

function isValid(spec: SettingSpec, v: unknown): v is Json {
  if (Array.isArray(spec.default)) return Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (typeof v !== typeof spec.default) return false;
  return !spec.enum || spec.enum.includes(v as string);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The JSON schema of one setting, as `package.json` declares it. */
export function schemaOf(spec: SettingSpec): Record<string, unknown> {
  const type = Array.isArray(spec.default) ? 'array' : typeof spec.default;
  return {
    type,
    ...(type === 'array' ? { items: { type: 'string' } } : {}),
    ...(spec.enum ? { enum: [...spec.enum] } : {}),
    default: spec.default,
    description: spec.description,
    scope: spec.scope,
  };
}
