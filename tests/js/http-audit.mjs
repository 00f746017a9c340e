// Runs graphql-http's GraphQL-over-HTTP server audits against a running server.
//
// Usage: node http-audit.mjs http://127.0.0.1:5000/graphql
// Output: { "auditVersion", "url", "results": [ { id, name, requirement, status, reason, responseStatus, responseBody } ] }
//         status is graphql-http's: ok, notice (MAY), warn (SHOULD), error (MUST). The exit code is 0 whenever the
//         audits ran; judging the results is the caller's business.
import { readFile } from 'node:fs/promises';
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node http-audit.mjs <graphql endpoint url>\n');
  process.exit(2);
}

const auditPackage = JSON.parse(
  await readFile(new URL('./node_modules/graphql-http/package.json', import.meta.url), 'utf8'),
);

async function bodyOf(response) {
  if (!response) return null;
  try {
    const text = await response.clone().text();
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  } catch {
    return null; // the audit already consumed the body
  }
}

const results = [];
for (const audit of serverAudits({ url })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    result = { id: audit.id, name: audit.name, status: 'error', reason: `audit threw: ${error?.message ?? error}` };
  }
  results.push({
    id: result.id,
    name: result.name,
    requirement: result.name.split(' ', 1)[0],
    status: result.status,
    reason: result.reason ?? null,
    responseStatus: result.response?.status ?? null,
    responseBody: result.status === 'ok' ? null : await bodyOf(result.response),
  });
}

process.stdout.write(
  JSON.stringify({ auditVersion: auditPackage.version, url, results }, null, 2) + '\n',
);
