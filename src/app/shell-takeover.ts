/** Marks what the build-time page (shell.tsx) adds to React's markup, so it can be undone. */
export const SHELL_ADDED = 'data-shell-added';

/** Undo what the build-time page added to React's markup (just before React takes it over). */
export function takeOverShell(root: Element): void {
  for (const el of root.querySelectorAll(`[${SHELL_ADDED}]`)) {
    el.removeAttribute(el.getAttribute(SHELL_ADDED)!);
    el.removeAttribute(SHELL_ADDED);
  }
}
