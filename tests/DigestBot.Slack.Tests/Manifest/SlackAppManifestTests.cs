using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Slack.Manifest;
using DigestBot.Slack.Tests.Support;

namespace DigestBot.Slack.Tests.Manifest;

public sealed class SlackAppManifestTests
{
    private static readonly string ManifestPath = Path.Combine(RepositoryRoot.Path, "config", "slack-app-manifest.json");

    [Fact]
    public void ConfigFile_MatchesWhatTheCatalogGenerates()
    {
        var generated = SlackAppManifest.Build();
        if (Environment.GetEnvironmentVariable("DIGESTBOT_WRITE_SLACK_MANIFEST") == "1")
        {
            File.WriteAllText(ManifestPath, generated);
        }

        Assert.True(
            File.Exists(ManifestPath) && File.ReadAllText(ManifestPath) == generated,
            "config/slack-app-manifest.json is out of date with CommandCatalog; run the Slack tests once with DIGESTBOT_WRITE_SLACK_MANIFEST=1.");
    }

    [Fact]
    public void Build_EveryCatalogCommandPlusUmbrella()
    {
        using var manifest = JsonDocument.Parse(SlackAppManifest.Build());

        var commands = manifest.RootElement.GetProperty("features").GetProperty("slash_commands").EnumerateArray()
            .Select(c => c.GetProperty("command").GetString())
            .ToList();

        Assert.Equal([.. CommandCatalog.All.Select(c => "/" + c.Name), "/digestbot"], commands);
    }

    [Fact]
    public void Build_ScopesAndSocketMode()
    {
        using var manifest = JsonDocument.Parse(SlackAppManifest.Build());
        var root = manifest.RootElement;

        var scopes = root.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("commands", scopes);
        Assert.Contains("chat:write", scopes);
        Assert.Contains("pins:write", scopes);
        Assert.True(root.GetProperty("settings").GetProperty("socket_mode_enabled").GetBoolean());
    }

    [Fact]
    public void Build_WithCommandsUrl_HttpModeWithUrlOnEveryCommand()
    {
        using var manifest = JsonDocument.Parse(SlackAppManifest.Build(new Uri("https://bot.example/slack/commands")));
        var root = manifest.RootElement;

        Assert.False(root.GetProperty("settings").GetProperty("socket_mode_enabled").GetBoolean());
        Assert.All(
            root.GetProperty("features").GetProperty("slash_commands").EnumerateArray(),
            c => Assert.Equal("https://bot.example/slack/commands", c.GetProperty("url").GetString()));
    }
}
