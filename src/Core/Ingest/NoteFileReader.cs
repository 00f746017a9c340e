using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace ClaimGraph.Ingest;

/// <summary>A note file's bytes and their SHA-256, read before anything is decoded or parsed.</summary>
public sealed record NoteFile(string Path, byte[] Bytes, string ContentHash);

/// <summary>Reads note files defensively: every problem becomes an <see cref="InvalidInputException"/> saying what and where.</summary>
public static class NoteFileReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async Task<NoteFile> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                throw new InvalidInputException($"file is {length / (1024.0 * 1024.0):0.0} MB; the limit is {maxBytes / (1024.0 * 1024.0):0.#} MB");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"cannot read file: {e.Message}");
        }

        if (bytes.LongLength > maxBytes)
        {
            throw new InvalidInputException($"file is larger than {maxBytes / (1024.0 * 1024.0):0.#} MB");
        }

        return new NoteFile(path, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Decodes strict UTF-8 (a leading BOM is dropped) and rejects binary, invalid, empty and blank files.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new InvalidInputException("file is empty");
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new InvalidInputException($"binary file: NUL byte at byte offset {nul}", LineAt(bytes, nul));
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = bytesRead + (bytes.Length - content.Length);
                throw new InvalidInputException($"invalid UTF-8 at byte offset {offset} (0x{bytes[offset]:X2})", LineAt(bytes, offset));
            }

            var text = new string(chars, 0, charsWritten);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InvalidInputException("file has only whitespace");
            }

            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
}
