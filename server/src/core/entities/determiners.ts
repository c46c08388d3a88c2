/** The word before `start` is an article or demonstrative (`the Bill`, `this Government`). */
export function afterDeterminer(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:the|a|an|this|these|those)\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
}
