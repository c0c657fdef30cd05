// Benchmark A: the widget renders itself; the harness drives it.
const host = () => document.querySelector('cio-cmo-advisor');
const inside = (selector) => host()?.shadowRoot?.querySelector(selector) ?? null;
window.benchAdapter = {
  root: () => host()?.shadowRoot?.querySelector('.advisor-root') ?? null,
  startButton: () => inside('.intro .primary'),
  radios: () => host()?.shadowRoot?.querySelectorAll('input[type=radio]') ?? [],
  nextButton: () => inside('.question button[type=submit]'),
  title: () => inside('legend h2')?.textContent ?? '',
  finished: () => inside('.result') !== null,
};
