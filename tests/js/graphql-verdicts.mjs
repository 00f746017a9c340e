// graphql-js's verdict on each query against a schema, so the .NET suite can compare its own validator with the
// reference implementation.
//
// Usage: node graphql-verdicts.mjs [input.json]   (reads stdin when no file is given)
// Input:  { "sdl": "type Query { ... }" } or { "introspection": <introspection result or its data> },
//         plus "queries": [ { "id": "name", "query": "{ ... }" } | "{ ... }" ]
// Output: { "graphqlVersion", "results": [ { id, valid, syntaxError, errorCount, messages, rules } ] }
//         `rules` names the specified rules that report on the query (each rule run alone), for coverage checks.
import { readFile } from 'node:fs/promises';
import {
  buildClientSchema,
  buildSchema,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  version,
} from 'graphql';

async function readInput(path) {
  if (path) return readFile(path, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function schemaFrom(input) {
  if (typeof input.sdl === 'string') return buildSchema(input.sdl);
  if (input.introspection) {
    const data = input.introspection.data ?? input.introspection;
    return buildClientSchema(data);
  }
  throw new Error('input needs "sdl" (string) or "introspection" (object)');
}

function ruleName(rule) {
  return rule.name || 'anonymous rule';
}

function verdict(schema, id, source) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { id, valid: false, syntaxError: true, errorCount: 1, messages: [error.message], rules: [] };
  }
  const errors = validate(schema, document);
  const rules = specifiedRules
    .filter((rule) => validate(schema, document, [rule]).length > 0)
    .map(ruleName);
  return {
    id,
    valid: errors.length === 0,
    syntaxError: false,
    errorCount: errors.length,
    messages: errors.map((error) => error.message),
    rules,
  };
}

const inputPath = process.argv[2];
const input = JSON.parse(await readInput(inputPath));
if (!Array.isArray(input.queries)) throw new Error('input needs "queries" (array)');
const schema = schemaFrom(input);
const results = input.queries.map((entry, index) =>
  typeof entry === 'string'
    ? verdict(schema, String(index), entry)
    : verdict(schema, entry.id ?? String(index), entry.query),
);
process.stdout.write(JSON.stringify({ graphqlVersion: version, results }, null, 2) + '\n');
