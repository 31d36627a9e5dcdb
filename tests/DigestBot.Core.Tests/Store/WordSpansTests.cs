using DigestBot.Core.Material.Extraction;
using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests.Store;

public sealed class WordSpansTests
{
    [Theory]
    [InlineData("Putin’s rare-earth plan: 2 million tons, U.S. imports -- 15%")]
    [InlineData("  ")]
    [InlineData("end-")]
    [InlineData("'quoted' words’ and Zelénskyy's x-1")]
    public void WordSpans_AnyText_SameTokensAsWordsTokens(string text)
    {
        var ranges = new List<string>();
        foreach (var range in new WordSpans(text))
        {
            ranges.Add(text[range]);
        }

        Assert.Equal(Words.Tokens(text).Select(t => t.Word), ranges);
    }

    [Fact]
    public void WordIndex_SpellingsOfOneWord_ShareOnePostingList()
    {
        var index = WordIndex.Build(["Putin’s plan", "putin spoke", "PUTIN'S view", "Zelénskyy"]);

        Assert.Equal([0, 1, 2], index.Match("Putin"));
        Assert.Equal([3], index.Match("zelenskyy"));
        Assert.Equal([0], index.Match("putin plan"));
    }
}
