import { z } from 'zod';

// The page's Content-Security-Policy allows no eval. zod probes `new Function` when an object schema is
// built (at import time of the schema module) and the browser reports that probe as a violation even though
// zod catches it and falls back to interpreted parsing; jitless asks for that parsing without the probe.
// Imported first by main.tsx, so it runs before any module that builds a schema.
z.config({ jitless: true });
