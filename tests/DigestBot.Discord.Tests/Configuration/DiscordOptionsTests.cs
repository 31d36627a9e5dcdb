using DigestBot.Core;
using DigestBot.Core.Publishing;
using DigestBot.Discord.Gateway;
using DigestBot.Discord.Registration;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Tests.Configuration;

public sealed class DiscordOptionsTests
{
    [Theory]
    [InlineData("Token")]
    [InlineData("ApplicationId")]
    [InlineData("PublicKey")]
    public async Task StartAsync_EnabledWithoutKey_FailsNamingTheKey(string missing)
    {
        var config = Enabled();
        config.Remove($"Discord:{missing}");
        using var host = Build(config);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Discord:{missing} is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BadPublicKey_FailsNamingTheKey()
    {
        var config = Enabled();
        config["Discord:PublicKey"] = "abc";
        using var host = Build(config);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:PublicKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Disabled_StartsWithoutDiscordServices()
    {
        using var host = Build(new Dictionary<string, string?>());

        await host.StartAsync();

        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is CommandRegistrationService or DiscordGatewayService);
        Assert.Single(host.Services.GetServices<IChannelPublisher>(), p => p.Platform == "discord");
        await host.StopAsync();
    }

    [Fact]
    public void AddDiscord_GatewayModeEnabled_RegistersGatewayAndRegistrationOnce()
    {
        using var host = Build(Enabled(), twice: true);

        var hosted = host.Services.GetServices<IHostedService>().ToList();
        Assert.Single(hosted, s => s is DiscordGatewayService);
        Assert.Single(hosted, s => s is CommandRegistrationService);
        Assert.Single(host.Services.GetServices<IChannelPublisher>(), p => p.Platform == "discord");
    }

    [Fact]
    public void AddDiscord_HttpModeEnabled_NoGateway()
    {
        var config = Enabled();
        config["Discord:Mode"] = "Http";
        using var host = Build(config);

        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is DiscordGatewayService);
    }

    [Theory]
    [InlineData(true, "Http", true)]
    [InlineData(true, "Gateway", false)]
    [InlineData(false, "Http", false)]
    public void DiscordHttpEnabled_EnabledAndMode_Decides(bool enabled, string mode, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = enabled.ToString(),
            ["Discord:Mode"] = mode,
        }).Build();

        Assert.Equal(expected, DiscordHostingExtensions.DiscordHttpEnabled(configuration));
    }

    private static Dictionary<string, string?> Enabled() => new()
    {
        ["Discord:Enabled"] = "true",
        ["Discord:Token"] = "test-bot-token",
        ["Discord:ApplicationId"] = "658822586720976907",
        ["Discord:PublicKey"] = new string('a', 64),
        ["Discord:RegisterCommandsOnStart"] = "false",
    };

    private static IHost Build(Dictionary<string, string?> config, bool twice = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.AddDigestCore();
        builder.AddDiscord();
        if (twice)
        {
            builder.AddDiscord();
        }

        builder.Services.AddCorePortDoubles();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }
}
