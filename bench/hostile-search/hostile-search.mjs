// Times the hostile searches of issue 13 against a running API and prints one row per request:
// what was sent, the status, the median and worst wall time over --runs, and whether a normal search right after
// still answered. Node 20, no dependencies.
//
//   node bench/hostile-search/hostile-search.mjs http://localhost:5080 [--runs 5] [--timeout-s 60]
//
// Start the API on a store of your choosing first (e.g. an ingest of ../shared/corpus/tubegraph-dev) with
// RateLimiting__Enabled=false and HttpCaching__ServerCache=false, so every request reaches the store.

const args = process.argv.slice(2);
const base = args.find(a => !a.startsWith('--'));
if (!base) {
  console.error('usage: node hostile-search.mjs <api base url> [--runs N] [--timeout-s S]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', 5);
const timeoutMs = option('--timeout-s', 60) * 1000;

const searchQuery = 'query Search($text: String!) { search(text: $text, first: 3) { claims { claim { id } } } }';
const repeat = (word, n, sep = ' ') => Array(n).fill(word).join(sep);

async function send(method, path, body) {
  const started = performance.now();
  try {
    const response = await fetch(base + path, {
      method,
      headers: body ? { 'content-type': 'application/json', accept: 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, text };
  } catch (error) {
    return { status: error.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : error.message, ms: performance.now() - started, text: '' };
  }
}

const gql = (query, variables) => () => send('POST', '/graphql', { query, variables });
const rest = path => () => send('GET', path);

const cases = [
  ['GraphQL search, 900 KB variable', gql(searchQuery, { text: repeat('ab', 300_000) })],
  ['GraphQL search, 400 x "a"', gql(searchQuery, { text: repeat('a', 400) })],
  ['GraphQL search, 5,000 x "a"', gql(searchQuery, { text: repeat('a', 5_000) })],
  ['REST /api/search, 99 x "a"', rest('/api/search?q=' + repeat('a', 99, '+'))],
  ['REST /api/claims?q=, 99 x "a"', rest('/api/claims?q=' + repeat('a', 99, '+'))],
  ['REST /api/search, "a"', rest('/api/search?q=a')],
  ['GraphQL, 300 aliased searches', gql('{ ' + Array.from({ length: 300 }, (_, i) => `s${i}: search(text: "a a a a a a a a") { claims { claim { id } } }`).join(' ') + ' }')],
  ['GraphQL search, 16 distinct common words', gql(searchQuery, { text: 'the a of and to in is that it for on with as this was are' })],
];

async function normalSearchAnswers() {
  const answer = await send('POST', '/graphql', { query: searchQuery, variables: { text: 'decentralized training' } });
  try {
    return answer.status === 200 && JSON.parse(answer.text).data.search.claims.length > 0;
  } catch {
    return false;
  }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`| request | status | median ms | worst ms | normal search after |`);
console.log(`| --- | --- | ---: | ---: | --- |`);
for (const [name, run] of cases) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const result = await run();
    times.push(result.ms);
    status = result.status;
  }
  const after = await normalSearchAnswers();
  console.log(`| ${name} | ${status} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${after ? 'answers' : 'FAILS'} |`);
}
