namespace DigestBot.Core.Tests.Extraction.People;

/// <summary>The people of the sample article against the gold `people` list, with titles and mention forms.</summary>
public sealed class SampleArticlePeopleTests
{
    [Fact]
    public void Parse_SampleArticle_PeopleAreTheGoldListInOrder()
    {
        string[] gold =
        [
            "Vladimir Putin", "Trump", "Emmanuel Macron", "Scott Bessent", "Mike Waltz", "Marco Rubio", "Steve Witkoff",
            "Sergey Lavrov", "Yuri Ushakov", "Zelenskyy",
        ];

        Assert.Equal(gold, SampleMaterial.Article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Scott Bessent", "Treasury Secretary")]
    [InlineData("Marco Rubio", "Secretary of State")]
    [InlineData("Sergey Lavrov", "Russian Foreign Minister")]
    [InlineData("Emmanuel Macron", "French President")]
    [InlineData("Vladimir Putin", null)]
    public void Parse_SampleArticle_PersonHasTheTitleWrittenBeforeTheName(string name, string? title)
    {
        Assert.Equal(title, SampleMaterial.Article.People.Single(p => p.Name == name).Title);
    }

    [Theory]
    [InlineData("Vladimir Putin", "Putin")]
    [InlineData("Trump", "the president")]
    [InlineData("Scott Bessent", "Treasury Secretary Scott Bessent")]
    public void Parse_SampleArticle_MentionFormsIncludeAliasesAndRoles(string name, string mention)
    {
        Assert.Contains(mention, SampleMaterial.Article.People.Single(p => p.Name == name).Mentions);
    }
}
