using DigestBot.Core.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Host.Tests.Sources;

/// <summary>
/// The whole bot with its Quartz scheduler running: a feed served locally shows up in /sources and its
/// quotes in /quotes within one poll interval, with nobody calling the poller by hand.
/// </summary>
[Collection(nameof(QuartzSchedulerCollection))]
public sealed class PollSchedulingTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Run_FeedConfigured_QuotesAppearWithinOnePollInterval()
    {
        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Scheduled story", Feeds.Paragraph("schedules"))));
        Directory.CreateDirectory(Path.Combine(_folder.Path, "material"));
        await using var app = await SourcesApp.StartAsync(
            Path.Combine(_folder.Path, "data"),
            Path.Combine(_folder.Path, "material"),
            ["--Sources:Feeds:0:Url=" + _server.Url("rss"), "--Sources:Feeds:0:Name=Local feed", "--Sources:Feeds:0:PollInterval=00:00:02"],
            runPollers: true);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!(await app.AskAsync("/quotes speaker:Berg")).Contains(Feeds.Quote, StringComparison.Ordinal))
        {
            await Task.Delay(100, timeout.Token);
        }

        var status = app.Services.GetRequiredService<ISourceCatalog>().Describe().Single(s => s.Name.StartsWith("Local feed", StringComparison.Ordinal));
        Assert.True(status.Healthy);
        Assert.Equal(1, status.ItemCount);
    }
}
