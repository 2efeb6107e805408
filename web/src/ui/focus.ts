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
