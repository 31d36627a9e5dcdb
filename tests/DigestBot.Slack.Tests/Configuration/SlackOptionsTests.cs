using DigestBot.Core;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Publishing;
using DigestBot.Core.Sources;
using DigestBot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace DigestBot.Slack.Tests.Configuration;

public sealed class SlackOptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(l => l.ClearProviders());
        builder.Services.AddSingleton<IMaterialStore>(new MaterialStore());
        builder.Services.AddSingleton(Mock.Of<ISourceCatalog>());
        builder.Services.AddSingleton(Mock.Of<IScheduleBook>());
        builder.Services.AddSingleton(Mock.Of<IAuditLog>());
        builder.Services.AddSingleton(Mock.Of<IPostHistory>());
        builder.AddDigestCore();
        builder.AddSlack();
        builder.AddSlack();
        return builder.Build();
    }

    private static async Task<string> StartFailureAsync(Dictionary<string, string?> settings)
    {
        using var host = Build(settings);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        return error.Message;
    }

    [Fact]
    public async Task Start_NoSlackSection_DisabledAndNothingRegistered()
    {
        using var host = Build([]);
        await host.StartAsync();

        Assert.Empty(host.Services.GetServices<IChannelPublisher>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is SocketModeService);
        Assert.False(SlackHostingExtensions.SlackHttpEnabled(new ConfigurationBuilder().Build()));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_EnabledWithoutBotToken_FailsNamingTheKey()
    {
        var message = await StartFailureAsync(new() { ["Slack:Enabled"] = "true", ["Slack:AppToken"] = "xapp-1" });

        Assert.Contains("Slack:BotToken is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SocketModeWithoutAppToken_FailsNamingTheKey()
    {
        var message = await StartFailureAsync(new() { ["Slack:Enabled"] = "true", ["Slack:BotToken"] = "xoxb-1" });

        Assert.Contains("Slack:AppToken is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HttpWithoutSigningSecret_FailsNamingTheKey()
    {
        var message = await StartFailureAsync(new() { ["Slack:Enabled"] = "true", ["Slack:Mode"] = "Http", ["Slack:BotToken"] = "xoxb-1" });

        Assert.Contains("Slack:SigningSecret is required", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AppToken", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:BotToken", "xapp-swapped", "Slack:BotToken must be a bot token starting with xoxb-.")]
    [InlineData("Slack:AppToken", "xoxb-swapped", "Slack:AppToken must be an app-level token starting with xapp-.")]
    public async Task Start_TokenWithWrongPrefix_FailsWithoutEchoingIt(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Slack:Enabled"] = "true", ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", [key] = value };

        var message = await StartFailureAsync(settings);

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DeadlineOverThreeSeconds_Fails()
    {
        var message = await StartFailureAsync(new()
        {
            ["Slack:Enabled"] = "true",
            ["Slack:Mode"] = "Http",
            ["Slack:BotToken"] = "xoxb-1",
            ["Slack:SigningSecret"] = "s",
            ["Slack:AnswerDeadline"] = "00:00:05",
        });

        Assert.Contains("AnswerDeadline", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HttpMode_RegistersPublisherButNoSocketService()
    {
        using var host = Build(new() { ["Slack:Enabled"] = "true", ["Slack:Mode"] = "http", ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s" });

        Assert.Single(host.Services.GetServices<IChannelPublisher>(), p => p.Platform == "slack");
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is SocketModeService);
        Assert.True(SlackHostingExtensions.SlackHttpEnabled(host.Services.GetRequiredService<IConfiguration>()));
    }

    [Fact]
    public void Build_SocketMode_RegistersSocketServiceOnce()
    {
        using var host = Build(new() { ["Slack:Enabled"] = "true", ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" });

        Assert.Single(host.Services.GetServices<IHostedService>(), s => s is SocketModeService);
        Assert.False(SlackHostingExtensions.SlackHttpEnabled(host.Services.GetRequiredService<IConfiguration>()));
    }
}
