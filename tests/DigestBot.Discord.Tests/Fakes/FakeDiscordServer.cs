using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1 (real Kestrel, real HTTP and WebSockets): answers the REST routes DigestBot
/// uses, records every request, and plays scripted faults. <see cref="Gateway"/> plays the gateway.
/// </summary>
internal sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> Match, Func<HttpContext, Task> Respond)> _scripts = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private int _nextMessageId = 1000;

    private FakeDiscordServer(WebApplication app, TimeProvider time, FakeGateway gateway)
    {
        _app = app;
        _time = time;
        Gateway = gateway;
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public FakeGateway Gateway { get; }

    public Uri ApiBase { get; private set; } = null!;

    public Uri GatewayUrl => new(ApiBase.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "gateway");

    public Uri ResumeUrl => new(ApiBase.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "resume");

    public static async Task<FakeDiscordServer> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app, time, new FakeGateway());
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.ApiBase = new Uri(app.Urls.First() + "/api/v10/");
        return server;
    }

    /// <summary>The next request matching <paramref name="match"/> gets this answer instead of the default, once.</summary>
    public void Script(Func<RecordedRequest, bool> match, Func<HttpContext, Task> respond) => _scripts.Enqueue((match, respond));

    public void Script(Func<RecordedRequest, bool> match, int status, string body, params (string Name, string Value)[] headers) =>
        Script(match, async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        });

    /// <summary>Waits for the next REST request to arrive (generous timeout: the clock here is the test's fake one).</summary>
    public async Task<RecordedRequest> NextRequestAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await _arrivals.Reader.ReadAsync(cancellation.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest)
        {
            await Gateway.AcceptAsync(context, resumed: path.EndsWith("/resume", StringComparison.Ordinal));
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var relative = path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10/".Length..] : path;
        var recorded = new RecordedRequest(context.Request.Method, relative, body, context.Request.Headers.Authorization.ToString(), _time.GetUtcNow());
        Requests.Enqueue(recorded);
        _arrivals.Writer.TryWrite(recorded);

        // Scripts apply in order: the first one waits for a request it matches.
        if (_scripts.TryPeek(out var script) && script.Match(recorded) && _scripts.TryDequeue(out script))
        {
            await script.Respond(context);
            return;
        }

        await DefaultAsync(context, recorded);
    }

    private async Task DefaultAsync(HttpContext context, RecordedRequest request)
    {
        context.Response.ContentType = "application/json";
        var segments = request.Path.Split('/');
        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                await context.Response.WriteAsync($$"""{"url":"{{GatewayUrl.ToString().TrimEnd('/')}}","shards":1}""");
                break;
            case ("PUT", ["applications", .., "commands"]):
                await context.Response.WriteAsync(request.Body);
                break;
            case ("POST", ["channels", var channel, "messages"]):
                var id = Interlocked.Increment(ref _nextMessageId);
                await context.Response.WriteAsync($$"""{"id":"{{id}}","channel_id":"{{channel}}"}""");
                break;
            case ("PUT", ["channels", _, "messages", "pins", _]):
            case ("POST", ["interactions", _, _, "callback"]):
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case ("PATCH" or "POST", ["webhooks", ..]):
                var messageId = Interlocked.Increment(ref _nextMessageId);
                await context.Response.WriteAsync($$"""{"id":"{{messageId}}"}""");
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync("""{"code":0,"message":"404: Not Found"}""");
                break;
        }
    }
}
