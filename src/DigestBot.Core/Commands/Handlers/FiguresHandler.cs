using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class FiguresHandler
{
    public static Reply Handle(FiguresRequest request, MaterialSnapshot snapshot)
    {
        var title = "Key figures";
        // Only the figures shown are looked up; the rest are counted, however many match.
        IReadOnlyList<int>? ids = null;
        var total = snapshot.Figures.Count;
        if (request.Topic is { } topic)
        {
            (ids, total) = snapshot.FigureWords.Page(topic, request.Limit);
            title += $" about “{topic}”";
        }

        if (total == 0)
        {
            return new Reply(title, [new ReplySection(null, "No figures match. Try fewer or other words.", [], [])]) { Ephemeral = true };
        }

        var shown = new FigureRef[Math.Min(request.Limit, total)];
        for (var i = 0; i < shown.Length; i++)
        {
            shown[i] = snapshot.Figures[ids is null ? i : ids[i]];
        }

        var sections = shown
            .GroupBy(f => f.Article, ArticleIdentity.Comparer)
            .Select(g => new ReplySection(g.Key.Title, null, g.Select(ReplyItems.Figure).ToArray(), []))
            .ToArray();
        return new Reply(title, sections) { Footer = QuotesHandler.Counted(shown.Length, total, "figure") };
    }
}
