import { captureFileName, capturePage } from '../../core/capture/capture-page';
import { typedFieldsOf } from '../../core/capture/header';
import { PAGE_CAPTURE_GLOBAL, type PageCaptureModule } from '../order-page/capture-contract';

// Page capture's code (core/capture: the serializer and the personal-data rules of five
// languages), a bundle of its own: loaded by the order-page module only when the seller asks for
// a capture from the popup, so the module every order page loads stays lighter.
export default defineUnlistedScript(() => {
  const module: PageCaptureModule = { capturePage, captureFileName, typedFieldsOf };
  (globalThis as Record<string, unknown>)[PAGE_CAPTURE_GLOBAL] = module;
});
