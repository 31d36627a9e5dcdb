using DigestBot.Core.Commands;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Registration;

/// <summary>
/// At start: logs the invite URL and bulk-overwrites the slash commands (per configured guild, else
/// globally). A failure here (bad token, wrong application id) fails start-up instead of running deaf.
/// </summary>
internal sealed class CommandRegistrationService(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Log.InviteUrl(logger, InviteUrl.For(settings.ApplicationId!.Value).AbsoluteUri);
        if (!settings.RegisterCommandsOnStart)
        {
            Log.RegistrationSkipped(logger);
            return;
        }

        var commands = CommandMapper.Map(CommandCatalog.All);
        if (settings.GuildIds.Count == 0)
        {
            await rest.BulkOverwriteCommandsAsync(null, commands, cancellationToken);
            Log.CommandsRegistered(logger, commands.Count, "globally (may take up to an hour to appear)");
            return;
        }

        foreach (var guild in settings.GuildIds)
        {
            await rest.BulkOverwriteCommandsAsync(guild, commands, cancellationToken);
            Log.CommandsRegistered(logger, commands.Count, $"in guild {guild}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
