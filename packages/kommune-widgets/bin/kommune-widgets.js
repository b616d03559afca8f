#!/usr/bin/env node
// `npx kommune-widgets …` from the all-in-one package runs the schema package's command (its committed bin file).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const schemaPackage = pathToFileURL(createRequire(import.meta.url).resolve('@kommune-widgets/schema/package.json'));
await import(new URL('bin/kommune-widgets.js', schemaPackage).href);
