namespace DigestBot.Host.Tests.Sources;

/// <summary>Fetched articles live in the shared store: a restart or a second instance sees them all, once.</summary>
public sealed class SourceRestartTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FeedServer _server = null!;

    private string Data => Path.Combine(_folder.Path, "data");

    private string Material => Path.Combine(_folder.Path, "material");

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _folder.CopySample("material");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Restart_SameStore_LosesNothingDuplicatesNothing()
    {
        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(
            ("g1", "https://rss.example/a", "Story A", Feeds.Paragraph("a")),
            ("g2", "https://rss.example/b", "Story B", Feeds.Paragraph("b"))));
        string[] settings = ["--Sources:Feeds:0:Url=" + _server.Url("rss")];
        await using (var first = await SourcesApp.StartAsync(Data, Material, settings))
        {
            await first.PollAsync(0);
            Assert.Equal(3, first.Snapshot.Articles.Count);
        }

        // Story A has left the feed since; it must survive in the store all the same.
        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(("g2", "https://rss.example/b", "Story B", Feeds.Paragraph("b"))));
        await using var second = await SourcesApp.StartAsync(Data, Material, settings);

        Assert.Equal(["Putin Signals Openness to Economic Cooperation with US on Rare Earth Minerals", "Story A", "Story B"], Titles(second));
        await second.PollAsync(0);
        Assert.Equal(3, second.Snapshot.Articles.Count);
        Assert.Equal(2, second.Status("/rss").ItemCount);
        Assert.Contains(Feeds.Quote, await second.AskAsync("/quotes speaker:Berg"), StringComparison.Ordinal);
        Assert.Contains("rare-earth metal reserves", await second.AskAsync("/quotes speaker:Putin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstances_OneStore_OtherInstancePicksUpNewAndEditedArticles()
    {
        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Fresh story", Feeds.Paragraph("a"))));
        string[] settings = ["--Sources:Feeds:0:Url=" + _server.Url("rss")];
        await using var fetching = await SourcesApp.StartAsync(Data, Material, settings);
        await using var other = await SourcesApp.StartAsync(Data, Material, settings);

        await fetching.PollAsync(0);
        await WaitUntilAsync(() => Titles(other).Contains("Fresh story"));

        _server.Serve("/rss", "application/rss+xml", Feeds.Rss(("g1", "https://rss.example/a", "Edited story", Feeds.Paragraph("a"))));
        await fetching.PollAsync(0);
        await WaitUntilAsync(() => Titles(other).Contains("Edited story"));

        Assert.DoesNotContain("Fresh story", Titles(other));
        Assert.Equal(2, _server.CountOf("/rss")); // one fetch per poll, by the fetching instance only
        await WaitUntilAsync(() => other.Status("/rss").LastSuccess is not null);
    }

    private static List<string> Titles(SourcesApp app) => app.Snapshot.Articles.Select(a => a.Title).Order(StringComparer.Ordinal).ToList();

    // Waits for another instance's store check; the limit is generous and only guards against a hang.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
