namespace ClaimGraph.GraphQL;
