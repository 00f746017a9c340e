using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api.GraphQL;

/// <summary>
/// GraphiQL's restored files, each read once and kept with its Brotli and gzip forms (graphiql.min.js is 3.4 MB raw,
/// a fraction of that compressed) and a version from its content, so the page can reference
/// <c>graphiql.min.js?v=…</c> and the file can be cached for a year as immutable.
/// </summary>
public static class GraphiQLAssetFiles
{
    /// <summary>A year: the longest max-age caches honour; a new file gets a new version, so a new URL.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private static readonly ConcurrentDictionary<(string Path, DateTimeOffset Modified), Lazy<CompressedAsset>> Loaded = new();

    public static CompressedAsset Get(IFileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = (file.PhysicalPath ?? file.Name, file.LastModified);
        return Loaded.GetOrAdd(key, _ => new Lazy<CompressedAsset>(() => CompressedAsset.Read(file))).Value;
    }
}

/// <summary>One asset's bytes as stored, Brotli- and gzip-compressed, and its content version.</summary>
public sealed class CompressedAsset
{
    private CompressedAsset(byte[] identity, byte[] brotli, byte[] gzip, string version)
    {
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
        Version = version;
    }

    public byte[] Identity { get; }

    public byte[] Brotli { get; }

    public byte[] Gzip { get; }

    /// <summary>The first 16 hex digits of the content's SHA-256.</summary>
    public string Version { get; }

    public static CompressedAsset Read(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var identity = copy.ToArray();
        return new CompressedAsset(
            identity,
            Compress(identity, body => new BrotliStream(body, CompressionLevel.Optimal, leaveOpen: true)),
            Compress(identity, body => new GZipStream(body, CompressionLevel.Optimal, leaveOpen: true)),
            Convert.ToHexStringLower(SHA256.HashData(identity))[..16]);
    }

    /// <summary>The best encoding the request accepts (Brotli, then gzip, else none) and its bytes.</summary>
    public (string? Encoding, byte[] Body) For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = request.GetTypedHeaders().AcceptEncoding
            .Where(value => value.Quality is null or > 0)
            .Select(value => value.Value.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return accepted.Contains("br") ? ("br", Brotli)
            : accepted.Contains("gzip") ? ("gzip", Gzip)
            : (null, Identity);
    }

    public EntityTagHeaderValue EntityTag(string? encoding) => new($"\"{Version}{(encoding is null ? "" : "-" + encoding)}\"");

    private static byte[] Compress(byte[] input, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(input);
        }

        return output.ToArray();
    }
}
