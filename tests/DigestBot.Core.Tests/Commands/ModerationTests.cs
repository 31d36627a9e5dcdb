using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Core.Tests.Commands;

public sealed class ModerationTests
{
    private static readonly ChannelRef Channel = new("discord", "42");
    private static readonly CommandContext Member = new(new Caller("u1", "Ana", IsModerator: false), Channel);
    private static readonly CommandContext Moderator = new(new Caller("u2", "Mo", IsModerator: true), Channel);

    private readonly Mock<IScheduleBook> _book = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly Mock<IPostHistory> _posts = new();
    private readonly Mock<IChannelPublisher> _publisher = new();
    private readonly CommandCore _core;

    public ModerationTests()
    {
        var store = new MaterialStore();
        store.Publish(MaterialSnapshot.Build([new ArticleBuilder("minerals", "Minerals talks").Quote("Vladimir Putin", "We are ready.").Build()]));
        _publisher.SetupGet(p => p.Platform).Returns("discord");
        _core = new CommandCore(store, Mock.Of<ISourceCatalog>(), _book.Object, _audit.Object, _posts.Object, [_publisher.Object], new FakeTimeProvider(), NullLogger<CommandCore>.Instance);
    }

    [Theory]
    [InlineData("/pin")]
    [InlineData("/schedule add time:08:00 zone:Europe/Berlin")]
    [InlineData("/schedule remove name:digest-1")]
    [InlineData("/audit")]
    public async Task ModeratorCommands_FromMember_PolitelyRefusedAndNothingChanges(string text)
    {
        var reply = await _core.ExecuteAsync(text, Member, CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Contains("only moderators", reply.Sections[0].Text, StringComparison.Ordinal);
        _book.VerifyNoOtherCalls();
        _publisher.Verify(p => p.PinAsync(It.IsAny<ChannelRef>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _audit.Verify(a => a.RecordAsync(It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ScheduleList_FromMember_Allowed()
    {
        _book.Setup(b => b.ListAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var reply = await _core.ExecuteAsync("/schedule list", Member, CancellationToken.None);

        Assert.False(reply.IsError);
    }

    [Fact]
    public async Task ScheduleAdd_UnknownZone_ClearErrorWithExample()
    {
        var reply = await _core.ExecuteAsync("/schedule add time:08:00 zone:Mars/Olympus", Moderator, CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.Contains("Mars/Olympus", reply.Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains(reply.Sections[0].Items, i => i.Text.StartsWith("Example: /schedule add", StringComparison.Ordinal));
        _book.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ScheduleAdd_ByModerator_StoredAndAudited()
    {
        var info = new ScheduleInfo("digest-1", Channel, "08:00 mon-fri (Europe/Berlin)", null, "Mo");
        _book.Setup(b => b.AddAsync(Channel, It.IsAny<ScheduleDraft>(), Moderator.Caller, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ScheduleChange(info, null));

        var reply = await _core.ExecuteAsync("/schedule add time:08:00 days:mon-fri zone:Europe/Berlin", Moderator, CancellationToken.None);

        Assert.False(reply.IsError);
        _book.Verify(b => b.AddAsync(Channel, new ScheduleDraft(null, "08:00", "mon-fri", null, "Europe/Berlin", false), Moderator.Caller, It.IsAny<CancellationToken>()));
        _audit.Verify(a => a.RecordAsync(It.Is<AuditEntry>(e => e.ActorId == "u2" && e.Action == "schedule add" && e.Channel == Channel), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Pin_NoDigestYet_PostsSummaryAndPinsIt()
    {
        _publisher.Setup(p => p.PublishAsync(Channel, It.IsAny<Reply>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PublishedMessage(Channel, ["m7"]));

        var reply = await _core.ExecuteAsync("/pin", Moderator, CancellationToken.None);

        Assert.False(reply.IsError);
        _publisher.Verify(p => p.PinAsync(Channel, "m7", It.IsAny<CancellationToken>()));
        _posts.Verify(p => p.RecordAsync(Channel, "summary", "m7", It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Pin_AfterDigest_PinsTheDigest()
    {
        _posts.Setup(p => p.LatestPostAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync("d1");

        await _core.ExecuteAsync("/pin", Moderator, CancellationToken.None);

        _publisher.Verify(p => p.PinAsync(Channel, "d1", It.IsAny<CancellationToken>()));
        _publisher.Verify(p => p.PublishAsync(It.IsAny<ChannelRef>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Pin_BotLacksPermission_SaysSoPlainly()
    {
        _posts.Setup(p => p.LatestPostAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync("d1");
        _publisher.Setup(p => p.PinAsync(Channel, "d1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new PublishException("The bot needs the Pin Messages permission in this channel.", permanent: true));

        var reply = await _core.ExecuteAsync("/pin", Moderator, CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.Equal("The bot needs the Pin Messages permission in this channel.", reply.Sections[0].Text);
    }
}
