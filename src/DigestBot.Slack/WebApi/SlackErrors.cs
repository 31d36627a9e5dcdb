namespace DigestBot.Slack.WebApi;

/// <summary>Slack's <c>ok:false</c> error codes, told the way a moderator needs to hear them.</summary>
internal static class SlackErrors
{
    public const string RateLimited = "ratelimited";
    public const string MissingScope = "missing_scope";
    public const string AlreadyPinned = "already_pinned";

    public static bool IsAuthFailure(string error) =>
        error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" or "not_allowed_token_type";

    /// <summary>False for what may pass by itself: rate limits and Slack's own trouble.</summary>
    public static bool IsPermanent(string error) =>
        error is not (RateLimited or "rate_limited" or "internal_error" or "fatal_error" or "service_unavailable"
            or "request_timeout" or "http_error" or "network_error");

    public static string Describe(string error, string? needed, string tokenKey) => error switch
    {
        "not_in_channel" => "DigestBot is not a member of this channel. Invite it with /invite @DigestBot, then try again.",
        "channel_not_found" => "Slack does not know this channel, or DigestBot cannot see it (a private channel needs an invite first).",
        MissingScope => $"The Slack app lacks the {needed ?? "required"} permission scope. Add it under OAuth & Permissions and reinstall the app.",
        "is_archived" => "This channel is archived, so DigestBot cannot post there.",
        "restricted_action" or "restricted_action_read_only_channel" => "Posting in this channel is restricted to some members, and DigestBot is not one of them.",
        "message_not_found" => "The message to pin no longer exists.",
        "not_pinnable" or "permission_denied" => "Slack does not allow DigestBot to pin messages in this channel.",
        "too_many_pins" or "pin_limit_reached" => "This channel already has as many pins as Slack allows.",
        "msg_too_long" or "invalid_blocks" or "no_text" or "invalid_arguments" =>
            $"Slack refused the message format ({error}). This is a DigestBot bug; please report it.",
        RateLimited or "rate_limited" => "Slack kept rate-limiting DigestBot. The message was not posted; try again in a minute.",
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" or "http_error" =>
            $"Slack had trouble answering ({error}). Try again in a minute.",
        "network_error" => "DigestBot could not reach Slack. Try again in a minute.",
        _ when IsAuthFailure(error) => $"Slack rejected DigestBot's token ({error}). Check {tokenKey} and restart DigestBot.",
        _ => $"Slack refused the request ({error}).",
    };
}
