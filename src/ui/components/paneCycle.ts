// F6 / Shift+F6 move the keyboard focus to the next / previous part of the
// page (as in VS Code and desktop apps). The terminal keeps Tab for completion,
// so Tab alone cannot leave it; F6 can, from anywhere.

/** The page's parts in reading order; a part that is hidden or has nothing to focus is skipped. */
export const regions = ['.top-bar', '.lesson-pane', '.editor-pane', '.terminal-pane', '.split.work > .split-handle', '.diagram-pane', '.inspector-pane', '.time-bar'];

const focusable = 'button:not(:disabled), select:not(:disabled), input:not(:disabled), textarea, a[href], [tabindex]:not([tabindex="-1"])';

function visible(el: Element): boolean {
  return (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
}

/** The first element of a part the keyboard can focus (the part itself when it is a focusable one, like a divider). */
function firstFocusable(part: Element): HTMLElement | undefined {
  if (part.matches(focusable) && visible(part)) return part as HTMLElement;
  return [...part.querySelectorAll<HTMLElement>(focusable)].find((el) => visible(el) && el.getAttribute('aria-hidden') !== 'true' && getComputedStyle(el).visibility !== 'hidden');
}

/** Focus the first focusable element of the part after (or before) the one holding the focus. */
export function cyclePane(root: ParentNode, back: boolean): boolean {
  const parts = regions.flatMap((sel) => [...root.querySelectorAll(sel)]).filter((p) => visible(p));
  if (!parts.length) return false;
  const at = parts.findIndex((p) => p.contains(document.activeElement));
  for (let k = 1; k <= parts.length; k++) {
    const i = at < 0 ? (back ? parts.length - k : k - 1) : (at + (back ? -k : k) + parts.length * 2) % parts.length;
    const target = firstFocusable(parts[i]!);
    if (target) {
      // Show the focus ring even when the pane being left was clicked into (Chrome, Firefox).
      target.focus({ focusVisible: true } as FocusOptions);
      return true;
    }
  }
  return false;
}

/** Listen for F6 on the whole page, before the terminal sees it (it would send an escape sequence). */
export function installPaneCycle(root: HTMLElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
    if (cyclePane(root, e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
