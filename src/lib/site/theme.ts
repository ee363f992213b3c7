/** A stored theme choice; "auto" follows the operating system. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** The theme actually shown for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return choice === 'auto' ? (systemDark ? 'dark' : 'light') : choice;
}

/** The explicit theme a toggle click switches to: the opposite of what is shown now. */
export function nextTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return resolveTheme(choice, systemDark) === 'dark' ? 'light' : 'dark';
}
