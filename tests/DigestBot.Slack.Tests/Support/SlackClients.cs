using DigestBot.Slack.Configuration;
using DigestBot.Slack.Publishing;
using DigestBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Tests.Support;

/// <summary>The real Web API client and publisher, pointed at a fake Slack and driven by the test clock.</summary>
public sealed class SlackClients : IDisposable
{
    private readonly ServiceProvider _services;

    public SlackClients(FakeSlack slack, TimeProvider clock, Action<SlackOptions>? configure = null)
    {
        var options = new SlackOptions
        {
            Enabled = true,
            BotToken = "xoxb-test-token",
            AppToken = "xapp-test-token",
            ApiBaseUrl = slack.ApiBase,
        };
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        Api = new SlackApiClient(_services.GetRequiredService<IHttpClientFactory>(), Options, clock, NullLogger<SlackApiClient>.Instance);
        Publisher = new SlackChannelPublisher(Api, new ChannelPacer(Options, clock));
    }

    public IOptions<SlackOptions> Options { get; }

    internal SlackApiClient Api { get; }

    internal SlackChannelPublisher Publisher { get; }

    public void Dispose() => _services.Dispose();
}
