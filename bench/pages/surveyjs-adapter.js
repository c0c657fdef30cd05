// Benchmark B: SurveyJS renders the survey; the harness drives it.
const model = new Survey.Model(JSON.parse(document.getElementById('survey-json').textContent));
model.render(document.getElementById('survey'));
window.benchAdapter = {
  root: () => document.getElementById('survey'),
  painted: () => document.querySelector('.sd-navigation__start-btn, .sd-question') !== null,
  startButton: () => document.querySelector('.sd-navigation__start-btn'),
  radios: () => document.querySelectorAll('.sd-question input[type=radio]'),
  nextButton: () => document.querySelector('.sd-navigation__next-btn') ?? document.querySelector('.sd-navigation__complete-btn'),
  title: () => document.querySelector('.sd-question__title')?.textContent ?? '',
  finished: () => document.querySelector('.sd-completedpage') !== null,
};
