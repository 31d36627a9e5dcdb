namespace DigestBot.Core.Commands;

/// <summary>Who runs a command, as the adapter knows them; the adapter decides who is a moderator.</summary>
public sealed record Caller(string Id, string DisplayName, bool IsModerator);
