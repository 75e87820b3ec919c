// The names of the popup → page messages (core/messages/content.ts), without their schemas: the
// always-loaded content script only needs to know which messages to hand to the order-page module.
export const CONTENT_MESSAGE_TYPES: readonly string[] = [
  'page.reading',
  'return-form.read',
  'return-form.fill',
  'page.capture',
];
