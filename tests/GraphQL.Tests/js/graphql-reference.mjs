// Drives graphql-js (the reference implementation) for the .NET tests.
//   node graphql-reference.mjs <repo-root> introspection-query      -> prints getIntrospectionQuery() with every option on
//   node graphql-reference.mjs <repo-root> print-client-schema      -> reads an introspection result on stdin, prints
//                                                                      {"errors": [...validateSchema messages], "sdl": printSchema(...)}
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const [, , repoRoot, command] = process.argv;
const require = createRequire(join(repoRoot, 'tests', 'js', 'package.json'));
const graphql = require('graphql');

if (command === 'introspection-query') {
  process.stdout.write(graphql.getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }));
} else if (command === 'print-client-schema') {
  const result = JSON.parse(readFileSync(0, 'utf8'));
  const schema = graphql.buildClientSchema(result.data);
  const errors = graphql.validateSchema(schema).map((e) => e.message);
  process.stdout.write(JSON.stringify({ errors, sdl: graphql.printSchema(schema) }));
} else {
  process.stderr.write(`unknown command ${command}\n`);
  process.exit(2);
}
