namespace DigestBot.Slack.Json;

/// <summary>
/// A slash command invocation, whether it came as a form post (HTTP mode) or as a Socket Mode envelope's
/// JSON payload: the same fields either way.
/// </summary>
internal sealed record SlashCommand
{
    public string Command { get; init; } = "";

    public string Text { get; init; } = "";

    public string UserId { get; init; } = "";

    public string? UserName { get; init; }

    public string ChannelId { get; init; } = "";

    public string? TeamId { get; init; }

    public string? ResponseUrl { get; init; }
}
