import { config } from 'zod/v4/core';

// zod 4 compiles fast object parsers with `new Function` unless it is `jitless`. An extension's
// pages may not eval (MV3's content security policy forbids it, and Firefox's add-on review flags
// it), so every bundle that loads zod imports this module first, before any schema is defined
// (a schema reads the setting when it is created). wxt.config.ts also leaves zod's `Function`
// probe out of the build. `config` is shared by `zod`, `zod/mini` and `zod/v4/core`.
config({ jitless: true });
