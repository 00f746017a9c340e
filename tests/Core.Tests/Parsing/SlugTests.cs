using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Prime Intellect", "prime-intellect")]
    [InlineData("OpenAI", "openai")]
    [InlineData("Emerging trends in AI development", "emerging-trends-in-ai-development")]
    [InlineData("OpenAI's New Frontier Models: 03 and 04 Mini", "openais-new-frontier-models-03-and-04-mini")]
    [InlineData("Café Déjà-vu!", "cafe-deja-vu")]
    [InlineData("Straße über Øresund", "strasse-uber-oresund")]
    [InlineData("GPT-4.5", "gpt-4-5")]
    [InlineData("Eliza OS (ai16z)", "eliza-os-ai16z")]
    [InlineData("  --Some   ideas -- for what__comes next?! ", "some-ideas-for-what-comes-next")]
    [InlineData("002_bc6b0c7671b90487", "002-bc6b0c7671b90487")]
    [InlineData("Nathan Lambert’s “Interconnects”", "nathan-lamberts-interconnects")]
    [InlineData("日本語", "")]
    public void Makes_lower_case_ascii_kebab_slugs(string text, string slug)
    {
        Slug.From(text).Should().Be(slug);
    }
}
