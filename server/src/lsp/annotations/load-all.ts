/**
 * After indexing: read every document's decisions, so the consistency check sees what
 * annotators accepted in documents that are not open. Sliced like the indexer so
 * requests are served meanwhile.
 */
import type { ServerContext } from '../context';
import { reviewOf } from '../review';

export async function loadAllDecisions(ctx: ServerContext): Promise<void> {
  let slice = Date.now();
  for (const key of ctx.workspace.knownUris()) {
    await ctx.annotations.ensure(key);
    const analysis = ctx.workspace.analysis(key);
    if (analysis) ctx.labels.set(key, reviewOf(analysis, ctx.annotations, key).spans);
    if (Date.now() - slice > 15) {
      await new Promise((r) => setImmediate(r));
      slice = Date.now();
    }
  }
  for (const key of ctx.workspace.openUris()) await ctx.publisher.publish(key);
}
