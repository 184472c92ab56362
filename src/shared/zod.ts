import { config, z } from 'zod';

// The app's CSP forbids eval. Told so before any schema is built, zod validates without compiling
// parsers instead of probing with `Function('')`, which the renderer reports as a CSP violation.
config({ jitless: true });

export { z };
