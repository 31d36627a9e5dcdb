using DigestBot.Core.Material;

namespace DigestBot.Core.Tests.Extraction.Quotes;

/// <summary>The sample article against ../shared/eval/putin-rare-earths.gold.json: every quote, span and speaker.</summary>
public sealed class SampleArticleQuoteTests
{
    // (start, end, speaker) of the 12 gold quotes; the file is BMP-only, so code points equal UTF-16 indexes.
    public static TheoryData<int, int, int, string> Gold => new()
    {
        { 0, 718, 788, "Vladimir Putin" },
        { 1, 831, 967, "Vladimir Putin" },
        { 2, 1419, 1435, "Vladimir Putin" },
        { 3, 1439, 1647, "Vladimir Putin" },
        { 4, 1664, 1771, "Vladimir Putin" },
        { 5, 1855, 1961, "Vladimir Putin" },
        { 6, 2493, 2615, "Trump" },
        { 7, 2630, 2673, "Trump" },
        { 8, 2677, 2713, "Trump" },
        { 9, 2822, 2855, "Trump" },
        { 10, 2914, 2925, "Scott Bessent" },
        { 11, 2985, 3004, "Trump" },
    };

    private static Article Article => SampleMaterial.Article;

    [Fact]
    public void Parse_SampleArticle_FindsExactlyTwelveQuotes()
    {
        Assert.Equal(12, Article.Quotes.Count);
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void Parse_SampleArticle_QuoteHasGoldSpanAndSpeaker(int index, int start, int end, string speaker)
    {
        var quote = Article.Quotes[index];

        Assert.Equal(new TextSpan(start, end), quote.Span);
        Assert.Equal(Article.Text[start..end], quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void Parse_SampleArticle_SpeakerCountsMatchGold()
    {
        var counts = Article.Quotes.GroupBy(q => q.Speaker?.Name ?? "-").ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int> { ["Vladimir Putin"] = 6, ["Trump"] = 5, ["Scott Bessent"] = 1 }, counts);
    }

    [Fact]
    public void Parse_SampleArticle_ThePresidentIsResolvedToTrump()
    {
        var quote = Article.Quotes.Single(q => q.Text.StartsWith("They are very close", StringComparison.Ordinal));

        Assert.Equal("the president", quote.Speaker?.Text);
        Assert.Equal("Trump", quote.Speaker?.Name);
        Assert.Equal("the president", quote.Speaker!.Span.Slice(Article.Text));
    }

    [Fact]
    public void Parse_SampleArticle_SplitQuoteSharesTheMentionOfItsFirstHalf()
    {
        Assert.Equal(Article.Quotes[0].Speaker, Article.Quotes[1].Speaker);
        Assert.Equal("Putin", Article.Quotes[0].Speaker?.Text);
    }

    [Fact]
    public void Parse_SampleArticle_StrayOpeningMarkAtTheEndIsNotAQuote()
    {
        var strayMark = Article.Text.LastIndexOf('“');

        Assert.DoesNotContain(Article.Quotes, q => q.Span.End > strayMark);
    }

    [Fact]
    public void Parse_SampleArticle_QuoteSentenceHoldsTheQuote()
    {
        Assert.All(Article.Quotes, q => Assert.True(Article.Sentences[q.SentenceIndex].Span.Contains(q.Span.Start)));
    }
}
