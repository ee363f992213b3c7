/** What the presentation and its speaker view say to each other (postMessage, same origin only), and a key helper both use. */

/** Messages between the presentation and its speaker view. */
export type DeckMessage =
  | { type: 'deck:hello' }
  | { type: 'deck:state'; slide: number; step: number }
  | { type: 'deck:go'; slide: number; step: number };

/** Name of the speaker window, so pressing S again focuses it instead of opening another. */
export const SPEAKER_WINDOW = 'emergence-deck-speaker';

/** Whether a message came from the same origin and has a shape we know (anything else is ignored). */
export function readMessage(event: MessageEvent): DeckMessage | null {
  if (event.origin !== location.origin) return null;
  const d = event.data as Partial<{ type: unknown; slide: unknown; step: unknown }> | null;
  if (!d || typeof d !== 'object') return null;
  if (d.type === 'deck:hello') return { type: 'deck:hello' };
  if (
    (d.type === 'deck:state' || d.type === 'deck:go') &&
    Number.isInteger(d.slide) &&
    Number.isInteger(d.step)
  )
    return { type: d.type, slide: d.slide as number, step: d.step as number };
  return null;
}

/** Whether a key press belongs to a form control (typing must not change slides). */
export function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}
