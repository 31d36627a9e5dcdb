using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.Tests.Support;

/// <summary>
/// A fake Slack on 127.0.0.1 (real Kestrel, real HTTP and WebSocket frames): Web API methods answer from a
/// per-method script (or a sensible success), <c>apps.connections.open</c> hands out numbered socket URLs,
/// and each socket runs the test's <see cref="OnSocket"/> script.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly Channel<ReceivedCall> _calls = Channel.CreateUnbounded<ReceivedCall>();
    private readonly TimeProvider _clock;
    private int _sockets;
    private int _ts;

    private FakeSlack(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBase => new(BaseAddress, "/api/");

    public Uri ResponseUrl => new(BaseAddress, "/commands/T111/1/secret");

    public ChannelReader<ReceivedCall> Calls => _calls.Reader;

    public ConcurrentQueue<string> Timeline { get; } = new();

    /// <summary>What each new socket does; by default it says hello and echoes nothing.</summary>
    public Func<FakeSocket, Task> OnSocket { get; set; } = async socket =>
    {
        await socket.HelloAsync();
        while (await socket.ReceiveAsync() is not null)
        {
        }
    };

    public static async Task<FakeSlack> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app, clock ?? TimeProvider.System);
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.ApiAsync);
        app.MapPost("/commands/{team}/{id}/{secret}", fake.ResponseUrlAsync);
        app.Map("/socket/{number:int}", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First());
        return fake;
    }

    public void Script(string method, params ScriptedAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(method, _ => new ConcurrentQueue<ScriptedAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>The next call of <paramref name="method"/>, skipping calls of other methods.</summary>
    public async Task<ReceivedCall> NextCallAsync(string method)
    {
        while (true)
        {
            var call = await _calls.Reader.ReadWithin();
            if (call.Method == method)
            {
                return call;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ApiAsync(HttpContext http, string method)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        _calls.Writer.TryWrite(new ReceivedCall(method, body, http.Request.Headers.Authorization.ToString(), _clock.GetUtcNow()));
        var answer = _scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted) ? scripted : Default(method);
        http.Response.StatusCode = answer.Status;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(answer.Json);
    }

    private ScriptedAnswer Default(string method) => method switch
    {
        "chat.postMessage" => new(200, $$"""{"ok":true,"channel":"C111","ts":"1700000000.{{Interlocked.Increment(ref _ts):D6}}"}"""),
        "apps.connections.open" => new(200, $$"""{"ok":true,"url":"ws://{{BaseAddress.Authority}}/socket/{{Interlocked.Increment(ref _sockets)}}"}"""),
        "users.info" => new(200, """{"ok":true,"user":{"id":"U999","is_admin":false,"is_owner":false}}"""),
        _ => new(200, """{"ok":true}"""),
    };

    private async Task ResponseUrlAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        _calls.Writer.TryWrite(new ReceivedCall("response_url", body, null, _clock.GetUtcNow()));
        await http.Response.WriteAsync("ok");
    }

    private async Task SocketAsync(HttpContext http, int number)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        Timeline.Enqueue($"open {number}");
        try
        {
            await OnSocket(new FakeSocket(socket, number));
        }
        finally
        {
            Timeline.Enqueue($"closed {number}");
        }
    }
}
