using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction.Figures;

namespace DigestBot.Core.Tests.Extraction.Figures;

public sealed class FigureRecognizerTests
{
    [Theory]
    [InlineData("two hundred and two thousand", "two hundred and two thousand", 202_000)]
    [InlineData("He counted twenty-one trillion three hundred.", "twenty-one trillion three hundred", 21_000_000_000_300)]
    [InlineData("Bring a dozen.", "a dozen", 12)]
    [InlineData("Add 3/4 of a cup.", "3/4", 0.75)]
    [InlineData("It came to twenty and three fifths.", "twenty and three fifths", 20.6)]
    [InlineData("They raised 1.5bn last year.", "1.5bn", 1.5e9)]
    [InlineData("The population is 3 million and a half", "3 million and a half", 3_500_000)]
    [InlineData("Total: 12,34,567.89", "12,34,567.89", 1_234_567.89)]
    [InlineData("minus five point five", "minus five point five", -5.5)]
    [InlineData("I counted six million and two thirds", "six million and two thirds", 6_666_666.6666667)]
    [InlineData("the result is ¾", "¾", 0.75)]
    [InlineData("-4/5", "-4/5", -0.8)]
    public void Recognize_NumberModel_ReadsValue(string input, string text, double value)
    {
        var figure = Assert.Single(FigureRecognizer.Recognize(input, new FigureRecognizerOptions(FigureModels.Number)));

        Assert.Equal(text, figure.Span.Slice(input));
        Assert.Equal(value, figure.Value!.Value, 6);
    }

    [Fact]
    public void Recognize_DottedCode_GivesSeparateNumbers()
    {
        var figures = FigureRecognizer.Recognize("192.168.1.2", new FigureRecognizerOptions(FigureModels.Number));

        Assert.Equal([192.0, 168, 1, 2], figures.Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("Which one do you prefer?")]
    [InlineData("the 180ml liquid")]
    public void Recognize_NumberModel_SkipsPronounAndGluedUnits(string input) =>
        Assert.Empty(FigureRecognizer.Recognize(input, new FigureRecognizerOptions(FigureModels.Number)));

    [Theory]
    [InlineData(FigureModels.Percentage, "just need minus five percent", "minus five percent", -5)]
    [InlineData(FigureModels.Currency, "the loan was us $ 150 million", "us $ 150 million", 150_000_000)]
    [InlineData(FigureModels.Currency, "it only cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45)]
    [InlineData(FigureModels.Dimension, "its 3-inch thickness", "3-inch", 3)]
    [InlineData(FigureModels.Dimension, "he is 5 feet 2 inches", "5 feet 2 inches", 5.1666667)]
    [InlineData(FigureModels.Temperature, "set it to 98.6 degrees f now", "98.6 degrees f", 98.6)]
    [InlineData(FigureModels.Age, "When she was five years old, she rode.", "five years old", 5)]
    [InlineData(FigureModels.Ordinal, "the twenty-fifth floor", "twenty-fifth", 25)]
    public void Recognize_UnitModels_FindSpanAndValue(FigureModels model, string input, string text, double value)
    {
        var figure = Assert.Single(FigureRecognizer.Recognize(input, new FigureRecognizerOptions(model)));

        Assert.Equal(text, figure.Span.Slice(input));
        Assert.Equal(value, figure.Value!.Value, 6);
    }

    [Theory]
    [InlineData("The number is between 20 and 30.", false, "between 20 and 30", "[20,30)")]
    [InlineData("The number is between 20 and 30.", true, "between 20 and 30", "[20,30]")]
    [InlineData("He is more than thirty years old.", false, "more than thirty", "(30,)")]
    [InlineData("x is no more than 50 and no less than 20.", false, "no more than 50 and no less than 20", "[20,50]")]
    [InlineData("about five hundred or less in stock", false, "five hundred or less", "(,500]")]
    public void Recognize_RangeModel_RendersInterval(string input, bool experimental, string text, string interval)
    {
        var figure = Assert.Single(FigureRecognizer.Recognize(input, new FigureRecognizerOptions(FigureModels.Range, ExperimentalMode: experimental)));

        Assert.Equal(text, figure.Span.Slice(input));
        Assert.Equal(interval, figure.ValueText);
        Assert.Equal(FigureKind.Range, figure.Kind);
    }

    [Fact]
    public void Recognize_SuppressExtendedTypes_DropsRelativeOrdinals()
    {
        const string input = "Show me the next one, not the first.";

        var all = FigureRecognizer.Recognize(input, new FigureRecognizerOptions(FigureModels.Ordinal));
        var plain = FigureRecognizer.Recognize(input, new FigureRecognizerOptions(FigureModels.Ordinal, SuppressExtendedTypes: true));

        Assert.Equal(["next one", "first"], all.Select(f => f.Span.Slice(input)));
        Assert.Equal(["first"], plain.Select(f => f.Span.Slice(input)));
    }

    [Fact]
    public void Recognize_PercentMode_ReadsShareAsPercentage()
    {
        var figure = Assert.Single(FigureRecognizer.Recognize("one out of three", new FigureRecognizerOptions(FigureModels.Percentage, PercentMode: true)));

        Assert.Equal(100.0 / 3, figure.Value!.Value, 6);
    }
}
