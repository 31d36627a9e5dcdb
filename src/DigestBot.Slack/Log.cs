using Microsoft.Extensions.Logging;

namespace DigestBot.Slack;

/// <summary>Every log line of the Slack adapter, source-generated. Tokens and the signing secret never appear.</summary>
internal static partial class Log
{
    // Debug: anyone can send unsigned requests, and they must not be able to flood the log.
    [LoggerMessage(5001, LogLevel.Debug, "Request to {Path} rejected with 401: signature check said {Check}")]
    public static partial void SignatureRejected(ILogger logger, string path, string check);

    [LoggerMessage(5002, LogLevel.Warning, "Slack request of {Length} bytes rejected: over {Limit} bytes")]
    public static partial void RequestTooLarge(ILogger logger, long length, int limit);

    [LoggerMessage(5003, LogLevel.Information, "Slash command {Command} in {Channel} is still running after {Deadline}; answering via response_url")]
    public static partial void AnswerDeferred(ILogger logger, string command, string channel, TimeSpan deadline);

    [LoggerMessage(5004, LogLevel.Error, "Slack follow-up work failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception);

    [LoggerMessage(5005, LogLevel.Warning, "Slack rate-limited {Method}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay, int attempt);

    [LoggerMessage(5006, LogLevel.Warning, "Slack {Method} failed with HTTP {Status}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void ServerError(ILogger logger, string method, int status, TimeSpan delay, int attempt);

    [LoggerMessage(5007, LogLevel.Warning, "Slack {Method} answered ok:false {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(5008, LogLevel.Warning, "Cannot look up Slack workspace admins ({Error}); only Slack:ModeratorUserIds are moderators")]
    public static partial void AdminLookupUnavailable(ILogger logger, string error);

    [LoggerMessage(5009, LogLevel.Warning, "A reply needed {Count} messages but response_url takes {Max}; the rest was left out")]
    public static partial void FollowUpsCut(ILogger logger, int count, int max);

    [LoggerMessage(5010, LogLevel.Error, "Slash command {Command} failed")]
    public static partial void CommandFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(5020, LogLevel.Information, "Slack Socket Mode connected ({Connections} connection(s) open for this app)")]
    public static partial void SocketConnected(ILogger logger, int connections);

    [LoggerMessage(5021, LogLevel.Information, "Slack asked to disconnect ({Reason}); opening a replacement connection")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(5022, LogLevel.Warning, "Slack Socket Mode connection lost; reconnecting in {Delay}")]
    public static partial void SocketLost(ILogger logger, Exception? exception, TimeSpan delay);

    [LoggerMessage(5023, LogLevel.Debug, "Envelope {EnvelopeId} arrived again; acknowledged, not run twice")]
    public static partial void DuplicateEnvelope(ILogger logger, string envelopeId);

    [LoggerMessage(5024, LogLevel.Debug, "Envelope {EnvelopeId} of type {Type} acknowledged and ignored")]
    public static partial void IgnoredEnvelope(ILogger logger, string envelopeId, string type);

    [LoggerMessage(5025, LogLevel.Critical, "Slack refused the {Key} ({Error}). DigestBot stops: fix {Key} and start it again.")]
    public static partial void AuthRejected(ILogger logger, string key, string error);

    [LoggerMessage(5026, LogLevel.Warning, "Could not acknowledge envelope {EnvelopeId} on its socket; answering via response_url")]
    public static partial void AckFailed(ILogger logger, Exception exception, string envelopeId);

    [LoggerMessage(5027, LogLevel.Warning, "Unreadable Socket Mode frame ignored")]
    public static partial void BadFrame(ILogger logger, Exception exception);
}
