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
} as const;
