namespace DigestBot.Slack.Json;

/// <summary>
/// Every Web API answer shares <c>ok</c>/<c>error</c>; the other members belong to the methods DigestBot
/// calls (chat.postMessage: ts, channel; apps.connections.open: url; users.info: user; missing_scope: needed).
/// </summary>
internal sealed record SlackApiResponse(bool Ok)
{
    public string? Error { get; init; }

    public string? Warning { get; init; }

    public string? Ts { get; init; }

    public string? Channel { get; init; }

    public string? Url { get; init; }

    public string? Needed { get; init; }

    public SlackUser? User { get; init; }
}
