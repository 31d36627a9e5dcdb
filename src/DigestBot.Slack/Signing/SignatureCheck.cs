namespace DigestBot.Slack.Signing;

/// <summary>Outcome of checking a request's X-Slack-Signature; anything but <see cref="Valid"/> is a 401.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    BadTimestamp,
    Stale,
    UnknownVersion,
    Mismatch,
}
