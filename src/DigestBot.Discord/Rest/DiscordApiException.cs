using System.Net;

namespace DigestBot.Discord.Rest;

/// <summary>Discord refused a request: the HTTP status and Discord's JSON error code and message.</summary>
internal sealed class DiscordApiException(HttpStatusCode status, int code, string message)
    : Exception($"Discord answered {(int)status}: {message} (code {code})")
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int MaxPins = 30003;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;

    public HttpStatusCode Status { get; } = status;

    public int Code { get; } = code;

    public string DiscordMessage { get; } = message;

    /// <summary>Retrying will not help: a client error other than a rate limit.</summary>
    public bool Permanent => (int)Status is >= 400 and < 500 and not 429;
}
