using System.Globalization;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;

namespace DigestBot.Core.Commands.Handlers;

public static class SourcesHandler
{
    public static Reply Handle(IReadOnlyList<SourceStatus> sources)
    {
        if (sources.Count == 0)
        {
            return Reply.Text("Sources", "No sources are configured.");
        }

        var items = sources.Select(s => new ReplyItem(
            ReplyItemKind.Line,
            $"{(s.Healthy ? "OK" : "FAILING")} {s.Kind} {s.Name}",
            Describe(s),
            null)).ToArray();
        return new Reply("Sources", [new ReplySection(null, null, items, [])]);
    }

    private static string Describe(SourceStatus s)
    {
        var parts = new List<string> { $"{s.ItemCount} item{(s.ItemCount == 1 ? "" : "s")}" };
        if (s.LastSuccess is { } success)
        {
            parts.Add("last success " + success.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        }

        if (s.LastError is { } error)
        {
            parts.Add("last error: " + error);
        }

        return string.Join("; ", parts);
    }
}
