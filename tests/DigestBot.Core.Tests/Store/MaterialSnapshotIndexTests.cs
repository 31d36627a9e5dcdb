using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Store;

public sealed class MaterialSnapshotIndexTests
{
    private static readonly DateTimeOffset Day = new(2025, 2, 25, 8, 0, 0, TimeSpan.Zero);

    private static readonly MaterialSnapshot Snapshot = MaterialSnapshot.Build(
    [
        new ArticleBuilder("old", "Old news")
            .Quote("Anna Kowalski", "Steel is back.")
            .Quote("Marek Kowalczyk", "Not yet.")
            .UnattributedQuote("Who knows.")
            .Published(Day.AddDays(-2))
            .Build(),
        new ArticleBuilder("new", "New news")
            .Quote("Anna Kowalski", "Steel is here.")
            .Quote("Anna Kowalski", "And it stays.")
            .Quote("Omar Haddad", "Good for us.")
            .Published(Day)
            .Build(),
    ]);

    [Fact]
    public void SuggestSpeakers_LastNamePrefix_MostQuotedFirstEachOnce()
    {
        var names = Snapshot.SuggestSpeakers("kow").Select(s => s.Name);

        Assert.Equal(["Anna Kowalski", "Marek Kowalczyk"], names);
    }

    [Theory]
    [InlineData("ANNA", new[] { "Anna Kowalski" })]
    [InlineData("omar h", new[] { "Omar Haddad" })]
    [InlineData("zz", new string[0])]
    public void SuggestSpeakers_FullOrLastNamePrefix_MatchesIgnoringCase(string typed, string[] expected)
    {
        Assert.Equal(expected, Snapshot.SuggestSpeakers(typed).Select(s => s.Name));
    }

    [Fact]
    public void SuggestSpeakers_EmptyOrMax_TakesMostQuotedUpToMax()
    {
        Assert.Equal(3, Snapshot.SuggestSpeakers("").Count);
        Assert.Equal("Anna Kowalski", Assert.Single(Snapshot.SuggestSpeakers("", max: 1)).Name);
        Assert.Single(Snapshot.SuggestSpeakers("kow", max: 1));
    }

    [Fact]
    public void CountPublishedAfter_Cut_CountsNewestArticlesOnly()
    {
        Assert.Equal(2, Snapshot.CountPublishedAfter(null));
        Assert.Equal(1, Snapshot.CountPublishedAfter(Day.AddDays(-1)));
        Assert.Equal(0, Snapshot.CountPublishedAfter(Day));
    }

    [Fact]
    public void QuoteAndFigureCounts_FirstArticles_AreThePrefixesBelongingToThem()
    {
        Assert.Equal(3, Snapshot.QuoteCountOfFirst(1));
        Assert.Equal(6, Snapshot.QuoteCountOfFirst(2));
        Assert.Equal(0, Snapshot.FigureCountOfFirst(2));
        Assert.Equal(1, Snapshot.UnattributedQuoteCount);
        Assert.Equal("Anna Kowalski", Snapshot.Speakers[Snapshot.SpeakerOf(0)].Name);
        Assert.Equal(-1, Snapshot.SpeakerOf(5));
    }
}
