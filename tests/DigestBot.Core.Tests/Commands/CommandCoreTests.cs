using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Core.Tests.Commands;

public sealed class CommandCoreTests
{
    private static readonly CommandContext Context = new(new Caller("u1", "Ana", IsModerator: false), new ChannelRef("console", "local"));

    private readonly MaterialStore _store = new();
    private readonly Mock<ISourceCatalog> _sources = new();
    private readonly CommandCore _core;

    public CommandCoreTests()
    {
        _core = new CommandCore(
            _store,
            _sources.Object,
            Mock.Of<IScheduleBook>(),
            Mock.Of<IAuditLog>(),
            Mock.Of<IPostHistory>(),
            [],
            new FakeTimeProvider(new DateTimeOffset(2025, 2, 26, 7, 0, 0, TimeSpan.Zero)),
            NullLogger<CommandCore>.Instance);
        _store.Publish(MaterialSnapshot.Build(
        [
            new ArticleBuilder("minerals", "Minerals talks")
                .Quote("Vladimir Putin", "Russia holds a leading position in rare metals.")
                .Quote("Vladimir Putin", "We welcome American companies.")
                .Quote("Donald Trump", "They are very close to a final deal.")
                .Quote("Volodymyr Zelénskyy", "We will not sign a bad deal.")
                .UnattributedQuote("No comment on the talks.")
                .Figure("2 million tons of aluminum", "what Russia could supply")
                .Build(),
            new ArticleBuilder("energy", "Energy deal")
                .Quote("Vladimir Putin", "Energy cooperation is possible.")
                .Published(new DateTimeOffset(2025, 2, 26, 6, 0, 0, TimeSpan.Zero))
                .Build(),
        ]));
    }

    [Theory]
    [InlineData("/quotes speaker:Putin")]
    [InlineData("/quotes speaker:putin")]
    [InlineData("/quotes speaker:PUTIN")]
    [InlineData("/quotes speaker:\"vladimir putin\"")]
    [InlineData("/quotes Putin")]
    public async Task Quotes_SpeakerByLastOrFullNameAnyCase_ListsAllTheirQuotes(string text)
    {
        var reply = await _core.ExecuteAsync(text, Context, CancellationToken.None);

        Assert.False(reply.IsError);
        Assert.Equal("Quotes by Vladimir Putin", reply.Title);
        var quotes = reply.Sections.SelectMany(s => s.Items).ToList();
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Vladimir Putin", q.Detail));
        Assert.Equal("Energy cooperation is possible.", quotes[0].Text); // newest article first
    }

    [Fact]
    public async Task Quotes_AccentInsensitive_FindsSpeaker()
    {
        var reply = await _core.ExecuteAsync("/quotes speaker:zelenskyy", Context, CancellationToken.None);

        Assert.Equal("We will not sign a bad deal.", Assert.Single(reply.Sections.SelectMany(s => s.Items)).Text);
    }

