// Times a client-side step inside the page, so that the automation's own round trips (~100 ms per
// Playwright call here) are not counted: the clock starts at a click event (captured before any
// handler runs) or at the call that starts the step, and each mark stops when the DOM first holds
// an element matching its selector (and text). DOM mutation, not paint: the frame after it (~16 ms)
// is not counted, as in the Next-click figure.

/**
 * Arms window.__benchTimer. `startOnClick`: a CSS selector whose click starts the clock; without
 * it, call startNow(). `marks`: `{ name: { selector, text? } }`, each stopped once, after the start.
 */
export function armTimer(page, { startOnClick = null, marks }) {
  return page.evaluate(
    ({ startOnClick, marks }) => {
      const names = Object.keys(marks);
      const timer = { start: 0, ends: {}, names };
      window.__benchTimer = timer;
      const check = () => {
        if (!timer.start) return;
        const now = performance.now();
        for (const name of names) {
          if (timer.ends[name]) continue;
          const { selector, text } = marks[name];
          const found = [...document.querySelectorAll(selector)].some(
            (element) => !text || element.textContent.includes(text),
          );
          if (found) timer.ends[name] = now;
        }
        if (names.every((name) => timer.ends[name])) observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      if (startOnClick) {
        const onClick = (event) => {
          if (!event.target.closest?.(startOnClick)) return;
          timer.start = performance.now();
          document.removeEventListener("click", onClick, { capture: true });
        };
        document.addEventListener("click", onClick, { capture: true });
      }
    },
    { startOnClick, marks },
  );
}

/** Starts the armed clock now, then runs `action` (a function run in the page, e.g. history.back). */
export function startNow(page, action) {
  return page.evaluate((source) => {
    window.__benchTimer.start = performance.now();
    // `action` arrives as the name of a step the page knows, not as code (the app's CSP forbids eval).
    if (source === "history.back") history.back();
  }, action);
}

/** Waits until every mark has stopped; resolves with `{ name: ms since the start }`. */
export async function readTimer(page, timeoutMs = 30_000) {
  await page.waitForFunction(
    () => {
      const timer = window.__benchTimer;
      return timer.start > 0 && timer.names.every((name) => timer.ends[name]);
    },
    null,
    { timeout: timeoutMs },
  );
  return page.evaluate(() => {
    const { start, ends } = window.__benchTimer;
    return Object.fromEntries(Object.entries(ends).map(([name, end]) => [name, end - start]));
  });
}
