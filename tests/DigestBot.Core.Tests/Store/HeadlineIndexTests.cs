using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Store;

public sealed class HeadlineIndexTests
{
    private static readonly HeadlineIndex Index = HeadlineIndex.Build(
    [
        "Oslo Weighs New Rules on Wind Power",
        "U.S. and Russia Discuss Rare Earths",
        "Warsaw Weighs Steel Exports",
        "Zelénskyy Rejects Deal",
    ]);

    [Theory]
    [InlineData("weighs", 0)]
    [InlineData("Weighs steel", 2)]
    [InlineData("eigh", 0)]
    [InlineData("EXPORT", 2)]
    [InlineData("U.S. rare", 1)]
    [InlineData("Zelénskyy", 3)]
    public void FindFirst_EveryWordInHeadline_ReturnsNewestMatch(string query, int expected)
    {
        Assert.Equal(expected, Index.FindFirst(query));
    }

    [Theory]
    [InlineData("zeppelin")]
    [InlineData("Oslo steel")]
    [InlineData("U.K.")]
    public void FindFirst_SomeWordMissing_ReturnsMinusOne(string query)
    {
        Assert.Equal(-1, Index.FindFirst(query));
    }

    [Fact]
    public void FindFirst_NoWords_ReturnsNewest()
    {
        Assert.Equal(0, Index.FindFirst("  "));
    }
}
