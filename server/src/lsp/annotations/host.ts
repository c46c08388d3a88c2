/** The annotation files' view of the server: texts, paths from the settings, republishing, messages. */
import type { ServerContext } from '../context';
import { readDocument } from '../files';
import { toPath } from '../folders';
import type { AnnotationHost } from './annotation-files';
import { annotationPaths } from './paths';

export function annotationHost(ctx: ServerContext): AnnotationHost {
  return {
    text: (key) => ctx.workspace.doc(key)?.text,
    diskText: async (key) => {
      const file = toPath(key);
      const text = file ? await readDocument(file) : undefined;
      return typeof text === 'string' ? text : undefined;
    },
    paths: async (key) => annotationPaths(key, ctx.folders, (await ctx.settings.for(key))['annotations.folder']),
    changed: (key) => {
      if (ctx.workspace.isOpen(key)) ctx.queue.changed(key);
      ctx.annDiagnostics?.(key);
    },
    problem: (message) => {
      ctx.connection.console.error(message);
      void ctx.connection.window.showErrorMessage(message);
    },
  };
}
