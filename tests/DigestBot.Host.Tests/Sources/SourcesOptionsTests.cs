using Microsoft.Extensions.Options;

namespace DigestBot.Host.Tests.Sources;

public sealed class SourcesOptionsTests
{
    [Theory]
    [InlineData("--Sources:Feeds:0:Url=ftp://feeds.example/x", "Sources:Feeds:0:Url")]
    [InlineData("--Sources:Pages:0:Url=not a url", "Sources:Pages:0:Url")]
    [InlineData("--Sources:Feeds:0:PollInterval=00:00:00", "Sources:Feeds:0:PollInterval")]
    [InlineData("--Sources:Retention=00:00:01", "Sources:Retention")]
    [InlineData("--Sources:MaxResponseBytes=10", "Sources:MaxResponseBytes")]
    [InlineData("--Sources:MaxConcurrencyPerHost=0", "Sources:MaxConcurrencyPerHost")]
    [InlineData("--Sources:ContactUrl=", "Sources:ContactUrl")]
    public async Task Start_InvalidSources_FailsNamingTheKey(string setting, string key)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "material"));
        string[] args =
        [
            "--Storage:DataFolder=" + folder.Path,
            "--Material:Folder=" + Path.Combine(folder.Path, "material"),
            "--Sources:Feeds:0:Url=https://feeds.example/rss",
            "--Sources:ContactUrl=https://digestbot.example/contact",
            setting,
        ];

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            using var host = DigestBotApp.Build(new Host.Console.Invocation("", args));
            await host.StartAsync(TestContext.Current);
        });

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
