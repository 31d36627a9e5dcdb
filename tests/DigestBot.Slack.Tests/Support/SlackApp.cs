using DigestBot.Core;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;

namespace DigestBot.Slack.Tests.Support;

/// <summary>
/// DigestBot's Slack side as the host wires it (AddDigestCore, AddSlack, MapSlackCommands) on real Kestrel
/// at 127.0.0.1, with the sample article loaded and the test clock in charge of time.
/// </summary>
public sealed class SlackApp : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private SlackApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public Uri BaseAddress => new(App.Urls.First());

    public IServiceProvider Services => App.Services;

    public static Dictionary<string, string?> HttpSettings(FakeSlack slack) => new()
    {
        ["Slack:Enabled"] = "true",
        ["Slack:Mode"] = "Http",
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:ApiBaseUrl"] = slack.ApiBase.AbsoluteUri,
    };

    public static Dictionary<string, string?> SocketSettings(FakeSlack slack) => new()
    {
        ["Slack:Enabled"] = "true",
        ["Slack:Mode"] = "SocketMode",
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:AppToken"] = "xapp-test-token",
        ["Slack:ApiBaseUrl"] = slack.ApiBase.AbsoluteUri,
        ["Slack:ReconnectDelay"] = "00:00:00",
        ["Slack:MaxReconnectDelay"] = "00:00:00",
    };

    public static async Task<SlackApp> StartAsync(
        IDictionary<string, string?> settings,
        TimeProvider clock,
        Action<IServiceCollection>? configure = null)
    {
        var app = Build(settings, clock, configure);
        await app.App.StartAsync();
        return app;
    }

    /// <summary>Built but not started, for tests that must watch start-up itself.</summary>
    public static SlackApp Build(
        IDictionary<string, string?> settings,
        TimeProvider clock,
        Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IMaterialStore>(SampleMaterial.Store());
        builder.Services.AddSingleton(Mock.Of<ISourceCatalog>(c => c.Describe() == Array.Empty<SourceStatus>()));
        // Moderation ports belong to the host's storage; these commands are not what the Slack tests exercise.
        builder.Services.AddSingleton(Mock.Of<IScheduleBook>());
        builder.Services.AddSingleton(Mock.Of<IAuditLog>());
        builder.Services.AddSingleton(Mock.Of<IPostHistory>());
        configure?.Invoke(builder.Services);
        builder.AddDigestCore();
        builder.AddSlack();
        var app = builder.Build();
        app.MapSlackCommands();
        return new SlackApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
