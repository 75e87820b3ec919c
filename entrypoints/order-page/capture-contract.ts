import type { captureFileName, capturePage } from '../../core/capture/capture-page';
import type { typedFieldsOf } from '../../core/capture/header';

// How the order-page module and the page-capture bundle meet (`/page-capture.js`, web-accessible
// to Seller Central pages only, by a per-session URL): loaded with `import()` into the content
// script's isolated world, it registers itself under this name.

export const PAGE_CAPTURE_GLOBAL = '__mcfDeskPageCapture';

export interface PageCaptureModule {
  capturePage: typeof capturePage;
  captureFileName: typeof captureFileName;
  typedFieldsOf: typeof typedFieldsOf;
}
