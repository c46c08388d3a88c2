/**
 * The custom messages between the Marginalia client and server, declared once and
 * imported by both sides. Each names its direction.
 */
import { NotificationType, type Range } from 'vscode-languageserver-protocol';
import type { Label } from '../core/types';

/** Ranges per label in one document version, and how many spans of each label it has. */
export interface DecorationsParams {
  uri: string;
  /** The document version the ranges belong to; the client ignores them for any other. */
  version: number;
  /** Only the labels the settings show for this document. */
  ranges: Partial<Record<Label, Range[]>>;
  counts: Partial<Record<Label, number>>;
  /** Accepted annotations (drawn solid); `ranges` holds the open suggestions (drawn lighter). */
  accepted?: Partial<Record<Label, Range[]>>;
}

/**
 * `marginalia/decorations` — server → client, after each analysis of an open document
 * (only when something changed). Drives the background decorations and the status bar.
 */
export const DecorationsNotification = {
  method: 'marginalia/decorations',
  type: new NotificationType<DecorationsParams>('marginalia/decorations'),
} as const;

/**
 * Commands the server executes (`workspace/executeCommand`, client → server). Their ids
 * differ from the palette commands: the language client registers server commands
 * itself, and one id cannot be registered twice.
 */
export const SERVER_COMMANDS = {
  /** Forget the files read from disk and index the workspace folders again. */
  reindex: 'marginalia.server.reindex',
  /** Take a decision on a document's annotations: `DecideParams` → `DecideResult`. */
  decide: 'marginalia.server.decide',
  /** What a quick pick offers: `ChoicesParams` → `Choice[]`. */
  choices: 'marginalia.server.choices',
  /** Export the workspace's annotations: `ExportParams` → `{ files: number; message: string }`. */
  export: 'marginalia.server.export',
} as const;

/** Commands the client registers for the server's code actions to call (not in the palette). */
export const CLIENT_COMMANDS = {
  /** Run a decision (`DecideParams`) on the server, show its outcome and offer to label other occurrences. */
  decide: 'marginalia.internal.decide',
} as const;

export type DecisionAction =
  | 'accept'
  | 'acceptAll'
  | 'reject'
  | 'relabel'
  | 'annotate'
  | 'delete'
  | 'canonical'
  | 'merge'
  | 'speaker'
  | 'value'
  | 'labelAll';

export interface DecideParams {
  uri: string;
  /** The selection (empty: the cursor). */
  range: Range;
  action: DecisionAction;
  /** relabel, annotate, labelAll: the label. */
  label?: Label;
  /** canonical: the name; merge: the entity to merge into. */
  name?: string;
  /** merge: the canonical name of the entity merged away (default: the one at the cursor). */
  from?: string;
  /** value: the TIMEX3 value. */
  value?: string;
  /** speaker: the speaker mention's range (none: unlink). */
  speaker?: Range;
  /** labelAll: the string, and where (default: the document). */
  text?: string;
  scope?: 'document' | 'workspace';
}

export interface DecideResult {
  changed: number;
  message: string;
  /** Whether the `.ann` on disk already has it (false: written when the document is saved). */
  saved: boolean;
  /** Other occurrences of the string just decided on, for a follow-up `labelAll`. */
  offer?: { text: string; label: Label; inDocument: number; inWorkspace: number; documents: number };
}

export interface ChoicesParams {
  uri: string;
  range: Range;
  kind: 'speakers' | 'entities';
}

export interface Choice {
  label: string;
  description?: string;
  detail?: string;
  /** speakers: the mention's range; entities: the canonical name. */
  range?: Range;
  name?: string;
}

export interface ExportParams {
  format: 'brat' | 'jsonl' | 'conll';
  /** Folder (file system path) to write into. */
  folder: string;
}
