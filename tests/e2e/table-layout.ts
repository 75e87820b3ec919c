import type { Page } from '@playwright/test';

/**
 * The orders table in the window (1,280 px wide here): the page does not scroll sideways, no
 * column header lies beyond the window's edge, each header sits exactly above its column
 * in the first row shown (the body's scroll bar taken into account), no header has a word broken
 * inside, and that row's findings (its answers and its Swiship link) are whole.
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
    // A header wraps between its words; a word wider than its column would be broken inside.
    const probe = document.createElement('span');
    probe.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap';
    document.body.append(probe);
    const wordsBroken = [...document.querySelectorAll('thead th')]
      .filter((th) => {
        const style = getComputedStyle(th);
        const room =
          th.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        const label = th.querySelector('button') ?? th;
        probe.style.font = getComputedStyle(label).font;
        return (label.textContent ?? '').split(/\s+/).some((word) => {
          probe.textContent = word;
          return probe.getBoundingClientRect().width > room + 0.5;
        });
      })
      .map((th) => th.textContent);
    probe.remove();
    return {
      wordsBroken,
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
