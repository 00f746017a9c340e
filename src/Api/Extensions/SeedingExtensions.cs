
namespace ClaimGraph.Api;

public static class SeedingExtensions
{
    /// <summary>Opens the store at start and fills an empty one from the seed catalog (<c>Seeding:Enabled</c>, <c>Seeding:Path</c>).</summary>
    public static IHostApplicationBuilder AddStoreStartup(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedingOptions>().BindConfiguration(SeedingOptions.SectionName);
        builder.Services.AddHostedService<StoreStartup>();
        return builder;
    }
}
