using System.Text;
using DigestBot.Core.Material;

namespace DigestBot.Host.Material;

/// <summary>Reads one article file: size-checked before reading, decoded as UTF-8 (BOM honoured), then parsed.</summary>
internal static class FolderArticleReader
{
    public static readonly string[] Extensions = [".txt", ".md"];

    public static async Task<Article> ReadAsync(FileInfo file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            throw new ArticleFormatException(
                $"{file.Name}: {file.Length:N0} bytes is more than Material:MaxFileBytes ({maxBytes:N0}); skipped.");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleFormatException($"{file.Name}: not valid UTF-8 text; save it as UTF-8 and it will be picked up.");
        }

        var id = Path.GetFileNameWithoutExtension(file.Name);
        var input = new ArticleInput(id, file.FullName, text, Url: null, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
        return ArticleParser.Parse(input);
    }
}
