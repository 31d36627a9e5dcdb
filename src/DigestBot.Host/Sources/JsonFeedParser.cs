using System.Globalization;
using System.Text.Json;

namespace DigestBot.Host.Sources;

/// <summary>JSON Feed 1.0/1.1 into <see cref="FetchedItem"/>s.</summary>
internal static class JsonFeedParser
{
    public static IReadOnlyList<FetchedItem> Parse(byte[] body, Uri baseUrl)
    {
        JsonFeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(body, JsonFeedContext.Default.JsonFeedDocument);
        }
        catch (JsonException exception)
        {
            throw new SourceFetchException($"not a valid JSON Feed: {exception.Message}", exception);
        }

        if (document?.Version is not { } version || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceFetchException("JSON without a jsonfeed.org \"version\"; not a JSON Feed");
        }

        return (document.Items ?? []).Select(i => ToItem(i, baseUrl)).Where(i => i is not null).Select(i => i!).ToList();
    }

    private static FetchedItem? ToItem(JsonFeedItem item, Uri baseUrl)
    {
        var paragraphs = item.ContentHtml is { Length: > 0 } html ? HtmlText.Paragraphs(html)
            : item.ContentText is { Length: > 0 } text ? HtmlText.PlainParagraphs(text)
            : item.Summary is { Length: > 0 } summary ? HtmlText.PlainParagraphs(summary)
            : [];
        var title = HtmlText.Collapse(item.Title ?? "");
        if (title.Length == 0 && paragraphs.Count == 0)
        {
            return null;
        }

        if (title.Length == 0)
        {
            title = paragraphs[0];
            paragraphs = paragraphs.Skip(1).ToList();
        }

        var id = item.Id switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => null,
        };
        return new FetchedItem(string.IsNullOrWhiteSpace(id) ? null : id.Trim(), UrlNormalizer.Normalize(item.Url, baseUrl), title, paragraphs, Date(item.DatePublished ?? item.DateModified));
    }

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
