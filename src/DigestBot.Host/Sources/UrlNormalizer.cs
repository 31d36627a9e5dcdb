namespace DigestBot.Host.Sources;

/// <summary>
/// One spelling per article URL, so the same story linked with tracking parameters, a fragment or a
/// trailing slash is recognised: lowercase scheme and host, default port dropped, fragment and utm_*
/// parameters dropped, trailing slash trimmed.
/// </summary>
internal static class UrlNormalizer
{
    public static string Normalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = string.Join('&', url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        var path = url.AbsolutePath.Length > 1 ? url.AbsolutePath.TrimEnd('/') : "";
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{url.Scheme.ToLowerInvariant()}://{url.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    public static string? Normalize(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // On Unix "/2024/story" parses as an absolute file: URI, so only http(s) counts as absolute here.
        var text = url.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return Normalize(absolute);
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, text, out var relative) && relative.Scheme is "http" or "https")
        {
            return Normalize(relative);
        }

        return null;
    }
}
