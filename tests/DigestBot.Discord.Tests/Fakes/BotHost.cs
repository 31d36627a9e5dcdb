using System.Net.Http.Headers;
using System.Text;
using DigestBot.Core;
using DigestBot.Core.Material.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>
/// DigestBot's Discord adapter in a real web host on 127.0.0.1 (Kestrel, port 0), wired with the public
/// AddDiscord/MapDiscordInteractions calls, pointed at a fake Discord and a test clock.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    private BotHost(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static Dictionary<string, string?> HttpConfig(string publicKeyHex, Uri apiBase) => new()
    {
        ["Discord:Enabled"] = "true",
        ["Discord:Mode"] = "Http",
        ["Discord:Token"] = "test-bot-token",
        ["Discord:ApplicationId"] = "658822586720976907",
        ["Discord:PublicKey"] = publicKeyHex,
        ["Discord:ApiBaseUrl"] = apiBase.ToString(),
        ["Discord:RegisterCommandsOnStart"] = "false",
    };

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> config, TimeProvider time, IMaterialStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(store);
                builder.AddDigestCore();
        builder.AddDiscord();
        builder.Services.AddCorePortDoubles();
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new BotHost(app, client);
    }

    public Task<HttpResponseMessage> PostSignedAsync(TestSigner signer, string body, string timestamp = "1700000000") =>
        PostAsync(body, timestamp, signer.Sign(timestamp, body));

    public async Task<HttpResponseMessage> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
