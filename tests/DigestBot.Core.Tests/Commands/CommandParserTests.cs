using DigestBot.Core.Commands;
using DigestBot.Core.Commands.Requests;

namespace DigestBot.Core.Tests.Commands;

public sealed class CommandParserTests
{
    [Fact]
    public void Parse_QuotedOptionValue_KeepsSpaces()
    {
        var result = CommandParser.Parse("/quotes speaker:\"Vladimir Putin\" limit:3");

        Assert.True(result.Succeeded);
        Assert.Equal(new QuotesRequest("Vladimir Putin", null, 3), result.Request);
    }

    [Fact]
    public void Parse_CurlyQuotesFromPhoneKeyboards_Accepted()
    {
        var result = CommandParser.Parse("/quotes speaker:“Vladimir Putin”");

        Assert.Equal(new QuotesRequest("Vladimir Putin", null, 10), result.Request);
    }

    [Fact]
    public void Parse_FreeText_GoesToTheCommandsFreeTextOption()
    {
        Assert.Equal(new SearchRequest("rare earth", 10), CommandParser.Parse("search rare earth").Request);
        Assert.Equal(new QuotesRequest("Putin", null, 10), CommandParser.Parse("/quotes Putin").Request);
    }

    [Fact]
    public void Parse_UmbrellaCommand_IsStripped()
    {
        Assert.Equal(new FiguresRequest("aluminum", 2), CommandParser.Parse("/digestbot figures topic:aluminum limit:2").Request);
        Assert.Equal(new QuotesRequest("Putin", null, 10), CommandParser.Parse("digestbot", "quotes speaker:Putin").Request);
    }

    [Fact]
    public void Parse_ColonInsideSearchText_IsFreeTextNotAnOption()
    {
        var result = CommandParser.Parse("/search Putin: Russia");

        Assert.Equal(new SearchRequest("Putin: Russia", 10), result.Request);
    }

    [Fact]
    public void Parse_Empty_ShowsHelp()
    {
        Assert.IsType<HelpRequest>(CommandParser.Parse("   ").Request);
    }

    [Fact]
    public void Parse_UnknownCommand_SuggestsClosest()
    {
        var result = CommandParser.Parse("/qoutes speaker:Putin");

        Assert.False(result.Succeeded);
        Assert.True(result.Error.IsError);
        Assert.Contains("Did you mean /quotes?", result.Error.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspelledOption_SuggestsTheRealOne()
    {
        var result = CommandParser.Parse("/quotes speker:Putin");

        Assert.False(result.Succeeded);
        Assert.Contains("Did you mean speaker?", result.Error.Sections[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quotes limit:0", "from 1 to 25")]
    [InlineData("/quotes limit:26", "from 1 to 25")]
    [InlineData("/quotes limit:many", "whole number")]
    [InlineData("/search", "needs `text`")]
    [InlineData("/search x", "at least 2")]
    [InlineData("/speakers everyone", "takes no text")]
    [InlineData("/quotes limit:2 limit:3", "twice")]
    public void Parse_InvalidInput_ExplainsWhatIsWrong(string text, string expected)
    {
        var result = CommandParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.True(result.Error.Ephemeral);
        Assert.Contains(expected, result.Error.Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains(result.Error.Sections[0].Items, i => i.Text.StartsWith("Usage: /", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OverlongValue_IsRefused()
    {
        var result = CommandParser.Parse("/search " + new string('a', 201));

        Assert.False(result.Succeeded);
        Assert.Contains("at most 200", result.Error.Sections[0].Text, StringComparison.Ordinal);
    }
}
