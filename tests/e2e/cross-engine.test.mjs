// Runs every scenario of scenarios.mjs in Chromium, Firefox and WebKit
// (node's test runner; `ENGINES=firefox node --test …` picks engines).
// Each engine is one browser for all its scenarios, started and stopped here.
import { describe, test, before, after } from 'node:test';
import { ENGINES, launch } from './engines.mjs';
import { SCENARIOS, runScenario } from './scenarios.mjs';
import { startServer } from './static-server.mjs';

const engines = (process.env.ENGINES ?? ENGINES.join(',')).split(',');
let server;
let base;

before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

for (const engine of engines) {
  describe(engine, () => {
    let driver;
    before(async () => {
      driver = await launch(engine);
      console.log(`# ${engine} ${driver.version}`);
    });
    after(() => driver?.close());
    for (const scenario of SCENARIOS) {
      test(scenario.name, { timeout: 120_000 }, () => runScenario(scenario, driver, base));
    }
  });
}
