using DigestBot.Core.Tests.Extraction.Quotes;

namespace DigestBot.Core.Tests.Extraction.People;

public sealed class PeopleExtractorTests
{
    [Fact]
    public void Extract_TitleBeforeName_KeepsTheTitle()
    {
        var person = Assert.Single(InventedArticle.Parse("Finance Minister Elena Petrova met the bankers.").People);

        Assert.Equal("Elena Petrova", person.Name);
        Assert.Equal("Finance Minister", person.Title);
    }

    [Fact]
    public void Extract_SurnameAfterFullName_IsTheSamePerson()
    {
        var person = Assert.Single(InventedArticle.Parse("Peter Lang arrived early.", "Lang left before noon.").People);

        Assert.Equal(["Peter Lang", "Lang"], person.Mentions);
    }

    [Fact]
    public void Extract_PlacesAndInstitutions_AreNotPeople()
    {
        var article = InventedArticle.Parse("Officials from the White House flew to Riyadh, Saudi Arabia, and then to Ukraine.");

        Assert.Empty(article.People);
    }

    [Fact]
    public void Extract_TitleCaseHeadline_CreatesNoPeople()
    {
        var article = Material.ArticleParser.Parse(new Material.ArticleInput(
            "h", "h.txt", "Markets Rally As Rates Fall\n\nShares rose on Monday.", null, DateTimeOffset.UnixEpoch));

        Assert.Empty(article.People);
    }

    [Fact]
    public void Extract_LoneUnknownNameInMidSentence_IsAPerson()
    {
        var person = Assert.Single(InventedArticle.Parse("The decision reportedly upset Okonkwo.").People);

        Assert.Equal("Okonkwo", person.Name);
    }

    [Fact]
    public void Extract_RoleReferringToAPerson_IsOneOfTheirMentions()
    {
        var article = InventedArticle.Parse("Mark Olsen visited the plant.", "The president also met the workers.");

        Assert.Contains("the president", Assert.Single(article.People).Mentions);
    }

    [Fact]
    public void Extract_SpeechVerbSubject_IsAPersonWithoutGivenName()
    {
        var article = InventedArticle.Parse("Zubrowski said the talks would resume.");

        Assert.Equal("Zubrowski", Assert.Single(article.People).Name);
    }
}
