namespace DigestBot.Core.Moderation;

/// <summary>A schedule as a moderator typed it, before the scheduler has checked the time, cron and zone.</summary>
public sealed record ScheduleDraft(string? Name, string? Time, string? Days, string? Cron, string Zone, bool NoteWhenEmpty);
