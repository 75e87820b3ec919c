import { it } from 'vitest';
import { capturePage } from '../../../core/capture/capture-page';
import { readPage } from '../../../core/page/read-order-page';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../../fixtures/pages';
import { loadPage, readFixture } from '../page/load-fixture';

it('probe', async () => {
  for (const f of PAGE_FIXTURES.filter((x) =>
    ['fr-classic-shipped.html', 'fr-hostile-comment.html', 'en-us-katal-mcf-multi.html'].includes(x.file),
  )) {
    const { document } = await loadPage(readFixture(f.file), f.url);
    const reading = readPage(document, f.url, { now: FIXTURE_READ_AT });
    const c = capturePage(document, {
      url: f.url,
      now: FIXTURE_READ_AT,
      version: '0.1.0',
      uiLanguage: 'fr',
      reading,
      fakeIds: true,
    });
    console.log(c.html.slice(0, 3000), c.removed);
  }
});
