using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Discord.Registration;
using DigestBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Discord.Tests.Registration;

public sealed class CommandRegistrationServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync(_time);

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task StartAsync_GuildIds_BulkOverwritesEachGuildWithTheWholeCatalog()
    {
        await using var services = AdapterServices.Build(_discord.ApiBase, _time, new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:GuildIds:0"] = "111",
            ["Discord:GuildIds:1"] = "222",
        });

        await Registration(services).StartAsync(CancellationToken.None);

        var requests = _discord.Requests.ToArray();
        Assert.Equal(["applications/658822586720976907/guilds/111/commands", "applications/658822586720976907/guilds/222/commands"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal("PUT", r.Method));
        using var body = JsonDocument.Parse(requests[0].Body);
        var names = body.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Equal(CommandCatalog.All.Select(c => c.Name), names);
    }

    [Fact]
    public async Task StartAsync_NoGuilds_OverwritesGlobalCommands()
    {
        await using var services = AdapterServices.Build(_discord.ApiBase, _time, new Dictionary<string, string?> { ["Discord:Enabled"] = "true" });

        await Registration(services).StartAsync(CancellationToken.None);

        Assert.Equal("applications/658822586720976907/commands", Assert.Single(_discord.Requests).Path);
    }

    [Fact]
    public async Task StartAsync_RegistrationOff_SendsNothing()
    {
        await using var services = AdapterServices.Build(_discord.ApiBase, _time, new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:RegisterCommandsOnStart"] = "false",
        });

        await Registration(services).StartAsync(CancellationToken.None);

        Assert.Empty(_discord.Requests);
    }

    [Fact]
    public async Task StartAsync_TokenRejected_FailsStartUp()
    {
        _discord.Script(r => r.Method == "PUT", 401, """{"message":"401: Unauthorized","code":0}""");
        await using var services = AdapterServices.Build(_discord.ApiBase, _time, new Dictionary<string, string?> { ["Discord:Enabled"] = "true" });

        await Assert.ThrowsAnyAsync<Exception>(() => Registration(services).StartAsync(CancellationToken.None));
    }

    private static IHostedService Registration(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<CommandRegistrationService>().Single();
}
