using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class SearchHandler
{
    public static Reply Handle(SearchRequest request, MaterialSnapshot snapshot)
    {
        var title = $"Search: “{request.Text}”";
        var (ids, total) = snapshot.SentenceWords.Page(request.Text, request.Limit);
        if (total == 0)
        {
            return new Reply(title, [new ReplySection(null, "Nothing in the current news mentions all of those words. Try fewer words.", [], [])])
            {
                Ephemeral = true,
            };
        }

        var items = ids.Select(i => ReplyItems.Sentence(snapshot.Sentences[i])).ToArray();
        return new Reply(title, [new ReplySection(null, null, items, [])])
        {
            Footer = QuotesHandler.Counted(items.Length, total, "sentence"),
        };
    }
}
