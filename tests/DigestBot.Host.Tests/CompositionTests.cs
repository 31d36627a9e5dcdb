using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;

namespace DigestBot.Host.Tests;

public sealed class CompositionTests
{
    [Fact]
    public async Task Build_DefaultConfiguration_StartsAndLoadsMaterial()
    {
        using var folder = new TempFolder();
        folder.CopySample("material");
        using var host = DigestBotApp.Build(["--Material:Folder=" + Path.Combine(folder.Path, "material")]);

        await host.StartAsync(TestContext.Current);
        try
        {
            var store = host.Services.GetRequiredService<IMaterialStore>();
            Assert.Equal("putin-rare-earths", Assert.Single(store.Current.Articles).Id);
            Assert.NotNull(host.Services.GetRequiredService<CommandCore>());
        }
        finally
        {
            await host.StopAsync(TestContext.Current);
        }
    }

    [Theory]
    [InlineData("--Digests:Schedules:0:TimeZone=Mars/Olympus", "Digests:Schedules:0:TimeZone")]
    [InlineData("--Digests:Schedules:0:Time=25:00", "Digests:Schedules:0")]
    [InlineData("--Digests:Schedules:0:Cron=every morning", "Digests:Schedules:0")]
    [InlineData("--Material:MaxFileBytes=0", "MaxFileBytes")]
    [InlineData("--Material:Folder=", "Folder")]
    public async Task Start_InvalidConfiguration_FailsNamingTheKey(string setting, string key)
    {
        string[] schedule = ["--Digests:Schedules:0:Name=morning", "--Digests:Schedules:0:Time=08:00"];
        using var host = DigestBotApp.Build([.. schedule, setting]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current));

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
