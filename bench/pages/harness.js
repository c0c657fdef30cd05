// Runs inside each benchmark page, after the page's adapter. It drives the
// questionnaire as fast as a script can and measures, in page time
// (performance.now(), counted from navigation start):
//   painted        navigation → the first frame with the questionnaire's
//                  first screen in it (for the widget: the build-time
//                  screens, or the engine's if it came first);
//   startShown     navigation → the Start button is in the DOM;
//   firstQuestion  navigation → Start clicked → first question's options
//                  present, at the next animation frame (interactive);
//   clickToDom     each Next click → the next question in the DOM (the
//                  work the library does; 14 transitions);
//   clickToFrame   each Next click → the next animation frame after that
//                  DOM update (what the eye sees; how long depends mostly on
//                  where in a frame the click falls);
//   framesToPaint  how many frames after the one the click fell in the new
//                  question appeared: 1 means the very next frame;
//   complete       first question interactive → all 15 answered and the
//                  result (or completion page) shown;
//   layoutShift    the page's cumulative layout shift until then (shifts
//                  right after an input do not count, as in the metric).
// The same answers are given on both pages. Results go to window.benchResult.
(() => {
  const ANSWERS = [4, 4, 0, 3, 2, 3, 2, 2, 2, 2, 2, 2, 0, 2, 2];
  const adapter = window.benchAdapter;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // A free-running frame clock: the start time of every animation frame.
  const frames = [];
  (function tick() {
    frames.push(performance.now());
    requestAnimationFrame(tick);
  })();
  const frameOf = (time) => frames.filter((start) => start <= time).length;
  let painted = null;
  (function firstPaint() {
    if (adapter.painted()) painted = performance.now();
    else requestAnimationFrame(firstPaint);
  })();
  let layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) layoutShift += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Until the widget or survey has rendered a root, poll each frame;
  // after that, watch DOM changes so the moment a change lands is exact.
  const poll = async (found) => { for (;;) { const value = found(); if (value) return value; await frame(); } };
  const watch = (found) => new Promise((resolve) => {
    const value = found();
    if (value) return resolve(value);
    const observer = new MutationObserver(() => {
      const value = found();
      if (value) { observer.disconnect(); resolve(value); }
    });
    observer.observe(adapter.root(), { childList: true, subtree: true, characterData: true, attributes: true });
  });

  (async () => {
    const start = await poll(() => adapter.root() && adapter.startButton());
    const startShown = performance.now();
    start.click();
    await watch(() => adapter.radios().length > 0);
    await frame();
    const firstQuestion = performance.now();
    const clickToDom = [];
    const clickToFrame = [];
    const framesToPaint = [];
    for (const [question, option] of ANSWERS.entries()) {
      adapter.radios()[option].click();
      // The widget enables Next once the answer is recorded (SurveyJS never
      // disables it); this wait counts in `complete`, not in `clickToNext`.
      const next = await watch(() => { const button = adapter.nextButton(); return button && !button.disabled && button; });
      const title = adapter.title();
      const clicked = performance.now();
      next.click();
      if (question + 1 < ANSWERS.length) {
        await watch(() => adapter.title() !== title && adapter.radios().length > 0);
        clickToDom.push(performance.now() - clicked);
        await frame();
        const painted = performance.now();
        clickToFrame.push(painted - clicked);
        framesToPaint.push(frameOf(painted) - frameOf(clicked));
      }
    }
    await watch(() => adapter.finished());
    await frame();
    const complete = performance.now() - firstQuestion;
    await frame();
    window.benchResult = { painted, startShown, firstQuestion, clickToDom, clickToFrame, framesToPaint, complete, layoutShift };
  })().catch((error) => { window.benchResult = { error: String(error) }; });
})();
