/** Colour arithmetic for the decorations (plain functions, no editor API: the editor tests use them too). */

/** `rgba(r, g, b, a)` with its alpha doubled (accepted annotations, at most 0.6); other colours as they are. */
export function stronger(color: string): string {
  return color.replace(/^rgba\(([^,]+),([^,]+),([^,]+),\s*([\d.]+)\s*\)$/, (_m, r, g, b, a) => `rgba(${r},${g},${b}, ${Math.min(0.6, Math.round(Number(a) * 200) / 100)})`);
}

/** `rgba(r, g, b, a)` made opaque enough for a border; other colours as they are. */
export function opaque(color: string): string {
  return color.replace(/^rgba\(([^,]+),([^,]+),([^,]+),\s*([\d.]+)\s*\)$/, (_m, r, g, b) => `rgba(${r},${g},${b}, 0.8)`);
}
