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
        using var host = DigestBotApp.Build(["--Material:Folder=" + Path.Combine(folder.Path, "material"), "--Storage:DataFolder=" + Path.Combine(folder.Path, "data")]);

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
    [InlineData("--Storage:Provider=Postgres", "Storage:ConnectionString")]
    [InlineData("--Storage:Provider=Oracle", "Storage:Provider")]
    public async Task Start_InvalidConfiguration_FailsNamingTheKey(string setting, string key)
    {
        using var folder = new TempFolder();
        string[] schedule = ["--Digests:Schedules:0:Name=morning", "--Digests:Schedules:0:Time=08:00", "--Storage:DataFolder=" + folder.Path];

        // Validation failures (at start) and unbindable values (when the host is built) both stop start-up;
        // either way the message names the key.
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var host = DigestBotApp.Build([.. schedule, setting]);
            await host.StartAsync(TestContext.Current);
        });
        Assert.True(failure is OptionsValidationException or InvalidOperationException or AggregateException, failure.ToString());

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
