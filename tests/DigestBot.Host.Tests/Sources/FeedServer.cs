using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Host.Tests.Sources;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port, serving whatever each test scripts per path, and
/// remembering every request it got (path and headers).
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    private FeedServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, IHeaderDictionary Headers)> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FeedServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync(TestContext.Current);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public void Serve(string path, RequestDelegate handler) => _routes[path] = handler;

    public void Serve(string path, string contentType, string body, string? etag = null) => Serve(path, async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Kestrel reuses the header collection once the request ends, so the test keeps a copy.
        Requests.Enqueue((context.Request.Path.Value ?? "", new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
        if (_routes.TryGetValue(context.Request.Path.Value ?? "", out var handler))
        {
            await handler(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
