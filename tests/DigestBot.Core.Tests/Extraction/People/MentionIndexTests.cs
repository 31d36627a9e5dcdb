using DigestBot.Core.Material.Extraction;
using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Tests.Extraction.People;

public sealed class MentionIndexTests
{
    public static TheoryData<string> Articles => new()
    {
        SampleMaterial.Text,
        "Local News Roundup\n\nPeter Lang arrived early. Lang left before noon.\n\n“We are done,” Lang said.",

        // A title first written on a later mention, and a role: the seeds' index must not be handed on as is.
        "Budget Talks\n\nAnna Berg met the bankers. Finance Minister Anna Berg said rates would fall.\n\n" +
        "“It is time,” the minister said. Berg and Tom Reyes left together; Reyes said nothing.",

        // Two people sharing a surname, the later one first named in full after the earlier one's surname.
        "Family Business\n\nDonald Trump spoke first. Trump said the deal was good.\n\n" +
        "Melania Trump later joined him. “Not today,” Trump told reporters, and Melania Trump smiled.",
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void For_AfterPeopleExtractor_IndexesExactlyAsAFreshBuild(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var people = PeopleExtractor.Extract(text, sentences);
        var article = TokenizedArticle.Build(text, sentences);

        var used = MentionIndex.For(article, people);
        var fresh = MentionIndex.Build(article, people);

        Assert.Equal(fresh.Mentions, used.Mentions);
        for (var t = 0; t < article.Count; t++)
        {
            Assert.Equal(fresh.ResolvePronoun(t, Gender.Male), used.ResolvePronoun(t, Gender.Male));
            Assert.Equal(fresh.ResolvePronoun(t, Gender.Female), used.ResolvePronoun(t, Gender.Female));
        }
    }
}
