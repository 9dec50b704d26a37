/**
 * Text held to one line, as a name or a title prints: runs of breaking white space (a double space, a
 * pasted tab or line break) become one space and the ends are trimmed. No-break spaces are kept, since
 * they were put there to hold a date or a name together.
 */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').replace(/^ | $/g, '');
}
