using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Store;

public sealed class SortedIdsTests
{
    [Theory]
    [InlineData(new[] { 1, 3, 5, 7 }, new[] { 3, 4, 5, 8 }, new[] { 3, 5 })]
    [InlineData(new[] { 2 }, new[] { 1, 2, 3 }, new[] { 2 })]
    [InlineData(new int[0], new[] { 1, 2 }, new int[0])]
    public void Intersect_SimilarLengths_KeepsCommonIdsAscending(int[] a, int[] b, int[] expected)
    {
        Assert.Equal(expected, SortedIds.Intersect(a, b));
        Assert.Equal(expected, SortedIds.Intersect(b, a));
    }

    [Fact]
    public void Intersect_OneListMuchShorter_FindsEveryCommonIdByGalloping()
    {
        var evens = Enumerable.Range(0, 5000).Select(i => i * 2).ToArray();
        int[] rare = [-1, 0, 7, 998, 1000, 9998, 10001];

        Assert.Equal([0, 998, 1000, 9998], SortedIds.Intersect(rare, evens));
        Assert.Equal([0, 998, 1000, 9998], SortedIds.Intersect(evens, rare));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 2)]
    [InlineData(6, 3)]
    [InlineData(100, 5)]
    public void CountBelow_Bound_CountsIdsSmallerThanIt(int bound, int expected)
    {
        Assert.Equal(expected, SortedIds.CountBelow([1, 3, 5, 6, 9], bound));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(7, 0, 4)]
    [InlineData(8, 0, 4)]
    [InlineData(1000, 3, 500)]
    [InlineData(5000, 0, 2500)]
    public void LowerBound_SpanFromPosition_FirstIdNotBelowValue(int value, int from, int expected)
    {
        var evens = Enumerable.Range(0, 2500).Select(i => i * 2).ToArray();

        Assert.Equal(expected, SortedIds.LowerBound(evens.AsSpan(), value, from));
        Assert.Equal(expected, SortedIds.LowerBound((IReadOnlyList<int>)evens, value, from));
    }
}
