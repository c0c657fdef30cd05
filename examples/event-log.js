// The analytics snippet from the README, printing to the page instead of
// sending anywhere: every advisor event, as a host page receives it.
const log = document.querySelector('.event-log');
for (const type of ['advisor-start', 'advisor-answer', 'advisor-complete', 'advisor-team']) {
  document.addEventListener(type, (event) => {
    log.textContent += `${type} ${JSON.stringify(event.detail)}\n`;
  });
}
