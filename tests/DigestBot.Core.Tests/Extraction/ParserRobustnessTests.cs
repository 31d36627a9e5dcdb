using DigestBot.Core.Material;

namespace DigestBot.Core.Tests.Extraction;

/// <summary>
/// Articles are untrusted text: whatever a file holds, parsing either succeeds or says why the text is not an
/// article (<see cref="ArticleFormatException"/>); it never fails with anything else.
/// </summary>
public sealed class ParserRobustnessTests
{
    [Theory]
    [InlineData("The answer is minus one")]
    [InlineData("The answer is one")]
    [InlineData("The answer is zero")]
    [InlineData("Prices rose by a")]
    [InlineData("It cost $")]
    [InlineData("It fell 5")]
    [InlineData("It fell 5%")]
    [InlineData("one")]
    [InlineData("minus")]
    [InlineData("“Nothing more,” he")]
    [InlineData("He said: “")]
    public void Parse_BodyEndingMidPhrase_ParsesWithItsLastSentence(string body)
    {
        var article = Parse("Headline\n\n" + body);

        Assert.EndsWith(body, article.SentenceText(article.Sentences.Count - 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryPrefixAndSuffixOfTheSample_NeverThrowsAnythingButAFormatError()
    {
        var text = SampleMaterial.Text;
        var cuts = Enumerable.Range(1, text.Length - 1).Where(i => char.IsWhiteSpace(text[i]) || char.IsPunctuation(text[i])).ToList();
        Assert.True(cuts.Count > 500, "the sample should give hundreds of cut points");

        foreach (var cut in cuts)
        {
            ParseOrFormatError(text[..cut]);
            ParseOrFormatError("Headline\n\n" + text[cut..]);
        }
    }

    private static void ParseOrFormatError(string text)
    {
        try
        {
            Parse(text);
        }
        catch (ArticleFormatException)
        {
            // A clear "this is not an article" is an answer too (an empty body, say).
        }
    }

    private static Article Parse(string text) =>
        ArticleParser.Parse(new ArticleInput("cut", "cut.txt", text, null, new DateTimeOffset(2025, 2, 25, 8, 0, 0, TimeSpan.Zero)));
}
