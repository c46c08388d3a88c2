/** Glob patterns (`**`, `*`, `?`, `{a,b}`, `[abc]`) matched against `/`-separated relative paths. */

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') (re += '(?:'), depth++;
    else if (c === '}' && depth > 0) (re += ')'), depth--;
    else if (c === ',' && depth > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else (re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`), (i = close);
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  hit = new RegExp(`^${re}$`);
  cache.set(glob, hit);
  return hit;
}

export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g.replace(/^\.\//, '')).test(relativePath));
}
