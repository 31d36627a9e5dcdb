using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Host.Tests;

/// <summary>An RSS feed on 127.0.0.1 whose items the test changes, counting every fetch.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Guid, string Title, string Body)> _items = [];
    private readonly List<DateTimeOffset> _fetchTimes = [];

    private FeedServer(WebApplication app) => _app = app;

    public int Fetches
    {
        get
        {
            lock (_fetchTimes)
            {
                return _fetchTimes.Count;
            }
        }
    }

    /// <summary>When each fetch since the given count arrived, in seconds after the first of them.</summary>
    public string FetchTimesSince(int count)
    {
        lock (_fetchTimes)
        {
            var times = _fetchTimes.Skip(count).ToList();
            return times.Count == 0 ? "none" : string.Join(", ", times.Select(t => $"{(t - times[0]).TotalSeconds:F2}s"));
        }
    }

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/feed.xml";

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FeedServer(app);
        app.MapGet("/feed.xml", server.Serve);
        await app.StartAsync();
        return server;
    }

    public void Add(string guid, string title, string body)
    {
        lock (_items)
        {
            _items.Add((guid, title, body));
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Serve()
    {
        lock (_fetchTimes)
        {
            _fetchTimes.Add(DateTimeOffset.UtcNow);
        }

        string items;
        lock (_items)
        {
            items = string.Concat(_items.Select(i =>
                $"<item><guid>{i.Guid}</guid><title>{WebUtility.HtmlEncode(i.Title)}</title><link>https://news.example/{i.Guid}</link><description>{WebUtility.HtmlEncode(i.Body)}</description><pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate></item>"));
        }

        return Results.Text($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test news</title><link>https://news.example/</link><description>t</description>{items}</channel></rss>", "application/rss+xml");
    }
}
