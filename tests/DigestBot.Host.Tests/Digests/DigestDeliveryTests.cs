using DigestBot.Core.Commands;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Publishing;
using DigestBot.Core.Replies;
using DigestBot.Host.Digests;
using DigestBot.Host.Moderation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Host.Tests.Digests;

public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private static readonly ChannelRef Channel = new("console", "newsroom");
    private static readonly DateTimeOffset Eight = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private const string Key = "console/newsroom/morning";

    private readonly FakeTimeProvider _time = new(Eight);
    private readonly MaterialStore _store = new();
    private readonly Mock<IChannelPublisher> _publisher = new();
    private readonly List<Reply> _posted = [];
    private TestDatabase _database = null!;
    private DigestDelivery _delivery = null!;
    private DeliveryLog _log = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _log = new DeliveryLog(_database.Database, _time);
        _publisher.SetupGet(p => p.Platform).Returns("console");
        _publisher
            .Setup(p => p.PublishAsync(Channel, It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Callback<ChannelRef, Reply, CancellationToken>((_, reply, _) => _posted.Add(reply))
            .ReturnsAsync(() => new PublishedMessage(Channel, [$"m{_posted.Count}"]));
        _delivery = new DigestDelivery(
            _store,
            [_publisher.Object],
            _log,
            new SqlPostHistory(_database.Database, _time),
            Options.Create(new DigestOptions { CatchUpWindow = TimeSpan.FromHours(2) }),
            _time,
            NullLogger<DigestDelivery>.Instance);
        Publish(Article("first", Eight.AddHours(-3)));
    }

    [Fact]
    public async Task Deliver_SameFireTimeTwice_PostsOnce()
    {
        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);
        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);

        Assert.Single(_posted);
    }

    [Fact]
    public async Task Deliver_NextDay_HoldsOnlyWhatIsNew()
    {
        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        Publish(Article("first", Eight.AddHours(-3)), Article("second", Eight.AddHours(5)));

        await _delivery.DeliverAsync(Key, Channel, false, Eight.AddDays(1), CancellationToken.None);

        Assert.Equal(2, _posted.Count);
        var stories = _posted[1].Sections[0].Items.Select(i => i.Text);
        Assert.Equal(["Headline second"], stories);
    }

    [Fact]
    public async Task Deliver_NothingNew_SilentUnlessAskedForANote()
    {
        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await _delivery.DeliverAsync(Key, Channel, false, Eight.AddDays(1), CancellationToken.None);
        Assert.Single(_posted);

        _time.Advance(TimeSpan.FromDays(1));
        await _delivery.DeliverAsync(Key, Channel, true, Eight.AddDays(2), CancellationToken.None);
        Assert.Equal("Nothing new since the last digest.", _posted[1].Sections[0].Text);
    }

    [Fact]
    public async Task Deliver_LaterThanCatchUpWindow_SkippedAndRecorded()
    {
        _time.Advance(TimeSpan.FromHours(3));

        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);

        Assert.Empty(_posted);
        Assert.Equal(Eight, await _log.LastFireTimeAsync(Key, CancellationToken.None));
    }

    [Fact]
    public async Task Deliver_PlatformRefuses_RecordedAndNewsCarriedToNextDigest()
    {
        _publisher
            .SetupSequence(p => p.PublishAsync(Channel, It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new PublishException("The bot cannot post in this channel.", permanent: true))
            .ReturnsAsync(new PublishedMessage(Channel, ["m1"]));

        await _delivery.DeliverAsync(Key, Channel, false, Eight, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await _delivery.DeliverAsync(Key, Channel, false, Eight.AddDays(1), CancellationToken.None);

        // The failed post did not move the "new since" mark, so the retry next day still carries the story.
        _publisher.Verify(p => p.PublishAsync(Channel, It.Is<Reply>(r => r.Sections[0].Items.Count == 1), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task CatchUp_MissedWithinWindow_PostsLatestMissedOnce()
    {
        var repository = new ScheduleRepository(_database.Database, _time);
        var schedule = new StoredSchedule("morning", Channel, "0 0 8 * * ?", "Europe/Berlin", "08:00 every day (Europe/Berlin)", false, "config");
        await repository.UpsertAsync(schedule, "config", CancellationToken.None);
        var catchUp = new DigestCatchUp(repository, _log, _delivery, Options.Create(new DigestOptions()), _time, NullLogger<DigestCatchUp>.Instance);
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero)); // 09:30 in Berlin: 08:00 was missed

        await catchUp.RunOnceAsync(CancellationToken.None);
        await catchUp.RunOnceAsync(CancellationToken.None);

        Assert.Single(_posted);
        Assert.Equal(Eight, await _log.LastFireTimeAsync(schedule.Key, CancellationToken.None));
    }

    [Fact]
    public async Task CatchUp_MissedLongAgo_NotPosted()
    {
        var repository = new ScheduleRepository(_database.Database, _time);
        await repository.UpsertAsync(new StoredSchedule("morning", Channel, "0 0 8 * * ?", "Europe/Berlin", "", false, "config"), "config", CancellationToken.None);
        var catchUp = new DigestCatchUp(repository, _log, _delivery, Options.Create(new DigestOptions()), _time, NullLogger<DigestCatchUp>.Instance);
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero)); // four hours late

        await catchUp.RunOnceAsync(CancellationToken.None);

        Assert.Empty(_posted);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private void Publish(params Article[] articles) => _store.Publish(MaterialSnapshot.Build(articles));

    private static Article Article(string id, DateTimeOffset published) =>
        ArticleParser.Parse(new ArticleInput(id, id, $"Headline {id}\n\nSomething happened in {id}. It mattered.", null, published));
}
