import type { Page } from '@playwright/test';

/**
 * The orders table in the window (1,280 px wide here): the page does not scroll sideways, no
 * column header lies beyond the window's edge, each header sits exactly above its column
 * in the first row shown (the body's scroll bar taken into account), and that row's findings (its
 * answers and its Swiship link) are whole.
 */
export async function tableLayout(page: Page) {
  return page.evaluate(() => {
    const heads = [...document.querySelectorAll('thead th')].map((c) => ({
      text: c.textContent,
      box: c.getBoundingClientRect(),
    }));
    const row = document.querySelector('[data-testid="order-row"]');
    const cells = row ? [...row.querySelectorAll('td')].map((c) => c.getBoundingClientRect()) : [];
    const findings = row?.querySelector('td.findings');
    return {
      findingsCut: findings ? findings.scrollWidth > findings.clientWidth + 1 : null,
      overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      outOfWindow: heads.filter((h) => h.box.right > document.documentElement.clientWidth).map((h) => h.text),
      misaligned:
        cells.length === 0
          ? []
          : heads
              .filter(
                (h, i) =>
                  Math.abs(h.box.left - (cells[i]?.left ?? -99)) > 1 ||
                  Math.abs(h.box.width - (cells[i]?.width ?? -99)) > 1,
              )
              .map((h) => h.text),
    };
  });
}
