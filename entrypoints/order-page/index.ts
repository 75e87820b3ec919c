// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { attachOrderPage } from './attach';
import { ORDER_PAGE_GLOBAL, type OrderPageModule } from './contract';

// The heavy half of the content script (page reader, overlay, return-form relay), loaded only on
// pages that may show an order, or when the popup asks this page something.
export default defineUnlistedScript(() => {
  const module: OrderPageModule = { attach: attachOrderPage };
  (globalThis as Record<string, unknown>)[ORDER_PAGE_GLOBAL] = module;
});
