namespace DigestBot.Core.Moderation;

/// <summary>Outcome of adding a schedule: the stored schedule, or a message saying what was wrong.</summary>
public sealed record ScheduleChange(ScheduleInfo? Schedule, string? Error);
