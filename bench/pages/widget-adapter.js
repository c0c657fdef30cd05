// Benchmark A: the widget renders itself; the harness drives it.
const host = () => document.querySelector('cio-cmo-advisor');
const inside = (selector) => host()?.shadowRoot?.querySelector(selector) ?? null;
window.benchAdapter = {
  // The shadow root, not the element in it: the engine's render replaces
  // the build-time screens' root element.
  root: () => host()?.shadowRoot ?? null,
  // Painted: the intro or the first question, not the quiet placeholder.
  painted: () => inside('.advisor:not(.is-placeholder)') !== null,
  startButton: () => inside('.intro .primary'),
  radios: () => host()?.shadowRoot?.querySelectorAll('input[type=radio]') ?? [],
  nextButton: () => inside('.question button[type=submit]'),
  title: () => inside('legend h2')?.textContent ?? '',
  finished: () => inside('.result') !== null,
};
