using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class FiguresHandler
{
    public static Reply Handle(FiguresRequest request, MaterialSnapshot snapshot)
    {
        var title = "Key figures";
        IReadOnlyList<FigureRef> matched = snapshot.Figures;
        if (request.Topic is { } topic)
        {
            matched = snapshot.FigureWords.Match(topic).Select(i => snapshot.Figures[i]).ToList();
            title += $" about “{topic}”";
        }

        if (matched.Count == 0)
        {
            return new Reply(title, [new ReplySection(null, "No figures match. Try fewer or other words.", [], [])]) { Ephemeral = true };
        }

        var shown = matched.Take(request.Limit).ToList();
        var sections = shown
            .GroupBy(f => f.Article)
            .Select(g => new ReplySection(g.Key.Title, null, g.Select(ReplyItems.Figure).ToArray(), []))
            .ToArray();
        return new Reply(title, sections) { Footer = QuotesHandler.Counted(shown.Count, matched.Count, "figure") };
    }
}
