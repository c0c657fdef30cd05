// The widget as a block in host layouts it does not control (a centred flex
// column, Vite's starter page, a grid area, a 300 px sidebar, a Bootstrap
// row), at 1280 and 390 px: on every screen from the intro to the result it
// fills the box its container gives it, so its width never changes.
// Screenshots of each go to tests/e2e/artifacts/layout-*.png. The flex
// layouts run in every engine too (scenarios.mjs); WordPress's theme layout
// is tested in tests/wordpress/.
import { test, expect } from '@playwright/test';
import { Advisor, REALISTIC, saveScreenshot } from './advisor.page.mjs';
import { HOST_LAYOUTS, hostLayoutPath, widgetAndFillBox } from './host-layouts.mjs';
import { sameColumn } from '../support.mjs';

for (const width of [1280, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const layout of HOST_LAYOUTS) {
      test(`${layout}: the widget fills its box and keeps its width on every screen`, async ({ page }) => {
        await page.goto(hostLayoutPath(layout));
        const advisor = new Advisor(page);
        await advisor.ready();
        const seen = [];
        const measure = async (screen) => {
          const boxes = await page.evaluate(widgetAndFillBox);
          seen.push({ screen, ...boxes.widget });
          expect(sameColumn(boxes.widget, boxes.fill), `${screen}: the widget at ${JSON.stringify(boxes.widget)}, its box at ${JSON.stringify(boxes.fill)}`).toBe(true);
          return boxes;
        };
        const first = await measure('intro');
        // Given room, the widget is never squeezed to its narrowest.
        expect(first.widget.width).toBeGreaterThanOrEqual(Math.min(300, first.viewport - 80));
        await advisor.forward().click();
        await advisor.completeWith(REALISTIC[1], async (screen) => {
          await measure(screen);
          if (screen === 'question 2') await saveScreenshot(page, `layout-${layout}-${width}-question`);
        });
        await saveScreenshot(page, `layout-${layout}-${width}-result`);
        // The left edge follows the box (checked above); the width never changes.
        expect(new Set(seen.map(({ width }) => width)).size, `width per screen: ${JSON.stringify(seen)}`).toBe(1);
      });
    }
  });
}
