// Validates documents with graphql-js, the reference implementation, for GraphQLJsValidationAgreementTests.
// Usage: node graphql-js-validate.mjs <path of tests/js/package.json>  (stdin: {"sdl": "...", "queries": ["..."]})
// Prints, per query, the errors graphql-js's validate reports: [{"message": "...", "locations": [{"line", "column"}]}].
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.argv[2]);
const { buildSchema, parse, validate } = require('graphql');

const input = JSON.parse(readFileSync(0, 'utf8'));
const schema = buildSchema(input.sdl);
const results = input.queries.map((query) => {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [{ message: error.message, locations: error.locations ?? [] }];
  }
  return validate(schema, document).map((error) => ({ message: error.message, locations: error.locations ?? [] }));
});
process.stdout.write(JSON.stringify(results));
