// Writes subgraphs/delivery/schema.graphql from the built package (`npm run emit-schema`).
// The SDL comes from `emitDeliverySchema()`, which needs no database or bus.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { emitDeliverySchema } = createRequire(import.meta.url)(join(root, 'dist', 'index.js'));
const sdl = await emitDeliverySchema();
writeFileSync(join(root, 'schema.graphql'), sdl.endsWith('\n') ? sdl : `${sdl}\n`);
console.log(`wrote ${join(root, 'schema.graphql')}`);
