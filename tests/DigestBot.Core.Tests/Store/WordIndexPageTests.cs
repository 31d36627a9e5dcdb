using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Store;

public sealed class WordIndexPageTests
{
    private static readonly WordIndex Index = WordIndex.Build(
    [
        "wind power rises", "solar power", "wind farms", "power to the wind", "wind", "more wind power",
    ]);

    [Fact]
    public void Page_SeveralWords_FirstIdsAndTotalOfEntriesWithAll()
    {
        var (first, total) = Index.Page("wind power", take: 2);

        Assert.Equal([0, 3], first);
        Assert.Equal(3, total);
        Assert.Equal(Index.Match("wind power"), Index.Page("wind power", take: 10).First);
    }

    [Fact]
    public void Page_Within_KeepsOnlyThoseIds()
    {
        var (first, total) = Index.Page("wind", take: 10, within: [1, 2, 5]);

        Assert.Equal([2, 5], first);
        Assert.Equal(2, total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("wind hydrogen")]
    public void Page_NoWordsOrUnknownWord_Empty(string query)
    {
        var (first, total) = Index.Page(query, take: 10);

        Assert.Empty(first);
        Assert.Equal(0, total);
    }
}
