/**
 * The palette commands, one table: id, title, default keybinding and what each does
 * while the server is not running. The client binds handlers to these ids;
 * `package.json` declares them and their keybindings (checked by test/settings).
 */
export const CATEGORY = 'Marginalia';

/** Context key the client sets while the active editor shows a document Marginalia annotates. */
export const ANNOTATING_CONTEXT = 'marginalia.annotating';

export interface CommandInfo {
  title: string;
  /**
   * While the server is not running: `run` (needs no server), `start` (starting the
   * server does it, e.g. indexing), `start-then-run` (start, wait, then run).
   */
  whenServerDown: 'run' | 'start' | 'start-then-run';
  /** Default keybinding (same on every platform; `alt` is Option on macOS), active in annotated documents. */
  key?: string;
}

export type CommandId =
  | 'marginalia.reindex'
  | 'marginalia.showOutput'
  | 'marginalia.restartServer'
  | 'marginalia.accept'
  | 'marginalia.acceptAll'
  | 'marginalia.reject'
  | 'marginalia.relabel'
  | 'marginalia.annotate'
  | 'marginalia.delete'
  | 'marginalia.setCanonical'
  | 'marginalia.mergeEntity'
  | 'marginalia.linkSpeaker'
  | 'marginalia.setDateValue'
  | 'marginalia.labelAllOccurrences'
  | 'marginalia.export';

export const COMMANDS: Record<CommandId, CommandInfo> = {
  'marginalia.reindex': { title: 'Re-index Workspace', whenServerDown: 'start' },
  'marginalia.showOutput': { title: 'Show Output', whenServerDown: 'run' },
  'marginalia.restartServer': { title: 'Restart Server', whenServerDown: 'run' },
  'marginalia.accept': { title: 'Accept Suggestion', whenServerDown: 'start-then-run', key: 'alt+a' },
  'marginalia.acceptAll': { title: 'Accept All Suggestions in Selection or Document', whenServerDown: 'start-then-run', key: 'alt+shift+a' },
  'marginalia.reject': { title: 'Reject Suggestion', whenServerDown: 'start-then-run', key: 'alt+x' },
  'marginalia.relabel': { title: 'Relabel…', whenServerDown: 'start-then-run', key: 'alt+l' },
  'marginalia.annotate': { title: 'Annotate Selection As…', whenServerDown: 'start-then-run', key: 'alt+n' },
  'marginalia.delete': { title: 'Delete Annotation', whenServerDown: 'start-then-run', key: 'alt+d' },
  'marginalia.setCanonical': { title: 'Set Canonical Name…', whenServerDown: 'start-then-run', key: 'alt+e' },
  'marginalia.mergeEntity': { title: 'Merge Entity Into…', whenServerDown: 'start-then-run', key: 'alt+m' },
  'marginalia.linkSpeaker': { title: 'Link Quote to Speaker…', whenServerDown: 'start-then-run', key: 'alt+s' },
  'marginalia.setDateValue': { title: 'Correct Date Value…', whenServerDown: 'start-then-run', key: 'alt+v' },
  'marginalia.labelAllOccurrences': { title: 'Label All Occurrences…', whenServerDown: 'start-then-run', key: 'alt+o' },
  'marginalia.export': { title: 'Export Annotations…', whenServerDown: 'start-then-run' },
};
