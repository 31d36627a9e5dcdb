using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Core.Tests.Extraction.Figures;

public sealed class NewsFigureTests
{
    // Invented sentences, one figure each: the text found, value, unit and qualifier.
    public static TheoryData<string, string, double, string, string?> SingleFigures => new()
    {
        { "The council hired 12 new inspectors last spring.", "12 new inspectors", 12, "count", null },
        { "Twenty-seven towns joined the lawsuit.", "Twenty-seven towns", 27, "count", null },
        { "The bridge will cost $4.5 billion to build.", "$4.5 billion", 4.5e9, "USD", null },
        { "The firm paid $846.8million for the mill.", "$846.8million", 846.8e6, "USD", null },
        { "Donors who gave $3million or more were thanked.", "$3million or more", 3e6, "USD", "at least" },
        { "He lost a billion dollars in a single year.", "a billion dollars", 1e9, "USD", null },
        { "Turnout reached 48 percent in the county.", "48 percent", 0.48, "percent", null },
        { "Prices rose 15% last month.", "15%", 0.15, "percent", null },
        { "She leads by 5 percentage points in the suburbs.", "5 percentage points", 5, "points", null },
        { "Farmers save a quarter of their income.", "a quarter", 0.25, "percent", null },
        { "Nearly eight of 10 voters watched.", "Nearly eight of 10", 0.8, "percent", "approximately" },
        { "The harbour holds about 30 boats.", "about 30 boats", 30, "count", "approximately" },
        { "The plant employs at least 10 local workers.", "at least 10 local workers", 10, "count", "at least" },
        { "Owners may deduct up to $1 million this year.", "up to $1 million", 1e6, "USD", "up to" },
        { "No debate had fewer than four candidates on stage.", "fewer than four candidates", 4, "count", "less than" },
        { "The share exceeds 7% in the capital.", "7%", 0.07, "percent", "more than" },
        { "Exports rose threefold after the deal.", "threefold", 3, "factor", null },
        { "The committee backed the plan by a 3 to 1 margin.", "3 to 1", 3, "factor", null },
        { "Costs could double next year.", "double", 2, "factor", null },
        { "The rebels held the town for nearly two decades.", "nearly two decades", 20, "years", "approximately" },
        { "The hearing lasted 90 minutes in all.", "90 minutes", 90, "minutes", null },
        { "The station ran a 30-second spot on radio.", "30-second", 30, "other:seconds", null },
        { "A 70-year-old farmer won the prize.", "70-year-old", 70, "years", null },
        { "The mayor sent him away at age 12 to study.", "age 12", 12, "years", null },
        { "They will meet before the second debate in May.", "second debate", 2, "ordinal", null },
        { "The club ranks fourth in the league.", "fourth", 4, "ordinal", null },
        { "The storm killed thousands of cattle overnight.", "thousands of cattle", 1000, "count", "order of magnitude" },
        { "Tuition seems to start at six figures now.", "six figures", 1e5, "USD", "at least" },
    };

    [Theory]
    [MemberData(nameof(SingleFigures))]
    public void Extract_OneFigureSentence_FindsTextValueUnitAndQualifier(string sentence, string text, double value, string unit, string? qualifier)
    {
        var figure = Assert.Single(Extract(sentence), f => f.Kind != FigureKind.Year);

        Assert.Equal(text, figure.Text);
        Assert.Equal(value, figure.Value, 6);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void Extract_SplitVote_GivesOneFigurePerSide()
    {
        var figures = Extract("The justices reached a 5-4 decision on Monday.");

        Assert.Equal(["5", "4"], figures.Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal("votes", f.Unit));
        Assert.Equal([5.0, 4.0], figures.Select(f => f.Value));
    }

    [Theory]
    [InlineData("Pay ranged between $30,000 and $60,000 a year.", "between $30,000 and $60,000", 30_000, 60_000, "USD")]
    [InlineData("Bonuses were $500 to $2,000 every quarter.", "$500 to $2,000", 500, 2_000, "USD")]
    [InlineData("A repair takes two to three weeks.", "two to three weeks", 2, 3, "weeks")]
    [InlineData("Unemployment there is in the mid-30s, the rate says.", "mid-30s", 0.34, 0.36, "percent")]
    public void Extract_Range_GivesLowerAndUpperBound(string sentence, string text, double low, double high, string unit)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal(text, figure.Text);
        Assert.Equal(low, figure.Value, 6);
        Assert.Equal(high, figure.ValueHigh!.Value, 6);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Extract_AgeAfterName_ReadsTheAgeAlone()
    {
        var figure = Assert.Single(Extract("The senator, Marsh, 69, spoke first."));

        Assert.Equal("69", figure.Text);
        Assert.Equal("years", figure.Unit);
    }

    [Fact]
    public void Extract_Year_IsKeptAsYearKind()
    {
        var figure = Assert.Single(Extract("The dam was finished in 1994 after long delays."));

        Assert.Equal(FigureKind.Year, figure.Kind);
        Assert.Equal("year", figure.Unit);
        Assert.Equal(1994, figure.Value);
    }

    [Theory]
    [InlineData("The vote is set for Sept. 11 in the old hall.")]
    [InlineData("The meeting starts at 2:45 p.m. sharp.")]
    [InlineData("She joined a Fortune 500 firm.")]
    [InlineData("Investors used the EB-5 route to move here.")]
    [InlineData("No one came to the reading.")]
    [InlineData("One of the guests left early.")]
    [InlineData("It was the first time the choir sang there.")]
    [InlineData("The first lady visited the school.")]
    [InlineData("Rents doubled in the 1990s across the city.", "doubled")]
    [InlineData("A few residents and several shops complained.")]
    public void Extract_NoKeyFigure_ListsNothingElse(string sentence, string? only = null)
    {
        var figures = Extract(sentence).Where(f => f.Kind != FigureKind.Year).Select(f => f.Text);

        Assert.Equal(only is null ? [] : [only], figures);
    }

    [Fact]
    public void Extract_Figures_NeverOverlapAndPointIntoTheText()
    {
        const string text = "Between 2011 and 2016 the bank fired 5,300 employees, about 1 percent of its 100,000 bankers, and paid $185 million.";

        var figures = Extract(text);

        Assert.Equal(["5,300 employees", "about 1 percent", "100,000 bankers", "$185 million"], figures.Where(f => f.Kind != FigureKind.Year).Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal(f.Text, f.Span.Slice(text)));
        Assert.All(figures.Zip(figures.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
    }

    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Extract(text, SentenceSplitter.Split(text));
}
