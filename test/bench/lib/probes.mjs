// Functions that run in the page (passed to page.evaluate, so each is self-contained).

/**
 * The cost of hovering: for each point, right after a frame, dispatches a mousemove there (to the
 * element matching `selector`, or to the element at the point) and measures on the main thread:
 *   - handler: the event's synchronous handlers (the map engine's feature query and state change);
 *   - task: the tasks queued by them (React's render of the tooltip), up to a message posted after;
 *   - frame: the animation-frame callbacks of the next frame (the map engine's redraw), from a
 *     callback registered before the event to one registered after it;
 *   - paint: style, layout and paint of that frame, up to a task posted from the last callback.
 * js = handler + task + frame (the page's own script); work = js + paint (main-thread time the
 * hover costs, without waiting for the display's next frame); latency = from the event to the end
 * of the frame that shows it (waiting included).
 * Long tasks (over 50 ms) during the run are counted. After each hover, the element matching
 * `check[i]` (a CSS selector) must be there and contain `expect[i]` (when given): proof that the
 * hover took effect (else it counts as missed).
 */
export async function hoverProbe({ points, selector, check, expect, settleMs }) {
  const message = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => {
    longTasks += list.getEntries().length;
  });
  try {
    observer.observe({ type: 'longtask' });
  } catch {
    // no long task timing
  }
  const out = [];
  let missed = 0;
  // Quiet: two frames in a row within 40 ms of each other, so that no redraw of an earlier hover
  // (or its software read-back, hundreds of ms) is still to come and lands in this one's figures.
  const quiet = async () => {
    let previous = await frame();
    for (let tries = 0; tries < 50; tries++) {
      const now = await frame();
      if (now - previous < 40) return;
      previous = now;
    }
  };
  for (const [i, { x, y }] of points.entries()) {
    await sleep(settleMs);
    await quiet();
    await message(); // just after a frame
    let before = 0;
    requestAnimationFrame(() => {
      before = performance.now();
    });
    const target = selector ? document.querySelector(selector) : document.elementFromPoint(x, y);
    if (!target) throw new Error(`nothing to hover at ${x},${y}`);
    const t0 = performance.now();
    target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
    const t1 = performance.now();
    const t2 = await message();
    const t3 = await frame();
    const t4 = await message();
    const handler = t1 - t0;
    const task = t2 - t1;
    const frameWork = before > 0 ? t3 - before : 0;
    const paint = t4 - t3;
    const shown = document.querySelector(check[i]);
    if (!shown || !(shown.textContent ?? '').includes(expect?.[i] ?? '')) missed += 1;
    const js = handler + task + frameWork;
    out.push({ handler, task, frame: frameWork, paint, js, work: js + paint, latency: t4 - t0 });
  }
  observer.disconnect();
  return { samples: out, longTasks, missed };
}

/**
 * Runs `action` (a function name on window.benchPage) for each argument and returns what each
 * call resolves with; between calls, waits `settleMs` and one frame.
 */
export async function repeat({ name, args, settleMs }) {
  const out = [];
  for (const arg of args) {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    out.push(await window.benchPage[name](arg));
  }
  return out;
}
