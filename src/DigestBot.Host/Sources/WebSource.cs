namespace DigestBot.Host.Sources;

/// <summary>
/// One configured feed or page. <see cref="Key"/> identifies it in the store and in Quartz; it is derived
/// from the URL so that every instance (and every restart) agrees on it without coordination.
/// </summary>
internal sealed record WebSource(string Key, SourceKind Kind, string Name, Uri Url, TimeSpan PollInterval)
{
    public string KindName => Kind == SourceKind.Feed ? "feed" : "page";

    public static IReadOnlyList<WebSource> From(SourcesOptions options)
    {
        var feeds = options.Feeds.Select(f => Create(SourceKind.Feed, f));
        var pages = options.Pages.Select(p => Create(SourceKind.Page, p));
        return [.. feeds, .. pages];
    }

    private static WebSource Create(SourceKind kind, WebSourceOptions options)
    {
        var url = new Uri(options.Url.Trim(), UriKind.Absolute);
        var kindName = kind == SourceKind.Feed ? "feed" : "page";
        var key = $"{kindName}:{UrlNormalizer.Normalize(url)}";
        var name = string.IsNullOrWhiteSpace(options.Name) ? (url.Host + url.PathAndQuery).TrimEnd('/') : options.Name.Trim();
        return new WebSource(key, kind, name, url, options.PollInterval);
    }
}
