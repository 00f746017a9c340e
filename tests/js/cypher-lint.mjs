// Lints Cypher statements offline with Neo4j's own language support (the parser and semantic analysis behind
// Neo4j's editors). Input: a JSON file [{ name, text, parameters: [names] }]. Output on stdout: a JSON array
// [{ name, diagnostics: [{ severity: "error" | "warning" | "information" | "hint", message, line, column }] }].
// Declared parameters are given to the linter so they do not count as undefined; procedures and functions come from
// the package's snapshot of a Neo4j 5 catalog, so unknown or deprecated ones are reported.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const [inputPath] = process.argv.slice(2);
if (!inputPath) {
  console.error('usage: node cypher-lint.mjs <statements.json>');
  process.exit(2);
}

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const statements = JSON.parse(readFileSync(inputPath, 'utf8'));
const catalog = testData.mockSchema;

const results = statements.map(({ name, text, parameters }) => {
  const dbSchema = {
    defaultLanguage: 'CYPHER 5',
    procedures: catalog.procedures,
    functions: catalog.functions,
    parameters: Object.fromEntries((parameters ?? []).map((parameter) => [parameter, null])),
  };
  const { diagnostics } = lintCypherQuery(text, dbSchema);
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: severities[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});

process.stdout.write(JSON.stringify(results));
