/**
 * Moving focus after a change. The page re-renders a moment after a request succeeds, and a control stays disabled
 * while its request is marked as running, so focusing at once (or on the next frame) loses the race now and then:
 * these try on each frame until it works, for about a second.
 */

/** Calls `attempt` on each animation frame until it answers true, at most `frames` times. */
export function onEachFrameUntil(attempt: () => boolean, frames = 60) {
  let tried = 0;
  const run = () => {
    if (!attempt() && ++tried < frames) requestAnimationFrame(run);
  };
  requestAnimationFrame(run);
}

/** Focuses the first of these elements that is on screen and can take focus (not disabled, not busy). */
export function focusWhenReady(...ids: string[]) {
  onEachFrameUntil(() => {
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLButtonElement | null;
      if (!element || element.disabled || element.hasAttribute("data-loading")) continue;
      element.focus();
      return document.activeElement === element;
    }
    return false;
  });
}

/** Whether focus rests where the layout puts it after a route change (the main area) or nowhere. */
function focusIsIdle() {
  return document.activeElement === document.body || document.activeElement?.id === "main";
}

/**
 * Focuses an element once it is on screen, after a route change: the layout moves focus to the main area, and
 * the element may come later with its screen's code and data (on a slow phone, seconds later). It waits for the
 * element as long as focus stays idle or where it was (about ten seconds at most), so a person who has moved on
 * keeps their place; once the element is there, focus is moved to it for a few frames, in case a re-render takes
 * it back to the main area.
 */
export function focusWhenShown(id: string, scroll: ScrollLogicalPosition = "center") {
  const focusedBefore = document.activeElement;
  let waited = 0;
  let shownFor = 0;
  const run = () => {
    const element = document.getElementById(id);
    if (!element) {
      const untouched = focusIsIdle() || document.activeElement === focusedBefore;
      if (untouched && ++waited < 600) requestAnimationFrame(run);
      return;
    }
    if (shownFor === 0) element.scrollIntoView({ block: scroll });
    if (shownFor === 0 || focusIsIdle()) element.focus({ preventScroll: true });
    if (++shownFor < 30 && (document.activeElement === element || focusIsIdle())) requestAnimationFrame(run);
  };
  requestAnimationFrame(run);
}
