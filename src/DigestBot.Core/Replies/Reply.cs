namespace DigestBot.Core.Replies;

/// <summary>
/// A platform-neutral answer. All text in it is plain and untrusted (it may come from articles): adapters
/// escape it for their platform and enforce their own size limits.
/// </summary>
public sealed record Reply(string Title, IReadOnlyList<ReplySection> Sections)
{
    /// <summary>Only the asker sees it (errors, help, previews).</summary>
    public bool Ephemeral { get; init; }

    public bool IsError { get; init; }

    public string? Footer { get; init; }

    public static Reply Error(string title, string message, params string[] hints) =>
        new(title, [new ReplySection(null, message, [.. hints.Select(ReplyItem.Line)], [])]) { Ephemeral = true, IsError = true };

    public static Reply Text(string title, string message) =>
        new(title, [new ReplySection(null, message, [], [])]);
}
