// The peer for ClaimGraph's load harness: graphql-js 16 behind graphql-http, the stack most Node users would pick,
// serving the part of ClaimGraph's schema the benchmark queries use over an in-memory JSON export of the same store.
// The schema is ClaimGraph's own SDL (fetched from /graphql/schema.graphql by the harness), so both servers validate
// and answer the same documents; resolvers below cover Query.entity and what hangs off it.
//
//   node server.mjs --port 5099 --data export.json --schema schema.graphql
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildSchema, GraphQLError } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    schema: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
for (const name of ['port', 'data', 'schema']) {
  if (!args[name]) {
    console.error(`missing --${name}; usage: node server.mjs --port <n> --data <export.json> --schema <schema.graphql>`);
    process.exit(2);
  }
}

const schema = buildSchema(await readFile(args.schema, 'utf8'));
const data = JSON.parse(await readFile(args.data, 'utf8'));
const byId = (items) => new Map(items.map((item) => [item.id, item]));
const entities = byId(data.entities);
const relations = byId(data.relations);
const claims = byId(data.claims);
const notes = byId(data.notes);

const encodeCursor = (offset) => Buffer.from(`offset:${offset}`).toString('base64');
const decodeCursor = (cursor) => {
  if (cursor == null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GraphQLError(`Malformed cursor '${cursor}'.`);
  return Number(match[1]) + 1;
};

/** A Relay connection over an in-memory list: the page after `after`, at most `first` items. */
function connection(items, first, after, total = items.length, edgeOf = (node) => ({ node })) {
  const start = decodeCursor(after);
  const page = items.slice(start, start + first);
  const edges = page.map((item, i) => ({ cursor: encodeCursor(start + i), ...edgeOf(item) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: start + page.length < total,
      hasPreviousPage: start > 0,
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

function resolve(typeName, fieldName, resolver) {
  const field = schema.getType(typeName)?.getFields()[fieldName];
  if (!field) throw new Error(`${typeName}.${fieldName} is not in the schema`);
  field.resolve = resolver;
}

resolve('Query', 'entity', (_, { id }) => entities.get(id) ?? null);

resolve('Entity', 'relations', (entity, { predicate, direction, origin, first, after }) => {
  const list = entity.relationIds
    .map((id) => relations.get(id))
    .filter((r) => (predicate == null || r.predicate === predicate)
      && (origin == null || r.origin === origin)
      && (direction === 'OUT' ? r.subjectId === entity.id : direction === 'IN' ? r.objectId === entity.id : true));
  return connection(list, first, after);
});
resolve('Entity', 'notes', (entity, { first }) => entity.noteIds.slice(0, first).map((id) => notes.get(id)));

resolve('Relation', 'subject', (relation) => entities.get(relation.subjectId));
resolve('Relation', 'object', (relation) => entities.get(relation.objectId));
resolve('Relation', 'evidence', (relation, { first, after }) => {
  if (decodeCursor(after) + first > relation.evidence.length && relation.evidence.length < relation.evidenceTotal) {
    throw new GraphQLError(`The export holds the first ${relation.evidence.length} evidence claims of each relation.`);
  }
  return connection(relation.evidence, first, after, relation.evidenceTotal, (item) => ({
    quote: item.quote,
    node: claims.get(item.claimId),
  }));
});

resolve('Claim', 'note', (claim) => notes.get(claim.noteId));
resolve('Claim', 'timestampValid', (claim) => (claim.timestampText == null ? null : claim.timestamp != null));

const graphql = createHandler({ schema });
const server = createServer((request, response) => {
  const path = request.url.split('?')[0];
  if (path === '/graphql') {
    graphql(request, response).catch((error) => {
      console.error(error);
      response.writeHead(500).end();
    });
  } else if (path === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  } else {
    response.writeHead(404).end();
  }
});
server.listen(Number(args.port), args.host, () => {
  console.log(`graphql-js ${process.versions.node} peer on http://${args.host}:${args.port}/graphql: ${entities.size} entities, ${relations.size} relations, ${claims.size} claims`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
