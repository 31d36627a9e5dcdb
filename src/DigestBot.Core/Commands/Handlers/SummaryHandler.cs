using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

public static class SummaryHandler
{
    public static Reply Handle(SummaryRequest request, MaterialSnapshot snapshot)
    {
        if (snapshot.Articles.Count == 0)
        {
            return Reply.Text("Summary", "No articles are loaded yet.") with { Ephemeral = true };
        }

        var article = request.Article is null ? snapshot.Articles[0] : Find(request.Article, snapshot);
        if (article is null)
        {
            var titles = snapshot.Articles.Take(5).Select(a => $"{a.Id}: {a.Title}").ToArray();
            return Reply.Error("Article not found", $"No article id or headline matches “{request.Article}”.", ["Recent articles:", .. titles]);
        }

        return Render(article);
    }

    public static Reply Render(Article article)
    {
        var speakers = article.Quotes.Where(q => q.IsAttributed).Select(q => q.Speaker!.Name).Distinct().ToArray();
        var fields = new List<ReplyField>
        {
            new("Quotes", article.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Figures", article.Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (speakers.Length > 0)
        {
            fields.Add(new ReplyField("Speakers", string.Join(", ", speakers)));
        }

        return new Reply(article.Title, [new ReplySection(null, article.Summary, [ReplyItems.Story(article) with { Detail = null }], fields)])
        {
            Footer = article.Url?.ToString() ?? article.Source,
        };
    }

    private static Article? Find(string query, MaterialSnapshot snapshot)
    {
        if (snapshot.FindArticle(query) is { } byId)
        {
            return byId;
        }

        // Headline words: the newest article whose headline has all of them.
        var position = snapshot.Headlines.FindFirst(query);
        return position < 0 ? null : snapshot.Articles[position];
    }
}
