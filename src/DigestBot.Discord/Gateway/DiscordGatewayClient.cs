using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: HELLO, jittered heartbeats, IDENTIFY (intents 0: interactions need
/// none) or RESUME via <c>resume_gateway_url</c>, op 7/op 9, zombie detection on a missed ACK, backoff.
/// Interactions are handed to <see cref="Interactions"/> so the read loop never waits on command work.
/// Close codes that reconnecting cannot fix stop the host through <see cref="IHostStopper"/>.
/// </summary>
internal sealed class DiscordGatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    IHostStopper stopper,
    ILogger<DiscordGatewayClient> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly Channel<Interaction> _interactions = Channel.CreateBounded<Interaction>(
        new BoundedChannelOptions(1_000) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private Uri? _gatewayUrl;
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long _sequence = -1;

    public ChannelReader<Interaction> Interactions => _interactions.Reader;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var outcome = await ConnectOnceAsync(cancellationToken);
                if (outcome is null)
                {
                    return;
                }

                if (outcome.FatalReason is { } fatal)
                {
                    Log.GatewayFatal(logger, outcome.FatalCode ?? 0, fatal);
                    stopper.Stop($"Discord gateway: {fatal}");
                    return;
                }

                if (!outcome.Resumable)
                {
                    _sessionId = null;
                    _resumeUrl = null;
                    _sequence = -1;
                }

                failures = outcome.Healthy ? 0 : failures + 1;
                var delay = outcome.Delay ?? Backoff(failures);
                Log.GatewayReconnecting(logger, outcome.Reason, delay, _sessionId is null ? "identify" : "resume");
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            _interactions.Writer.TryComplete();
        }
    }

    private async Task<ConnectionOutcome?> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var resume = _sessionId is not null;
            var url = resume && _resumeUrl is not null ? _resumeUrl : await GatewayUrlAsync(cancellationToken);
            return await RunConnectionAsync(url, resume, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (DiscordApiException exception) when (exception.Status == HttpStatusCode.Unauthorized)
        {
            return new ConnectionOutcome("token rejected", false, false)
            {
                FatalCode = 401,
                FatalReason = "GET /gateway/bot answered 401: Discord:Token is wrong or was reset",
            };
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException or JsonException or DiscordApiException)
        {
            return new ConnectionOutcome(exception.Message, Resumable: true, Healthy: false);
        }
    }

    private async Task<Uri> GatewayUrlAsync(CancellationToken cancellationToken) =>
        _gatewayUrl ??= options.Value.GatewayUrl ?? await rest.GetGatewayUrlAsync(cancellationToken);

    private static ConnectionOutcome ZombieClosed => new("heartbeat ACK missed", Resumable: true, Healthy: false) { Delay = TimeSpan.Zero };

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        Log.GatewayConnecting(logger, url.Host, resume ? "resume" : "identify");
        using var connection = new GatewayConnection(new ClientWebSocket());
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await connection.Socket.ConnectAsync(Versioned(url), cancellationToken);

        var hello = await connection.ReceiveAsync(cancellationToken);
        if (hello is not { Op: GatewayOpcode.Hello })
        {
            return new ConnectionOutcome("no HELLO", Resumable: true, Healthy: false);
        }

        var interval = TimeSpan.FromMilliseconds(hello.D.Deserialize(DiscordJsonContext.Default.GatewayHello)?.HeartbeatInterval ?? 41_250);
        var heartbeat = HeartbeatAsync(connection, interval, lifetime);
        try
        {
            if (resume)
            {
                await connection.SendAsync(new GatewayResume(new ResumeData(Token, _sessionId!, Sequence)), DiscordJsonContext.Default.GatewayResume, cancellationToken);
            }
            else
            {
                var identify = new IdentifyData(Token, Intents: 0, new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "DigestBot", "DigestBot"));
                await connection.SendAsync(new GatewayIdentify(identify), DiscordJsonContext.Default.GatewayIdentify, cancellationToken);
            }

            return await ReadLoopAsync(connection, lifetime.Token, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException && connection.Zombie && !cancellationToken.IsCancellationRequested)
        {
            return ZombieClosed;
        }
        finally
        {
            await lifetime.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<ConnectionOutcome> ReadLoopAsync(GatewayConnection connection, CancellationToken connectionToken, CancellationToken cancellationToken)
    {
        var healthy = false;
        while (true)
        {
            var payload = await connection.ReceiveAsync(connectionToken);
            if (payload is null && connection.Zombie)
            {
                // We closed a zombied connection ourselves; whatever code the server echoes, the session resumes.
                return ZombieClosed;
            }

            if (payload is null)
            {
                return Closed(connection.Socket.CloseStatus, connection.Socket.CloseStatusDescription, healthy);
            }

            switch (payload.Op)
            {
                case GatewayOpcode.Dispatch:
                    if (payload.S is { } sequence)
                    {
                        Interlocked.Exchange(ref _sequence, sequence);
                    }

                    healthy |= await DispatchAsync(payload, cancellationToken);
                    break;
                case GatewayOpcode.Heartbeat:
                    // The server asks for a heartbeat now.
                    await connection.SendAsync(new GatewayHeartbeat(Sequence), DiscordJsonContext.Default.GatewayHeartbeat, connectionToken);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    connection.Acknowledge();
                    break;
                case GatewayOpcode.Reconnect:
                    await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "reconnect requested", cancellationToken);
                    return new ConnectionOutcome("server asked to reconnect (op 7)", Resumable: true, Healthy: true) { Delay = TimeSpan.Zero };
                case GatewayOpcode.InvalidSession:
                    var resumable = payload.D.ValueKind == JsonValueKind.True;
                    await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "invalid session", cancellationToken);

                    // Discord asks for a random 1-5 s wait before identifying again.
                    return new ConnectionOutcome($"invalid session (op 9, resumable: {resumable})", resumable, healthy)
                    {
                        Delay = TimeSpan.FromSeconds(1 + (4 * Random.Shared.NextDouble())),
                    };
                default:
                    break;
            }
        }
    }

    private async Task<bool> DispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.D.Deserialize(DiscordJsonContext.Default.GatewayReady);
                if (ready is not null)
                {
                    _sessionId = ready.SessionId;
                    _resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : null;
                }

                Log.GatewayReady(logger);
                return true;
            case "RESUMED":
                Log.GatewayResumed(logger);
                return true;
            case "INTERACTION_CREATE":
                var interaction = payload.D.Deserialize(DiscordJsonContext.Default.Interaction);
                if (interaction is { IsWellFormed: true })
                {
                    await _interactions.Writer.WriteAsync(interaction, cancellationToken);
                }

                return false;
            default:
                return false;
        }
    }

    private async Task HeartbeatAsync(GatewayConnection connection, TimeSpan interval, CancellationTokenSource lifetime)
    {
        var cancellationToken = lifetime.Token;
        try
        {
            // Jitter the first beat so a fleet of restarted bots does not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!connection.TakeAcknowledgement())
                {
                    Log.GatewayZombie(logger);
                    connection.Zombie = true;
                    await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "heartbeat ACK missed", cancellationToken);
                    await lifetime.CancelAsync();
                    return;
                }

                await connection.SendAsync(new GatewayHeartbeat(Sequence), DiscordJsonContext.Default.GatewayHeartbeat, cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended; the read loop decides what happens next.
        }
        catch (WebSocketException)
        {
            // The socket broke under us; the read loop sees the same failure and reconnects.
        }
    }

    private static ConnectionOutcome Closed(WebSocketCloseStatus? status, string? description, bool healthy)
    {
        var code = (int?)status;
        var reason = code is null ? "socket closed without a code" : $"closed with {code} {description}".TrimEnd();
        if (code is { } value && GatewayCloseCodes.Fatal(value) is { } fatal)
        {
            return new ConnectionOutcome(reason, Resumable: false, healthy) { FatalCode = value, FatalReason = fatal };
        }

        return new ConnectionOutcome(reason, Resumable: code is null || !GatewayCloseCodes.EndsSession(code.Value), healthy);
    }

    private TimeSpan Backoff(int failures)
    {
        // 1 s after a healthy connection drops, then doubling up to a minute; jittered by up to half.
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures));
        return TimeSpan.FromSeconds(seconds * (0.5 + (0.5 * Random.Shared.NextDouble())));
    }

    private string Token => options.Value.Token ?? "";

    private long? Sequence
    {
        get
        {
            var sequence = Interlocked.Read(ref _sequence);
            return sequence < 0 ? null : sequence;
        }
    }

    private static Uri Versioned(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
