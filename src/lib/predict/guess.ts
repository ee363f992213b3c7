/** The reader's guess in the predict-then-reveal exercise. Kept apart from scene.ts so the island loads it without the renderer. */

/** Parses the guess field: a finite number (a decimal comma accepted), or null while it is empty or not a number. */
export function parseGuess(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
