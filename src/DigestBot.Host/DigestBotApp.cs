using DigestBot.Core;
using DigestBot.Discord;
using DigestBot.Host.Console;
using DigestBot.Host.Digests;
using DigestBot.Host.Material;
using DigestBot.Host.Sources;
using DigestBot.Host.Storage;
using DigestBot.Slack;

namespace DigestBot.Host;

/// <summary>The composition root: what the bot is made of, in the order it is put together.</summary>
public static class DigestBotApp
{
    public static IHost Build(string[] args) => Build(Invocation.Parse(args));

    internal static IHost Build(Invocation invocation)
    {
        var builder = HostFactory.CreateBuilder(
            invocation,
            needsHttp: c => DiscordHostingExtensions.DiscordHttpEnabled(c) || SlackHostingExtensions.SlackHttpEnabled(c));

        builder.AddDigestCore();
        builder.AddStorage();
        builder.AddMaterial();
        builder.AddDigests(runScheduler: !invocation.IsAsk);
        builder.AddSources(runPollers: !invocation.IsAsk);
        builder.AddConsoleAdapter(invocation);
        builder.AddDiscord();
        builder.AddSlack();

        return HostFactory.Build(builder, mapEndpoints: app =>
        {
            app.MapDiscordInteractions();
            app.MapSlackCommands();
        });
    }
}
