using DigestBot.Core;
using DigestBot.Host.Console;
using DigestBot.Host.Digests;
using DigestBot.Host.Material;
using DigestBot.Host.Sources;
using DigestBot.Host.Storage;

namespace DigestBot.Host;

/// <summary>The composition root: what the bot is made of, in the order it is put together.</summary>
public static class DigestBotApp
{
    public static IHost Build(string[] args) => Build(Invocation.Parse(args));

    internal static IHost Build(Invocation invocation)
    {
        var builder = HostFactory.CreateBuilder(invocation, needsHttp: _ => false);

        builder.AddDigestCore();
        builder.AddStorage();
        builder.AddMaterial();
        builder.AddDigests(runScheduler: !invocation.IsAsk);
        builder.AddSources(runPollers: !invocation.IsAsk);
        builder.AddConsoleAdapter(invocation);

        return HostFactory.Build(builder, mapEndpoints: _ => { });
    }
}
