using System.Net.WebSockets;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.SocketMode;

/// <summary>
/// Owns the Socket Mode connection for the life of the host: a fresh apps.connections.open URL for every
/// connection, a replacement opened before the old one is closed when Slack announces a disconnect (old
/// first for <c>too_many_websockets</c>), exponential backoff after failures, and a stopped host (not a
/// silently deaf one) when Slack rejects the app token.
/// </summary>
internal sealed class SocketModeService(
    SlackApiClient api,
    EnvelopeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<SocketModeService> logger) : BackgroundService
{
    /// <summary>A connection that lived this long was healthy; the next failure starts the backoff afresh.</summary>
    private static readonly TimeSpan Healthy = TimeSpan.FromMinutes(1);

    private readonly SlackOptions _options = options.Value;
    private readonly ReconnectBackoff _backoff = new(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (SlackApiException exception) when (exception.IsAuthFailure)
        {
            Log.AuthRejected(logger, "Slack:AppToken", exception.Error);
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var current = await ConnectAsync(cancellationToken);
        var connectedAt = time.GetUtcNow();
        try
        {
            while (true)
            {
                var ended = await Task.WhenAny(current.DisconnectRequested, current.Closed).WaitAsync(cancellationToken);
                if (ended == current.DisconnectRequested)
                {
                    var reason = await current.DisconnectRequested;
                    Log.SocketDisconnectRequested(logger, reason);
                    if (reason == DisconnectReasons.TooManyWebsockets)
                    {
                        // Opening another would only be refused again: make room first.
                        await current.DisposeAsync();
                        current = await ConnectAsync(cancellationToken);
                    }
                    else
                    {
                        // The old socket keeps delivering until the new one has said hello, so nothing is missed.
                        var replacement = await ConnectAsync(cancellationToken);
                        await current.DisposeAsync();
                        current = replacement;
                    }
                }
                else
                {
                    await current.DisposeAsync();
                    if (time.GetUtcNow() - connectedAt > Healthy)
                    {
                        _backoff.Reset();
                    }

                    var pause = _backoff.Next();
                    Log.SocketLost(logger, null, pause);
                    await Task.Delay(pause, time, cancellationToken);
                    current = await ConnectAsync(cancellationToken);
                }

                connectedAt = time.GetUtcNow();
            }
        }
        finally
        {
            await current.DisposeAsync();
        }
    }

    /// <summary>Retries until a connection says hello; only an auth failure or shutdown ends it otherwise.</summary>
    private async Task<SocketModeConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Exception failure;
            try
            {
                var url = await api.OpenConnectionAsync(cancellationToken);
                var connection = await SocketModeConnection.OpenAsync(url, _options, dispatcher.Dispatch, time, logger, cancellationToken);
                try
                {
                    var connections = await connection.Hello.WaitAsync(_options.HelloTimeout, time, cancellationToken);
                    Log.SocketConnected(logger, connections);
                    return connection;
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
            }
            catch (SlackApiException exception) when (!exception.IsAuthFailure)
            {
                failure = exception;
            }
            catch (Exception exception) when (exception is WebSocketException or TimeoutException or HttpRequestException or IOException)
            {
                failure = exception;
            }

            var pause = _backoff.Next();
            Log.SocketLost(logger, failure, pause);
            await Task.Delay(pause, time, cancellationToken);
        }
    }
}
