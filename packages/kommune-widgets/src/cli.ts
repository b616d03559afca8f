#!/usr/bin/env node
// `npx kommune-widgets validate …` from the all-in-one package runs the schema package's CLI.
import '@kommune-widgets/schema/cli';
