using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Tests.Extraction;

public sealed class SpellingTableTests
{
    [Fact]
    public void TryGetValue_AfterAdd_FindsExactSpellingOnly()
    {
        var table = new SpellingTable();
        table.Add("Putin", 7);

        Assert.True(table.TryGetValue("Putin", out var id));
        Assert.Equal(7, id);
        Assert.False(table.TryGetValue("putin", out _));
        Assert.False(table.TryGetValue("Puti", out _));
        Assert.False(table.TryGetValue(string.Empty, out _));
    }

    [Fact]
    public void Add_ManySpellings_KeepsEveryOneThroughGrowth()
    {
        // Past the first table and character array sizes, so both grow while earlier entries must stay found.
        var table = new SpellingTable();
        for (var i = 0; i < 20_000; i++)
        {
            table.Add("word" + i, i - 1);
        }

        Assert.Equal(20_000, table.Count);
        for (var i = 0; i < 20_000; i++)
        {
            Assert.True(table.TryGetValue("word" + i, out var id));
            Assert.Equal(i - 1, id);
        }
    }

    [Fact]
    public void Clear_ForgetsEverything()
    {
        var table = new SpellingTable();
        table.Add("minister", 1);
        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue("minister", out _));
        table.Add("minister", 2);
        Assert.True(table.TryGetValue("minister", out var id));
        Assert.Equal(2, id);
    }
}
