using System.Globalization;
using System.Text;

namespace DigestBot.Host.Sources;

/// <summary>
/// The main text of one web page as an article: the headline from og:title, the first h1 or the title,
/// the paragraphs of &lt;article&gt; or &lt;main&gt; (the body if neither), without navigation, headers,
/// footers, asides, scripts or styles.
/// </summary>
internal static class PageExtractor
{
    private static readonly string[] Chrome = ["nav", "header", "footer", "aside", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]"];

    public static FetchedItem Extract(FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var html = Decode(fetched);
        var document = HtmlText.Parse(html);
        var title = HtmlText.Collapse(
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
            ?? document.QuerySelector("h1")?.TextContent
            ?? document.Title
            ?? "");
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        if (root is null)
        {
            throw new SourceFetchException("the page has no body");
        }

        HtmlText.RemoveAll(root, Chrome);
        var paragraphs = HtmlText.Paragraphs(root).ToList();
        if (paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        if (title.Length == 0 || paragraphs.Count == 0)
        {
            throw new SourceFetchException("no headline or no paragraphs found on the page");
        }

        var published = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? root.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateTimeOffset? date = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return new FetchedItem(null, UrlNormalizer.Normalize(fetched.FinalUrl), title, paragraphs, date);
    }

    private static string Decode(FetchResult fetched)
    {
        Encoding encoding;
        try
        {
            encoding = fetched.Charset is { Length: > 0 } charset ? Encoding.GetEncoding(charset.Trim('"')) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        return encoding.GetString(fetched.Body);
    }
}
