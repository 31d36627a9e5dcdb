namespace DigestBot.Slack.WebApi;

/// <summary>
/// A Web API call failed for good: <see cref="Error"/> is Slack's code (<c>not_in_channel</c>,
/// <c>missing_scope</c>, <c>ratelimited</c>…), the message says it in plain words.
/// </summary>
internal sealed class SlackApiException(string method, string error, string? needed, string tokenKey)
    : Exception(SlackErrors.Describe(error, needed, tokenKey))
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    public bool IsAuthFailure => SlackErrors.IsAuthFailure(Error);

    public bool IsPermanent => SlackErrors.IsPermanent(Error);
}
