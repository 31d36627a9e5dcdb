using System.Text;

namespace DigestBot.Slack.Rendering;

/// <summary>
/// Slack's three control characters. Escaping them in every piece of untrusted text is what keeps
/// <c>&lt;!channel&gt;</c>, <c>&lt;@U123&gt;</c> or <c>&lt;http://x|y&gt;</c> inside an article inert.
/// Nothing else is entity-encoded: Slack would show it literally.
/// </summary>
internal static class Mrkdwn
{
    // Bounds that keep an item's decorations far below a section's 3000 characters.
    private const int MaxUrl = 1000;
    private const int MaxAnchor = 200;

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny('&', '<', '>');
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                var c => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>How long <paramref name="c"/> becomes once escaped.</summary>
    public static int EscapedLength(char c) => c switch
    {
        '&' => 5,
        '<' or '>' => 4,
        _ => 1,
    };

    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            length += EscapedLength(c) - 1;
        }

        return length;
    }

    /// <summary>A link to an article, or its anchor as code when it has no web address.</summary>
    public static string SourceLink(Uri? url, string anchor)
    {
        anchor = TextChunker.Truncate(anchor, MaxAnchor);
        if (url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && url.AbsoluteUri.Length <= MaxUrl)
        {
            // '|' would end the URL part of Slack's <url|label> syntax early.
            var target = Escape(url.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
            return $"<{target}|{Escape(anchor)}>";
        }

        return $"`{Escape(anchor)}`";
    }
}
