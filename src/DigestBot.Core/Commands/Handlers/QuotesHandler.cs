using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class QuotesHandler
{
    public static Reply Handle(QuotesRequest request, MaterialSnapshot snapshot)
    {
        IReadOnlyList<int>? ids = null;
        var title = "Latest quotes";
        if (request.Speaker is { } typed)
        {
            var names = snapshot.ResolveSpeaker(typed);
            if (names.Count == 0)
            {
                return UnknownSpeaker(typed, snapshot);
            }

            if (names.Count > 1)
            {
                return Reply.Error(
                    "Which one?",
                    $"“{typed}” could be {string.Join(" or ", names)}.",
                    $"Try /quotes speaker:\"{names[0]}\"");
            }

            ids = snapshot.QuoteIdsBy(names[0]);
            title = $"Quotes by {names[0]}";
        }

        // Only the quotes shown are looked up; the rest are counted, however many match.
        var total = ids?.Count ?? snapshot.Quotes.Count;
        if (request.Topic is { } topic)
        {
            (ids, total) = snapshot.QuoteWords.Page(topic, request.Limit, ids);
            title += $" about “{topic}”";
        }

        if (total == 0)
        {
            return new Reply(title, [new ReplySection(null, "No quotes match. /speakers lists everyone quoted.", [], [])]) { Ephemeral = true };
        }

        var shown = new QuoteRef[Math.Min(request.Limit, total)];
        for (var i = 0; i < shown.Length; i++)
        {
            shown[i] = snapshot.Quotes[ids is null ? i : ids[i]];
        }

        var sections = shown
            .GroupBy(q => q.Article, ArticleIdentity.Comparer)
            .Select(g => new ReplySection(g.Key.Title, null, g.Select(ReplyItems.Quote).ToArray(), []))
            .ToArray();
        return new Reply(title, sections) { Footer = Counted(shown.Length, total, "quote") };
    }

    internal static string Counted(int shown, int total, string noun) => shown == total
        ? $"{total} {noun}{(total == 1 ? "" : "s")}"
        : $"Showing {shown} of {total} {noun}s; use limit: to see more.";

    private static Reply UnknownSpeaker(string typed, MaterialSnapshot snapshot)
    {
        var known = snapshot.Speakers.Select(s => s.Name).ToList();
        var candidates = known.Concat(known.Select(LastName)).Distinct().ToArray();
        var hint = Suggestions.DidYouMean(Suggestions.Closest(typed, candidates));
        var message = $"Nobody called “{typed}” is quoted in the current news.";
        return Reply.Error(
            "Speaker not found",
            hint.Length > 0 ? $"{message} {hint}" : message,
            known.Count > 0 ? $"Quoted: {string.Join(", ", known.Take(10))}{(known.Count > 10 ? ", …" : "")}" : "No quotes are loaded yet.");
    }

    private static string LastName(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
