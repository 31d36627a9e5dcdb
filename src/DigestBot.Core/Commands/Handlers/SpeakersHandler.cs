using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class SpeakersHandler
{
    public static Reply Handle(MaterialSnapshot snapshot)
    {
        if (snapshot.Speakers.Count == 0)
        {
            return Reply.Text("Speakers", "Nobody is quoted in the current news yet.") with { Ephemeral = true };
        }

        var items = snapshot.Speakers
            .Select(s => new ReplyItem(ReplyItemKind.Line, s.Name, $"{s.QuoteCount} quote{(s.QuoteCount == 1 ? "" : "s")}", null))
            .ToList();
        var unattributed = snapshot.UnattributedQuoteCount;
        return new Reply("Speakers", [new ReplySection(null, null, items, [])])
        {
            Footer = unattributed > 0
                ? $"{snapshot.Speakers.Count} speakers; {unattributed} quotes have no confident speaker and are not counted."
                : $"{snapshot.Speakers.Count} speakers. Try /quotes speaker:NAME.",
        };
    }
}
