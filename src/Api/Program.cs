using ClaimGraph.Api;
using ClaimGraph.Api.GraphQL;
using ClaimGraph.Api.Health;
using ClaimGraph.Storage;

if (ReadinessProbe.IsRequested(args))
{
    return await ReadinessProbe.RunAsync(args, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(ApiContentRoot.Options(args));

builder.UseDefaultUrl();

builder.AddClaimGraphStore();
builder.AddStartupReport();
builder.AddStoreStartup();
builder.AddClaimGraphApi();
builder.AddHttpCaching();
builder.AddClaimGraphHealthChecks();
builder.AddApiRateLimiting();
builder.AddRequestLimits();
builder.AddDashboardCors();
builder.AddClaimGraphOpenApi();
builder.AddClaimGraphQL();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseApiRateLimiting();
app.UseStoreReadinessGate();
app.UseHttpCaching();
app.UseRequestLimits();

app.UseClaimGraphSwagger();
app.MapClaimGraphHealth();

app.MapEntities();
app.MapClaims();
app.MapNotes();
app.MapPaths();
app.MapSearch();
app.MapStats();
app.MapRelationTypes();
app.MapClaimGraphQL();
app.MapBenchmarking();

app.Run();
return 0;

public partial class Program;
