using DigestBot.Core.Replies;

namespace DigestBot.Slack.Rendering;

/// <summary>
/// Turns one reply item into mrkdwn lines: the verbatim text (a quote in quote marks, a figure in bold),
/// who or what it is about, and the link to its sentence. A text too long for one section is continued
/// over several lines, each within <see cref="BlockKitLimits.SectionText"/>.
/// </summary>
internal static class ItemFormatter
{
    private const int MaxDetail = 600;

    public static IEnumerable<(string Line, string Plain)> Format(ReplyItem item)
    {
        var (open, close) = item.Kind switch
        {
            ReplyItemKind.Quote => ("“", "”"),
            ReplyItemKind.Figure or ReplyItemKind.Story => ("*", "*"),
            _ => ("", ""),
        };

        var detail = item.Detail is { Length: > 0 } d ? TextChunker.Truncate(d, MaxDetail) : null;
        var suffix = "";
        if (detail is not null)
        {
            suffix += item.Kind == ReplyItemKind.Story ? $"\n{Mrkdwn.Escape(detail)}" : $" — _{Mrkdwn.Escape(detail)}_";
        }

        if (item.Source is { } source)
        {
            suffix += " · " + Mrkdwn.SourceLink(source.Url, source.Anchor);
        }

        var prefix = "• " + open;
        var plain = detail is null ? item.Text : $"{item.Text} — {detail}";
        var budget = BlockKitLimits.SectionText - prefix.Length - close.Length - suffix.Length - 2;
        var pieces = TextChunker.Split(item.Text, budget).ToList();
        if (pieces.Count == 0)
        {
            pieces.Add("");
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var first = i == 0;
            var last = i == pieces.Count - 1;
            var line = (first ? prefix : "  ") + Mrkdwn.Escape(pieces[i]) + (last ? close + suffix : " …");
            yield return (line, first ? plain : "");
        }
    }
}
