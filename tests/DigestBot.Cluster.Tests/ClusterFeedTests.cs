using System.Net;
using System.Net.Sockets;

namespace DigestBot.Host.Tests;

/// <summary>
/// Two hosts on one PostgreSQL store follow the same feed: the clustered poll job fetches it once per
/// interval (not once per host), and both hosts answer with an article that appears in the feed later.
/// </summary>
public sealed class ClusterFeedTests : IAsyncLifetime
{
    private const string Secret = "cluster-test-secret";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly TempFolder _folder = new();
    private PostgresDatabase _database = null!;
    private FeedServer _feed = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _feed = await FeedServer.StartAsync();
        Directory.CreateDirectory(Path.Combine(_folder.Path, "config", "material"));
    }

    [Fact]
    public async Task TwoHostsOneFeed_OneFetchPerPollAndBothServeNewArticles()
    {
        _feed.Add("a1", "Council approves bridge", "“We will build it,” Jane Doe said on Monday.");
        var ports = new[] { FreePort(), FreePort() };
        var hosts = ports.Select(p => HostProcess.Start(_folder.Path, Args(p))).ToList();
        var askers = ports.Select(p => new SlackAsker($"http://127.0.0.1:{p}", Secret)).ToList();
        try
        {
            foreach (var (asker, host) in askers.Zip(hosts))
            {
                await host.WaitForAsync(l => l.Any(x => x.Contains("Application started", StringComparison.Ordinal)), TimeSpan.FromSeconds(120), "a host to start");
                await Until(asker.IsReadyAsync, "a host to report ready");
                await Until(async () => (await asker.AskAsync("/quotes", "speaker:Doe")).Contains("We will build it", StringComparison.Ordinal), "the first article on every host");
            }

            var fetchesBefore = _feed.Fetches;
            var window = System.Diagnostics.Stopwatch.StartNew();
            _feed.Add("b2", "Bridge opens early", "“It is finished,” Jane Doe said on Friday.");
            foreach (var asker in askers)
            {
                await Until(async () => (await asker.AskAsync("/quotes", "speaker:Doe")).Contains("It is finished", StringComparison.Ordinal), "the new article on every host");
            }

            // Let many more polls pass, then compare fetches with polls: two unclustered hosts would fetch about
            // twice per interval. A fire delayed on a busy machine can bunch two fetches together, so the bound
            // is a rate over a long window rather than a count per interval.
            await Task.Delay(PollInterval * 8);
            var polls = window.Elapsed / PollInterval;
            var fetches = _feed.Fetches - fetchesBefore;
            Assert.True(fetches <= polls * 1.5, $"{fetches} fetches in {polls:F1} poll intervals, at {_feed.FetchTimesSince(fetchesBefore)}");
        }
        finally
        {
            askers.ForEach(a => a.Dispose());
            hosts.ForEach(h => h.Dispose());
        }
    }

    public async Task DisposeAsync()
    {
        await _feed.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    private string[] Args(int port) =>
    [
        "--urls", $"http://127.0.0.1:{port}",
        "--Storage:Provider=Postgres",
        "--Storage:ConnectionString=" + _database.ConnectionString,
        "--Sources:Feeds:0:Url=" + _feed.Url,
        "--Sources:Feeds:0:PollInterval=" + PollInterval,
        "--Sources:AllowPrivateAddresses=true",
        "--Sources:ContactUrl=mailto:newsroom@example.org",
        "--Slack:Enabled=true",
        "--Slack:Mode=Http",
        "--Slack:SigningSecret=" + Secret,
        "--Slack:BotToken=xoxb-cluster-test",
    ];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(250);
        }
    }
}
