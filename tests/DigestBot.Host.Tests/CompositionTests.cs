using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    [Fact]
    public void Build_HttpMode_RequestDiagnosticsOffEvenWhenConfiguredOn()
    {
        using var folder = new TempFolder();
        using var host = DigestBotApp.Build(
        [
            "--Storage:DataFolder=" + folder.Path,
            "--urls", "http://127.0.0.1:0",
            "--Slack:Enabled=true", "--Slack:Mode=Http", "--Slack:SigningSecret=s", "--Slack:BotToken=xoxb-test",
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information",
        ]);

        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        // Enabled at any level, this category makes ASP.NET Core start an Activity and a log scope per request.
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
    }
}
