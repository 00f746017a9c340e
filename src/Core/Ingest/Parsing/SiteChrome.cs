using System.Text;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Text that web pages and podcast directories wrap around the content (sign-up prompts, subscription footers, the
/// directory's localized UI strings). It is not what the author said, so it never becomes a claim.
/// </summary>
internal static class SiteChrome
{
    // Whole lines of page UI, compared after whitespace and apostrophe normalisation, case-insensitively.
    private static readonly string[] Lines =
    [
        "Podcast artwork", "Categorieën:", "Categorieën", "Categories:", "Categories", "Kategorien:", "Catégories :",
        "Catégories:", "Categorías:", "Categorie:", "Visit the podcast's native language site",
        "Bezoek de website van de podcast in de oorspronkelijke taal", "Share", "Subscribe", "Subscribe now", "Sign in",
        "Sign up", "Listen now", "Listen on Apple Podcasts", "Listen on Spotify", "Read more", "Related Episodes",
        "Leave a comment", "Share this post", "Discover more from", "Afleveringen", "Episodes",
    ];

    // Lines or sentences that start like this are page UI too.
    private static readonly string[] Prefixes =
    [
        "Get your free personalized podcast brief", "We scan new podcasts and send you the top", "This is a public episode",
        "If you'd like to discuss this with other subscribers", "Consider becoming a subscriber",
        "Consider becoming a free or paid subscriber", "Thanks for reading", "Subscribe to ", "Visit the podcast's",
        "To receive new posts and support my work", "Share this post", "Upgrade to paid",
    ];

    private static readonly string[] Fragments = ["is a reader-supported publication"];

    // Headings the brief pages put above lists of other insights; they become the section of what follows.
    private static readonly string[] SectionHeadings = ["Related Insights", "More Insights", "Related insights", "Similar Insights", "Top Insights"];

    public static bool IsChrome(string text)
    {
        var normalized = Normalize(text);
        foreach (var line in Lines)
        {
            if (normalized.Equals(line, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var fragment in Fragments)
        {
            if (normalized.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSectionHeading(string text)
    {
        var normalized = Normalize(text).TrimEnd(':');
        foreach (var heading in SectionHeadings)
        {
            if (normalized.Equals(heading, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c is '’' or '‘' ? '\'' : c);
        }

        return result.ToString();
    }
}
