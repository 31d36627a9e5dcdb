using DigestBot.Discord.Interactions;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// Runs the gateway client and a few workers that answer the interactions it receives, each through the
/// REST callback route. Every interaction is awaited by a worker; a failure is logged, never lost.
/// </summary>
internal sealed class DiscordGatewayService(
    DiscordGatewayClient client,
    InteractionHandler handler,
    DiscordRestClient rest,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    // Commands are quick; a handful of workers keep a slow one from holding up the rest.
    private const int Workers = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)).ToArray();
        await client.RunAsync(stoppingToken);
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var interaction in client.Interactions.ReadAllAsync(CancellationToken.None))
        {
            await AnswerAsync(interaction, stoppingToken);
        }
    }

    private async Task AnswerAsync(Interaction interaction, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(interaction, new RestCallbackResponder(rest, interaction.Id, interaction.Token), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.GatewayDispatchFailed(logger, exception);
        }
        catch (OperationCanceledException)
        {
            // Shutting down mid-answer: Discord shows the user "interaction failed", nothing more to do.
        }
    }
}