    [Fact]
    public async Task Quotes_UnknownSpeaker_SuggestsCloseName()
    {
        var reply = await _core.ExecuteAsync("/quotes speaker:Puttin", Context, CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.Contains("Did you mean Putin?", reply.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_Topic_FiltersBySpeakerAndWords()
    {
        var reply = await _core.ExecuteAsync("/quotes speaker:Putin topic:american", Context, CancellationToken.None);

        Assert.Equal("We welcome American companies.", Assert.Single(reply.Sections.SelectMany(s => s.Items)).Text);
    }

    [Fact]
    public async Task Quotes_Limit_ShowsHowManyMore()
    {
        var reply = await _core.ExecuteAsync("/quotes limit:2", Context, CancellationToken.None);

        Assert.Equal(2, reply.Sections.SelectMany(s => s.Items).Count());
        Assert.Equal("Showing 2 of 6 quotes; use limit: to see more.", reply.Footer);
    }

    [Fact]
    public async Task Quotes_Unattributed_AreLabelledNotGuessed()
    {
        var reply = await _core.ExecuteAsync("/quotes topic:comment", Context, CancellationToken.None);

        Assert.Equal(ReplyItems.Unattributed, Assert.Single(reply.Sections.SelectMany(s => s.Items)).Detail);
    }

    [Fact]
    public async Task Quotes_ItemsLinkBackToTheirSentence()
    {
        var reply = await _core.ExecuteAsync("/quotes speaker:Trump", Context, CancellationToken.None);

        var item = Assert.Single(reply.Sections.SelectMany(s => s.Items));
        var article = _store.Current.FindArticle("minerals")!;
        Assert.Contains(item.Text, article.SentenceText(item.Source!.SentenceIndex), StringComparison.Ordinal);
        Assert.Equal("minerals", item.Source.ArticleId);
    }

    [Fact]
    public async Task Speakers_CountsQuotesAndMentionsUnattributed()
    {
        var reply = await _core.ExecuteAsync("/speakers", Context, CancellationToken.None);

        var first = reply.Sections[0].Items[0];
        Assert.Equal(("Vladimir Putin", "3 quotes"), (first.Text, first.Detail));
        Assert.Contains("1 quotes have no confident speaker", reply.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_ShowWhatEachIsAbout()
    {
        var reply = await _core.ExecuteAsync("/figures aluminum", Context, CancellationToken.None);

        var item = Assert.Single(reply.Sections.SelectMany(s => s.Items));
        Assert.Equal(("2 million tons of aluminum", "what Russia could supply"), (item.Text, item.Detail));
    }

    [Fact]
    public async Task Search_NoMatch_IsAHelpfulEphemeralNote()
    {
        var reply = await _core.ExecuteAsync("/search penguins", Context, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("Try fewer words", reply.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ByHeadlineWords_FindsArticle()
    {
        var reply = await _core.ExecuteAsync("/summary energy", Context, CancellationToken.None);

        Assert.Equal("Energy deal", reply.Title);
    }

    [Fact]
    public async Task Help_IsOnlyForTheAsker()
    {
        var reply = await _core.ExecuteAsync("/help", Context, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal(CommandCatalog.All.Count, reply.Sections[0].Items.Count);
    }

    [Fact]
    public async Task Digest_GroupsQuotesBySpeakerAndListsStories()
    {
        var reply = await _core.ExecuteAsync("/digest", Context, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal(["Top stories", "Quotes of the day", "Key numbers"], reply.Sections.Select(s => s.Heading));
        Assert.Equal(2, reply.Sections[0].Items.Count);
    }

    [Fact]
    public async Task Digest_FailingSource_NamedInTheFooterLikeTheScheduledDigest()
    {
        _sources.Setup(s => s.Describe()).Returns(
        [
            new SourceStatus("Wire feed", "feed", false, 0, null, "HTTP 503"),
            new SourceStatus("config/material", "folder", true, 2, null, null),
        ]);

        var reply = await _core.ExecuteAsync("/digest", Context, CancellationToken.None);

        Assert.Contains("failing sources: Wire feed (HTTP 503)", reply.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("config/material", reply.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EphemeralAndCached_SameReplyEachTime()
    {
        var first = await _core.ExecuteAsync("/help", Context, CancellationToken.None);
        var second = await _core.ExecuteAsync("/help", Context, CancellationToken.None);

        Assert.True(first.Ephemeral);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task TryGetKnownReply_OnlyWhatWasAskedOnThisSnapshot()
    {
        var quotes = CommandParser.Parse("/quotes speaker:Putin");
        var digest = CommandParser.Parse("/digest");
        Assert.False(_core.TryGetKnownReply(quotes, Context, out _));

        var asked = await _core.ExecuteAsync(quotes, Context, CancellationToken.None);
        await _core.ExecuteAsync(digest, Context, CancellationToken.None);

        Assert.True(_core.TryGetKnownReply(quotes, Context, out var known));
        Assert.Same(asked, known);
        Assert.False(_core.TryGetKnownReply(digest, Context, out _)); // composed fresh each time: it names the day
        Assert.False(_core.TryGetKnownReply(CommandParser.Parse("/quotes speaker:Nobody"), Context, out _));
        Assert.False(_core.TryGetKnownReply(CommandParser.Parse("/quotes limit:99"), Context, out _));

        _store.Publish(MaterialSnapshot.Build(_store.Current.Articles));
        Assert.False(_core.TryGetKnownReply(quotes, Context, out _));
    }

    [Fact]
    public async Task Quotes_SameSnapshotAndRequest_ComputedOnce()
    {
        var first = await _core.ExecuteAsync("/quotes speaker:Putin", Context, CancellationToken.None);
        var second = await _core.ExecuteAsync("/quotes Putin", Context, CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task Quotes_AfterSnapshotSwap_ReflectNewMaterial()
    {
        var before = await _core.ExecuteAsync("/quotes speaker:Trump", Context, CancellationToken.None);
        _store.Publish(MaterialSnapshot.Build([new ArticleBuilder("later", "Later talks").Quote("Donald Trump", "A new deal is near.").Build()]));

        var after = await _core.ExecuteAsync("/quotes speaker:Trump", Context, CancellationToken.None);

        Assert.Equal("They are very close to a final deal.", Assert.Single(before.Sections.SelectMany(s => s.Items)).Text);
        Assert.Equal("A new deal is near.", Assert.Single(after.Sections.SelectMany(s => s.Items)).Text);
    }

    [Fact]
    public async Task Execute_PortThrows_PoliteErrorNotStackTrace()
    {
        _sources.Setup(s => s.Describe()).Throws(new InvalidOperationException("disk on fire"));

        var reply = await _core.ExecuteAsync("/sources", Context, CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.DoesNotContain("disk on fire", reply.Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("failed on our side", reply.Sections[0].Text, StringComparison.Ordinal);
    }
}
