using DigestBot.Core.Material;

namespace DigestBot.Core.Tests.Extraction.Quotes;

/// <summary>One attribution pattern per test, on short invented sentences.</summary>
public sealed class QuoteExtractorTests
{
    [Fact]
    public void Extract_SpeakerAfterQuote_AttributesToTheNamedPerson()
    {
        var quote = Single(InventedArticle.Parse("“We will build the bridge this year,” Mayor Anna Kovacs said."));

        Assert.Equal("We will build the bridge this year,", quote.Text);
        Assert.Equal("Anna Kovacs", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_VerbBeforeSpeaker_AttributesToThePhraseAfterTheVerb()
    {
        var quote = Single(InventedArticle.Parse("“Prices are falling again,” said Tom Reyes, an economist at the bank."));

        Assert.Equal("Tom Reyes", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_SpeakerBeforeQuote_AttributesToTheSubject()
    {
        var quote = Single(InventedArticle.Parse("Senator Joan Marsh said: “The vote will be held on Friday.”"));

        Assert.Equal("Joan Marsh", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_QuoteSplitAroundSpeaker_BothHalvesShareTheMention()
    {
        var article = InventedArticle.Parse("“The plan is ready,” Joan Marsh told reporters. “We start in May.”");

        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal("Joan Marsh", article.Quotes[1].Speaker?.Name);
        Assert.Equal(article.Quotes[0].Speaker?.Span, article.Quotes[1].Speaker?.Span);
    }

    [Fact]
    public void Extract_SpeakerInsideTheQuote_AttributesBothParts()
    {
        var article = InventedArticle.Parse("“We will win,” Joan Marsh said, “and we will win soon.”");

        Assert.Equal(["Joan Marsh", "Joan Marsh"], article.Quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void Extract_AccordingTo_AttributesToTheSource()
    {
        var quote = Single(InventedArticle.Parse("“The bridge is safe for traffic,” according to Peter Lang."));

        Assert.Equal("Peter Lang", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_PronounSpeaker_ResolvesToTheNearestAgreeingPerson()
    {
        var article = InventedArticle.Parse("Carla Diaz met Tom Reyes at the station.", "“We are ready for the storm,” she said.");
        var quote = Single(article);

        Assert.Equal("Carla Diaz", quote.Speaker?.Name);
        Assert.Equal("she", quote.Speaker?.Text);
    }

    [Fact]
    public void Extract_SurnameAlone_ResolvesToTheFullName()
    {
        var article = InventedArticle.Parse("Governor Peter Lang toured the harbour.", "“The repairs will take a year,” Lang said.");

        Assert.Equal("Peter Lang", Single(article).Speaker?.Name);
        Assert.Equal("Lang", Single(article).Speaker?.Text);
    }

    [Fact]
    public void Extract_RoleMention_ResolvesToThePersonInContext()
    {
        var article = InventedArticle.Parse(
            "Mark Olsen visited the plant on Monday.",
            "“The jobs are coming back to this town,” the president said.");

        Assert.Equal("Mark Olsen", Single(article).Speaker?.Name);
        Assert.Equal("the president", Single(article).Speaker?.Text);
    }

    [Fact]
    public void Extract_DescriptionSpeaker_KeepsThePhraseAsTheName()
    {
        var quote = Single(InventedArticle.Parse("“We disagree with the ruling,” a spokesman for the campaign said."));

        Assert.Equal("a spokesman for the campaign", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("\"We are finished here,\" Peter Lang said.")]
    [InlineData("‘We are finished here,’ Peter Lang said.")]
    [InlineData("«We are finished here,» Peter Lang said.")]
    [InlineData("“We are finished here,\" Peter Lang said.")]
    public void Extract_AnyQuotationMarks_FindTheQuote(string paragraph)
    {
        var quote = Single(InventedArticle.Parse(paragraph));

        Assert.Equal("We are finished here,", quote.Text);
        Assert.Equal("Peter Lang", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_QuoteRunningIntoTheNextParagraph_ContinuesWithTheSameSpeaker()
    {
        var article = InventedArticle.Parse(
            "Joan Marsh said: “The first part of the plan is the longest one.",
            "“The second part ends here.”");

        Assert.Equal(["The first part of the plan is the longest one.", "The second part ends here."], article.Quotes.Select(q => q.Text));
        Assert.Equal(["Joan Marsh", "Joan Marsh"], article.Quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void Extract_UnclosedMarkWithNoContinuation_IsIgnored()
    {
        var article = InventedArticle.Parse("The council met on Monday.", "“`");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Extract_ScareQuotes_AreNotSpeech()
    {
        var article = InventedArticle.Parse("The “reform” passed quietly on Monday after a short debate.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Extract_ProgrammeTitle_IsNotSpeech()
    {
        var article = InventedArticle.Parse("Joan Marsh appeared on NBC’s “Morning Report” on Sunday.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Extract_ShortFragmentWithAttribution_IsSpeech()
    {
        var quote = Single(InventedArticle.Parse("Joan Marsh described the plan as “very fair,” and left the room."));

        Assert.Equal("very fair,", quote.Text);
        Assert.Equal("Joan Marsh", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_ParticipleCue_UsesTheSentenceSubject()
    {
        var quote = Single(InventedArticle.Parse("Peter Lang also spoke about taxes, calling them “a burden on every family.”"));

        Assert.Equal("Peter Lang", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_NoAttribution_LeavesTheSpeakerNull()
    {
        var quote = Single(InventedArticle.Parse("“The river has risen higher than anyone here can remember.”"));

        Assert.Null(quote.Speaker);
        Assert.False(quote.IsAttributed);
    }

    [Fact]
    public void Extract_QuotationMarksInsideMarkup_AreIgnored()
    {
        var article = InventedArticle.Parse("<tweet id=\"123456\" author=\"@harbour\">The ferry is late again today</tweet>.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Extract_NewSentenceAfterAFinishedQuote_IsNotItsAttribution()
    {
        var article = InventedArticle.Parse("“The ferry will run on time from now on.” Peter Lang said that he doubted it.");

        Assert.Null(Single(article).Speaker);
    }

    private static Quote Single(Article article) => Assert.Single(article.Quotes);
}
