namespace DigestBot.Core.Replies;

/// <summary>A titled block of a reply: optional lead text, then items, then name/value fields.</summary>
public sealed record ReplySection(string? Heading, string? Text, IReadOnlyList<ReplyItem> Items, IReadOnlyList<ReplyField> Fields);
