import { expect, test } from './fixtures';

test('the popup opens the dashboard in a tab', async ({ context, openPopup, extensionId }) => {
  const popup = await openPopup();
  const opened = context.waitForEvent('page');
  await popup.getByTestId('open-dashboard').click();
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extensionId}/dashboard.html`);
});
