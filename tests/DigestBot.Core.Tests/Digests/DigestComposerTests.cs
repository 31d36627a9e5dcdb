using DigestBot.Core.Digests;
using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DateTimeOffset Day = new(2025, 2, 25, 8, 0, 0, TimeSpan.Zero);

    private static readonly MaterialSnapshot Snapshot = MaterialSnapshot.Build(
    [
        new ArticleBuilder("old", "Old news")
            .Quote("Marek Novak", "One.")
            .Quote("Marek Novak", "Two quotes.")
            .Quote("Marek Novak", "Three quotes here.")
            .Figure("40 ships", "what left port")
            .Published(Day.AddDays(-2))
            .Build(),
        new ArticleBuilder("new", "New news")
            .Quote("Anna Kowalski", "Short.")
            .Quote("Anna Kowalski", "A longer quote.")
            .Quote("Anna Kowalski", "The longest quote of all.")
            .Quote("Omar Haddad", "Equal one.")
            .Quote("Omar Haddad", "Equal two.")
            .Quote("Omar Haddad", "Tiny.")
            .Figure("2 million tons", "what was shipped")
            .Published(Day)
            .Build(),
    ]);

    [Fact]
    public void Compose_Since_CountsOnlyNewArticlesQuotesAndFigures()
    {
        var digest = DigestComposer.Compose(Snapshot, Day.AddHours(1), since: Day.AddDays(-1))!;

        Assert.Equal("1 new article", digest.Footer);
        var quotes = digest.Sections.Single(s => s.Heading == "Quotes of the day").Items;
        // Tied on three new quotes each: by name; each speaker's longest two, earlier first on equal length.
        Assert.Equal(["The longest quote of all.", "A longer quote.", "Equal one.", "Equal two."], quotes.Select(q => q.Text));
        Assert.Equal("2 million tons", Assert.Single(digest.Sections.Single(s => s.Heading == "Key numbers").Items).Text);
    }

    [Fact]
    public void Compose_Everything_UsesAllArticlesNewestFirst()
    {
        var digest = DigestComposer.Compose(Snapshot, Day.AddHours(1))!;

        Assert.Equal("2 new articles", digest.Footer);
        Assert.Equal(["New news", "Old news"], digest.Sections[0].Items.Select(i => i.Text));
        var quotes = digest.Sections.Single(s => s.Heading == "Quotes of the day").Items;
        Assert.Equal(6, quotes.Count);
        Assert.Contains(quotes, q => q.Text == "Three quotes here.");
        Assert.Equal(2, digest.Sections.Single(s => s.Heading == "Key numbers").Items.Count);
    }

    [Fact]
    public void Compose_NothingNew_ReturnsNull()
    {
        Assert.Null(DigestComposer.Compose(Snapshot, Day.AddHours(1), since: Day));
    }
}
