// Checks an introspection result the way a client would: graphql-js rebuilds the schema from it
// (buildClientSchema), validates it (validateSchema) and prints it as SDL (printSchema).
//
// Usage: node schema-check.mjs [introspection.json]   (reads stdin when no file is given)
// Input:  an introspection result ({ "data": { "__schema": ... } }) or its data ({ "__schema": ... })
// Output: { "graphqlVersion", "built": bool, "buildError": string|null, "errors": [string], "sdl": string|null }
import { readFile } from 'node:fs/promises';
import { buildClientSchema, printSchema, validateSchema, version } from 'graphql';

async function readInput(path) {
  if (path) return readFile(path, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const input = JSON.parse(await readInput(process.argv[2]));
if (input.errors?.length) {
  throw new Error(`the introspection result carries errors: ${JSON.stringify(input.errors)}`);
}
const data = input.data ?? input;

let schema;
let buildError = null;
try {
  schema = buildClientSchema(data);
} catch (error) {
  buildError = error instanceof Error ? error.message : String(error);
}

const report = schema
  ? {
      graphqlVersion: version,
      built: true,
      buildError,
      errors: validateSchema(schema).map((error) => error.message),
      sdl: printSchema(schema),
    }
  : { graphqlVersion: version, built: false, buildError, errors: [], sdl: null };
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
