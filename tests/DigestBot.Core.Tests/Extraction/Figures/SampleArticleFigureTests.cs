using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Tests.Extraction.Figures;

public sealed class SampleArticleFigureTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Material", "putin-rare-earths.txt"));

    // The eight key figures annotated in ../shared/eval/putin-rare-earths.gold.json (span, value, unit, qualifier).
    public static TheoryData<string, int, int, double, string, string?> Gold => new()
    {
        { "around 2 million tons of aluminum", 1006, 1039, 2_000_000, "t", "approximately" },
        { "2017", 1162, 1166, 2017, "year", null },
        { "approximately 15% of U.S. aluminum imports", 1189, 1231, 0.15, "percent", "approximately" },
        { "at least threefold", 1281, 1299, 3, "factor", "at least" },
        { "third anniversary", 2009, 2026, 3, "ordinal", null },
        { "thousands of civilian deaths", 2084, 2112, 1000, "count", "order of magnitude" },
        { "millions", 2137, 2145, 1_000_000, "count", "order of magnitude" },
        { "billions of dollars", 2435, 2454, 1_000_000_000, "USD", "order of magnitude" },
    };

    [Fact]
    public void Extract_SampleArticle_FindsExactlyTheEightGoldFigures()
    {
        var figures = Extract();

        Assert.Equal(Gold.Select(g => (string)g[0]), figures.Select(f => f.Text));
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void Extract_SampleArticle_GoldFigureHasSpanValueUnitAndQualifier(string text, int start, int end, double value, string unit, string? qualifier)
    {
        var figure = Assert.Single(Extract(), f => f.Text == text);

        Assert.Equal(new TextSpan(start, end), figure.Span);
        Assert.Equal(value, figure.Value, 6);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void Extract_SampleArticle_AboutPhrasesComeFromTheFigureSentence()
    {
        var figures = Extract();
        var sentences = SentenceSplitter.Split(Text);

        Assert.All(figures, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.About));
            Assert.Contains(f.About.Split(" … ")[0], sentences[f.SentenceIndex].Span.Slice(Text), StringComparison.Ordinal);
        });
        Assert.Contains("Russia could supply", Assert.Single(figures, f => f.Unit == "t").About, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SampleArticle_MarksYearKindAndVagueQuantities()
    {
        var figures = Extract();

        Assert.Equal(FigureKind.Year, Assert.Single(figures, f => f.Unit == "year").Kind);
        Assert.Equal(3, figures.Count(f => f.Vague));
    }

    private static IReadOnlyList<Figure> Extract() => FigureExtractor.Extract(Text, SentenceSplitter.Split(Text));
}
