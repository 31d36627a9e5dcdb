using Microsoft.Extensions.Logging;

namespace DigestBot.Discord;

/// <summary>Every log line of the Discord adapter, with stable event ids (2000-2099). Never logs a token.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Discord invite URL (bot + applications.commands, view channel, send messages, embed links, pin messages): {InviteUrl}")]
    public static partial void InviteUrl(ILogger logger, string inviteUrl);

    [LoggerMessage(2001, LogLevel.Information, "Registered {Count} Discord commands {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(2002, LogLevel.Information, "Discord command registration is off (Discord:RegisterCommandsOnStart=false)")]
    public static partial void RegistrationSkipped(ILogger logger);

    [LoggerMessage(2010, LogLevel.Warning, "Rejected a Discord interaction request: {Reason}")]
    public static partial void SignatureRejected(ILogger logger, string reason);

    [LoggerMessage(2011, LogLevel.Debug, "Discord interaction {InteractionId} /{Command} deferred after {Elapsed}")]
    public static partial void InteractionDeferred(ILogger logger, string interactionId, string command, TimeSpan elapsed);

    [LoggerMessage(2012, LogLevel.Error, "Answering Discord interaction {InteractionId} /{Command} failed")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, string interactionId, string command);

    [LoggerMessage(2013, LogLevel.Warning, "Discord sent an interaction of type {Type} that DigestBot does not handle")]
    public static partial void UnsupportedInteraction(ILogger logger, int type);

    [LoggerMessage(2020, LogLevel.Warning, "Discord rate limit on {Route}: retrying after {RetryAfter} (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(2021, LogLevel.Warning, "Discord answered {Status} on {Route}; retry {Attempt} after {Delay}")]
    public static partial void ServerErrorRetry(ILogger logger, int status, string route, int attempt, TimeSpan delay);

    [LoggerMessage(2022, LogLevel.Error, "{Count} invalid Discord requests in ten minutes: pausing REST calls for {Pause} to stay clear of Discord's IP ban")]
    public static partial void InvalidRequestBreakerOpen(ILogger logger, int count, TimeSpan pause);

    [LoggerMessage(2023, LogLevel.Warning, "Discord refused {Method} {Route}: HTTP {Status}, code {Code}: {Message}")]
    public static partial void RequestRefused(ILogger logger, string method, string route, int status, int code, string message);

    [LoggerMessage(2030, LogLevel.Information, "Discord gateway connecting to {Host} ({Action})")]
    public static partial void GatewayConnecting(ILogger logger, string host, string action);

    [LoggerMessage(2031, LogLevel.Information, "Discord gateway ready: session established")]
    public static partial void GatewayReady(ILogger logger);

    [LoggerMessage(2032, LogLevel.Information, "Discord gateway session resumed")]
    public static partial void GatewayResumed(ILogger logger);

    [LoggerMessage(2033, LogLevel.Warning, "Discord gateway connection lost ({Reason}); reconnecting in {Delay} ({Action})")]
    public static partial void GatewayReconnecting(ILogger logger, string reason, TimeSpan delay, string action);

    [LoggerMessage(2034, LogLevel.Warning, "No heartbeat ACK from the Discord gateway since the last heartbeat: connection is a zombie, reconnecting")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(2035, LogLevel.Critical, "Discord gateway closed with {CloseCode}: {Explanation}. Not reconnecting; stopping DigestBot")]
    public static partial void GatewayFatal(ILogger logger, int closeCode, string explanation);

    [LoggerMessage(2036, LogLevel.Error, "Handling a Discord gateway interaction failed")]
    public static partial void GatewayDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(2040, LogLevel.Critical, "Stopping DigestBot: {Reason}")]
    public static partial void StoppingHost(ILogger logger, string reason);
}
