namespace DigestBot.Slack.Json;

/// <summary>The part of users.info's user object that decides moderator rights.</summary>
internal sealed record SlackUser(string? Id, bool IsAdmin, bool IsOwner, bool IsPrimaryOwner);
