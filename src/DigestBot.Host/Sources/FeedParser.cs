using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;

namespace DigestBot.Host.Sources;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 (System.ServiceModel.Syndication over a locked-down XmlReader) and JSON Feed
/// 1.x into <see cref="FetchedItem"/>s. Item bodies are HTML or text, turned into plain paragraphs.
/// </summary>
internal static class FeedParser
{
    public static IReadOnlyList<FetchedItem> Parse(FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return LooksLikeJson(fetched)
            ? JsonFeedParser.Parse(fetched.Body, fetched.FinalUrl)
            : ParseXml(fetched.Body, fetched.FinalUrl);
    }

    private static bool LooksLikeJson(FetchResult fetched)
    {
        if (fetched.MediaType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var b in fetched.Body.AsSpan(0, Math.Min(fetched.Body.Length, 64)))
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static IReadOnlyList<FetchedItem> ParseXml(byte[] body, Uri baseUrl)
    {
        if (SafeXml.DeclaresDtd(body))
        {
            throw new SourceFetchException("the XML declares a DTD or entities; refused (DTDs are never processed: no XXE, no entity expansion)");
        }

        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), SafeXml.Settings(body.LongLength));
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter();
                if (!formatter.CanRead(reader))
                {
                    throw new SourceFetchException($"<{reader.LocalName}> is neither an RSS 2.0 <rss> nor an Atom <feed> document");
                }
            }

            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException exception)
        {
            throw new SourceFetchException($"not well-formed XML: {exception.Message}", exception);
        }

        return feed.Items.Select(item => ToItem(item, baseUrl)).Where(i => i is not null).Select(i => i!).ToList();
    }

    private static FetchedItem? ToItem(SyndicationItem item, Uri baseUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        var url = link is null ? null : UrlNormalizer.Normalize(link.OriginalString, item.BaseUri ?? baseUrl);
        var paragraphs = BodyOf(item);
        var title = HtmlText.Collapse(item.Title?.Text is { } t ? TitleText(item.Title, t) : "");
        if (title.Length == 0 && paragraphs.Count == 0)
        {
            return null;
        }

        if (title.Length == 0)
        {
            title = paragraphs[0];
            paragraphs = paragraphs.Skip(1).ToList();
        }

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        var guid = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
        return new FetchedItem(guid, url, title, paragraphs, published);
    }

    private static IReadOnlyList<string> BodyOf(SyndicationItem item)
    {
        // RSS puts the full text in <content:encoded> when it has it; <description> is often a teaser.
        var encoded = item.ElementExtensions
            .Where(e => e.OuterName == "encoded" && e.OuterNamespace == "http://purl.org/rss/1.0/modules/content/")
            .Select(e => e.GetObject<string>())
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (encoded is not null)
        {
            return HtmlText.Paragraphs(encoded);
        }

        var content = item.Content as TextSyndicationContent ?? item.Summary;
        if (content is null)
        {
            return [];
        }

        return IsPlain(content) ? HtmlText.PlainParagraphs(content.Text) : HtmlText.Paragraphs(content.Text);
    }

    private static string TitleText(TextSyndicationContent title, string text) =>
        IsPlain(title) ? text : string.Join(' ', HtmlText.Paragraphs(text));

    // RSS has no content type: its description is escaped HTML but arrives marked "text". Text that
    // holds tags is therefore read as HTML, so its scripts are dropped rather than shown as words.
    private static bool IsPlain(TextSyndicationContent content) =>
        content.Type == "text" && !Regex.IsMatch(content.Text, "<[a-zA-Z/!]", RegexOptions.None, TimeSpan.FromSeconds(1));

    // Real feeds write dates every which way; an odd date must not cost the whole feed.
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        // RFC 822 zone names .NET does not know ("Mon, 02 Jan 2006 15:04:05 EST"): read the date, assume UTC.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(text[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        value = default;
        return true;
    }
}
